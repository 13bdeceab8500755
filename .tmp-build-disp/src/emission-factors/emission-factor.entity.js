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
exports.EmissionFactorEntity = void 0;
const typeorm_1 = require("typeorm");
/** One version of an emission factor. Rows never change (a database trigger refuses it): a correction is a new version. */
let EmissionFactorEntity = class EmissionFactorEntity {
    id;
    code;
    version;
    kind;
    name;
    value;
    unit;
    region;
    year;
    series;
    material;
    chemistry;
    transportMode;
    source;
    isDefault;
    notes;
    createdBy;
    createdAt;
};
exports.EmissionFactorEntity = EmissionFactorEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], EmissionFactorEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], EmissionFactorEntity.prototype, "code", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], EmissionFactorEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], EmissionFactorEntity.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], EmissionFactorEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision' }),
    __metadata("design:type", Number)
], EmissionFactorEntity.prototype, "value", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], EmissionFactorEntity.prototype, "unit", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorEntity.prototype, "region", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorEntity.prototype, "year", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorEntity.prototype, "series", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorEntity.prototype, "material", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorEntity.prototype, "chemistry", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'transport_mode', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorEntity.prototype, "transportMode", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], EmissionFactorEntity.prototype, "source", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'is_default', type: 'boolean' }),
    __metadata("design:type", Boolean)
], EmissionFactorEntity.prototype, "isDefault", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorEntity.prototype, "notes", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_by', type: 'text' }),
    __metadata("design:type", String)
], EmissionFactorEntity.prototype, "createdBy", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], EmissionFactorEntity.prototype, "createdAt", void 0);
exports.EmissionFactorEntity = EmissionFactorEntity = __decorate([
    (0, typeorm_1.Entity)('emission_factors')
], EmissionFactorEntity);
//# sourceMappingURL=emission-factor.entity.js.map