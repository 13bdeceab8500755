import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EpcisController } from './epcis/epcis.controller';
import { EpcisService } from './epcis/epcis.service';
import { LineageService } from './lineage.service';
import { ProvenanceResolver, UnitLifecycleResolver } from './provenance.resolver';
import { ProvenanceService } from './provenance.service';
import { TracedUnitResolver } from './traced-unit.resolver';
import { UnitLifecycleService } from './unit-lifecycle.service';

/** Provenance (issue 6): membership history, lifecycle changes, lineage, the provenance graph, EPCIS export. */
@Module({
  imports: [AuditModule],
  controllers: [EpcisController],
  providers: [
    EpcisService,
    UnitLifecycleService,
    LineageService,
    ProvenanceService,
    UnitLifecycleResolver,
    ProvenanceResolver,
    TracedUnitResolver,
  ],
  exports: [LineageService],
})
export class ProvenanceModule {}
