"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.JobsModule = void 0;
const common_1 = require("@nestjs/common");
const job_dashboard_service_1 = require("./job-dashboard.service");
const job_metrics_service_1 = require("./job-metrics.service");
const job_queues_service_1 = require("./job-queues.service");
const job_queues_resolver_1 = require("./job-queues.resolver");
/** The queues, their metrics and the administrator's queue dashboard: in both processes. */
let JobsModule = class JobsModule {
};
exports.JobsModule = JobsModule;
exports.JobsModule = JobsModule = __decorate([
    (0, common_1.Module)({
        providers: [job_queues_service_1.JobQueues, job_metrics_service_1.JobMetrics, job_dashboard_service_1.JobDashboardService, job_queues_resolver_1.JobQueuesResolver],
        exports: [job_queues_service_1.JobQueues, job_metrics_service_1.JobMetrics],
    })
], JobsModule);
//# sourceMappingURL=jobs.module.js.map