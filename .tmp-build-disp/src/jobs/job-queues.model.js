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
Object.defineProperty(exports, "__esModule", { value: true });
exports.JobQueuesModel = exports.JobQueueStateModel = exports.FailedJobModel = exports.JobQueueCountsModel = void 0;
const graphql_1 = require("@nestjs/graphql");
let JobQueueCountsModel = class JobQueueCountsModel {
    waiting;
    active;
    delayed;
    prioritized;
    waitingChildren;
    completed;
    failed;
};
exports.JobQueueCountsModel = JobQueueCountsModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], JobQueueCountsModel.prototype, "waiting", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], JobQueueCountsModel.prototype, "active", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], JobQueueCountsModel.prototype, "delayed", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], JobQueueCountsModel.prototype, "prioritized", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], JobQueueCountsModel.prototype, "waitingChildren", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], JobQueueCountsModel.prototype, "completed", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Failed jobs are kept (never removed) until someone retries or removes them.' }),
    __metadata("design:type", Number)
], JobQueueCountsModel.prototype, "failed", void 0);
exports.JobQueueCountsModel = JobQueueCountsModel = __decorate([
    (0, graphql_1.ObjectType)('JobQueueCounts', { description: 'Jobs in a queue by state.' })
], JobQueueCountsModel);
let FailedJobModel = class FailedJobModel {
    id;
    name;
    data;
    failedReason;
    attemptsMade;
    finishedAt;
};
exports.FailedJobModel = FailedJobModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FailedJobModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FailedJobModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The payload, as JSON' }),
    __metadata("design:type", String)
], FailedJobModel.prototype, "data", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FailedJobModel.prototype, "failedReason", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], FailedJobModel.prototype, "attemptsMade", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], FailedJobModel.prototype, "finishedAt", void 0);
exports.FailedJobModel = FailedJobModel = __decorate([
    (0, graphql_1.ObjectType)('FailedJob')
], FailedJobModel);
let JobQueueStateModel = class JobQueueStateModel {
    name;
    prefix;
    reachable;
    counts;
    recentFailures;
    meanDurationSeconds;
};
exports.JobQueueStateModel = JobQueueStateModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], JobQueueStateModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Redis key prefix (BULLMQ_PREFIX)' }),
    __metadata("design:type", String)
], JobQueueStateModel.prototype, "prefix", void 0);
__decorate([
    (0, graphql_1.Field)(() => Boolean, { description: 'False when Redis did not answer in time; the counts are then zero' }),
    __metadata("design:type", Boolean)
], JobQueueStateModel.prototype, "reachable", void 0);
__decorate([
    (0, graphql_1.Field)(() => JobQueueCountsModel),
    __metadata("design:type", JobQueueCountsModel)
], JobQueueStateModel.prototype, "counts", void 0);
__decorate([
    (0, graphql_1.Field)(() => [FailedJobModel], { description: 'The most recent failed jobs, newest first' }),
    __metadata("design:type", Array)
], JobQueueStateModel.prototype, "recentFailures", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Mean processing time of completed jobs (seconds), over all workers' }),
    __metadata("design:type", Object)
], JobQueueStateModel.prototype, "meanDurationSeconds", void 0);
exports.JobQueueStateModel = JobQueueStateModel = __decorate([
    (0, graphql_1.ObjectType)('JobQueueState', { description: 'A BullMQ queue as the administrator dashboard shows it.' })
], JobQueueStateModel);
let JobQueuesModel = class JobQueuesModel {
    queues;
    outboxPending;
};
exports.JobQueuesModel = JobQueuesModel;
__decorate([
    (0, graphql_1.Field)(() => [JobQueueStateModel]),
    __metadata("design:type", Array)
], JobQueuesModel.prototype, "queues", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Jobs written to the outbox and not yet relayed to BullMQ' }),
    __metadata("design:type", Number)
], JobQueuesModel.prototype, "outboxPending", void 0);
exports.JobQueuesModel = JobQueuesModel = __decorate([
    (0, graphql_1.ObjectType)('JobQueues')
], JobQueuesModel);
//# sourceMappingURL=job-queues.model.js.map