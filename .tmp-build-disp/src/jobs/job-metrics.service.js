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
exports.JobMetrics = exports.JOB_DURATION_BUCKETS = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const prom_client_1 = require("prom-client");
const typeorm_2 = require("typeorm");
const metrics_service_1 = require("../metrics/metrics.service");
const job_queues_service_1 = require("./job-queues.service");
const job_registry_1 = require("./job-registry");
/** Upper bounds (seconds) of the job duration histogram buckets. */
exports.JOB_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
const OUTCOMES = ['completed', 'failed', 'released'];
const SCRAPE_TIMEOUT_MS = 1000;
/**
 * Queue depth and job durations for /metrics. Jobs run in the worker processes, which serve no
 * HTTP, while /metrics is served by the API processes; so each worker adds its job durations to a
 * cumulative histogram kept in Redis (one hash per queue, job and outcome: bucket counts, sum,
 * count), and every API process reads those hashes and the queue counts when scraped. All
 * processes therefore report the same, cluster-wide figures.
 */
let JobMetrics = class JobMetrics {
    queues;
    metrics;
    db;
    constructor(queues, metrics, db) {
        this.queues = queues;
        this.metrics = metrics;
        this.db = db;
    }
    key(queue, job, outcome) {
        return `${this.queues.prefix}:metrics:job-duration:${queue}:${job}:${outcome}`;
    }
    /** Worker side: adds one job's duration. Best effort: a metrics write never fails a job. */
    record(queue, job, outcome, seconds) {
        const key = this.key(queue, job, outcome);
        const m = this.queues.redis().multi();
        for (const le of exports.JOB_DURATION_BUCKETS)
            if (seconds <= le)
                m.hincrby(key, `le:${le}`, 1);
        m.hincrby(key, 'le:+Inf', 1);
        m.hincrby(key, 'count', 1);
        m.hincrbyfloat(key, 'sum', seconds);
        void (0, job_queues_service_1.withTimeout)(m.exec(), SCRAPE_TIMEOUT_MS, 'recording a job duration').catch(() => undefined);
    }
    /** Mean processing time of the completed jobs of a queue, over all workers (null before any). */
    async meanCompletedSeconds(queue) {
        const jobs = job_registry_1.JOB_NAMES.filter((job) => job_registry_1.JOBS[job].queue === queue);
        const p = this.queues.redis().pipeline();
        for (const job of jobs)
            p.hmget(this.key(queue, job, 'completed'), 'sum', 'count');
        const replies = (await p.exec()) ?? [];
        let sum = 0;
        let count = 0;
        for (const [, v] of replies) {
            const [s, c] = (v ?? []);
            sum += Number(s ?? 0);
            count += Number(c ?? 0);
        }
        return count > 0 ? sum / count : null;
    }
    onModuleInit() {
        const registry = this.metrics.registry;
        if (registry.getSingleMetric('battrace_job_queue_jobs'))
            return;
        const queues = this.queues;
        new prom_client_1.Gauge({
            name: 'battrace_job_queue_jobs',
            help: 'Jobs in each BullMQ queue by state (waiting, active, delayed, failed…), read from Redis at scrape time',
            labelNames: ['queue', 'state'],
            registers: [registry],
            async collect() {
                this.reset();
                for (const queue of job_registry_1.QUEUE_NAMES) {
                    const counts = await (0, job_queues_service_1.withTimeout)(queues.counts(queue), SCRAPE_TIMEOUT_MS, 'counting jobs').catch(() => null);
                    if (!counts)
                        continue;
                    for (const state of job_queues_service_1.JOB_STATES)
                        this.set({ queue, state }, counts[state]);
                }
            },
        });
        const db = this.db;
        new prom_client_1.Gauge({
            name: 'battrace_job_outbox_pending',
            help: 'Jobs written to the outbox and not yet relayed to BullMQ',
            registers: [registry],
            async collect() {
                const rows = await db.query('SELECT count(*)::int AS n FROM job_outbox').catch(() => [{ n: -1 }]);
                this.set(rows[0].n);
            },
        });
        registry.registerMetric(this.durationHistogram());
    }
    /** A histogram whose buckets live in Redis (prom-client's own Histogram only counts in-process). */
    durationHistogram() {
        const name = 'battrace_job_duration_seconds';
        const help = 'Job processing time in the worker processes, by queue, job and outcome';
        const read = async () => {
            const series = job_registry_1.QUEUE_NAMES.flatMap((queue) => job_registry_1.JOB_NAMES.filter((job) => job_registry_1.JOBS[job].queue === queue).flatMap((job) => OUTCOMES.map((outcome) => ({ queue, job, outcome }))));
            const p = this.queues.redis().pipeline();
            for (const s of series)
                p.hgetall(this.key(s.queue, s.job, s.outcome));
            const replies = (await (0, job_queues_service_1.withTimeout)(p.exec(), SCRAPE_TIMEOUT_MS, 'reading job durations').catch(() => null)) ?? [];
            const values = [];
            series.forEach((s, i) => {
                const h = (replies[i]?.[1] ?? {});
                if (!h.count)
                    return;
                const labels = { queue: s.queue, job: s.job, outcome: s.outcome };
                for (const le of exports.JOB_DURATION_BUCKETS)
                    values.push({ metricName: `${name}_bucket`, labels: { ...labels, le }, value: Number(h[`le:${le}`] ?? 0) });
                values.push({ metricName: `${name}_bucket`, labels: { ...labels, le: '+Inf' }, value: Number(h['le:+Inf'] ?? 0) });
                values.push({ metricName: `${name}_sum`, labels, value: Number(h.sum ?? 0) });
                values.push({ metricName: `${name}_count`, labels, value: Number(h.count ?? 0) });
            });
            return { name, help, type: 'histogram', aggregator: 'sum', values };
        };
        return { name, help, type: 'histogram', aggregator: 'sum', get: read, reset: () => undefined };
    }
};
exports.JobMetrics = JobMetrics;
exports.JobMetrics = JobMetrics = __decorate([
    (0, common_1.Injectable)(),
    __param(2, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [job_queues_service_1.JobQueues,
        metrics_service_1.MetricsService,
        typeorm_2.DataSource])
], JobMetrics);
//# sourceMappingURL=job-metrics.service.js.map