import { Module } from '@nestjs/common';
import { EpcisController } from './epcis/epcis.controller';
import { EpcisService } from './epcis/epcis.service';
import { ProvenanceResolver } from './provenance.resolver';
import { ProvenanceService } from './provenance.service';

/** Provenance (issue 6): the provenance graph and EPCIS export. Unit lifecycle and lineage live in src/units. */
@Module({
  controllers: [EpcisController],
  providers: [EpcisService, ProvenanceService, ProvenanceResolver],
})
export class ProvenanceModule {}
