"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const core_1 = require("@nestjs/core");
const logger_1 = require("./common/logger");
const env_1 = require("./config/env");
const migrate_1 = require("./database/migrate");
const worker_host_service_1 = require("./jobs/worker-host.service");
const worker_module_1 = require("./worker.module");
/**
 * The worker process: `npm run start:worker` (node dist/src/worker.js). Runs the BullMQ workers of
 * every queue in the job registry and the job outbox relay. Start as many as you like against one
 * PostgreSQL and one Redis (same DATABASE_URL, REDIS_URL and BULLMQ_PREFIX): they share the work.
 * SIGTERM or SIGINT stops taking jobs, finishes the ones in hand (or releases them to the queue
 * after WORKER_SHUTDOWN_GRACE_MS), closes the connections and exits 0.
 */
async function main() {
    let config;
    try {
        config = (0, env_1.loadConfig)();
    }
    catch (err) {
        if (err instanceof env_1.ConfigError) {
            console.error(err.message);
            process.exit(78);
        }
        throw err;
    }
    const logger = (0, logger_1.createLogger)(config, 'worker');
    await (0, migrate_1.prepareDatabase)(config.databaseUrl, config.runMigrations, logger);
    const app = await core_1.NestFactory.createApplicationContext(worker_module_1.WorkerModule.forRoot(config), {
        logger: new logger_1.PinoNestLogger(logger),
        bufferLogs: false,
    });
    let stopping = false;
    const shutdown = (signal) => {
        if (stopping)
            return;
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
            .catch((err) => {
            logger.error({ err }, 'error while stopping');
            process.exit(1);
        });
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
    try {
        await app.get(worker_host_service_1.WorkerHost).start();
    }
    catch (err) {
        if (err instanceof worker_host_service_1.JobRegistryError) {
            logger.fatal(err.message);
            await app.close().catch(() => undefined);
            process.exit(70);
        }
        throw err;
    }
    logger.info({ database: (0, migrate_1.redact)(config.databaseUrl), prefix: config.jobs.queuePrefix, concurrency: config.jobs.concurrency }, 'battrace worker ready');
}
main().catch((err) => {
    console.error(err);
    process.exit(1);
});
//# sourceMappingURL=worker.js.map