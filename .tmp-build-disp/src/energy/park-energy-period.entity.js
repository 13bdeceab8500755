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
exports.ParkEnergyPeriodEntity = void 0;
const typeorm_1 = require("typeorm");
/** A park's electricity over one period (at most a calendar month); its supplies and GEC claims are rows of their own. */
let ParkEnergyPeriodEntity = class ParkEnergyPeriodEntity {
    id;
    parkId;
    /** YYYY-MM-DD, inclusive */
    periodStart;
    /** YYYY-MM-DD, inclusive */
    periodEnd;
    totalKWh;
    recordedByOrganizationId;
    recordedBy;
    note;
    createdAt;
};
exports.ParkEnergyPeriodEntity = ParkEnergyPeriodEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], ParkEnergyPeriodEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'park_id', type: 'uuid' }),
    __metadata("design:type", String)
], ParkEnergyPeriodEntity.prototype, "parkId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'period_start', type: 'date' }),
    __metadata("design:type", String)
], ParkEnergyPeriodEntity.prototype, "periodStart", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'period_end', type: 'date' }),
    __metadata("design:type", String)
], ParkEnergyPeriodEntity.prototype, "periodEnd", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'total_kwh', type: 'double precision' }),
    __metadata("design:type", Number)
], ParkEnergyPeriodEntity.prototype, "totalKWh", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'recorded_by_organization_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], ParkEnergyPeriodEntity.prototype, "recordedByOrganizationId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'recorded_by', type: 'text' }),
    __metadata("design:type", String)
], ParkEnergyPeriodEntity.prototype, "recordedBy", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ParkEnergyPeriodEntity.prototype, "note", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ParkEnergyPeriodEntity.prototype, "createdAt", void 0);
exports.ParkEnergyPeriodEntity = ParkEnergyPeriodEntity = __decorate([
    (0, typeorm_1.Entity)('park_energy_periods')
], ParkEnergyPeriodEntity);
//# sourceMappingURL=park-energy-period.entity.js.map