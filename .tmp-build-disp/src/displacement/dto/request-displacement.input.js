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
exports.RequestDisplacementInput = exports.DisplacementOverridesInput = exports.DisplacementScopeInput = exports.EnergyScopeInput = exports.ParkYearScopeInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const battery_model_model_1 = require("../../battery-models/battery-model.model");
const displacement_defaults_1 = require("../displacement-defaults");
let ParkYearScopeInput = class ParkYearScopeInput {
    parkId;
    year;
};
exports.ParkYearScopeInput = ParkYearScopeInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ParkYearScopeInput.prototype, "parkId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Batches of the park’s plants whose production ended in this year (UTC)' }),
    __metadata("design:type", Number)
], ParkYearScopeInput.prototype, "year", void 0);
exports.ParkYearScopeInput = ParkYearScopeInput = __decorate([
    (0, graphql_1.InputType)()
], ParkYearScopeInput);
let EnergyScopeInput = class EnergyScopeInput {
    energyKWh;
    packKWh;
    chemistry;
};
exports.EnergyScopeInput = EnergyScopeInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], EnergyScopeInput.prototype, "energyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Default: the vehicle class’s typical pack' }),
    __metadata("design:type", Object)
], EnergyScopeInput.prototype, "packKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => battery_model_model_1.ChemistryEnum, { nullable: true, description: 'Sets the default embodied factor (NMC or LFP); else override it' }),
    __metadata("design:type", Object)
], EnergyScopeInput.prototype, "chemistry", void 0);
exports.EnergyScopeInput = EnergyScopeInput = __decorate([
    (0, graphql_1.InputType)({ description: 'A what-if over an energy total: N = energyKWh / packKWh, fractional.' })
], EnergyScopeInput);
let DisplacementScopeInput = class DisplacementScopeInput {
    batchId;
    shipmentId;
    parkYear;
    energy;
};
exports.DisplacementScopeInput = DisplacementScopeInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeInput.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeInput.prototype, "shipmentId", void 0);
__decorate([
    (0, graphql_1.Field)(() => ParkYearScopeInput, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeInput.prototype, "parkYear", void 0);
__decorate([
    (0, graphql_1.Field)(() => EnergyScopeInput, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementScopeInput.prototype, "energy", void 0);
exports.DisplacementScopeInput = DisplacementScopeInput = __decorate([
    (0, graphql_1.InputType)({ description: 'Exactly one of batchId, shipmentId, parkYear, energy.' })
], DisplacementScopeInput);
let DisplacementOverridesInput = class DisplacementOverridesInput {
    vehicleLifetimeKm;
    // Strings rather than enums, so that an unknown value is a BAD_USER_INPUT naming the parameter.
    fuelType;
    fuelLitresPer100Km;
    fuelDensityKgPerL;
    tailpipeKgCo2PerKgFuel;
    upstreamUplift;
    evKWhPer100Km;
    chargingEfficiency;
    gridKgCo2ePerKWh;
    batteryKgCo2ePerKWhCapacity;
    cycleLife;
    averageStateOfHealth;
    electricShare;
    packKWh;
};
exports.DisplacementOverridesInput = DisplacementOverridesInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'D_vehicle (may be 0)' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "vehicleLifetimeKm", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: `Displaced fuel: ${displacement_defaults_1.FUEL_TYPES.join(', ')}` }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "fuelType", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'FC' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "fuelLitresPer100Km", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "fuelDensityKgPerL", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'EF_ttw' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "tailpipeKgCo2PerKgFuel", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'u_wtt (may be 0)' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "upstreamUplift", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'EC' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "evKWhPer100Km", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'eta_charge, above 0 and at most 1' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "chargingEfficiency", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Destination grid EF (may be 0)' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "gridKgCo2ePerKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'EF_batt, kg CO2e per kWh of capacity' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "batteryKgCo2ePerKWhCapacity", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'FEC_life: full equivalent cycles; turns on the battery km limit D_batt' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "cycleLife", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'SOH_avg, above 0 and at most 1' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "averageStateOfHealth", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'UF, above 0 and at most 1' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "electricShare", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Pack kWh (default: the battery model’s nominal energy)' }),
    __metadata("design:type", Object)
], DisplacementOverridesInput.prototype, "packKWh", void 0);
exports.DisplacementOverridesInput = DisplacementOverridesInput = __decorate([
    (0, graphql_1.InputType)({ description: 'Any DOMAIN.md §6 parameter, replacing its default for this run.' })
], DisplacementOverridesInput);
let RequestDisplacementInput = class RequestDisplacementInput {
    scope;
    vehicleClass;
    market;
    overrides;
};
exports.RequestDisplacementInput = RequestDisplacementInput;
__decorate([
    (0, graphql_1.Field)(() => DisplacementScopeInput),
    __metadata("design:type", DisplacementScopeInput)
], RequestDisplacementInput.prototype, "scope", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { description: `A DOMAIN.md §6 vehicle class: ${displacement_defaults_1.VEHICLE_CLASSES.join(', ')}` }),
    __metadata("design:type", String)
], RequestDisplacementInput.prototype, "vehicleClass", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, {
        nullable: true,
        description: `${displacement_defaults_1.MARKETS.join(', ')}. Default: the consignees’ market when shipments say where the packs went, else the car class’s market`,
    }),
    __metadata("design:type", Object)
], RequestDisplacementInput.prototype, "market", void 0);
__decorate([
    (0, graphql_1.Field)(() => DisplacementOverridesInput, { nullable: true }),
    __metadata("design:type", Object)
], RequestDisplacementInput.prototype, "overrides", void 0);
exports.RequestDisplacementInput = RequestDisplacementInput = __decorate([
    (0, graphql_1.InputType)()
], RequestDisplacementInput);
//# sourceMappingURL=request-displacement.input.js.map