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
exports.PlantModel = exports.ParkModel = void 0;
const graphql_1 = require("@nestjs/graphql");
let ParkModel = class ParkModel {
    id;
    code;
    name;
    country;
    province;
    gridRegion;
    createdAt;
};
exports.ParkModel = ParkModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ParkModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Short unique code, e.g. CN-NM-ORDOS-ZC' }),
    __metadata("design:type", String)
], ParkModel.prototype, "code", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParkModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ISO 3166-1 alpha-2' }),
    __metadata("design:type", String)
], ParkModel.prototype, "country", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ParkModel.prototype, "province", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Grid region whose emission factors apply, e.g. CN-NORTH or CN-NM' }),
    __metadata("design:type", String)
], ParkModel.prototype, "gridRegion", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], ParkModel.prototype, "createdAt", void 0);
exports.ParkModel = ParkModel = __decorate([
    (0, graphql_1.ObjectType)('Park', { description: 'An industrial park, e.g. a national zero-carbon park.' })
], ParkModel);
let PlantModel = class PlantModel {
    id;
    manufacturerId;
    parkId;
    name;
    address;
    latitude;
    longitude;
    createdAt;
};
exports.PlantModel = PlantModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], PlantModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], PlantModel.prototype, "manufacturerId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], PlantModel.prototype, "parkId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], PlantModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], PlantModel.prototype, "address", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], PlantModel.prototype, "latitude", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], PlantModel.prototype, "longitude", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], PlantModel.prototype, "createdAt", void 0);
exports.PlantModel = PlantModel = __decorate([
    (0, graphql_1.ObjectType)('Plant', { description: 'A manufacturing plant of a manufacturer, in a park.' })
], PlantModel);
//# sourceMappingURL=park.model.js.map