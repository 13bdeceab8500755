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
exports.EmissionFactorFilter = exports.EmissionFactorModel = exports.FactorSeriesEnum = exports.FactorKindEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const factor_kinds_1 = require("./factor-kinds");
const asEnum = (values) => Object.fromEntries(values.map((v) => [v, v]));
exports.FactorKindEnum = asEnum(factor_kinds_1.FACTOR_KINDS);
exports.FactorSeriesEnum = asEnum(factor_kinds_1.FACTOR_SERIES);
(0, graphql_1.registerEnumType)(exports.FactorKindEnum, { name: 'EmissionFactorKind', description: 'What an emission factor multiplies (sets its unit)' });
(0, graphql_1.registerEnumType)(exports.FactorSeriesEnum, { name: 'EmissionFactorSeries', description: 'Series of a grid factor (DOMAIN.md §2)' });
let EmissionFactorModel = class EmissionFactorModel {
    id;
    code;
    version;
    latestVersion;
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
    inUse;
    createdAt;
};
exports.EmissionFactorModel = EmissionFactorModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], EmissionFactorModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Stable code shared by all versions, e.g. CN-GRID-2022-AVERAGE' }),
    __metadata("design:type", String)
], EmissionFactorModel.prototype, "code", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], EmissionFactorModel.prototype, "version", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'The newest version of this code' }),
    __metadata("design:type", Number)
], EmissionFactorModel.prototype, "latestVersion", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.FactorKindEnum),
    __metadata("design:type", String)
], EmissionFactorModel.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], EmissionFactorModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], EmissionFactorModel.prototype, "value", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'kgCO2e/kWh, kgCO2e/kg, kgCO2e/t-km, kgCO2e/TEU-km or kgCO2e/kWh-capacity' }),
    __metadata("design:type", String)
], EmissionFactorModel.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorModel.prototype, "region", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorModel.prototype, "year", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorModel.prototype, "series", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorModel.prototype, "material", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorModel.prototype, "chemistry", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorModel.prototype, "transportMode", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], EmissionFactorModel.prototype, "source", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'A modelling default (DOMAIN.md *default*), not a rule' }),
    __metadata("design:type", Boolean)
], EmissionFactorModel.prototype, "isDefault", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorModel.prototype, "notes", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Whether any footprint used this row' }),
    __metadata("design:type", Boolean)
], EmissionFactorModel.prototype, "inUse", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], EmissionFactorModel.prototype, "createdAt", void 0);
exports.EmissionFactorModel = EmissionFactorModel = __decorate([
    (0, graphql_1.ObjectType)('EmissionFactor', {
        description: 'One version of an emission factor with its source. Rows never change; a correction is a new version of the same code.',
    })
], EmissionFactorModel);
let EmissionFactorFilter = class EmissionFactorFilter {
    kind;
    code;
    region;
    material;
    allVersions;
};
exports.EmissionFactorFilter = EmissionFactorFilter;
__decorate([
    (0, graphql_1.Field)(() => exports.FactorKindEnum, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorFilter.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorFilter.prototype, "code", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorFilter.prototype, "region", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EmissionFactorFilter.prototype, "material", void 0);
__decorate([
    (0, graphql_1.Field)(() => Boolean, { nullable: true, description: 'Include older versions (default: newest version of each code only)' }),
    __metadata("design:type", Object)
], EmissionFactorFilter.prototype, "allVersions", void 0);
exports.EmissionFactorFilter = EmissionFactorFilter = __decorate([
    (0, graphql_1.InputType)()
], EmissionFactorFilter);
//# sourceMappingURL=emission-factor.model.js.map