import { Controller, Get, Headers, Inject, Options, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { AppError } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { sendAppError } from '../http/http-setup';
import { acceptPrefersJson } from '../pages/content-negotiation';
import { Language, negotiateLanguage } from '../pages/i18n';
import { resolverDescription } from './resolver-description';
import { batteryLinks, LinkMap, LinkType, linkHeader, linkset, readLinkType, ResolverLink } from './resolver-links';
import { prefersLinkset, resolverAnswer } from './resolver-negotiation';
import { renderMalformedLinkPage, renderUnknownBatteryPage } from './resolver-pages';
import { ParsedAddress, Resolution, ResolverService, strongEtag } from './resolver.service';
import { cacheControl, etagMatches } from './resolver-caching';

const VARY = 'Accept, Accept-Language, Authorization';

/** CORS (the Resolver Standard asks a resolver to support it): any origin may read, and see the Link header and the ETag. */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Link, ETag, Location, Content-Language',
};

/** One resolution's links in one language, with its Link header and linkset. */
interface ResolutionView {
  links: LinkMap;
  available: LinkType[];
  header: string;
  linkset: { body: Buffer; etag: string } | null;
}

/**
 * The GS1-conformant resolver (docs/resolver.md): `GET /01/<GTIN>/21/<serial>` (GS1 Digital Link),
 * `GET /batteries/<manufacturerId>/21/<serial>` (battrace's form) and
 * `GET /.well-known/gs1resolver`. The query is read whole (`@Query()`): GS1 Digital Link lets a
 * URI carry attributes the resolver does not use, which are ignored rather than refused.
 */
@Controller()
export class ResolverController {
  /** Per resolution (held weakly: it goes when the service lets the resolution go), its views by language. */
  private readonly views = new WeakMap<Resolution, Map<Language, ResolutionView>>();

  constructor(
    private readonly resolver: ResolverService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('.well-known/gs1resolver')
  @Access.public()
  description(@Res() reply: FastifyReply): void {
    const body = JSON.stringify(resolverDescription(this.config.publicBaseUrl));
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .headers(CORS)
      .header('etag', strongEtag(body))
      .send(body);
  }

  /** A CORS preflight: GET and HEAD, with the headers the resolver reads. */
  @Options(['01/*', 'batteries/*', '.well-known/gs1resolver'])
  @Access.public()
  preflight(@Res() reply: FastifyReply): void {
    void reply
      .code(204)
      .headers(CORS)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', 'Accept, Accept-Language, Authorization, If-None-Match')
      .header('access-control-max-age', '86400')
      .header('allow', 'GET, HEAD, OPTIONS')
      .send();
  }

  @Get('01/*')
  @Access.public()
  gs1(
    @CurrentActor() actor: Actor,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
    @Headers() headers: Record<string, string | undefined>,
  ): Promise<void> {
    return this.answer(actor, req.url, query, headers, reply);
  }

  @Get('batteries/*')
  @Access.public()
  battrace(
    @CurrentActor() actor: Actor,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, unknown>,
    @Headers() headers: Record<string, string | undefined>,
  ): Promise<void> {
    return this.answer(actor, req.url, query, headers, reply);
  }

  private async answer(
    actor: Actor,
    url: string,
    query: Record<string, unknown>,
    headers: Record<string, string | undefined>,
    reply: FastifyReply,
  ): Promise<void> {
    const accept = headers.accept;
    const lang = negotiateLanguage(query.lang, headers['accept-language']);
    const signedIn = actor.type !== 'ANONYMOUS';
    void reply.header('vary', VARY).headers(CORS);
    let address: ParsedAddress;
    try {
      address = this.resolver.parse(url);
      if (address.redirect) {
        const q = url.indexOf('?');
        void reply
          .code(301)
          .header('cache-control', cacheControl(signedIn))
          .header('link', `<${this.config.publicBaseUrl}${address.canonicalPath}>; rel="canonical"`)
          .header('location', `${address.canonicalPath}${q >= 0 ? url.slice(q) : ''}`)
          .send();
        return;
      }
      const r = await this.resolver.resolve(actor, address.key, address.canonicalPath);
      const { links, available, header } = this.view(r, lang);
      void reply.header('link', header).header('cache-control', cacheControl(signedIn));
      const answer = resolverAnswer(readLinkType(query.linkType), accept, available);
      switch (answer.kind) {
        case 'json':
          return this.body(reply, headers, r.passportJson, r.etag, 'application/json; charset=utf-8');
        case 'linkset': {
          const { body, etag } = this.linksetOf(r, lang);
          void reply.header('content-language', lang);
          return this.body(reply, headers, body, etag, 'application/linkset+json');
        }
        case 'link':
          return this.redirect(reply, this.target(links, answer.type, accept), query.lang === undefined ? null : lang);
        case 'default':
          return this.redirect(reply, this.target(links, 'gs1:defaultLink', accept), query.lang === undefined ? null : lang);
      }
    } catch (err) {
      if (!(err instanceof AppError) || (err.code !== 'BAD_USER_INPUT' && err.code !== 'NOT_FOUND')) throw err;
      void reply
        .header('cache-control', 'no-store')
        .header('link', `<${this.config.publicBaseUrl}/.well-known/gs1resolver>; rel="describedby"; type="application/json"`);
      if (acceptPrefersJson(accept) || prefersLinkset(accept)) {
        sendAppError(reply, err);
        return;
      }
      const path = url.split('?')[0];
      const page =
        err.code === 'NOT_FOUND' ? renderUnknownBatteryPage(lang, path) : renderMalformedLinkPage(lang, path, err.reason, err.message);
      void reply.code(err.httpStatus).header('content-type', 'text/html; charset=utf-8').header('content-language', lang).send(page);
    }
  }

  /**
   * The links of a resolution in one language, its Link header and its linkset, each made once:
   * an anonymous resolution is reused for many requests (ResolverService), and so are these.
   */
  private view(r: Resolution, lang: Language): ResolutionView {
    let byLang = this.views.get(r);
    if (!byLang) this.views.set(r, (byLang = new Map()));
    let v = byLang.get(lang);
    if (!v) {
      const links = batteryLinks(r.links, lang);
      v = { links, available: Object.keys(links) as LinkType[], header: linkHeader(`${r.anchor}?linkType=linkset`, links), linkset: null };
      byLang.set(lang, v);
    }
    return v;
  }

  private linksetOf(r: Resolution, lang: Language): { body: Buffer; etag: string } {
    const v = this.view(r, lang);
    if (!v.linkset) {
      const body = Buffer.from(JSON.stringify(linkset(r.anchor, v.links)), 'utf8');
      v.linkset = { body, etag: strongEtag(body) };
    }
    return v.linkset;
  }

  /** The link of `type` to redirect to: the one whose media type the Accept header prefers, else the first. */
  private target(links: LinkMap, type: LinkType, accept: string | undefined): ResolverLink {
    const targets = links[type] ?? links['gs1:defaultLink']!;
    const json = acceptPrefersJson(accept);
    return targets.find((l) => (l.type === 'text/html') !== json) ?? targets[0];
  }

  /** A 307 to `link`; `?lang=` is passed on to battrace's pages (the links in several languages), which read it. */
  private redirect(reply: FastifyReply, link: ResolverLink, lang: Language | null): void {
    const pages = lang !== null && (link.hreflang?.length ?? 0) > 1 && link.href.startsWith(this.config.publicBaseUrl);
    const location = pages ? `${link.href}${link.href.includes('?') ? '&' : '?'}lang=${lang}` : link.href;
    void reply.code(307).header('location', location).send();
  }

  /** A 200 body with its ETag, or a 304 when the caller already has it (RFC 9110 §13.1.2). */
  private body(reply: FastifyReply, headers: Record<string, string | undefined>, body: Buffer, etag: string, type: string): void {
    void reply.header('etag', etag);
    if (etagMatches(headers['if-none-match'], etag)) {
      void reply.code(304).send();
      return;
    }
    void reply.header('content-type', type).send(body);
  }
}
