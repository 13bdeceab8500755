import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UnitsModule } from '../units/units.module';
import { BatchesResolver } from './batches.resolver';
import { BatchesService } from './batches.service';

@Module({
  imports: [AuditModule, UnitsModule],
  providers: [BatchesService, BatchesResolver],
  exports: [BatchesService],
})
export class BatchesModule {}
