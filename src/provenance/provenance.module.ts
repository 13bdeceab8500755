import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EpcisController } from './epcis/epcis.controller';
import { EpcisService } from './epcis/epcis.service';
import { LineageService } from '../units/lineage.service';
import { ProvenanceResolver, UnitLifecycleResolver } from './provenance.resolver';
import { ProvenanceService } from './provenance.service';
import { TracedUnitResolver } from '../units/traced-unit.resolver';
import { UnitLifecycleService } from '../units/unit-lifecycle.service';

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
