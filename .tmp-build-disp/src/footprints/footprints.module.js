"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.FootprintsModule = void 0;
const common_1 = require("@nestjs/common");
const audit_module_1 = require("../audit/audit.module");
const emission_factors_module_1 = require("../emission-factors/emission-factors.module");
const energy_module_1 = require("../energy/energy.module");
const footprint_inputs_service_1 = require("./footprint-inputs.service");
const footprints_resolver_1 = require("./footprints.resolver");
const footprints_service_1 = require("./footprints.service");
const passport_carbon_footprint_controller_1 = require("./passport-carbon-footprint.controller");
let FootprintsModule = class FootprintsModule {
};
exports.FootprintsModule = FootprintsModule;
exports.FootprintsModule = FootprintsModule = __decorate([
    (0, common_1.Module)({
        imports: [audit_module_1.AuditModule, energy_module_1.EnergyModule, emission_factors_module_1.EmissionFactorsModule],
        controllers: [passport_carbon_footprint_controller_1.PassportCarbonFootprintController],
        providers: [footprints_service_1.FootprintsService, footprint_inputs_service_1.FootprintInputsService, footprints_resolver_1.FootprintsResolver, footprints_resolver_1.BatchFootprintResolver],
        exports: [footprints_service_1.FootprintsService, footprint_inputs_service_1.FootprintInputsService],
    })
], FootprintsModule);
//# sourceMappingURL=footprints.module.js.map