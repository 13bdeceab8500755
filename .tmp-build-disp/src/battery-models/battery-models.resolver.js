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
exports.BatteryModelsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const organization_model_1 = require("../organizations/organization.model");
const battery_model_model_1 = require("./battery-model.model");
const battery_models_service_1 = require("./battery-models.service");
const register_battery_model_input_1 = require("./dto/register-battery-model.input");
let BatteryModelsResolver = class BatteryModelsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    batteryModels(manufacturerId) {
        return this.service.list(manufacturerId);
    }
    async batteryModel(id, ctx) {
        const m = await ctx.loaders.batteryModel.load((0, validate_1.requireId)('id', id));
        if (!m)
            throw (0, errors_1.notFound)('Battery model', id, 'id');
        return m;
    }
    async manufacturer(m, ctx) {
        return (await ctx.loaders.organization.load(m.manufacturerId));
    }
    registerBatteryModel(actor, input) {
        return this.service.register(actor, input);
    }
};
exports.BatteryModelsResolver = BatteryModelsResolver;
__decorate([
    (0, graphql_1.Query)(() => [battery_model_model_1.BatteryModelModel], { description: 'Battery models (public passport data).' }),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('manufacturerId', { type: () => graphql_1.ID, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], BatteryModelsResolver.prototype, "batteryModels", null);
__decorate([
    (0, graphql_1.Query)(() => battery_model_model_1.BatteryModelModel),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], BatteryModelsResolver.prototype, "batteryModel", null);
__decorate([
    (0, graphql_1.ResolveField)(() => organization_model_1.OrganizationModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [battery_model_model_1.BatteryModelModel, Object]),
    __metadata("design:returntype", Promise)
], BatteryModelsResolver.prototype, "manufacturer", null);
__decorate([
    (0, graphql_1.Mutation)(() => battery_model_model_1.BatteryModelModel),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, register_battery_model_input_1.RegisterBatteryModelInput]),
    __metadata("design:returntype", Promise)
], BatteryModelsResolver.prototype, "registerBatteryModel", null);
exports.BatteryModelsResolver = BatteryModelsResolver = __decorate([
    (0, graphql_1.Resolver)(() => battery_model_model_1.BatteryModelModel),
    __metadata("design:paramtypes", [battery_models_service_1.BatteryModelsService])
], BatteryModelsResolver);
//# sourceMappingURL=battery-models.resolver.js.map