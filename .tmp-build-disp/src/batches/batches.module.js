"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BatchesModule = void 0;
const common_1 = require("@nestjs/common");
const audit_module_1 = require("../audit/audit.module");
const batch_units_controller_1 = require("./batch-units.controller");
const batches_resolver_1 = require("./batches.resolver");
const batches_service_1 = require("./batches.service");
const unit_ingest_service_1 = require("./unit-ingest.service");
let BatchesModule = class BatchesModule {
};
exports.BatchesModule = BatchesModule;
exports.BatchesModule = BatchesModule = __decorate([
    (0, common_1.Module)({
        imports: [audit_module_1.AuditModule],
        controllers: [batch_units_controller_1.BatchUnitsController],
        providers: [batches_service_1.BatchesService, batches_resolver_1.BatchesResolver, unit_ingest_service_1.UnitIngestService],
        exports: [batches_service_1.BatchesService],
    })
], BatchesModule);
//# sourceMappingURL=batches.module.js.map