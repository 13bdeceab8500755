import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BatchUnitsController } from '../units/batch-units.controller';
import { BatchesResolver } from './batches.resolver';
import { BatchesService } from './batches.service';
import { UnitIngestService } from '../units/unit-ingest.service';

@Module({
  imports: [AuditModule],
  controllers: [BatchUnitsController],
  providers: [BatchesService, BatchesResolver, UnitIngestService],
  exports: [BatchesService],
})
export class BatchesModule {}
