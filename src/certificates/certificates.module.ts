import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CertificateIssuanceService } from './certificate-issuance.service';
import { CertificateStatusService } from './certificate-status.service';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesResolver, CertificationRequestResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { CertificationRequestsService } from './certification-requests.service';
import { PlatformKeyService } from './platform-key.service';
import { SigningKeysService } from './signing-keys.service';
import { TrustListService } from './trust-list.service';
import { TrustController } from './trust.controller';

@Module({
  imports: [AuditModule],
  controllers: [CertificatesController, TrustController],
  providers: [
    SigningKeysService,
    PlatformKeyService,
    TrustListService,
    CertificatesService,
    CertificationRequestsService,
    CertificateIssuanceService,
    CertificateStatusService,
    CertificateVerificationService,
    CertificatesResolver,
    CertificationRequestResolver,
  ],
  exports: [CertificatesService, CertificateVerificationService, SigningKeysService, PlatformKeyService],
})
export class CertificatesModule {}
