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
exports.RegisterPlantInput = exports.CreateParkInput = void 0;
const graphql_1 = require("@nestjs/graphql");
let CreateParkInput = class CreateParkInput {
    code;
    name;
    country;
    province;
    gridRegion;
};
exports.CreateParkInput = CreateParkInput;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CreateParkInput.prototype, "code", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CreateParkInput.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ISO 3166-1 alpha-2' }),
    __metadata("design:type", String)
], CreateParkInput.prototype, "country", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CreateParkInput.prototype, "province", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CreateParkInput.prototype, "gridRegion", void 0);
exports.CreateParkInput = CreateParkInput = __decorate([
    (0, graphql_1.InputType)()
], CreateParkInput);
let RegisterPlantInput = class RegisterPlantInput {
    parkId;
    name;
    address;
    latitude;
    longitude;
};
exports.RegisterPlantInput = RegisterPlantInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RegisterPlantInput.prototype, "parkId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RegisterPlantInput.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RegisterPlantInput.prototype, "address", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RegisterPlantInput.prototype, "latitude", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], RegisterPlantInput.prototype, "longitude", void 0);
exports.RegisterPlantInput = RegisterPlantInput = __decorate([
    (0, graphql_1.InputType)()
], RegisterPlantInput);
//# sourceMappingURL=park.inputs.js.map