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
exports.UnitEntity = void 0;
const typeorm_1 = require("typeorm");
/** A cell, module or pack. `kind` is stored as 1 CELL, 2 MODULE, 3 PACK (see unit-kind.ts). */
let UnitEntity = class UnitEntity {
    id;
    manufacturerId;
    batchId;
    kind;
    serial;
    parentId;
    createdAt;
};
exports.UnitEntity = UnitEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('identity', { type: 'bigint', generatedIdentity: 'BY DEFAULT' }),
    __metadata("design:type", String)
], UnitEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'manufacturer_id', type: 'uuid' }),
    __metadata("design:type", String)
], UnitEntity.prototype, "manufacturerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'batch_id', type: 'uuid' }),
    __metadata("design:type", String)
], UnitEntity.prototype, "batchId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'smallint' }),
    __metadata("design:type", Number)
], UnitEntity.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], UnitEntity.prototype, "serial", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'parent_id', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], UnitEntity.prototype, "parentId", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], UnitEntity.prototype, "createdAt", void 0);
exports.UnitEntity = UnitEntity = __decorate([
    (0, typeorm_1.Entity)('units')
], UnitEntity);
//# sourceMappingURL=unit.entity.js.map