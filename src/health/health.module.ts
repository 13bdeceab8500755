import { Module } from '@nestjs/common';
import { DisplacementModule } from '../displacement/displacement.module';
import { HealthController } from './health.controller';

@Module({ imports: [DisplacementModule], controllers: [HealthController] })
export class HealthModule {}
