import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { PlatformKeyService } from './certificates/platform-key.service';
import { PinoNestLogger } from './common/logger';
import type { AppConfig } from './config/env';
import { configureFormParser, configureHttp } from './http/http-setup';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the API application (used by main.ts, the e2e tests and the benchmarks). */
export async function createApiApp(config: AppConfig, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // One log line per request, written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.graphql.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  configureHttp(app);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
  });
  await app.init();
  configureFormParser(app);
  // The platform key signs the trust list and is shown on verify pages: made or read before serving.
  await app.get(PlatformKeyService).current();
  return app;
}
