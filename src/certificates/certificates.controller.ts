import { Controller, Get, Headers, Inject, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toString as qrSvg } from 'qrcode';
import { Access } from '../access/access.decorator';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesService } from './certificates.service';
import { PlatformKeyService } from './platform-key.service';
import { SigningKeysService } from './signing-keys.service';
import { renderVerifyPage } from './verify-page';

/**
 * Public HTTP routes of certificates: the certifiers' DID documents (did:web), the status list
 * credentials at their stable URLs, the verification page (HTML, or JSON when asked), and the
 * offline bundle.
 */
@Controller()
export class CertificatesController {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly verification: CertificateVerificationService,
    private readonly certificates: CertificatesService,
    private readonly platform: PlatformKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('certifiers/:orgId/did.json')
  @Access.public()
  async didDocument(@Param('orgId') orgId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('content-type', 'application/did+json');
    return this.keys.didDocument(orgId);
  }

  @Get('status-lists/:id')
  @Access.public()
  async statusList(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const s = await this.verification.statusListJws(id);
    void reply.header('content-type', 'application/vc+jwt');
    void reply.header('cache-control', 'no-cache');
    return s.jws;
  }

  @Get('verify/:certificateId')
  @Access.public()
  async verify(
    @Param('certificateId') id: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { certificate, result } = await this.verification.verifyById(id);
    const wantsJson = /application\/(.+\+)?json/.test(accept ?? '') && !/text\/html/.test(accept ?? '');
    if (wantsJson) {
      return {
        certificateId: certificate.id,
        number: certificate.number,
        valid: result.valid,
        status: result.status,
        statusText: result.statusText,
        reasons: result.checks.filter((c) => !c.ok).map((c) => c.reason),
        checks: result.checks,
        checkedAt: result.checkedAt,
        credential: certificate.credential,
      };
    }
    const url = this.certificates.certificateUrl(certificate.id);
    const svg = await qrSvg(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    void reply.header('content-type', 'text/html; charset=utf-8');
    return renderVerifyPage(result, url, svg, {
      bundleUrl: `${this.config.publicBaseUrl}/certificates/${certificate.id}/bundle`,
      trustListUrl: `${this.config.publicBaseUrl}/trust/issuers.json`,
      platformThumbprint: (await this.platform.current()).thumbprint,
    });
  }

  @Get('certificates/:id/bundle')
  @Access.public()
  async bundle(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const b = await this.verification.bundle(id);
    void reply.header('content-disposition', `attachment; filename="certificate-${b.certificateId}.bundle.json"`);
    return b;
  }
}
