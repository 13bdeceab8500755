"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.JobWorkerModule = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const job_relay_service_1 = require("./job-relay.service");
const jobs_module_1 = require("./jobs.module");
const worker_host_service_1 = require("./worker-host.service");
/** The worker side (worker process only): BullMQ workers running the @JobHandler providers, and the outbox relay. */
let JobWorkerModule = class JobWorkerModule {
};
exports.JobWorkerModule = JobWorkerModule;
exports.JobWorkerModule = JobWorkerModule = __decorate([
    (0, common_1.Module)({
        imports: [core_1.DiscoveryModule, jobs_module_1.JobsModule],
        providers: [job_relay_service_1.JobRelay, worker_host_service_1.WorkerHost],
        exports: [worker_host_service_1.WorkerHost],
    })
], JobWorkerModule);
//# sourceMappingURL=job-worker.module.js.map