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
exports.RecordParkEnergyInput = exports.EnergySupplyInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const park_energy_model_1 = require("../park-energy.model");
let EnergySupplyInput = class EnergySupplyInput {
    source;
    kWh;
    meterIds;
    gecSerials;
};
exports.EnergySupplyInput = EnergySupplyInput;
__decorate([
    (0, graphql_1.Field)(() => park_energy_model_1.ElectricitySourceEnum),
    __metadata("design:type", String)
], EnergySupplyInput.prototype, "source", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'kWh supplied over the period (0 or more)' }),
    __metadata("design:type", Number)
], EnergySupplyInput.prototype, "kWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String], { nullable: true, description: 'Meter ids that measured this supply (evidence)' }),
    __metadata("design:type", Object)
], EnergySupplyInput.prototype, "meterIds", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String], {
        nullable: true,
        description: 'GREEN_TRADE only: the Green Electricity Certificate serials, exactly one per started MWh (1 GEC = 1 MWh)',
    }),
    __metadata("design:type", Object)
], EnergySupplyInput.prototype, "gecSerials", void 0);
exports.EnergySupplyInput = EnergySupplyInput = __decorate([
    (0, graphql_1.InputType)()
], EnergySupplyInput);
let RecordParkEnergyInput = class RecordParkEnergyInput {
    parkId;
    periodStart;
    periodEnd;
    totalKWh;
    supplies;
    note;
};
exports.RecordParkEnergyInput = RecordParkEnergyInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RecordParkEnergyInput.prototype, "parkId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'First day, YYYY-MM-DD' }),
    __metadata("design:type", String)
], RecordParkEnergyInput.prototype, "periodStart", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Last day (inclusive), YYYY-MM-DD, in the same month' }),
    __metadata("design:type", String)
], RecordParkEnergyInput.prototype, "periodEnd", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Total kWh consumed by the park over the period; the supplies must add up to it' }),
    __metadata("design:type", Number)
], RecordParkEnergyInput.prototype, "totalKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => [EnergySupplyInput]),
    __metadata("design:type", Array)
], RecordParkEnergyInput.prototype, "supplies", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], RecordParkEnergyInput.prototype, "note", void 0);
exports.RecordParkEnergyInput = RecordParkEnergyInput = __decorate([
    (0, graphql_1.InputType)({ description: "A park's electricity over one period within a calendar month (DOMAIN.md §2)." })
], RecordParkEnergyInput);
//# sourceMappingURL=record-park-energy.input.js.map