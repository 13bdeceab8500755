import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EmissionFactorsResolver } from './emission-factors.resolver';
import { EmissionFactorsService } from './emission-factors.service';

@Module({
  imports: [AuditModule],
  providers: [EmissionFactorsService, EmissionFactorsResolver],
  exports: [EmissionFactorsService],
})
export class EmissionFactorsModule {}
