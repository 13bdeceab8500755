import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EnergyResolver } from './energy.resolver';
import { EnergyService } from './energy.service';

@Module({
  imports: [AuditModule],
  providers: [EnergyService, EnergyResolver],
  exports: [EnergyService],
})
export class EnergyModule {}
