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
exports.PlantsResolver = exports.ParksResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const organization_model_1 = require("../organizations/organization.model");
const park_inputs_1 = require("./dto/park.inputs");
const park_model_1 = require("./park.model");
const parks_service_1 = require("./parks.service");
let ParksResolver = class ParksResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    parks() {
        return this.service.parks();
    }
    async park(id, ctx) {
        const park = await ctx.loaders.park.load((0, validate_1.requireId)('id', id));
        if (!park)
            throw (0, errors_1.notFound)('Park', id, 'id');
        return park;
    }
    plants(park) {
        return this.service.plants({ parkId: park.id });
    }
    createPark(actor, input) {
        return this.service.createPark(actor, input);
    }
};
exports.ParksResolver = ParksResolver;
__decorate([
    (0, graphql_1.Query)(() => [park_model_1.ParkModel]),
    access_decorator_1.Access.public(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], ParksResolver.prototype, "parks", null);
__decorate([
    (0, graphql_1.Query)(() => park_model_1.ParkModel),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ParksResolver.prototype, "park", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [park_model_1.PlantModel]),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [park_model_1.ParkModel]),
    __metadata("design:returntype", Promise)
], ParksResolver.prototype, "plants", null);
__decorate([
    (0, graphql_1.Mutation)(() => park_model_1.ParkModel, { description: 'Adds a park (administrator or authority).' }),
    access_decorator_1.Access.organizations(['AUTHORITY'], { orAdmin: true }),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, park_inputs_1.CreateParkInput]),
    __metadata("design:returntype", Promise)
], ParksResolver.prototype, "createPark", null);
exports.ParksResolver = ParksResolver = __decorate([
    (0, graphql_1.Resolver)(() => park_model_1.ParkModel),
    __metadata("design:paramtypes", [parks_service_1.ParksService])
], ParksResolver);
let PlantsResolver = class PlantsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    plants(manufacturerId, parkId) {
        return this.service.plants({ manufacturerId, parkId });
    }
    async plant(id, ctx) {
        const plant = await ctx.loaders.plant.load((0, validate_1.requireId)('id', id));
        if (!plant)
            throw (0, errors_1.notFound)('Plant', id, 'id');
        return plant;
    }
    async park(plant, ctx) {
        return (await ctx.loaders.park.load(plant.parkId));
    }
    async manufacturer(plant, ctx) {
        return (await ctx.loaders.organization.load(plant.manufacturerId));
    }
    registerPlant(actor, input) {
        return this.service.registerPlant(actor, input);
    }
};
exports.PlantsResolver = PlantsResolver;
__decorate([
    (0, graphql_1.Query)(() => [park_model_1.PlantModel], { description: 'Plants (place of manufacture is public passport data).' }),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('manufacturerId', { type: () => graphql_1.ID, nullable: true })),
    __param(1, (0, graphql_1.Args)('parkId', { type: () => graphql_1.ID, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String]),
    __metadata("design:returntype", Promise)
], PlantsResolver.prototype, "plants", null);
__decorate([
    (0, graphql_1.Query)(() => park_model_1.PlantModel),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], PlantsResolver.prototype, "plant", null);
__decorate([
    (0, graphql_1.ResolveField)(() => park_model_1.ParkModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [park_model_1.PlantModel, Object]),
    __metadata("design:returntype", Promise)
], PlantsResolver.prototype, "park", null);
__decorate([
    (0, graphql_1.ResolveField)(() => organization_model_1.OrganizationModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [park_model_1.PlantModel, Object]),
    __metadata("design:returntype", Promise)
], PlantsResolver.prototype, "manufacturer", null);
__decorate([
    (0, graphql_1.Mutation)(() => park_model_1.PlantModel, { description: 'A manufacturer registers one of its plants.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, park_inputs_1.RegisterPlantInput]),
    __metadata("design:returntype", Promise)
], PlantsResolver.prototype, "registerPlant", null);
exports.PlantsResolver = PlantsResolver = __decorate([
    (0, graphql_1.Resolver)(() => park_model_1.PlantModel),
    __metadata("design:paramtypes", [parks_service_1.ParksService])
], PlantsResolver);
//# sourceMappingURL=parks.resolver.js.map