import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ApiKeyAuthService } from './api-key-auth.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [AuditModule],
  providers: [OrganizationsService, OrganizationsResolver, ApiKeyAuthService],
  exports: [OrganizationsService, ApiKeyAuthService],
})
export class OrganizationsModule {}
