import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BatchUnitsController } from './batch-units.controller';
import { LineageService } from './lineage.service';
import { TracedUnitResolver } from './traced-unit.resolver';
import { UnitIngestService } from './unit-ingest.service';
import { UnitLifecycleResolver } from './unit-lifecycle.resolver';
import { UnitLifecycleService } from './unit-lifecycle.service';
import { UnitsService } from './units.service';

/**
 * Cells, modules and packs: bulk ingest into a batch (GraphQL and POST /batches/:id/units),
 * lifecycle changes (repack, disassemble, second life, recycling) under custody rules, status,
 * and lineage (where a unit sat and what carried it). Batches import this module to register a
 * batch with its units; nothing here imports BatchesModule.
 */
@Module({
  imports: [AuditModule],
  controllers: [BatchUnitsController],
  providers: [UnitIngestService, UnitsService, UnitLifecycleService, LineageService, UnitLifecycleResolver, TracedUnitResolver],
  exports: [UnitIngestService, UnitsService, LineageService],
})
export class UnitsModule {}
