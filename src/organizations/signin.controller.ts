import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../access/access.decorator';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { Language, negotiateLanguage } from '../pages/i18n';
import { renderSignInPage } from '../pages/signin-page';
import { clearedSessionCookie, parseSignInForm, safeReturnTo, sessionCookie, sessionTokenOf } from './browser-session';
import { BrowserSessionsService } from './browser-sessions.service';

/**
 * Browser sign-in for readers with a legitimate interest (docs/pages.md, "Sign in"): GET /signin
 * shows the form, POST /signin turns an organization's API key into a session cookie and returns
 * to the passport page, POST /signout ends the session. A form sent from another site (the
 * browser's `Sec-Fetch-Site`) is refused; the cookie itself only ever serves GET and HEAD.
 */
@Controller()
export class SignInController {
  constructor(
    private readonly sessions: BrowserSessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get secure(): boolean {
    return this.config.publicBaseUrl.startsWith('https:');
  }

  private html(reply: FastifyReply, lang: Language): void {
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-language', lang)
      .header('cache-control', 'no-store')
      .header('vary', 'Accept-Language');
  }

  @Get('signin')
  @Access.public()
  page(
    @Query('returnTo') returnTo: unknown,
    @Query('lang') lang: unknown,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): string {
    const language = negotiateLanguage(lang, acceptLanguage);
    this.html(reply, language);
    return renderSignInPage(language, safeReturnTo(returnTo));
  }

  @Post('signin')
  @HttpCode(303)
  @Access.public()
  async signIn(
    @Body() body: unknown,
    @Query('lang') lang: unknown,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const language = negotiateLanguage(lang, acceptLanguage);
    const form = parseSignInForm(body);
    if (!form.ok || crossSite(req)) {
      this.html(reply, language);
      void reply.status(400);
      return renderSignInPage(language, form.ok ? form.returnTo : '/', 'BAD_FORM');
    }
    const token = await this.sessions.create(form.apiKey);
    if (token === null) {
      this.html(reply, language);
      void reply.status(401);
      return renderSignInPage(language, form.returnTo, 'BAD_KEY');
    }
    void reply
      .header('set-cookie', sessionCookie(token, this.secure))
      .header('cache-control', 'no-store')
      .header('location', form.returnTo);
    return '';
  }

  @Post('signout')
  @HttpCode(303)
  @Access.public()
  async signOut(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    if (crossSite(req)) {
      void reply.status(400);
      return '';
    }
    const token = sessionTokenOf(req.headers.cookie);
    if (token) await this.sessions.destroy(token);
    void reply.header('set-cookie', clearedSessionCookie(this.secure)).header('cache-control', 'no-store').header('location', '/');
    return '';
  }
}

/** A form a browser sent from another site (Fetch Metadata); clients without the header pass. */
function crossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}
