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
exports.RegisterBatteryModelInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const battery_model_model_1 = require("../battery-model.model");
let RegisterBatteryModelInput = class RegisterBatteryModelInput {
    name;
    category;
    vehicleCategory;
    chemistry;
    nominalEnergyKWh;
    usableEnergyKWh;
    capacityAh;
    nominalVoltageV;
    massKg;
    expectedCycleLife;
    warrantyYears;
    warrantyKm;
};
exports.RegisterBatteryModelInput = RegisterBatteryModelInput;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RegisterBatteryModelInput.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => battery_model_model_1.BatteryCategoryEnum),
    __metadata("design:type", String)
], RegisterBatteryModelInput.prototype, "category", void 0);
__decorate([
    (0, graphql_1.Field)(() => battery_model_model_1.VehicleCategoryEnum, { nullable: true, description: 'Required for EV batteries' }),
    __metadata("design:type", Object)
], RegisterBatteryModelInput.prototype, "vehicleCategory", void 0);
__decorate([
    (0, graphql_1.Field)(() => battery_model_model_1.ChemistryEnum),
    __metadata("design:type", String)
], RegisterBatteryModelInput.prototype, "chemistry", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RegisterBatteryModelInput.prototype, "nominalEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RegisterBatteryModelInput.prototype, "usableEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RegisterBatteryModelInput.prototype, "capacityAh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RegisterBatteryModelInput.prototype, "nominalVoltageV", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RegisterBatteryModelInput.prototype, "massKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], RegisterBatteryModelInput.prototype, "expectedCycleLife", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RegisterBatteryModelInput.prototype, "warrantyYears", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], RegisterBatteryModelInput.prototype, "warrantyKm", void 0);
exports.RegisterBatteryModelInput = RegisterBatteryModelInput = __decorate([
    (0, graphql_1.InputType)()
], RegisterBatteryModelInput);
//# sourceMappingURL=register-battery-model.input.js.map