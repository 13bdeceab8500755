import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BatteryModelsResolver } from './battery-models.resolver';
import { BatteryModelsService } from './battery-models.service';
import { ModelPassportResolver } from './model-passport.resolver';
import { ModelPassportService } from './model-passport.service';

@Module({
  imports: [AuditModule],
  providers: [BatteryModelsService, BatteryModelsResolver, ModelPassportService, ModelPassportResolver],
  exports: [BatteryModelsService],
})
export class BatteryModelsModule {}
