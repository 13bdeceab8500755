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
exports.FootprintEntity = exports.FOOTPRINT_STATUSES = void 0;
const typeorm_1 = require("typeorm");
exports.FOOTPRINT_STATUSES = ['CALCULATED', 'DECLARED', 'SUPERSEDED'];
/**
 * One immutable footprint version of a batch (table `footprints`; a trigger lets only the status
 * move: CALCULATED -> DECLARED -> SUPERSEDED). Other features read it by these column names.
 */
let FootprintEntity = class FootprintEntity {
    id;
    batchId;
    manufacturerId;
    modelId;
    plantId;
    version;
    rulesetId;
    status;
    rawMaterialKgCo2e;
    mainProductionKgCo2e;
    distributionKgCo2e;
    endOfLifeKgCo2e;
    kgCo2eAbsolute;
    kgCo2ePerKWhCapacity;
    kgCo2ePerKWhLifetime;
    outputEnergyKWh;
    lifetimeEnergyKWh;
    distributionIsEstimate;
    inputsId;
    inputs;
    result;
    inputsSha256;
    createdBy;
    createdAt;
    declaredAt;
    declaredBy;
    supersededAt;
    supersededBy;
};
exports.FootprintEntity = FootprintEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], FootprintEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'batch_id', type: 'uuid' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "batchId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'manufacturer_id', type: 'uuid' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "manufacturerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'model_id', type: 'uuid' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "modelId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'plant_id', type: 'uuid' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "plantId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'ruleset_id', type: 'text' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "rulesetId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'raw_material_kg_co2e', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "rawMaterialKgCo2e", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'main_production_kg_co2e', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "mainProductionKgCo2e", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'distribution_kg_co2e', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "distributionKgCo2e", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'end_of_life_kg_co2e', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "endOfLifeKgCo2e", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'kg_co2e_absolute', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "kgCo2eAbsolute", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'kg_co2e_per_kwh_capacity', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "kgCo2ePerKWhCapacity", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'kg_co2e_per_kwh_lifetime', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "kgCo2ePerKWhLifetime", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'output_energy_kwh', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "outputEnergyKWh", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'lifetime_energy_kwh', type: 'double precision' }),
    __metadata("design:type", Number)
], FootprintEntity.prototype, "lifetimeEnergyKWh", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'distribution_is_estimate', type: 'boolean' }),
    __metadata("design:type", Boolean)
], FootprintEntity.prototype, "distributionIsEstimate", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'inputs_id', type: 'uuid' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "inputsId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb' }),
    __metadata("design:type", Object)
], FootprintEntity.prototype, "inputs", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb' }),
    __metadata("design:type", Object)
], FootprintEntity.prototype, "result", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'inputs_sha256', type: 'text' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "inputsSha256", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_by', type: 'text' }),
    __metadata("design:type", String)
], FootprintEntity.prototype, "createdBy", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], FootprintEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'declared_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], FootprintEntity.prototype, "declaredAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'declared_by', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], FootprintEntity.prototype, "declaredBy", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'superseded_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], FootprintEntity.prototype, "supersededAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'superseded_by', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], FootprintEntity.prototype, "supersededBy", void 0);
exports.FootprintEntity = FootprintEntity = __decorate([
    (0, typeorm_1.Entity)('footprints')
], FootprintEntity);
//# sourceMappingURL=footprint.entity.js.map