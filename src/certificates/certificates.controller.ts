import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Access } from '../access/access.decorator';
import { AppError } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesService } from './certificates.service';
import { PlatformKeyService } from './platform-key.service';
import { SigningKeysService } from './signing-keys.service';
import { pageFormat } from '../pages/content-negotiation';
import { Language, negotiateLanguage } from '../pages/i18n';
import { QrCodes } from '../pages/qr-code';
import { renderCertificateBadRequestPage, renderCertificateNotFoundPage, renderVerifyPage } from './verify-page';

/**
 * Public HTTP routes of certificates: the certifiers' DID documents (did:web), the status list
 * credentials at their stable URLs, the verification page (HTML, or JSON when asked), and the
 * offline bundle.
 */
@Controller()
export class CertificatesController {
  private readonly qrCodes = new QrCodes();

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

  /**
   * The certificate page (docs/pages.md): HTML in the reader's language (`?lang=`, else
   * Accept-Language, else English), JSON only when asked (`?format=json`, or an Accept header
   * preferring JSON). An unknown id is a 404 "not genuine" page, an id that is no UUID a 400 page;
   * JSON callers get the usual JSON errors, and so does an unknown `?format=`.
   */
  @Get('verify/:certificateId')
  @Access.public()
  async verify(
    @Param('certificateId') id: string,
    @Query('lang') langParam: unknown,
    @Query('format') formatParam: unknown,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const lang = negotiateLanguage(langParam, acceptLanguage);
    void reply.header('vary', 'Accept, Accept-Language');
    // An unknown ?format= is the caller's programming error: a JSON 400 naming query.format.
    if (pageFormat(accept, formatParam) === 'json') {
      const { certificate, result } = await this.verification.verifyById(id);
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
    let verified: Awaited<ReturnType<CertificateVerificationService['verifyForPage']>>;
    try {
      verified = await this.verification.verifyForPage(id);
    } catch (err) {
      const notFound = err instanceof AppError && err.code === 'NOT_FOUND';
      const badId = err instanceof AppError && err.code === 'BAD_USER_INPUT' && err.field === 'id';
      if (!notFound && !badId) throw err;
      this.html(reply, lang);
      void reply.status(notFound ? 404 : 400);
      return notFound ? renderCertificateNotFoundPage(lang, id) : renderCertificateBadRequestPage(lang, id);
    }
    const { certificate, result, page } = verified;
    const url = this.certificates.certificateUrl(certificate.id);
    const svg = await this.qrCodes.svg(url);
    this.html(reply, lang);
    return renderVerifyPage({
      lang,
      result,
      facts: page,
      pageUrl: url,
      qrSvg: svg,
      passportUrl: `${this.config.publicBaseUrl}/passports/${page.batchId}`,
      offline: {
        bundleUrl: `${this.config.publicBaseUrl}/certificates/${certificate.id}/bundle`,
        trustListUrl: `${this.config.publicBaseUrl}/trust/issuers.json`,
        platformThumbprint: (await this.platform.current()).thumbprint,
      },
    });
  }

  private html(reply: FastifyReply, lang: Language): void {
    void reply.header('content-type', 'text/html; charset=utf-8');
    void reply.header('content-language', lang);
  }

  @Get('certificates/:id/bundle')
  @Access.public()
  async bundle(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const b = await this.verification.bundle(id);
    void reply.header('content-disposition', `attachment; filename="certificate-${b.certificateId}.bundle.json"`);
    return b;
  }
}
