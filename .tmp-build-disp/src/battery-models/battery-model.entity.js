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
exports.BatteryModelEntity = void 0;
const typeorm_1 = require("typeorm");
let BatteryModelEntity = class BatteryModelEntity {
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
exports.BatteryModelEntity = BatteryModelEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], BatteryModelEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'manufacturer_id', type: 'uuid' }),
    __metadata("design:type", String)
], BatteryModelEntity.prototype, "manufacturerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], BatteryModelEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], BatteryModelEntity.prototype, "category", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'vehicle_category', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], BatteryModelEntity.prototype, "vehicleCategory", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], BatteryModelEntity.prototype, "chemistry", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'nominal_energy_kwh', type: 'double precision' }),
    __metadata("design:type", Number)
], BatteryModelEntity.prototype, "nominalEnergyKWh", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'usable_energy_kwh', type: 'double precision' }),
    __metadata("design:type", Number)
], BatteryModelEntity.prototype, "usableEnergyKWh", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'capacity_ah', type: 'double precision' }),
    __metadata("design:type", Number)
], BatteryModelEntity.prototype, "capacityAh", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'nominal_voltage_v', type: 'double precision' }),
    __metadata("design:type", Number)
], BatteryModelEntity.prototype, "nominalVoltageV", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'mass_kg', type: 'double precision' }),
    __metadata("design:type", Number)
], BatteryModelEntity.prototype, "massKg", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'expected_cycle_life', type: 'integer' }),
    __metadata("design:type", Number)
], BatteryModelEntity.prototype, "expectedCycleLife", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'warranty_years', type: 'double precision' }),
    __metadata("design:type", Number)
], BatteryModelEntity.prototype, "warrantyYears", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'warranty_km', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], BatteryModelEntity.prototype, "warrantyKm", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BatteryModelEntity.prototype, "createdAt", void 0);
exports.BatteryModelEntity = BatteryModelEntity = __decorate([
    (0, typeorm_1.Entity)('battery_models')
], BatteryModelEntity);
//# sourceMappingURL=battery-model.entity.js.map