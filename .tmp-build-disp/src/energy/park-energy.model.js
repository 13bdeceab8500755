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
exports.ParkEnergyPeriodModel = exports.ZeroCarbonParkTestModel = exports.EnergySupplyModel = exports.ElectricitySourceEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const emission_factor_model_1 = require("../emission-factors/emission-factor.model");
const electricity_source_1 = require("./electricity-source");
exports.ElectricitySourceEnum = Object.fromEntries(electricity_source_1.ELECTRICITY_SOURCES.map((s) => [s, s]));
(0, graphql_1.registerEnumType)(exports.ElectricitySourceEnum, {
    name: 'ElectricitySource',
    description: 'DIRECT_LINE and ONSITE: directly supplied green power; GREEN_TRADE: bought through grid trading, backed by GEC serials; GRID',
});
let EnergySupplyModel = class EnergySupplyModel {
    source;
    kWh;
    share;
    gecSerialCount;
    meterIds;
    gecSerials;
};
exports.EnergySupplyModel = EnergySupplyModel;
__decorate([
    (0, graphql_1.Field)(() => exports.ElectricitySourceEnum),
    __metadata("design:type", String)
], EnergySupplyModel.prototype, "source", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], EnergySupplyModel.prototype, "kWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Share of the period total' }),
    __metadata("design:type", Number)
], EnergySupplyModel.prototype, "share", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], EnergySupplyModel.prototype, "gecSerialCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String], { nullable: true, description: 'Evidence: the administrator and manufacturers with a plant in the park' }),
    __metadata("design:type", Object)
], EnergySupplyModel.prototype, "meterIds", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String], { nullable: true, description: 'Evidence: the administrator and manufacturers with a plant in the park' }),
    __metadata("design:type", Object)
], EnergySupplyModel.prototype, "gecSerials", void 0);
exports.EnergySupplyModel = EnergySupplyModel = __decorate([
    (0, graphql_1.ObjectType)('EnergySupply')
], EnergySupplyModel);
let ZeroCarbonParkTestModel = class ZeroCarbonParkTestModel {
    holds;
    directGreenHolds;
    directGreenShare;
    minimumDirectGreenShare;
    intensityHolds;
    tCo2PerTce;
    baselineTCo2PerTce;
    maximumTCo2PerTce;
};
exports.ZeroCarbonParkTestModel = ZeroCarbonParkTestModel;
__decorate([
    (0, graphql_1.Field)(() => Boolean, { nullable: true, description: 'Both conditions hold; null when no baseline was given and the first holds' }),
    __metadata("design:type", Object)
], ZeroCarbonParkTestModel.prototype, "holds", void 0);
__decorate([
    (0, graphql_1.Field)(() => Boolean),
    __metadata("design:type", Boolean)
], ZeroCarbonParkTestModel.prototype, "directGreenHolds", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ZeroCarbonParkTestModel.prototype, "directGreenShare", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: '0.5: directly supplied green power at least 50%' }),
    __metadata("design:type", Number)
], ZeroCarbonParkTestModel.prototype, "minimumDirectGreenShare", void 0);
__decorate([
    (0, graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], ZeroCarbonParkTestModel.prototype, "intensityHolds", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ZeroCarbonParkTestModel.prototype, "tCo2PerTce", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Stated baseline: t CO2 per tce of an average park today' }),
    __metadata("design:type", Object)
], ZeroCarbonParkTestModel.prototype, "baselineTCo2PerTce", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'One tenth of the baseline' }),
    __metadata("design:type", Object)
], ZeroCarbonParkTestModel.prototype, "maximumTCo2PerTce", void 0);
exports.ZeroCarbonParkTestModel = ZeroCarbonParkTestModel = __decorate([
    (0, graphql_1.ObjectType)('ZeroCarbonParkTest', { description: 'The national zero-carbon park conditions (DOMAIN.md §2), with the numbers behind them.' })
], ZeroCarbonParkTestModel);
let ParkEnergyPeriodModel = class ParkEnergyPeriodModel {
    id;
    parkId;
    periodStart;
    periodEnd;
    totalKWh;
    supplies;
    directGreenKWh;
    directGreenShare;
    totalGreenShare;
    energyTce;
    co2Tonnes;
    tCo2PerTce;
    gridFactor;
    note;
    recordedBy;
    createdAt;
};
exports.ParkEnergyPeriodModel = ParkEnergyPeriodModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ParkEnergyPeriodModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ParkEnergyPeriodModel.prototype, "parkId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParkEnergyPeriodModel.prototype, "periodStart", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParkEnergyPeriodModel.prototype, "periodEnd", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ParkEnergyPeriodModel.prototype, "totalKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => [EnergySupplyModel]),
    __metadata("design:type", Array)
], ParkEnergyPeriodModel.prototype, "supplies", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'DIRECT_LINE + ONSITE' }),
    __metadata("design:type", Number)
], ParkEnergyPeriodModel.prototype, "directGreenKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ParkEnergyPeriodModel.prototype, "directGreenShare", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'DIRECT_LINE + ONSITE + GREEN_TRADE' }),
    __metadata("design:type", Number)
], ParkEnergyPeriodModel.prototype, "totalGreenShare", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Energy consumed in tonnes of standard coal equivalent (1 kWh = 0.1229 kgce)' }),
    __metadata("design:type", Number)
], ParkEnergyPeriodModel.prototype, "energyTce", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, {
        nullable: true,
        description: 'GRID kWh × the grid factor; green supplies count as zero-carbon (null: no grid factor known)',
    }),
    __metadata("design:type", Object)
], ParkEnergyPeriodModel.prototype, "co2Tonnes", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ParkEnergyPeriodModel.prototype, "tCo2PerTce", void 0);
__decorate([
    (0, graphql_1.Field)(() => emission_factor_model_1.EmissionFactorModel, {
        nullable: true,
        description: 'The grid factor used for GRID power (park grid region, else the country)',
    }),
    __metadata("design:type", Object)
], ParkEnergyPeriodModel.prototype, "gridFactor", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ParkEnergyPeriodModel.prototype, "note", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParkEnergyPeriodModel.prototype, "recordedBy", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], ParkEnergyPeriodModel.prototype, "createdAt", void 0);
exports.ParkEnergyPeriodModel = ParkEnergyPeriodModel = __decorate([
    (0, graphql_1.ObjectType)('ParkEnergyPeriod', { description: "A park's electricity over one period, with its green shares and carbon intensity." })
], ParkEnergyPeriodModel);
//# sourceMappingURL=park-energy.model.js.map