"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProvenanceModule = void 0;
const common_1 = require("@nestjs/common");
const audit_module_1 = require("../audit/audit.module");
const epcis_controller_1 = require("./epcis/epcis.controller");
const epcis_service_1 = require("./epcis/epcis.service");
const lineage_service_1 = require("./lineage.service");
const provenance_resolver_1 = require("./provenance.resolver");
const provenance_service_1 = require("./provenance.service");
const unit_lifecycle_service_1 = require("./unit-lifecycle.service");
/** Provenance (issue 6): membership history, lifecycle changes, lineage, the provenance graph, EPCIS export. */
let ProvenanceModule = class ProvenanceModule {
};
exports.ProvenanceModule = ProvenanceModule;
exports.ProvenanceModule = ProvenanceModule = __decorate([
    (0, common_1.Module)({
        imports: [audit_module_1.AuditModule],
        controllers: [epcis_controller_1.EpcisController],
        providers: [epcis_service_1.EpcisService, unit_lifecycle_service_1.UnitLifecycleService, lineage_service_1.LineageService, provenance_service_1.ProvenanceService, provenance_resolver_1.UnitLifecycleResolver, provenance_resolver_1.ProvenanceResolver],
        exports: [lineage_service_1.LineageService],
    })
], ProvenanceModule);
//# sourceMappingURL=provenance.module.js.map