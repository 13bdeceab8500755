import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EmissionFactorsModule } from '../emission-factors/emission-factors.module';
import { EnergyModule } from '../energy/energy.module';
import { FootprintInputsService } from './footprint-inputs.service';
import { FootprintStudyController } from './footprint-study.controller';
import { BatchFootprintResolver, FootprintsResolver } from './footprints.resolver';
import { FootprintsService } from './footprints.service';

@Module({
  imports: [AuditModule, EnergyModule, EmissionFactorsModule],
  controllers: [FootprintStudyController],
  providers: [FootprintsService, FootprintInputsService, FootprintsResolver, BatchFootprintResolver],
  exports: [FootprintsService, FootprintInputsService],
})
export class FootprintsModule {}
