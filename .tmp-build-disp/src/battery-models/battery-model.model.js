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
exports.BatteryModelModel = exports.ChemistryEnum = exports.VehicleCategoryEnum = exports.BatteryCategoryEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const battery_model_types_1 = require("./battery-model.types");
const asEnum = (values) => Object.fromEntries(values.map((v) => [v, v]));
exports.BatteryCategoryEnum = asEnum(battery_model_types_1.BATTERY_CATEGORIES);
exports.VehicleCategoryEnum = asEnum(battery_model_types_1.VEHICLE_CATEGORIES);
exports.ChemistryEnum = asEnum(battery_model_types_1.CHEMISTRIES);
(0, graphql_1.registerEnumType)(exports.BatteryCategoryEnum, { name: 'BatteryCategory', description: 'EU 2023/1542 battery category' });
(0, graphql_1.registerEnumType)(exports.VehicleCategoryEnum, {
    name: 'VehicleCategory',
    description: 'EV vehicle category (sets full equivalent cycles per year)',
});
(0, graphql_1.registerEnumType)(exports.ChemistryEnum, { name: 'Chemistry' });
let BatteryModelModel = class BatteryModelModel {
    id;
    manufacturerId;
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
    createdAt;
};
exports.BatteryModelModel = BatteryModelModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], BatteryModelModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], BatteryModelModel.prototype, "manufacturerId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], BatteryModelModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.BatteryCategoryEnum),
    __metadata("design:type", String)
], BatteryModelModel.prototype, "category", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.VehicleCategoryEnum, { nullable: true }),
    __metadata("design:type", Object)
], BatteryModelModel.prototype, "vehicleCategory", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.ChemistryEnum),
    __metadata("design:type", String)
], BatteryModelModel.prototype, "chemistry", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], BatteryModelModel.prototype, "nominalEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], BatteryModelModel.prototype, "usableEnergyKWh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], BatteryModelModel.prototype, "capacityAh", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], BatteryModelModel.prototype, "nominalVoltageV", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], BatteryModelModel.prototype, "massKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], BatteryModelModel.prototype, "expectedCycleLife", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], BatteryModelModel.prototype, "warrantyYears", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], BatteryModelModel.prototype, "warrantyKm", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], BatteryModelModel.prototype, "createdAt", void 0);
exports.BatteryModelModel = BatteryModelModel = __decorate([
    (0, graphql_1.ObjectType)('BatteryModel', { description: 'A battery model; its figures feed the EU functional unit (DOMAIN.md §3).' })
], BatteryModelModel);
//# sourceMappingURL=battery-model.model.js.map