import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { createLogger, PinoNestLogger } from './common/logger';
import { AppConfig, ConfigError, loadConfig } from './config/env';
import { prepareDatabase, redact } from './database/migrate';
import { DisplacementReconciler } from './displacement/jobs/displacement-reconciler.service';
import { JobRegistryError, WorkerHost } from './jobs/worker-host.service';
import { WorkerModule } from './worker.module';

/**
 * The worker process: `npm run start:worker` (node dist/src/worker.js). Runs the BullMQ workers of
 * every queue in the job registry, the job outbox relay and the reconciler. Start as many as you like against one
 * PostgreSQL and one Redis (same DATABASE_URL, REDIS_URL and BULLMQ_PREFIX): they share the work.
 * SIGTERM or SIGINT stops taking jobs, finishes the ones in hand (or releases them to the queue
 * after WORKER_SHUTDOWN_GRACE_MS), closes the connections and exits 0.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config, 'worker');
  await prepareDatabase(config.databaseUrl, config.runMigrations, logger);
  const app: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing the jobs in hand');
    // Never hang: after the grace period plus a margin, leave; Redis re-queues what was left.
    setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, config.jobs.shutdownGraceMs + 20_000).unref();
    app
      .close()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  try {
    await app.get(WorkerHost).start();
    // After the workers and the relay: what PostgreSQL says is left and no queue holds is enqueued again.
    app.get(DisplacementReconciler).start();
  } catch (err) {
    if (err instanceof JobRegistryError) {
      logger.fatal(err.message);
      await app.close().catch(() => undefined);
      process.exit(70);
    }
    throw err;
  }
  logger.info(
    { database: redact(config.databaseUrl), prefix: config.jobs.queuePrefix, concurrency: config.jobs.concurrency },
    'battrace worker ready',
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
