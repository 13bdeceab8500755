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
exports.PassportCarbonFootprintController = void 0;
const common_1 = require("@nestjs/common");
const access_decorator_1 = require("../access/access.decorator");
const config_module_1 = require("../config/config.module");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const battery_pass_1 = require("./battery-pass");
const footprints_service_1 = require("./footprints.service");
const rulesets_1 = require("./rulesets");
/**
 * Public HTTP views of a footprint:
 * - GET /passports/:batchId/carbon-footprint: the carbon-footprint part of the batch's battery
 *   passport (Battery Pass field names), from its newest declared footprint;
 * - GET /footprints/:id/study: the public study behind the values (carbonFootprintStudy points
 *   here): stages, functional unit, electricity by source with its factors, every factor row with
 *   its source, and the inputs hash. Inputs and evidence stay private (GraphQL inputsDocument).
 */
let PassportCarbonFootprintController = class PassportCarbonFootprintController {
    footprints;
    config;
    constructor(footprints, config) {
        this.footprints = footprints;
        this.config = config;
    }
    async carbonFootprint(batchIdRaw) {
        const batchId = (0, validate_1.requireId)('batchId', batchIdRaw);
        const f = await this.footprints.latestDeclared(batchId);
        if (!f)
            throw (0, errors_1.notFound)('Declared carbon footprint of batch', batchId, 'batchId');
        const r = f.result;
        return {
            ...(0, battery_pass_1.batteryPassCarbonFootprint)({
                stages: r.stages,
                kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
                lifetimeEnergyKWh: f.lifetimeEnergyKWh,
                kgCo2ePerBattery: r.kgCo2ePerBattery,
                performanceClass: r.performanceClass,
            }, this.studyUrl(f)),
            units: {
                batteryCarbonFootprint: 'kg CO2e per kWh of total energy delivered over the service life',
                carbonFootprintPerLifecycleStage: 'kg CO2e per kWh of total energy delivered over the service life',
                absoluteCarbonFootprint: 'kg CO2e per battery',
            },
            batchId: f.batchId,
            footprintId: f.id,
            version: f.version,
            status: f.status,
            rulesetId: f.rulesetId,
            declaredAt: f.declaredAt,
            supersededAt: f.supersededAt,
            distributionIsEstimate: f.distributionIsEstimate,
            inputsSha256: f.inputsSha256,
        };
    }
    async study(actor, id) {
        const f = await this.footprints.footprint(actor, id);
        const r = f.result;
        const factors = await this.footprints.factorsOf(f.id);
        const ruleset = (0, rulesets_1.isRulesetId)(f.rulesetId) ? rulesets_1.RULESETS[f.rulesetId] : null;
        return {
            footprintId: f.id,
            batchId: f.batchId,
            modelId: f.modelId,
            plantId: f.plantId,
            version: f.version,
            status: f.status,
            ruleset: ruleset ? { id: ruleset.id, title: ruleset.title, status: ruleset.status, source: ruleset.source } : { id: f.rulesetId },
            systemBoundary: 'cradle to grave excluding the use phase: raw material acquisition, main production, distribution, end of life (EU 2023/1542 Annex II)',
            stagesKgCo2e: r.stages,
            kgCo2eAbsolute: f.kgCo2eAbsolute,
            kgCo2ePerKWhCapacity: f.kgCo2ePerKWhCapacity,
            kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
            kgCo2ePerBattery: r.kgCo2ePerBattery,
            outputEnergyKWh: f.outputEnergyKWh,
            lifetimeEnergyKWh: f.lifetimeEnergyKWh,
            functionalUnit: r.functionalUnit,
            electricity: r.electricity,
            processEnergyKgCo2e: r.processEnergy.kgCo2e,
            materials: {
                lines: r.materials.lines.length,
                massKg: r.materials.massKg,
                recycledMassKg: r.materials.recycledMassKg,
                kgCo2e: r.materials.kgCo2e,
            },
            distribution: { kgCo2e: r.distribution.kgCo2e, isEstimate: r.distribution.isEstimate, basis: r.distribution.basis },
            endOfLife: { kgCo2e: r.endOfLife.kgCo2e, basis: r.endOfLife.basis, kgCo2ePerKg: r.endOfLife.kgCo2ePerKg },
            dataQualityRating: r.dataQualityRating,
            performanceClass: r.performanceClass,
            offsets: r.offsets,
            factors,
            inputsSha256: f.inputsSha256,
            createdAt: f.createdAt,
            declaredAt: f.declaredAt,
        };
    }
    studyUrl(f) {
        return `${this.config.publicBaseUrl}/footprints/${f.id}/study`;
    }
};
exports.PassportCarbonFootprintController = PassportCarbonFootprintController;
__decorate([
    (0, common_1.Get)('passports/:batchId/carbon-footprint'),
    access_decorator_1.Access.public(),
    __param(0, (0, common_1.Param)('batchId')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], PassportCarbonFootprintController.prototype, "carbonFootprint", null);
__decorate([
    (0, common_1.Get)('footprints/:id/study'),
    access_decorator_1.Access.public(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, common_1.Param)('id')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], PassportCarbonFootprintController.prototype, "study", null);
exports.PassportCarbonFootprintController = PassportCarbonFootprintController = __decorate([
    (0, common_1.Controller)(),
    __param(1, (0, common_1.Inject)(config_module_1.APP_CONFIG)),
    __metadata("design:paramtypes", [footprints_service_1.FootprintsService, Object])
], PassportCarbonFootprintController);
//# sourceMappingURL=passport-carbon-footprint.controller.js.map