"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sendAppError = sendAppError;
exports.configureHttp = configureHttp;
const actor_1 = require("../access/actor");
const batch_units_controller_1 = require("../batches/batch-units.controller");
const config_module_1 = require("../config/config.module");
const errors_1 = require("../common/errors");
const metrics_service_1 = require("../metrics/metrics.service");
const api_key_auth_service_1 = require("../organizations/api-key-auth.service");
const redis_module_1 = require("../redis/redis.module");
const rate_limiter_1 = require("./rate-limiter");
function sendAppError(reply, err) {
    return reply.status(err.httpStatus).send({
        error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}), ...(err.details ?? {}) },
        requestId: reply.request.id,
    });
}
/**
 * Everything the HTTP server does before a route runs, shared by the API process and the tests:
 * request ids, the caller (API key), the per-caller rate limit, streaming upload bodies, metrics
 * and the mapping of domain errors to HTTP answers.
 */
function configureHttp(app) {
    const fastify = app.getHttpAdapter().getInstance();
    const config = app.get(config_module_1.APP_CONFIG);
    const auth = app.get(api_key_auth_service_1.ApiKeyAuthService);
    const metrics = app.get(metrics_service_1.MetricsService);
    const limiter = new rate_limiter_1.RateLimiter(app.get(redis_module_1.REDIS), config.rateLimit.perMinute);
    // Bulk uploads reach their controller as the raw request stream (never buffered).
    fastify.addContentTypeParser(Object.keys(batch_units_controller_1.UNIT_UPLOAD_CONTENT_TYPES), { bodyLimit: Number.MAX_SAFE_INTEGER }, (_req, payload, done) => done(null, payload));
    fastify.decorateRequest('actor', null);
    fastify.decorateRequest('startedAt', 0);
    fastify.addHook('onRequest', async (req, reply) => {
        req.startedAt = performance.now();
        void reply.header('x-request-id', req.id);
        try {
            req.actor = await auth.authenticate(req.headers.authorization);
        }
        catch (err) {
            req.actor = actor_1.ANONYMOUS;
            if (err instanceof errors_1.AppError)
                return sendAppError(reply, err);
            throw err;
        }
        if (config.rateLimit.perMinute > 0 && !req.url.startsWith('/health') && !req.url.startsWith('/metrics')) {
            try {
                const r = await limiter.hit((0, actor_1.actorId)(req.actor) ?? `ip:${req.ip}`);
                void reply.header('x-ratelimit-remaining', r.remaining);
                if (!r.allowed) {
                    void reply.header('retry-after', r.resetSeconds);
                    return sendAppError(reply, new errors_1.AppError('RATE_LIMITED', `rate limit of ${config.rateLimit.perMinute} requests per minute exceeded; retry in ${r.resetSeconds} s`));
                }
            }
            catch (err) {
                req.log.warn({ err }, 'rate limiter unavailable; request let through');
            }
        }
    });
    fastify.addHook('onResponse', async (req, reply) => {
        const route = req.routeOptions?.url ?? 'unmatched';
        metrics.httpDuration.observe({ method: req.method, route, status: String(reply.statusCode) }, (performance.now() - req.startedAt) / 1000);
    });
}
//# sourceMappingURL=http-setup.js.map