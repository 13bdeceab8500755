import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LineageService } from './lineage.service';
import { ProvenanceResolver, UnitLifecycleResolver } from './provenance.resolver';
import { ProvenanceService } from './provenance.service';
import { UnitLifecycleService } from './unit-lifecycle.service';

/** Provenance (issue 6): membership history, lifecycle changes, lineage, the provenance graph, EPCIS export. */
@Module({
  imports: [AuditModule],
  providers: [UnitLifecycleService, LineageService, ProvenanceService, UnitLifecycleResolver, ProvenanceResolver],
  exports: [LineageService],
})
export class ProvenanceModule {}
