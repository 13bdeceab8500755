import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PassportGrantsResolver } from './passport-grants.resolver';
import { PassportGrantsService } from './passport-grants.service';

/** Passport access grants (docs/passport-attributes.md "Legitimate interest"); the passports module reads them. */
@Module({
  imports: [AuditModule],
  providers: [PassportGrantsService, PassportGrantsResolver],
  exports: [PassportGrantsService],
})
export class PassportGrantsModule {}
