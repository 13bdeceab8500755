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
exports.JobQueuesResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const validate_1 = require("../common/validate");
const job_dashboard_service_1 = require("./job-dashboard.service");
const job_queues_model_1 = require("./job-queues.model");
let JobQueuesResolver = class JobQueuesResolver {
    dashboard;
    constructor(dashboard) {
        this.dashboard = dashboard;
    }
    jobQueues(failures) {
        (0, validate_1.requireRange)('failures', failures, 0, 200);
        return this.dashboard.snapshot(failures);
    }
};
exports.JobQueuesResolver = JobQueuesResolver;
__decorate([
    (0, graphql_1.Query)(() => job_queues_model_1.JobQueuesModel, { description: 'The state of the background job queues (administrator dashboard).' }),
    access_decorator_1.Access.admin(),
    __param(0, (0, graphql_1.Args)('failures', { type: () => graphql_1.Int, defaultValue: 20, description: 'How many recent failed jobs to list' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Number]),
    __metadata("design:returntype", void 0)
], JobQueuesResolver.prototype, "jobQueues", null);
exports.JobQueuesResolver = JobQueuesResolver = __decorate([
    (0, graphql_1.Resolver)(() => job_queues_model_1.JobQueuesModel),
    __metadata("design:paramtypes", [job_dashboard_service_1.JobDashboardService])
], JobQueuesResolver);
//# sourceMappingURL=job-queues.resolver.js.map