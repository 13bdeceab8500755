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
exports.BatchesResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const battery_model_model_1 = require("../battery-models/battery-model.model");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const organization_model_1 = require("../organizations/organization.model");
const park_model_1 = require("../parks/park.model");
const batch_model_1 = require("./batch.model");
const batch_entity_1 = require("./batch.entity");
const batches_service_1 = require("./batches.service");
const batch_inputs_1 = require("./dto/batch.inputs");
let BatchesResolver = class BatchesResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    async batch(id, ctx) {
        const batch = await ctx.loaders.batch.load((0, validate_1.requireId)('id', id));
        if (!batch)
            throw (0, errors_1.notFound)('Batch', id, 'id');
        return batch;
    }
    batches(filter, first, after) {
        return this.service.batches(filter, first, after);
    }
    async model(b, ctx) {
        return (await ctx.loaders.batteryModel.load(b.modelId));
    }
    async plant(b, ctx) {
        return (await ctx.loaders.plant.load(b.plantId));
    }
    async manufacturer(b, ctx) {
        return (await ctx.loaders.organization.load(b.manufacturerId));
    }
    unitCounts(b, ctx) {
        return this.service.unitCounts(ctx.actor, b);
    }
    units(b, ctx, kind, first, after) {
        return this.service.units(ctx.actor, b, kind, first, after);
    }
    registerBatch(actor, input) {
        return this.service.registerBatch(actor, input);
    }
    registerUnits(actor, input) {
        return this.service.registerUnits(actor, input);
    }
};
exports.BatchesResolver = BatchesResolver;
__decorate([
    (0, graphql_1.Query)(() => batch_model_1.BatchModel, { description: 'A batch (its public passport data; units need the owner key).' }),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "batch", null);
__decorate([
    (0, graphql_1.Query)(() => batch_model_1.BatchConnection),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('filter', { type: () => batch_inputs_1.BatchFilter, nullable: true })),
    __param(1, (0, graphql_1.Args)('first', { type: () => graphql_1.Int, nullable: true })),
    __param(2, (0, graphql_1.Args)('after', { type: () => String, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [batch_inputs_1.BatchFilter, Number, String]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "batches", null);
__decorate([
    (0, graphql_1.ResolveField)(() => battery_model_model_1.BatteryModelModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [batch_model_1.BatchModel, Object]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "model", null);
__decorate([
    (0, graphql_1.ResolveField)(() => park_model_1.PlantModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [batch_model_1.BatchModel, Object]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "plant", null);
__decorate([
    (0, graphql_1.ResolveField)(() => organization_model_1.OrganizationModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [batch_model_1.BatchModel, Object]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "manufacturer", null);
__decorate([
    (0, graphql_1.ResolveField)(() => batch_model_1.UnitCountsModel, { description: 'Registered units by kind (manufacturer only).' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [batch_entity_1.BatchEntity, Object]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "unitCounts", null);
__decorate([
    (0, graphql_1.ResolveField)(() => batch_model_1.UnitConnection, { description: 'Cells, modules and packs of the batch (manufacturer only).' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __param(2, (0, graphql_1.Args)('kind', { type: () => batch_model_1.UnitKindEnum, nullable: true })),
    __param(3, (0, graphql_1.Args)('first', { type: () => graphql_1.Int, nullable: true })),
    __param(4, (0, graphql_1.Args)('after', { type: () => String, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [batch_entity_1.BatchEntity, Object, String, Number, String]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "units", null);
__decorate([
    (0, graphql_1.Mutation)(() => batch_model_1.BatchModel, { description: 'Registers a batch, optionally with up to 10,000 units.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, batch_inputs_1.RegisterBatchInput]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "registerBatch", null);
__decorate([
    (0, graphql_1.Mutation)(() => batch_model_1.UnitIngestResultModel, { description: 'Adds up to 10,000 units to a batch; all or nothing, idempotent.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, batch_inputs_1.RegisterUnitsInput]),
    __metadata("design:returntype", Promise)
], BatchesResolver.prototype, "registerUnits", null);
exports.BatchesResolver = BatchesResolver = __decorate([
    (0, graphql_1.Resolver)(() => batch_model_1.BatchModel),
    __metadata("design:paramtypes", [batches_service_1.BatchesService])
], BatchesResolver);
//# sourceMappingURL=batches.resolver.js.map