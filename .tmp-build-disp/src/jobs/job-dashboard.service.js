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
exports.JobDashboardService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const job_metrics_service_1 = require("./job-metrics.service");
const job_queues_service_1 = require("./job-queues.service");
const job_registry_1 = require("./job-registry");
const TIMEOUT_MS = 1500;
/** What the administrator's queue dashboard (`jobQueues`) shows: counts, recent failures, outbox backlog. */
let JobDashboardService = class JobDashboardService {
    queues;
    metrics;
    db;
    constructor(queues, metrics, db) {
        this.queues = queues;
        this.metrics = metrics;
        this.db = db;
    }
    async snapshot(failures) {
        const queues = [];
        for (const name of job_registry_1.QUEUE_NAMES) {
            const [counts, failed, mean] = await Promise.all([
                (0, job_queues_service_1.withTimeout)(this.queues.counts(name), TIMEOUT_MS, 'counting jobs').catch(() => null),
                (0, job_queues_service_1.withTimeout)(this.queues.failedJobs(name, failures), TIMEOUT_MS, 'listing failed jobs').catch(() => []),
                (0, job_queues_service_1.withTimeout)(this.metrics.meanCompletedSeconds(name), TIMEOUT_MS, 'reading job durations').catch(() => null),
            ]);
            queues.push({
                name,
                prefix: this.queues.prefix,
                reachable: counts !== null,
                counts: {
                    waiting: counts?.waiting ?? 0,
                    active: counts?.active ?? 0,
                    delayed: counts?.delayed ?? 0,
                    prioritized: counts?.prioritized ?? 0,
                    waitingChildren: counts?.['waiting-children'] ?? 0,
                    completed: counts?.completed ?? 0,
                    failed: counts?.failed ?? 0,
                },
                recentFailures: failed.map((j) => ({
                    id: String(j.id),
                    name: j.name,
                    data: JSON.stringify(j.data),
                    failedReason: j.failedReason ?? '',
                    attemptsMade: j.attemptsMade,
                    finishedAt: j.finishedOn ? new Date(j.finishedOn) : null,
                })),
                meanDurationSeconds: mean,
            });
        }
        const [{ n }] = await this.db.query('SELECT count(*)::int AS n FROM job_outbox');
        return { queues, outboxPending: n };
    }
};
exports.JobDashboardService = JobDashboardService;
exports.JobDashboardService = JobDashboardService = __decorate([
    (0, common_1.Injectable)(),
    __param(2, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [job_queues_service_1.JobQueues,
        job_metrics_service_1.JobMetrics,
        typeorm_2.DataSource])
], JobDashboardService);
//# sourceMappingURL=job-dashboard.service.js.map