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
exports.BatchEntity = void 0;
const typeorm_1 = require("typeorm");
let BatchEntity = class BatchEntity {
    id;
    manufacturerId;
    batchNumber;
    modelId;
    plantId;
    productionStart;
    productionEnd;
    declaredCellCount;
    declaredModuleCount;
    declaredPackCount;
    status;
    createdAt;
};
exports.BatchEntity = BatchEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], BatchEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'manufacturer_id', type: 'uuid' }),
    __metadata("design:type", String)
], BatchEntity.prototype, "manufacturerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'batch_number', type: 'text' }),
    __metadata("design:type", String)
], BatchEntity.prototype, "batchNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'model_id', type: 'uuid' }),
    __metadata("design:type", String)
], BatchEntity.prototype, "modelId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'plant_id', type: 'uuid' }),
    __metadata("design:type", String)
], BatchEntity.prototype, "plantId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'production_start', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BatchEntity.prototype, "productionStart", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'production_end', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BatchEntity.prototype, "productionEnd", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'declared_cell_count', type: 'integer' }),
    __metadata("design:type", Number)
], BatchEntity.prototype, "declaredCellCount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'declared_module_count', type: 'integer' }),
    __metadata("design:type", Number)
], BatchEntity.prototype, "declaredModuleCount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'declared_pack_count', type: 'integer' }),
    __metadata("design:type", Number)
], BatchEntity.prototype, "declaredPackCount", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], BatchEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BatchEntity.prototype, "createdAt", void 0);
exports.BatchEntity = BatchEntity = __decorate([
    (0, typeorm_1.Entity)('batches')
], BatchEntity);
//# sourceMappingURL=batch.entity.js.map