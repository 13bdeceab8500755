"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DisplacementModule = void 0;
const common_1 = require("@nestjs/common");
const audit_module_1 = require("../audit/audit.module");
const jobs_module_1 = require("../jobs/jobs.module");
const displacement_resolver_1 = require("./displacement.resolver");
const displacement_service_1 = require("./displacement.service");
const displacement_chunk_handler_1 = require("./jobs/displacement-chunk.handler");
const displacement_plan_handler_1 = require("./jobs/displacement-plan.handler");
/** Lifecycle displacement (issue 7): the API side (request, read, summary) and the job handlers the worker process runs. */
let DisplacementModule = class DisplacementModule {
};
exports.DisplacementModule = DisplacementModule;
exports.DisplacementModule = DisplacementModule = __decorate([
    (0, common_1.Module)({
        imports: [audit_module_1.AuditModule, jobs_module_1.JobsModule],
        providers: [displacement_service_1.DisplacementService, displacement_resolver_1.DisplacementResolver, displacement_plan_handler_1.DisplacementPlanHandler, displacement_chunk_handler_1.DisplacementChunkHandler],
        exports: [displacement_service_1.DisplacementService],
    })
], DisplacementModule);
//# sourceMappingURL=displacement.module.js.map