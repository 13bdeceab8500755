import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ApiKeyAuthService } from './api-key-auth.service';
import { BrowserSessionsService } from './browser-sessions.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { SignInController } from './signin.controller';

@Module({
  imports: [AuditModule],
  controllers: [SignInController],
  providers: [OrganizationsService, OrganizationsResolver, ApiKeyAuthService, BrowserSessionsService],
  exports: [OrganizationsService, ApiKeyAuthService, BrowserSessionsService],
})
export class OrganizationsModule {}
