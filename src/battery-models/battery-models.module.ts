import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BatteryModelsResolver } from './battery-models.resolver';
import { BatteryModelsService } from './battery-models.service';

@Module({
  imports: [AuditModule],
  providers: [BatteryModelsService, BatteryModelsResolver],
  exports: [BatteryModelsService],
})
export class BatteryModelsModule {}
