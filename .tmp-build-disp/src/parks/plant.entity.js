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
exports.PlantEntity = void 0;
const typeorm_1 = require("typeorm");
let PlantEntity = class PlantEntity {
    id;
    manufacturerId;
    parkId;
    name;
    address;
    latitude;
    longitude;
    createdAt;
};
exports.PlantEntity = PlantEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], PlantEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'manufacturer_id', type: 'uuid' }),
    __metadata("design:type", String)
], PlantEntity.prototype, "manufacturerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'park_id', type: 'uuid' }),
    __metadata("design:type", String)
], PlantEntity.prototype, "parkId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], PlantEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], PlantEntity.prototype, "address", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision' }),
    __metadata("design:type", Number)
], PlantEntity.prototype, "latitude", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision' }),
    __metadata("design:type", Number)
], PlantEntity.prototype, "longitude", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], PlantEntity.prototype, "createdAt", void 0);
exports.PlantEntity = PlantEntity = __decorate([
    (0, typeorm_1.Entity)('plants')
], PlantEntity);
//# sourceMappingURL=plant.entity.js.map