import { Module } from '@nestjs/common';
import { BatteryIdentifiersService } from './battery-identifiers.service';

/** Battery identifiers from stored facts (the pure rules are the other files of this folder). */
@Module({ providers: [BatteryIdentifiersService], exports: [BatteryIdentifiersService] })
export class IdentifiersModule {}
