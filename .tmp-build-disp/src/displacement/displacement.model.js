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
exports.ParkDisplacementSummaryModel = exports.DisplacementSummaryGroupModel = exports.DisplacementRunModel = exports.DisplacementResultModel = exports.DisplacementParametersModel = exports.PackGroupModel = exports.ParameterSourceModel = exports.DisplacementProgressModel = exports.DisplacementScopeModel = exports.MODELLED_ESTIMATE_LABEL = exports.ParameterOriginEnum = exports.DisplacementCoverageEnum = exports.DisplacementScopeKindEnum = exports.DisplacementRunStatusEnum = exports.FuelTypeEnum = exports.MarketEnum = exports.VehicleClassEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const displacement_defaults_1 = require("./displacement-defaults");
const displacement_run_entity_1 = require("./displacement-run.entity");
const asEnum = (values) => Object.fromEntries(values.map((v) => [v, v]));
exports.VehicleClassEnum = asEnum(displacement_defaults_1.VEHICLE_CLASSES);
exports.MarketEnum = asEnum(displacement_defaults_1.MARKETS);
exports.FuelTypeEnum = asEnum(displacement_defaults_1.FUEL_TYPES);
exports.DisplacementRunStatusEnum = asEnum(displacement_run_entity_1.RUN_STATUSES);
exports.DisplacementScopeKindEnum = asEnum(displacement_run_entity_1.SCOPE_KINDS);
exports.DisplacementCoverageEnum = asEnum(['ALL', 'MANUFACTURER', 'CONSIGNEE', 'WHAT_IF']);
exports.ParameterOriginEnum = asEnum(['DEFAULT', 'OVERRIDE', 'BATTERY_MODEL', 'FOOTPRINT', 'SHIPMENT', 'INPUT']);
(0, graphql_1.registerEnumType)(exports.VehicleClassEnum, {
    name: 'VehicleClass',
    description: 'DOMAIN.md §6 vehicle classes: each sets lifetime km, the displaced fuel and its L/100 km, EV kWh/100 km, typical pack kWh',
});
(0, graphql_1.registerEnumType)(exports.MarketEnum, { name: 'Market', description: 'Where the packs are used: sets the grid the EVs charge from (DOMAIN.md §6)' });
(0, graphql_1.registerEnumType)(exports.FuelTypeEnum, { name: 'FuelType' });
(0, graphql_1.registerEnumType)(exports.DisplacementRunStatusEnum, { name: 'DisplacementRunStatus' });
(0, graphql_1.registerEnumType)(exports.DisplacementScopeKindEnum, { name: 'DisplacementScopeKind' });
(0, graphql_1.registerEnumType)(exports.DisplacementCoverageEnum, {
    name: 'DisplacementCoverage',
    description: 'Whose packs the run counts: all of the scope, only the requesting manufacturer’s, or none (a what-if)',
});
(0, graphql_1.registerEnumType)(exports.ParameterOriginEnum, { name: 'ParameterOrigin' });
exports.MODELLED_ESTIMATE_LABEL = 'Modelled estimate (battrace lifecycle displacement, DOMAIN.md §6 method): gross tailpipe CO2, gross well-to-wheel CO2e and net CO2e ' +
    '(after EV charging electricity and the battery’s embodied footprint) are separate figures; every parameter and its source is listed ' +
    'with the run so that it can be repeated.';
let DisplacementScopeModel = class DisplacementScopeModel {
    kind;
    batchId;
    shipmentId;
    parkId;
    year;
    energyKWh;
};
exports.DisplacementScopeModel = DisplacementScopeModel;
__decorate([
    (0, graphql_1.Field)(() => exports.DisplacementScopeKindEnum),
    __metadata("design:type", String)
], DisplacementScopeModel.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeModel.prototype, "shipmentId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeModel.prototype, "parkId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeModel.prototype, "year", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeModel.prototype, "energyKWh", void 0);
exports.DisplacementScopeModel = DisplacementScopeModel = __decorate([
    (0, graphql_1.ObjectType)('DisplacementScope')
], DisplacementScopeModel);
let DisplacementProgressModel = class DisplacementProgressModel {
    unitsDone;
    unitsTotal;
    chunksDone;
    chunksTotal;
};
exports.DisplacementProgressModel = DisplacementProgressModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DisplacementProgressModel.prototype, "unitsDone", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Known once the run is planned' }),
    __metadata("design:type", Object)
], DisplacementProgressModel.prototype, "unitsTotal", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], DisplacementProgressModel.prototype, "chunksDone", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementProgressModel.prototype, "chunksTotal", void 0);
exports.DisplacementProgressModel = DisplacementProgressModel = __decorate([
    (0, graphql_1.ObjectType)('DisplacementProgress', { description: 'Packs counted so far of the packs in scope (vehicles for a what-if).' })
], DisplacementProgressModel);
let ParameterSourceModel = class ParameterSourceModel {
    parameter;
    value;
    origin;
    source;
};
exports.ParameterSourceModel = ParameterSourceModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParameterSourceModel.prototype, "parameter", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParameterSourceModel.prototype, "value", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.ParameterOriginEnum),
    __metadata("design:type", String)
], ParameterSourceModel.prototype, "origin", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParameterSourceModel.prototype, "source", void 0);
exports.ParameterSourceModel = ParameterSourceModel = __decorate([
    (0, graphql_1.ObjectType)('DisplacementParameterSource', { description: 'One parameter of a run: its value and where it came from.' })
], ParameterSourceModel);
let PackGroupModel = class PackGroupModel {
    batchId;
    packKWh;
    packKWhSource;
    batteryKgCo2ePerKWhCapacity;
    batteryFactorSource;
    vehicles;
};
exports.PackGroupModel = PackGroupModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], PackGroupModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], PackGroupModel.prototype, "packKWh", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], PackGroupModel.prototype, "packKWhSource", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], PackGroupModel.prototype, "batteryKgCo2ePerKWhCapacity", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], PackGroupModel.prototype, "batteryFactorSource", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Vehicles (packs) of the group, once counted' }),
    __metadata("design:type", Object)
], PackGroupModel.prototype, "vehicles", void 0);
exports.PackGroupModel = PackGroupModel = __decorate([
    (0, graphql_1.ObjectType)('DisplacementPackGroup', {
        description: 'Packs of a run sharing a pack size and an embodied factor (one per batch, or the what-if).',
    })
], PackGroupModel);
let DisplacementParametersModel = class DisplacementParametersModel {
    defaultsVersion;
    vehicleClass;
    market;
    fuelType;
    vehicleLifetimeKm;
    fuelLitresPer100Km;
    fuelDensityKgPerL;
    tailpipeKgCo2PerKgFuel;
    upstreamUplift;
    evKWhPer100Km;
    chargingEfficiency;
    gridKgCo2ePerKWh;
    cycleLife;
    averageStateOfHealth;
    electricShare;
    sources;
};
exports.DisplacementParametersModel = DisplacementParametersModel;
__decorate([
    (0, graphql_1.Field)({ description: 'Version of the defaults table the run used' }),
    __metadata("design:type", String)
], DisplacementParametersModel.prototype, "defaultsVersion", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.VehicleClassEnum),
    __metadata("design:type", String)
], DisplacementParametersModel.prototype, "vehicleClass", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.MarketEnum),
    __metadata("design:type", String)
], DisplacementParametersModel.prototype, "market", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.FuelTypeEnum),
    __metadata("design:type", String)
], DisplacementParametersModel.prototype, "fuelType", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'D_vehicle' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "vehicleLifetimeKm", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'FC' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "fuelLitresPer100Km", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "fuelDensityKgPerL", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'EF_ttw, kg CO2 per kg fuel' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "tailpipeKgCo2PerKgFuel", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'u_wtt' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "upstreamUplift", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'EC' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "evKWhPer100Km", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'eta_charge' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "chargingEfficiency", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'EF_grid at the destination' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "gridKgCo2ePerKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'FEC_life; null: D_batt not applied' }),
    __metadata("design:type", Object)
], DisplacementParametersModel.prototype, "cycleLife", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'SOH_avg' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "averageStateOfHealth", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'UF' }),
    __metadata("design:type", Number)
], DisplacementParametersModel.prototype, "electricShare", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ParameterSourceModel]),
    __metadata("design:type", Array)
], DisplacementParametersModel.prototype, "sources", void 0);
exports.DisplacementParametersModel = DisplacementParametersModel = __decorate([
    (0, graphql_1.ObjectType)('DisplacementParameters', { description: 'The exact parameter set of a run (DOMAIN.md §6 symbols in the descriptions).' })
], DisplacementParametersModel);
let DisplacementResultModel = class DisplacementResultModel {
    label;
    vehicles;
    creditedKmPerPack;
    fuelDisplacedLitres;
    fuelDisplacedTonnes;
    tailpipeCo2Tonnes;
    wellToWheelCo2eTonnes;
    evElectricityMWh;
    evUseCo2eTonnes;
    batteryEmbodiedCo2eTonnes;
    netCo2eTonnes;
    tailpipeCo2PerTonneFuel;
    netCo2ePerTonneFuel;
};
exports.DisplacementResultModel = DisplacementResultModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], DisplacementResultModel.prototype, "label", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'N: packs, or energy / pack size for a what-if (fractional)' }),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "vehicles", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'D_cred' }),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "creditedKmPerPack", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "fuelDisplacedLitres", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "fuelDisplacedTonnes", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Gross tailpipe CO2 of the fuel not burnt' }),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "tailpipeCo2Tonnes", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Gross well-to-wheel: tailpipe plus fuel production upstream' }),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "wellToWheelCo2eTonnes", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "evElectricityMWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "evUseCo2eTonnes", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "batteryEmbodiedCo2eTonnes", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'WTW − EV use − battery; may be negative' }),
    __metadata("design:type", Number)
], DisplacementResultModel.prototype, "netCo2eTonnes", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Null when no fuel is displaced' }),
    __metadata("design:type", Object)
], DisplacementResultModel.prototype, "tailpipeCo2PerTonneFuel", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Null when no fuel is displaced' }),
    __metadata("design:type", Object)
], DisplacementResultModel.prototype, "netCo2ePerTonneFuel", void 0);
exports.DisplacementResultModel = DisplacementResultModel = __decorate([
    (0, graphql_1.ObjectType)('DisplacementResult', { description: 'Modelled estimate; the three CO2 figures are never one label.' })
], DisplacementResultModel);
let DisplacementRunModel = class DisplacementRunModel {
    id;
    status;
    error;
    scope;
    coverage;
    vehicleClass;
    market;
    progress;
    parameters;
    result;
    requestedAt;
    startedAt;
    completedAt;
};
exports.DisplacementRunModel = DisplacementRunModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], DisplacementRunModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.DisplacementRunStatusEnum),
    __metadata("design:type", String)
], DisplacementRunModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Why the run failed' }),
    __metadata("design:type", Object)
], DisplacementRunModel.prototype, "error", void 0);
__decorate([
    (0, graphql_1.Field)(() => DisplacementScopeModel),
    __metadata("design:type", DisplacementScopeModel)
], DisplacementRunModel.prototype, "scope", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.DisplacementCoverageEnum),
    __metadata("design:type", String)
], DisplacementRunModel.prototype, "coverage", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.VehicleClassEnum),
    __metadata("design:type", String)
], DisplacementRunModel.prototype, "vehicleClass", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.MarketEnum),
    __metadata("design:type", String)
], DisplacementRunModel.prototype, "market", void 0);
__decorate([
    (0, graphql_1.Field)(() => DisplacementProgressModel),
    __metadata("design:type", DisplacementProgressModel)
], DisplacementRunModel.prototype, "progress", void 0);
__decorate([
    (0, graphql_1.Field)(() => DisplacementParametersModel),
    __metadata("design:type", DisplacementParametersModel)
], DisplacementRunModel.prototype, "parameters", void 0);
__decorate([
    (0, graphql_1.Field)(() => DisplacementResultModel, { nullable: true, description: 'Set when COMPLETED' }),
    __metadata("design:type", Object)
], DisplacementRunModel.prototype, "result", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], DisplacementRunModel.prototype, "requestedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunModel.prototype, "startedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunModel.prototype, "completedAt", void 0);
exports.DisplacementRunModel = DisplacementRunModel = __decorate([
    (0, graphql_1.ObjectType)('DisplacementRun')
], DisplacementRunModel);
let DisplacementSummaryGroupModel = class DisplacementSummaryGroupModel {
    market;
    vehicleClass;
    runIds;
    result;
};
exports.DisplacementSummaryGroupModel = DisplacementSummaryGroupModel;
__decorate([
    (0, graphql_1.Field)(() => exports.MarketEnum),
    __metadata("design:type", String)
], DisplacementSummaryGroupModel.prototype, "market", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.VehicleClassEnum),
    __metadata("design:type", String)
], DisplacementSummaryGroupModel.prototype, "vehicleClass", void 0);
__decorate([
    (0, graphql_1.Field)(() => [graphql_1.ID], { description: 'The completed runs summed (the latest per coverage)' }),
    __metadata("design:type", Array)
], DisplacementSummaryGroupModel.prototype, "runIds", void 0);
__decorate([
    (0, graphql_1.Field)(() => DisplacementResultModel),
    __metadata("design:type", DisplacementResultModel)
], DisplacementSummaryGroupModel.prototype, "result", void 0);
exports.DisplacementSummaryGroupModel = DisplacementSummaryGroupModel = __decorate([
    (0, graphql_1.ObjectType)('DisplacementSummaryGroup', { description: 'A market and vehicle class of a park-year: the sum of the runs listed.' })
], DisplacementSummaryGroupModel);
let ParkDisplacementSummaryModel = class ParkDisplacementSummaryModel {
    parkId;
    year;
    label;
    groups;
};
exports.ParkDisplacementSummaryModel = ParkDisplacementSummaryModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ParkDisplacementSummaryModel.prototype, "parkId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ParkDisplacementSummaryModel.prototype, "year", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParkDisplacementSummaryModel.prototype, "label", void 0);
__decorate([
    (0, graphql_1.Field)(() => [DisplacementSummaryGroupModel], {
        description: 'One per market and vehicle class. Groups are alternative or complementary scenarios: never add them up blindly.',
    }),
    __metadata("design:type", Array)
], ParkDisplacementSummaryModel.prototype, "groups", void 0);
exports.ParkDisplacementSummaryModel = ParkDisplacementSummaryModel = __decorate([
    (0, graphql_1.ObjectType)('ParkDisplacementSummary')
], ParkDisplacementSummaryModel);
//# sourceMappingURL=displacement.model.js.map