import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesResolver, CertificationRequestResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { PassportController } from './passport.controller';
import { SigningKeysService } from './signing-keys.service';

@Module({
  imports: [AuditModule],
  controllers: [CertificatesController, PassportController],
  providers: [SigningKeysService, CertificatesService, CertificateVerificationService, CertificatesResolver, CertificationRequestResolver],
  exports: [CertificatesService, CertificateVerificationService, SigningKeysService],
})
export class CertificatesModule {}
