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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.JobQueues = exports.JOB_STATES = exports.TimeoutError = void 0;
exports.createJobRedis = createJobRedis;
exports.withTimeout = withTimeout;
const common_1 = require("@nestjs/common");
const bullmq_1 = require("bullmq");
const ioredis_1 = __importDefault(require("ioredis"));
const config_module_1 = require("../config/config.module");
const job_registry_1 = require("./job-registry");
/**
 * An ioredis connection for BullMQ, from REDIS_URL. `maxRetriesPerRequest: null` (BullMQ's
 * requirement) makes a command wait through a Redis outage instead of failing, so every caller
 * that must not hang bounds its wait (see `withTimeout`).
 */
function createJobRedis(redisUrl, connectionName) {
    return new ioredis_1.default(redisUrl, { maxRetriesPerRequest: null, connectionName, connectTimeout: 5000 });
}
class TimeoutError extends Error {
}
exports.TimeoutError = TimeoutError;
async function withTimeout(work, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer from Redis within ${ms} ms`)), ms);
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
exports.JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'];
/**
 * The queues of battrace, opened lazily on one shared connection (an API process that never
 * touches them opens no Redis connection for them). Enqueueing goes through here, typed by the
 * job registry; the API process itself only reads (metrics, the admin `jobQueues` query):
 * requests reach the queues through the job outbox.
 */
let JobQueues = class JobQueues {
    config;
    log = new common_1.Logger('JobQueues');
    connection = null;
    queues = new Map();
    lastErrorLog = 0;
    constructor(config) {
        this.config = config;
    }
    get prefix() {
        return this.config.jobs.queuePrefix;
    }
    /** The shared connection (also used by the job metrics store). */
    redis() {
        if (!this.connection) {
            this.connection = createJobRedis(this.config.redisUrl, `battrace:${process.pid}:queues`);
            this.connection.on('error', (err) => this.logError(err));
        }
        return this.connection;
    }
    queue(name) {
        let q = this.queues.get(name);
        if (!q) {
            q = new bullmq_1.Queue(name, { connection: this.redis(), prefix: this.prefix });
            q.on('error', (err) => this.logError(err));
            this.queues.set(name, q);
        }
        return q;
    }
    async add(item) {
        await this.addBulk([item]);
    }
    /** Adds jobs with their registry id and options; an id that exists already is skipped by BullMQ. */
    async addBulk(items) {
        const byQueue = new Map();
        for (const item of items) {
            const j = (0, job_registry_1.bullJob)(item);
            byQueue.set(j.queue, [...(byQueue.get(j.queue) ?? []), j]);
        }
        for (const [queue, jobs] of byQueue) {
            await this.queue(queue).addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: j.opts })));
        }
    }
    async counts(name) {
        const c = await this.queue(name).getJobCounts(...exports.JOB_STATES);
        return Object.fromEntries(exports.JOB_STATES.map((s) => [s, c[s] ?? 0]));
    }
    async failedJobs(name, first) {
        return this.queue(name).getFailed(0, Math.max(0, first - 1));
    }
    async onApplicationShutdown() {
        for (const q of this.queues.values())
            await q.close().catch(() => undefined);
        this.queues.clear();
        if (this.connection) {
            await withTimeout(this.connection.quit(), 2000, 'closing the queue connection').catch(() => this.connection?.disconnect());
            this.connection = null;
        }
    }
    logError(err) {
        // A Redis outage makes ioredis report every reconnect attempt: log one line per 10 s.
        if (Date.now() - this.lastErrorLog < 10_000)
            return;
        this.lastErrorLog = Date.now();
        this.log.warn(`queue connection: ${err.message}`);
    }
};
exports.JobQueues = JobQueues;
exports.JobQueues = JobQueues = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(config_module_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object])
], JobQueues);
//# sourceMappingURL=job-queues.service.js.map