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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EmissionFactorsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const errors_1 = require("../common/errors");
const add_emission_factor_input_1 = require("./dto/add-emission-factor.input");
const emission_factor_model_1 = require("./emission-factor.model");
const emission_factors_service_1 = require("./emission-factors.service");
let EmissionFactorsResolver = class EmissionFactorsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    emissionFactors(filter) {
        return this.service.list(filter);
    }
    async emissionFactor(id) {
        const f = await this.service.byId(id);
        if (!f)
            throw (0, errors_1.notFound)('Emission factor', id, 'id');
        return f;
    }
    addEmissionFactor(actor, input) {
        return this.service.add(actor, input);
    }
};
exports.EmissionFactorsResolver = EmissionFactorsResolver;
__decorate([
    (0, graphql_1.Query)(() => [emission_factor_model_1.EmissionFactorModel], { description: 'The emission factor library (newest versions unless allVersions), with sources.' }),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('filter', { type: () => emission_factor_model_1.EmissionFactorFilter, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [emission_factor_model_1.EmissionFactorFilter]),
    __metadata("design:returntype", Promise)
], EmissionFactorsResolver.prototype, "emissionFactors", null);
__decorate([
    (0, graphql_1.Query)(() => emission_factor_model_1.EmissionFactorModel),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], EmissionFactorsResolver.prototype, "emissionFactor", null);
__decorate([
    (0, graphql_1.Mutation)(() => emission_factor_model_1.EmissionFactorModel, {
        description: 'Adds a factor or a new version of one (administrator). Existing rows never change.',
    }),
    access_decorator_1.Access.admin(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, add_emission_factor_input_1.AddEmissionFactorInput]),
    __metadata("design:returntype", Promise)
], EmissionFactorsResolver.prototype, "addEmissionFactor", null);
exports.EmissionFactorsResolver = EmissionFactorsResolver = __decorate([
    (0, graphql_1.Resolver)(() => emission_factor_model_1.EmissionFactorModel),
    __metadata("design:paramtypes", [emission_factors_service_1.EmissionFactorsService])
], EmissionFactorsResolver);
//# sourceMappingURL=emission-factors.resolver.js.map