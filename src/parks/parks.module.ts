import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ParksResolver, PlantsResolver } from './parks.resolver';
import { ParksService } from './parks.service';

@Module({
  imports: [AuditModule],
  providers: [ParksService, ParksResolver, PlantsResolver],
  exports: [ParksService],
})
export class ParksModule {}
