"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApiApp = createApiApp;
const core_1 = require("@nestjs/core");
const platform_fastify_1 = require("@nestjs/platform-fastify");
const fastify_1 = require("fastify");
const node_crypto_1 = require("node:crypto");
const app_module_1 = require("./app.module");
const logger_1 = require("./common/logger");
const http_setup_1 = require("./http/http-setup");
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Builds the API application (used by main.ts, the e2e tests and the benchmarks). */
async function createApiApp(config, logger) {
    const adapter = new platform_fastify_1.FastifyAdapter({
        loggerInstance: logger,
        // One log line per request, written by the onResponse hook below.
        logController: new fastify_1.LogController({ disableRequestLogging: true }),
        bodyLimit: config.graphql.bodyLimitBytes,
        trustProxy: config.trustProxy,
        genReqId: (req) => {
            const given = req.headers['x-request-id'];
            return typeof given === 'string' && REQUEST_ID.test(given) ? given : (0, node_crypto_1.randomUUID)();
        },
    });
    const app = await core_1.NestFactory.create(app_module_1.AppModule.forRoot(config), adapter, {
        logger: new logger_1.PinoNestLogger(logger),
        bufferLogs: false,
    });
    app.enableShutdownHooks();
    (0, http_setup_1.configureHttp)(app);
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onResponse', async (req, reply) => {
        req.log.info({ method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
    });
    await app.init();
    return app;
}
//# sourceMappingURL=bootstrap.js.map