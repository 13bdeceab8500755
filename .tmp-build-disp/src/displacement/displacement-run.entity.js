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
exports.DisplacementChunkEntity = exports.DisplacementRunGroupEntity = exports.DisplacementRunEntity = exports.SCOPE_KINDS = exports.RUN_STATUSES = void 0;
const typeorm_1 = require("typeorm");
exports.RUN_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'];
exports.SCOPE_KINDS = ['BATCH', 'SHIPMENT', 'PARK_YEAR', 'ENERGY'];
let DisplacementRunEntity = class DisplacementRunEntity {
    id;
    requestedByType;
    requestedByOrganizationId;
    coverage;
    scopeKind;
    batchId;
    shipmentId;
    parkId;
    year;
    energyKWh;
    vehicleClass;
    market;
    defaultsVersion;
    parameters;
    status;
    error;
    /** Packs in the scope (fractional for a what-if: energy / pack size), known once the run is planned. */
    unitsTotal;
    unitsDone;
    chunksTotal;
    chunksDone;
    result;
    createdAt;
    startedAt;
    completedAt;
};
exports.DisplacementRunEntity = DisplacementRunEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], DisplacementRunEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'requested_by_type', type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunEntity.prototype, "requestedByType", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'requested_by_organization_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "requestedByOrganizationId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunEntity.prototype, "coverage", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'scope_kind', type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunEntity.prototype, "scopeKind", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'batch_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "batchId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'shipment_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "shipmentId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'park_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "parkId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "year", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'energy_kwh', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "energyKWh", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'vehicle_class', type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunEntity.prototype, "vehicleClass", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunEntity.prototype, "market", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'defaults_version', type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunEntity.prototype, "defaultsVersion", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb' }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "parameters", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "error", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'units_total', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "unitsTotal", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'units_done', type: 'double precision' }),
    __metadata("design:type", Number)
], DisplacementRunEntity.prototype, "unitsDone", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'chunks_total', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "chunksTotal", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'chunks_done', type: 'integer' }),
    __metadata("design:type", Number)
], DisplacementRunEntity.prototype, "chunksDone", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "result", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], DisplacementRunEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'started_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "startedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'completed_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunEntity.prototype, "completedAt", void 0);
exports.DisplacementRunEntity = DisplacementRunEntity = __decorate([
    (0, typeorm_1.Entity)('displacement_runs')
], DisplacementRunEntity);
/** Packs of a run that share a pack size and an embodied factor. */
let DisplacementRunGroupEntity = class DisplacementRunGroupEntity {
    runId;
    groupNo;
    batchId;
    packKWh;
    packKWhSource;
    batteryKgCo2ePerKWhCapacity;
    batteryFactorSource;
    /** Vehicles known at request time (shipment lines, what-ifs); null: counted from units by chunks. */
    fixedVehicles;
    /** Vehicles counted for the group, set when the run is reduced. */
    vehicles;
};
exports.DisplacementRunGroupEntity = DisplacementRunGroupEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'run_id', type: 'uuid' }),
    __metadata("design:type", String)
], DisplacementRunGroupEntity.prototype, "runId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'group_no', type: 'integer' }),
    __metadata("design:type", Number)
], DisplacementRunGroupEntity.prototype, "groupNo", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'batch_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunGroupEntity.prototype, "batchId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'pack_kwh', type: 'double precision' }),
    __metadata("design:type", Number)
], DisplacementRunGroupEntity.prototype, "packKWh", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'pack_kwh_source', type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunGroupEntity.prototype, "packKWhSource", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'battery_kg_co2e_per_kwh', type: 'double precision' }),
    __metadata("design:type", Number)
], DisplacementRunGroupEntity.prototype, "batteryKgCo2ePerKWhCapacity", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'battery_factor_source', type: 'text' }),
    __metadata("design:type", String)
], DisplacementRunGroupEntity.prototype, "batteryFactorSource", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'fixed_vehicles', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunGroupEntity.prototype, "fixedVehicles", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], DisplacementRunGroupEntity.prototype, "vehicles", void 0);
exports.DisplacementRunGroupEntity = DisplacementRunGroupEntity = __decorate([
    (0, typeorm_1.Entity)('displacement_run_groups')
], DisplacementRunGroupEntity);
/** One chunk of a run; `done_at` is set exactly once, with the counts, in one transaction. */
let DisplacementChunkEntity = class DisplacementChunkEntity {
    runId;
    chunkNo;
    /** Batches and unit-id ranges whose packs the chunk counts; null: the vehicles known at request time. */
    segments;
    packs;
    /** Vehicles per group number counted by this chunk. */
    groupVehicles;
    /** The chunk's own partial figures (for inspection; the run's result is computed from the counts). */
    partial;
    doneAt;
};
exports.DisplacementChunkEntity = DisplacementChunkEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'run_id', type: 'uuid' }),
    __metadata("design:type", String)
], DisplacementChunkEntity.prototype, "runId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'chunk_no', type: 'integer' }),
    __metadata("design:type", Number)
], DisplacementChunkEntity.prototype, "chunkNo", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb', nullable: true }),
    __metadata("design:type", Object)
], DisplacementChunkEntity.prototype, "segments", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], DisplacementChunkEntity.prototype, "packs", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'group_vehicles', type: 'jsonb', nullable: true }),
    __metadata("design:type", Object)
], DisplacementChunkEntity.prototype, "groupVehicles", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb', nullable: true }),
    __metadata("design:type", Object)
], DisplacementChunkEntity.prototype, "partial", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'done_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], DisplacementChunkEntity.prototype, "doneAt", void 0);
exports.DisplacementChunkEntity = DisplacementChunkEntity = __decorate([
    (0, typeorm_1.Entity)('displacement_chunks')
], DisplacementChunkEntity);
//# sourceMappingURL=displacement-run.entity.js.map