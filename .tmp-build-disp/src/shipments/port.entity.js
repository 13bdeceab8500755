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
exports.PortEntity = void 0;
const typeorm_1 = require("typeorm");
/** A seaport by its UN/LOCODE (seeded from DOMAIN.md §5; an administrator adds more). */
let PortEntity = class PortEntity {
    locode;
    name;
    country;
    region;
    latitude;
    longitude;
    createdAt;
};
exports.PortEntity = PortEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'text' }),
    __metadata("design:type", String)
], PortEntity.prototype, "locode", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], PortEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'char', length: 2 }),
    __metadata("design:type", String)
], PortEntity.prototype, "country", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], PortEntity.prototype, "region", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision' }),
    __metadata("design:type", Number)
], PortEntity.prototype, "latitude", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision' }),
    __metadata("design:type", Number)
], PortEntity.prototype, "longitude", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], PortEntity.prototype, "createdAt", void 0);
exports.PortEntity = PortEntity = __decorate([
    (0, typeorm_1.Entity)('ports')
], PortEntity);
//# sourceMappingURL=port.entity.js.map