"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkerHost = exports.JobRegistryError = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const bullmq_1 = require("bullmq");
const node_os_1 = require("node:os");
const config_module_1 = require("../config/config.module");
const job_handler_1 = require("./job-handler");
const job_metrics_service_1 = require("./job-metrics.service");
const job_queues_service_1 = require("./job-queues.service");
const job_relay_service_1 = require("./job-relay.service");
const job_registry_1 = require("./job-registry");
class JobRegistryError extends Error {
}
exports.JobRegistryError = JobRegistryError;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());
/**
 * The worker side of the job registry (worker process only): finds the @JobHandler providers,
 * refuses to start unless every job has exactly one, runs one BullMQ Worker per queue and the
 * outbox relay, and on shutdown finishes the jobs in hand (or, after WORKER_SHUTDOWN_GRACE_MS,
 * releases them back to their queue) before the database and Redis connections close.
 */
let WorkerHost = class WorkerHost {
    discovery;
    config;
    relay;
    metrics;
    log = new common_1.Logger('WorkerHost');
    handlers = new Map();
    workers = [];
    connection = null;
    stopping = null;
    constructor(discovery, config, relay, metrics) {
        this.discovery = discovery;
        this.config = config;
        this.relay = relay;
        this.metrics = metrics;
    }
    /** Collects the handlers; throws JobRegistryError naming every job without one or with several. */
    discoverHandlers() {
        const found = [];
        for (const wrapper of this.discovery.getProviders()) {
            const { metatype, instance } = wrapper;
            if (!metatype || !instance || typeof metatype !== 'function')
                continue;
            const name = Reflect.getMetadata(job_handler_1.JOB_HANDLER, metatype);
            if (name !== undefined)
                found.push({ name, handler: metatype.name, instance: instance });
        }
        const problems = (0, job_handler_1.handlerCoverageProblems)(job_registry_1.JOB_NAMES, found);
        if (problems.length)
            throw new JobRegistryError(`job registry: ${problems.join('; ')}`);
        for (const f of found)
            this.handlers.set(f.name, { name: f.handler, instance: f.instance });
    }
    async start() {
        this.discoverHandlers();
        const j = this.config.jobs;
        this.connection = (0, job_queues_service_1.createJobRedis)(this.config.redisUrl, `battrace:${process.pid}:worker`);
        let lastLog = 0;
        const onError = (err) => {
            if (Date.now() - lastLog < 10_000)
                return;
            lastLog = Date.now();
            this.log.warn(`worker connection: ${err.message}`);
        };
        this.connection.on('error', onError);
        for (const queue of job_registry_1.QUEUE_NAMES) {
            const worker = new bullmq_1.Worker(queue, (job, token, signal) => this.process(queue, job, token, signal), {
                connection: this.connection,
                prefix: j.queuePrefix,
                concurrency: j.concurrency,
                lockDuration: j.lockDurationMs,
                stalledInterval: j.stalledIntervalMs,
                maxStalledCount: j.maxStalledCount,
                name: `${(0, node_os_1.hostname)()}:${process.pid}`,
            });
            worker.on('error', onError);
            worker.on('failed', (job, err) => {
                if (job)
                    this.log.warn(`job ${job.name} ${job.id} failed (attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}): ${err.message}`);
            });
            this.workers.push(worker);
        }
        // Ready once connected (so that a process reported ready takes jobs at once); if Redis is down
        // now, carry on: BullMQ connects when it comes back.
        await (0, job_queues_service_1.withTimeout)(Promise.all(this.workers.map((w) => w.waitUntilReady())), 10_000, 'connecting the workers').catch((err) => this.log.warn(err.message));
        if (j.relayEnabled)
            this.relay.start();
        this.log.log(`workers on ${job_registry_1.QUEUE_NAMES.join(', ')} (concurrency ${j.concurrency}, prefix ${j.queuePrefix}); relay ${j.relayEnabled ? 'on' : 'off'}`);
    }
    async process(queue, job, token, signal) {
        if (!(0, job_registry_1.isJobName)(job.name))
            throw new bullmq_1.UnrecoverableError(`no handler for job ${job.name}`);
        const handler = this.handlers.get(job.name);
        const maxAttempts = job.opts.attempts ?? 1;
        const abort = signal ?? new AbortController().signal;
        const ctx = {
            jobId: String(job.id),
            attempt: job.attemptsMade + 1,
            maxAttempts,
            signal: abort,
            release: async () => {
                await job.moveToWait(token);
                throw new bullmq_1.WaitingError('released on shutdown');
            },
        };
        const started = performance.now();
        try {
            await handler.instance.handle(job.data, ctx);
            this.metrics.record(queue, job.name, 'completed', (performance.now() - started) / 1000);
        }
        catch (err) {
            const e = err;
            if (e instanceof bullmq_1.WaitingError || e.name === 'WaitingError') {
                this.metrics.record(queue, job.name, 'released', (performance.now() - started) / 1000);
                throw e;
            }
            this.metrics.record(queue, job.name, 'failed', (performance.now() - started) / 1000);
            const final = e instanceof bullmq_1.UnrecoverableError || ctx.attempt >= maxAttempts;
            if (final && handler.instance.onFinalFailure) {
                await handler.instance
                    .onFinalFailure(job.data, e)
                    .catch((f) => this.log.error(`onFinalFailure of ${job.name} ${job.id}: ${f.message}`));
            }
            throw e;
        }
    }
    async beforeApplicationShutdown() {
        await this.stop();
    }
    /** Stops taking jobs; finishes the ones in hand, or releases them after the grace period. */
    stop() {
        this.stopping ??= (async () => {
            await this.relay.stop();
            if (this.workers.length) {
                const closing = Promise.all(this.workers.map((w) => w.close()));
                const finished = await Promise.race([closing.then(() => true), sleep(this.config.jobs.shutdownGraceMs).then(() => false)]);
                if (!finished) {
                    this.log.warn('jobs still running after the shutdown grace period: releasing them to their queue');
                    for (const w of this.workers)
                        w.cancelAllJobs('worker shutting down');
                    await Promise.race([closing, sleep(10_000)]);
                }
            }
            if (this.connection) {
                await (0, job_queues_service_1.withTimeout)(this.connection.quit(), 2000, 'closing the worker connection').catch(() => this.connection?.disconnect());
            }
        })();
        return this.stopping;
    }
};
exports.WorkerHost = WorkerHost;
exports.WorkerHost = WorkerHost = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Inject)(config_module_1.APP_CONFIG)),
    __metadata("design:paramtypes", [core_1.DiscoveryService, Object, job_relay_service_1.JobRelay,
        job_metrics_service_1.JobMetrics])
], WorkerHost);
//# sourceMappingURL=worker-host.service.js.map