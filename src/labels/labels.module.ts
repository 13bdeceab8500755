import { Module } from '@nestjs/common';
import { IdentifiersModule } from '../identifiers/identifiers.module';
import { LabelsController } from './labels.controller';
import { LabelsService } from './labels.service';

/** Battery labels: QR codes of battery identifiers, one at a time or a batch's label file. */
@Module({ imports: [IdentifiersModule], providers: [LabelsService], controllers: [LabelsController] })
export class LabelsModule {}
