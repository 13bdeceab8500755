import { INestApplication } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Redis from 'ioredis';
import { Actor, actorId, ANONYMOUS } from '../access/actor';
import { UNIT_UPLOAD_CONTENT_TYPES } from '../units/batch-units.controller';
import { PASSPORT_DOCUMENT_MEDIA_TYPES } from '../passport-documents/passport-document';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { AppError } from '../common/errors';
import { metricsAccess } from '../metrics/metrics-access';
import { MetricsService } from '../metrics/metrics.service';
import { ApiKeyAuthService } from '../organizations/api-key-auth.service';
import { sessionTokenOf } from '../organizations/browser-session';
import { BrowserSessionsService } from '../organizations/browser-sessions.service';
import { REDIS } from '../redis/redis.module';
import { RateLimiter } from './rate-limiter';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The actor came from a browser session cookie (docs/pages.md, "Sign in"), not an Authorization header. */
    viaBrowserSession: boolean;
    startedAt: number;
  }
}

export function sendAppError(reply: FastifyReply, err: AppError): FastifyReply {
  return reply.status(err.httpStatus).send({
    error: { ...err.extensions, message: err.message },
    requestId: reply.request.id,
  });
}

/**
 * Everything the HTTP server does before a route runs, shared by the API process and the tests:
 * request ids, the caller (API key), the per-caller rate limit, streaming upload bodies, metrics
 * (and who may read them) and the mapping of domain errors to HTTP answers.
 */
export function configureHttp(app: INestApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const config = app.get<AppConfig>(APP_CONFIG);
  const auth = app.get(ApiKeyAuthService);
  const sessions = app.get(BrowserSessionsService);
  const metrics = app.get(MetricsService);
  const limiter = new RateLimiter(app.get<Redis>(REDIS), config.rateLimit.perMinute);

  // Bulk uploads and passport documents reach their controller as the raw request stream (never
  // buffered here; the document upload enforces its own size limit while reading).
  fastify.addContentTypeParser(
    [...Object.keys(UNIT_UPLOAD_CONTENT_TYPES), ...PASSPORT_DOCUMENT_MEDIA_TYPES],
    { bodyLimit: Number.MAX_SAFE_INTEGER },
    (_req, payload, done) => done(null, payload),
  );
  fastify.decorateRequest('actor', null as never);
  fastify.decorateRequest('viaBrowserSession', false);
  fastify.decorateRequest('startedAt', 0);

  fastify.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    req.startedAt = performance.now();
    void reply.header('x-request-id', req.id);
    if (req.routeOptions?.url === '/metrics') {
      // Operators' data: the metrics token or the admin key, or loopback when no token is set.
      req.actor = ANONYMOUS;
      const access = metricsAccess(config, req.headers.authorization, req.socket.remoteAddress);
      if (access.allowed) return;
      if (access.status === 401) void reply.header('www-authenticate', 'Bearer realm="metrics"');
      return sendAppError(reply, new AppError(access.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', access.message));
    }
    try {
      req.actor = await auth.authenticate(req.headers.authorization);
      // A browser session cookie counts for reading only (GET, HEAD) and never beside an
      // Authorization header: no write, GraphQL POST included, is ever made with a cookie.
      if (req.headers.authorization === undefined && (req.method === 'GET' || req.method === 'HEAD')) {
        const token = sessionTokenOf(req.headers.cookie);
        const actor =
          token === null
            ? null
            : await sessions.resolve(token).catch((err: Error) => {
                req.log.warn({ err }, 'browser session store unavailable; reader treated as anonymous');
                return null;
              });
        if (actor) {
          req.actor = actor;
          req.viaBrowserSession = true;
        }
      }
    } catch (err) {
      req.actor = ANONYMOUS;
      if (err instanceof AppError) return sendAppError(reply, err);
      throw err;
    }
    if (config.rateLimit.perMinute > 0 && !req.url.startsWith('/health') && !req.url.startsWith('/metrics')) {
      try {
        const r = await limiter.hit(actorId(req.actor) ?? `ip:${req.ip}`);
        void reply.header('x-ratelimit-remaining', r.remaining);
        if (!r.allowed) {
          void reply.header('retry-after', r.resetSeconds);
          return sendAppError(
            reply,
            new AppError(
              'RATE_LIMITED',
              `rate limit of ${config.rateLimit.perMinute} requests per minute exceeded; retry in ${r.resetSeconds} s`,
            ),
          );
        }
      } catch (err) {
        req.log.warn({ err }, 'rate limiter unavailable; request let through');
      }
    }
  });

  fastify.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    const route = req.routeOptions?.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: req.method, route, status: String(reply.statusCode) },
      (performance.now() - req.startedAt) / 1000,
    );
  });
}

/**
 * After app.init() (Nest registers its own form parser there, for every route): form bodies
 * (application/x-www-form-urlencoded) reach POST /signin and /signout only, as text (the controller parses
 * them strictly with URLSearchParams); any other route refuses them with 415, so a cross-site
 * HTML form reaches nothing else.
 */
export function configureFormParser(app: INestApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  if (fastify.hasContentTypeParser('application/x-www-form-urlencoded'))
    fastify.removeContentTypeParser('application/x-www-form-urlencoded');
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (req, body, done) => {
    if (req.routeOptions?.url !== '/signin' && req.routeOptions?.url !== '/signout') {
      const err = new Error('form bodies are accepted by /signin and /signout only') as Error & { statusCode: number };
      err.statusCode = 415;
      return done(err, undefined);
    }
    done(null, body);
  });
}
