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
exports.RulesetModel = exports.RulesetCyclesModel = exports.RulesetFactorCodeModel = exports.RulesetElectricityRuleModel = exports.RulesetComparisonModel = exports.RulesetComparisonEntryModel = exports.FootprintRollupModel = exports.FootprintRecomputationModel = exports.FootprintModel = exports.ElectricityBreakdownModel = exports.ElectricityLineModel = exports.FunctionalUnitModel = exports.FootprintStageModel = exports.FootprintStatusEnum = exports.LifecycleStageEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const park_energy_model_1 = require("../energy/park-energy.model");
const footprint_entity_1 = require("./footprint.entity");
const footprint_document_1 = require("./footprint-document");
const asEnum = (values) => Object.fromEntries(values.map((v) => [v, v]));
exports.LifecycleStageEnum = asEnum(footprint_document_1.LIFECYCLE_STAGES);
exports.FootprintStatusEnum = asEnum(footprint_entity_1.FOOTPRINT_STATUSES);
(0, graphql_1.registerEnumType)(exports.LifecycleStageEnum, { name: 'LifecycleStage', description: 'EU 2023/1542 Annex II stages (use phase excluded)' });
(0, graphql_1.registerEnumType)(exports.FootprintStatusEnum, { name: 'FootprintStatus' });
let FootprintStageModel = class FootprintStageModel {
    stage;
    kgCo2e;
    kgCo2ePerKWhCapacity;
    kgCo2ePerKWhLifetime;
};
exports.FootprintStageModel = FootprintStageModel;
__decorate([
    (0, graphql_1.Field)(() => exports.LifecycleStageEnum),
    __metadata("design:type", String)
], FootprintStageModel.prototype, "stage", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'kg CO2e for the whole batch' }),
    __metadata("design:type", Number)
], FootprintStageModel.prototype, "kgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintStageModel.prototype, "kgCo2ePerKWhCapacity", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintStageModel.prototype, "kgCo2ePerKWhLifetime", void 0);
exports.FootprintStageModel = FootprintStageModel = __decorate([
    (0, graphql_1.ObjectType)('FootprintStage')
], FootprintStageModel);
let FunctionalUnitModel = class FunctionalUnitModel {
    usableEnergyKWh;
    fullEquivalentCyclesPerYear;
    fullEquivalentCyclesSource;
    warrantyYears;
    warrantyKm;
    evConsumptionKWhPer100Km;
    annualKm;
    kmWarrantyYears;
    serviceLifeYears;
    serviceLifeBasis;
    lifetimeEnergyKWhPerBattery;
};
exports.FunctionalUnitModel = FunctionalUnitModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FunctionalUnitModel.prototype, "usableEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FunctionalUnitModel.prototype, "fullEquivalentCyclesPerYear", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'RULESET (vehicle category) or DECLARED' }),
    __metadata("design:type", String)
], FunctionalUnitModel.prototype, "fullEquivalentCyclesSource", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FunctionalUnitModel.prototype, "warrantyYears", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], FunctionalUnitModel.prototype, "warrantyKm", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'default ruleset consumption used to convert the km warranty' }),
    __metadata("design:type", Object)
], FunctionalUnitModel.prototype, "evConsumptionKWhPer100Km", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], FunctionalUnitModel.prototype, "annualKm", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], FunctionalUnitModel.prototype, "kmWarrantyYears", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FunctionalUnitModel.prototype, "serviceLifeYears", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FunctionalUnitModel.prototype, "serviceLifeBasis", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FunctionalUnitModel.prototype, "lifetimeEnergyKWhPerBattery", void 0);
exports.FunctionalUnitModel = FunctionalUnitModel = __decorate([
    (0, graphql_1.ObjectType)('FunctionalUnit', { description: 'DOMAIN.md §3: usable energy × full equivalent cycles per year × service life' })
], FunctionalUnitModel);
let ElectricityLineModel = class ElectricityLineModel {
    source;
    share;
    kWh;
    role;
    factorId;
    factorCode;
    kgCo2ePerKWh;
    kgCo2e;
};
exports.ElectricityLineModel = ElectricityLineModel;
__decorate([
    (0, graphql_1.Field)(() => park_energy_model_1.ElectricitySourceEnum),
    __metadata("design:type", String)
], ElectricityLineModel.prototype, "source", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ElectricityLineModel.prototype, "share", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ElectricityLineModel.prototype, "kWh", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'GREEN, NATIONAL_AVERAGE or RESIDUAL_MIX' }),
    __metadata("design:type", String)
], ElectricityLineModel.prototype, "role", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ElectricityLineModel.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ElectricityLineModel.prototype, "factorCode", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ElectricityLineModel.prototype, "kgCo2ePerKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ElectricityLineModel.prototype, "kgCo2e", void 0);
exports.ElectricityLineModel = ElectricityLineModel = __decorate([
    (0, graphql_1.ObjectType)('ElectricityLine', { description: 'One supply of the batch electricity and the factor it takes under the ruleset' })
], ElectricityLineModel);
let ElectricityBreakdownModel = class ElectricityBreakdownModel {
    batchKWh;
    basis;
    allocationShare;
    parkKWh;
    kgCo2e;
    lines;
};
exports.ElectricityBreakdownModel = ElectricityBreakdownModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ElectricityBreakdownModel.prototype, "batchKWh", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'METERED or ALLOCATED' }),
    __metadata("design:type", String)
], ElectricityBreakdownModel.prototype, "basis", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ElectricityBreakdownModel.prototype, "allocationShare", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: "The park's kWh over the periods used for the mix" }),
    __metadata("design:type", Number)
], ElectricityBreakdownModel.prototype, "parkKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ElectricityBreakdownModel.prototype, "kgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ElectricityLineModel]),
    __metadata("design:type", Array)
], ElectricityBreakdownModel.prototype, "lines", void 0);
exports.ElectricityBreakdownModel = ElectricityBreakdownModel = __decorate([
    (0, graphql_1.ObjectType)('ElectricityBreakdown')
], ElectricityBreakdownModel);
let FootprintModel = class FootprintModel {
    id;
    batchId;
    manufacturerId;
    modelId;
    plantId;
    version;
    rulesetId;
    status;
    stages;
    kgCo2eAbsolute;
    kgCo2ePerKWhCapacity;
    kgCo2ePerKWhLifetime;
    kgCo2ePerBattery;
    outputEnergyKWh;
    batteryEquivalents;
    lifetimeEnergyKWh;
    functionalUnit;
    electricity;
    processEnergyKgCo2e;
    materialsMassKg;
    recycledContentShare;
    distributionIsEstimate;
    distributionBasis;
    endOfLifeBasis;
    dataQualityRating;
    performanceClass;
    offsetsKgCo2e;
    factorIds;
    inputsSha256;
    createdAt;
    declaredAt;
    supersededAt;
    supersededBy;
};
exports.FootprintModel = FootprintModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintModel.prototype, "manufacturerId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintModel.prototype, "modelId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintModel.prototype, "plantId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], FootprintModel.prototype, "version", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FootprintModel.prototype, "rulesetId", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.FootprintStatusEnum),
    __metadata("design:type", String)
], FootprintModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => [FootprintStageModel]),
    __metadata("design:type", Array)
], FootprintModel.prototype, "stages", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintModel.prototype, "kgCo2eAbsolute", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintModel.prototype, "kgCo2ePerKWhCapacity", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintModel.prototype, "kgCo2ePerKWhLifetime", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'kg CO2e of one battery of the model' }),
    __metadata("design:type", Number)
], FootprintModel.prototype, "kgCo2ePerBattery", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintModel.prototype, "outputEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintModel.prototype, "batteryEquivalents", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintModel.prototype, "lifetimeEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => FunctionalUnitModel),
    __metadata("design:type", FunctionalUnitModel)
], FootprintModel.prototype, "functionalUnit", void 0);
__decorate([
    (0, graphql_1.Field)(() => ElectricityBreakdownModel),
    __metadata("design:type", ElectricityBreakdownModel)
], FootprintModel.prototype, "electricity", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintModel.prototype, "processEnergyKgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintModel.prototype, "materialsMassKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Recycled mass / material mass (reported; no credit is computed)' }),
    __metadata("design:type", Number)
], FootprintModel.prototype, "recycledContentShare", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Boolean)
], FootprintModel.prototype, "distributionIsEstimate", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FootprintModel.prototype, "distributionBasis", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'FACTOR or DECLARED' }),
    __metadata("design:type", String)
], FootprintModel.prototype, "endOfLifeBasis", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], FootprintModel.prototype, "dataQualityRating", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'null until the delegated act publishes classes' }),
    __metadata("design:type", Object)
], FootprintModel.prototype, "performanceClass", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Recorded offsets: never deducted' }),
    __metadata("design:type", Object)
], FootprintModel.prototype, "offsetsKgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(() => [graphql_1.ID]),
    __metadata("design:type", Array)
], FootprintModel.prototype, "factorIds", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'SHA-256 of the canonical JSON of every input, the ruleset and every factor row' }),
    __metadata("design:type", String)
], FootprintModel.prototype, "inputsSha256", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], FootprintModel.prototype, "createdAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], FootprintModel.prototype, "declaredAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], FootprintModel.prototype, "supersededAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], FootprintModel.prototype, "supersededBy", void 0);
exports.FootprintModel = FootprintModel = __decorate([
    (0, graphql_1.ObjectType)('Footprint', {
        description: 'One immutable footprint version of a batch. Three units, never mixed: kgCo2eAbsolute (the batch), kgCo2ePerKWhCapacity, kgCo2ePerKWhLifetime (the EU declared value).',
    })
], FootprintModel);
let FootprintRecomputationModel = class FootprintRecomputationModel {
    footprintId;
    matches;
    storedSha256;
    recomputedSha256;
    storedKgCo2eAbsolute;
    recomputedKgCo2eAbsolute;
    differences;
};
exports.FootprintRecomputationModel = FootprintRecomputationModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintRecomputationModel.prototype, "footprintId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Boolean)
], FootprintRecomputationModel.prototype, "matches", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FootprintRecomputationModel.prototype, "storedSha256", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FootprintRecomputationModel.prototype, "recomputedSha256", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintRecomputationModel.prototype, "storedKgCo2eAbsolute", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintRecomputationModel.prototype, "recomputedKgCo2eAbsolute", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String], { description: 'Figures that differ, if any' }),
    __metadata("design:type", Array)
], FootprintRecomputationModel.prototype, "differences", void 0);
exports.FootprintRecomputationModel = FootprintRecomputationModel = __decorate([
    (0, graphql_1.ObjectType)('FootprintRecomputation', { description: 'A footprint recomputed from its stored inputs' })
], FootprintRecomputationModel);
let FootprintRollupModel = class FootprintRollupModel {
    modelId;
    plantId;
    rulesetId;
    batches;
    outputEnergyKWh;
    lifetimeEnergyKWh;
    kgCo2eAbsolute;
    kgCo2ePerKWhCapacity;
    kgCo2ePerKWhLifetime;
    stages;
};
exports.FootprintRollupModel = FootprintRollupModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintRollupModel.prototype, "modelId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], FootprintRollupModel.prototype, "plantId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], FootprintRollupModel.prototype, "rulesetId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], FootprintRollupModel.prototype, "batches", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintRollupModel.prototype, "outputEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Energy delivered over the service lives of the batches' }),
    __metadata("design:type", Number)
], FootprintRollupModel.prototype, "lifetimeEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], FootprintRollupModel.prototype, "kgCo2eAbsolute", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Σ kg / Σ output kWh' }),
    __metadata("design:type", Number)
], FootprintRollupModel.prototype, "kgCo2ePerKWhCapacity", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Σ kg / Σ lifetime kWh: weighted by delivered energy' }),
    __metadata("design:type", Number)
], FootprintRollupModel.prototype, "kgCo2ePerKWhLifetime", void 0);
__decorate([
    (0, graphql_1.Field)(() => [FootprintStageModel]),
    __metadata("design:type", Array)
], FootprintRollupModel.prototype, "stages", void 0);
exports.FootprintRollupModel = FootprintRollupModel = __decorate([
    (0, graphql_1.ObjectType)('FootprintRollup', { description: 'Declared footprints of one model at one plant under one ruleset, weighted by energy' })
], FootprintRollupModel);
let RulesetComparisonEntryModel = class RulesetComparisonEntryModel {
    rulesetId;
    title;
    stages;
    kgCo2eAbsolute;
    kgCo2ePerKWhCapacity;
    kgCo2ePerKWhLifetime;
    electricity;
    greenTradeKWh;
    greenTradeKgCo2e;
    greenTradeWorthKgCo2e;
    inputsSha256;
};
exports.RulesetComparisonEntryModel = RulesetComparisonEntryModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetComparisonEntryModel.prototype, "rulesetId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetComparisonEntryModel.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)(() => [FootprintStageModel]),
    __metadata("design:type", Array)
], RulesetComparisonEntryModel.prototype, "stages", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RulesetComparisonEntryModel.prototype, "kgCo2eAbsolute", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RulesetComparisonEntryModel.prototype, "kgCo2ePerKWhCapacity", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RulesetComparisonEntryModel.prototype, "kgCo2ePerKWhLifetime", void 0);
__decorate([
    (0, graphql_1.Field)(() => ElectricityBreakdownModel),
    __metadata("design:type", ElectricityBreakdownModel)
], RulesetComparisonEntryModel.prototype, "electricity", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RulesetComparisonEntryModel.prototype, "greenTradeKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'kg CO2e the ruleset assigns to the green-trade kWh' }),
    __metadata("design:type", Number)
], RulesetComparisonEntryModel.prototype, "greenTradeKgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, {
        description: 'What green trading is worth under the ruleset: green-trade kWh × national average − greenTradeKgCo2e',
    }),
    __metadata("design:type", Number)
], RulesetComparisonEntryModel.prototype, "greenTradeWorthKgCo2e", void 0);
__decorate([
    (0, graphql_1.Field)(() => String),
    __metadata("design:type", String)
], RulesetComparisonEntryModel.prototype, "inputsSha256", void 0);
exports.RulesetComparisonEntryModel = RulesetComparisonEntryModel = __decorate([
    (0, graphql_1.ObjectType)('RulesetComparisonEntry')
], RulesetComparisonEntryModel);
let RulesetComparisonModel = class RulesetComparisonModel {
    batchId;
    nationalAverageKgCo2ePerKWh;
    entries;
};
exports.RulesetComparisonModel = RulesetComparisonModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RulesetComparisonModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'The national average factor the worth is measured against' }),
    __metadata("design:type", Object)
], RulesetComparisonModel.prototype, "nationalAverageKgCo2ePerKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => [RulesetComparisonEntryModel]),
    __metadata("design:type", Array)
], RulesetComparisonModel.prototype, "entries", void 0);
exports.RulesetComparisonModel = RulesetComparisonModel = __decorate([
    (0, graphql_1.ObjectType)('RulesetComparison')
], RulesetComparisonModel);
let RulesetElectricityRuleModel = class RulesetElectricityRuleModel {
    source;
    role;
};
exports.RulesetElectricityRuleModel = RulesetElectricityRuleModel;
__decorate([
    (0, graphql_1.Field)(() => park_energy_model_1.ElectricitySourceEnum),
    __metadata("design:type", String)
], RulesetElectricityRuleModel.prototype, "source", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetElectricityRuleModel.prototype, "role", void 0);
exports.RulesetElectricityRuleModel = RulesetElectricityRuleModel = __decorate([
    (0, graphql_1.ObjectType)('RulesetElectricityRule')
], RulesetElectricityRuleModel);
let RulesetFactorCodeModel = class RulesetFactorCodeModel {
    country;
    role;
    code;
};
exports.RulesetFactorCodeModel = RulesetFactorCodeModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetFactorCodeModel.prototype, "country", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetFactorCodeModel.prototype, "role", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetFactorCodeModel.prototype, "code", void 0);
exports.RulesetFactorCodeModel = RulesetFactorCodeModel = __decorate([
    (0, graphql_1.ObjectType)('RulesetFactorCode')
], RulesetFactorCodeModel);
let RulesetCyclesModel = class RulesetCyclesModel {
    vehicleCategory;
    fullEquivalentCyclesPerYear;
    evConsumptionKWhPer100Km;
};
exports.RulesetCyclesModel = RulesetCyclesModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetCyclesModel.prototype, "vehicleCategory", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RulesetCyclesModel.prototype, "fullEquivalentCyclesPerYear", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, {
        nullable: true,
        description: '*default* (DOMAIN.md §6, EU market): EV consumption used only to convert a km warranty to years',
    }),
    __metadata("design:type", Object)
], RulesetCyclesModel.prototype, "evConsumptionKWhPer100Km", void 0);
exports.RulesetCyclesModel = RulesetCyclesModel = __decorate([
    (0, graphql_1.ObjectType)('RulesetCycles')
], RulesetCyclesModel);
let RulesetModel = class RulesetModel {
    id;
    title;
    status;
    source;
    electricity;
    factorCodes;
    cycles;
    performanceClassCount;
};
exports.RulesetModel = RulesetModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetModel.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RulesetModel.prototype, "source", void 0);
__decorate([
    (0, graphql_1.Field)(() => [RulesetElectricityRuleModel]),
    __metadata("design:type", Array)
], RulesetModel.prototype, "electricity", void 0);
__decorate([
    (0, graphql_1.Field)(() => [RulesetFactorCodeModel]),
    __metadata("design:type", Array)
], RulesetModel.prototype, "factorCodes", void 0);
__decorate([
    (0, graphql_1.Field)(() => [RulesetCyclesModel]),
    __metadata("design:type", Array)
], RulesetModel.prototype, "cycles", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Number of performance class boundaries (0 until published)' }),
    __metadata("design:type", Number)
], RulesetModel.prototype, "performanceClassCount", void 0);
exports.RulesetModel = RulesetModel = __decorate([
    (0, graphql_1.ObjectType)('Ruleset', { description: 'A footprint ruleset (DOMAIN.md §2, §3) as data' })
], RulesetModel);
//# sourceMappingURL=footprint.model.js.map