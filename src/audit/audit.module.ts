import { Module } from '@nestjs/common';
import { AuditAccess } from '../access/audit-access.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditService, AuditAccess, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
