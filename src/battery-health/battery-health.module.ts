import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PassportGrantsModule } from '../passport-grants/passport-grants.module';
import { BatteryHealthService } from './battery-health.service';
import { BatteryOperationResolver } from './battery-operation.resolver';
import { BatteryOperationService } from './battery-operation.service';
import { HealthIngestService } from './health-ingest.service';
import { HealthReadingsController } from './health-readings.controller';

/** Live battery-health data and the operation grants that let fleet operators write it (docs/battery-health.md). */
@Module({
  imports: [AuditModule, PassportGrantsModule],
  controllers: [HealthReadingsController],
  providers: [BatteryOperationService, BatteryOperationResolver, HealthIngestService, BatteryHealthService],
  exports: [BatteryHealthService, BatteryOperationService],
})
export class BatteryHealthModule {}
