import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EnergyCorrectionsService } from './energy-corrections.service';
import { EnergyResolver } from './energy.resolver';
import { EnergyService } from './energy.service';

@Module({
  imports: [AuditModule],
  providers: [EnergyService, EnergyCorrectionsService, EnergyResolver],
  exports: [EnergyService],
})
export class EnergyModule {}
