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
exports.AddEmissionFactorInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const emission_factor_model_1 = require("../emission-factor.model");
let AddEmissionFactorInput = class AddEmissionFactorInput {
    code;
    kind;
    name;
    value;
    unit;
    source;
    region;
    year;
    series;
    material;
    chemistry;
    transportMode;
    isDefault;
    notes;
};
exports.AddEmissionFactorInput = AddEmissionFactorInput;
__decorate([
    (0, graphql_1.Field)({ description: 'Upper-case letters, digits, . _ -' }),
    __metadata("design:type", String)
], AddEmissionFactorInput.prototype, "code", void 0);
__decorate([
    (0, graphql_1.Field)(() => emission_factor_model_1.FactorKindEnum),
    __metadata("design:type", String)
], AddEmissionFactorInput.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], AddEmissionFactorInput.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], AddEmissionFactorInput.prototype, "value", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], AddEmissionFactorInput.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Where the figure comes from (publication, table, year): required' }),
    __metadata("design:type", String)
], AddEmissionFactorInput.prototype, "source", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddEmissionFactorInput.prototype, "region", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], AddEmissionFactorInput.prototype, "year", void 0);
__decorate([
    (0, graphql_1.Field)(() => emission_factor_model_1.FactorSeriesEnum, { nullable: true }),
    __metadata("design:type", Object)
], AddEmissionFactorInput.prototype, "series", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddEmissionFactorInput.prototype, "material", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddEmissionFactorInput.prototype, "chemistry", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddEmissionFactorInput.prototype, "transportMode", void 0);
__decorate([
    (0, graphql_1.Field)(() => Boolean, { nullable: true, defaultValue: false }),
    __metadata("design:type", Object)
], AddEmissionFactorInput.prototype, "isDefault", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddEmissionFactorInput.prototype, "notes", void 0);
exports.AddEmissionFactorInput = AddEmissionFactorInput = __decorate([
    (0, graphql_1.InputType)({ description: 'A new factor, or a new version of an existing code (the kind stays the same).' })
], AddEmissionFactorInput);
//# sourceMappingURL=add-emission-factor.input.js.map