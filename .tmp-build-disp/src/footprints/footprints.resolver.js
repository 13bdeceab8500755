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
exports.BatchFootprintResolver = exports.FootprintsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_policy_1 = require("../access/access-policy");
const access_decorator_1 = require("../access/access.decorator");
const batch_model_1 = require("../batches/batch.model");
const validate_1 = require("../common/validate");
const emission_factor_model_1 = require("../emission-factors/emission-factor.model");
const emission_factors_service_1 = require("../emission-factors/emission-factors.service");
const footprint_inputs_1 = require("./dto/footprint.inputs");
const record_footprint_inputs_input_1 = require("./dto/record-footprint-inputs.input");
const footprint_inputs_model_1 = require("./footprint-inputs.model");
const footprint_inputs_service_1 = require("./footprint-inputs.service");
const footprint_view_1 = require("./footprint-view");
const footprint_model_1 = require("./footprint.model");
const footprints_service_1 = require("./footprints.service");
const rulesets_1 = require("./rulesets");
let FootprintsResolver = class FootprintsResolver {
    service;
    inputs;
    factorLibrary;
    constructor(service, inputs, factorLibrary) {
        this.service = service;
        this.inputs = inputs;
        this.factorLibrary = factorLibrary;
    }
    rulesets() {
        return rulesets_1.RULESET_IDS.map((id) => (0, footprint_view_1.toRulesetModel)(rulesets_1.RULESETS[id]));
    }
    async footprint(actor, id) {
        return (0, footprint_view_1.toFootprintModel)(await this.service.footprint(actor, id));
    }
    async footprints(actor, batchId) {
        return (await this.service.footprints(actor, batchId)).map(footprint_view_1.toFootprintModel);
    }
    footprintInputs(actor, batchId) {
        return this.inputs.latest(actor, batchId);
    }
    async compareRulesets(actor, batchId) {
        const c = await this.service.compareRulesets(actor, batchId);
        return {
            batchId: c.batchId,
            nationalAverageKgCo2ePerKWh: c.nationalAverageKgCo2ePerKWh,
            entries: c.entries.map(footprint_view_1.toComparisonEntryModel),
        };
    }
    async footprintRollup(modelId, plantId, rulesetId) {
        return (await this.service.rollup(modelId, plantId, rulesetId)).map(footprint_view_1.toRollupModel);
    }
    recomputeFootprint(actor, id) {
        return this.service.recompute(actor, id);
    }
    async batch(f, ctx) {
        return (await ctx.loaders.batch.load(f.batchId));
    }
    async factors(f) {
        const rows = await this.service.factorsOf(f.id);
        return Promise.all(rows.map(async (r) => (await this.factorLibrary.byId(r.id))));
    }
    async inputsDocument(f, ctx) {
        if (!(0, access_policy_1.canSeeFootprintInputs)(ctx.actor, f.manufacturerId))
            return null;
        return JSON.stringify(await this.service.inputsDocument(ctx.actor, f));
    }
    recordFootprintInputs(actor, input) {
        return this.inputs.record(actor, input);
    }
    async calculateFootprint(actor, input) {
        return (0, footprint_view_1.toFootprintModel)(await this.service.calculateFootprint(actor, input));
    }
    async declareFootprint(actor, input) {
        return (0, footprint_view_1.toFootprintModel)(await this.service.declareFootprint(actor, input));
    }
};
exports.FootprintsResolver = FootprintsResolver;
__decorate([
    (0, graphql_1.Query)(() => [footprint_model_1.RulesetModel], { description: 'The footprint rulesets (DOMAIN.md §2, §3) and their parameters' }),
    access_decorator_1.Access.public(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Array)
], FootprintsResolver.prototype, "rulesets", null);
__decorate([
    (0, graphql_1.Query)(() => footprint_model_1.FootprintModel, { description: 'A footprint version: public once declared, else owner and administrator' }),
    access_decorator_1.Access.public(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "footprint", null);
__decorate([
    (0, graphql_1.Query)(() => [footprint_model_1.FootprintModel], { description: 'Footprint versions of a batch the caller may see, newest first' }),
    access_decorator_1.Access.public(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('batchId', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "footprints", null);
__decorate([
    (0, graphql_1.Query)(() => footprint_inputs_model_1.FootprintInputsModel, { nullable: true, description: 'The newest footprint inputs of a batch (owner and administrator)' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('batchId', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "footprintInputs", null);
__decorate([
    (0, graphql_1.Query)(() => footprint_model_1.RulesetComparisonModel, {
        description: 'One batch under every ruleset side by side; nothing is written (owner and administrator)',
    }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('batchId', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "compareRulesets", null);
__decorate([
    (0, graphql_1.Query)(() => [footprint_model_1.FootprintRollupModel], {
        description: 'Declared footprints of a model at a plant, per ruleset, weighted by delivered energy',
    }),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('modelId', { type: () => graphql_1.ID })),
    __param(1, (0, graphql_1.Args)('plantId', { type: () => graphql_1.ID })),
    __param(2, (0, graphql_1.Args)('rulesetId', { type: () => String, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, String]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "footprintRollup", null);
__decorate([
    (0, graphql_1.Query)(() => footprint_model_1.FootprintRecomputationModel, {
        description: 'Recomputes a stored footprint from its stored inputs: same numbers, same hash',
    }),
    access_decorator_1.Access.public(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "recomputeFootprint", null);
__decorate([
    (0, graphql_1.ResolveField)(() => batch_model_1.BatchModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [footprint_model_1.FootprintModel, Object]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "batch", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [emission_factor_model_1.EmissionFactorModel], { description: 'Every factor row the footprint used' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [footprint_model_1.FootprintModel]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "factors", null);
__decorate([
    (0, graphql_1.ResolveField)(() => String, {
        nullable: true,
        description: 'The stored footprint document (canonical JSON): inputs, evidence, factor rows. Owner and administrator; null for others',
    }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [footprint_model_1.FootprintModel, Object]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "inputsDocument", null);
__decorate([
    (0, graphql_1.Mutation)(() => footprint_inputs_model_1.FootprintInputsModel, { description: 'Records (a new version of) the footprint inputs of one of your batches' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, record_footprint_inputs_input_1.RecordFootprintInputsInput]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "recordFootprintInputs", null);
__decorate([
    (0, graphql_1.Mutation)(() => footprint_model_1.FootprintModel, { description: 'Calculates a new footprint version of a batch under a ruleset (owner or administrator)' }),
    access_decorator_1.Access.organizations(['MANUFACTURER'], { orAdmin: true }),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, footprint_inputs_1.CalculateFootprintInput]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "calculateFootprint", null);
__decorate([
    (0, graphql_1.Mutation)(() => footprint_model_1.FootprintModel, { description: 'Declares (freezes for certification) the newest footprint version of your batch' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, footprint_inputs_1.DeclareFootprintInput]),
    __metadata("design:returntype", Promise)
], FootprintsResolver.prototype, "declareFootprint", null);
exports.FootprintsResolver = FootprintsResolver = __decorate([
    (0, graphql_1.Resolver)(() => footprint_model_1.FootprintModel),
    __metadata("design:paramtypes", [footprints_service_1.FootprintsService,
        footprint_inputs_service_1.FootprintInputsService,
        emission_factors_service_1.EmissionFactorsService])
], FootprintsResolver);
/** Adds the carbon footprint to the Batch type (public passport data once declared). */
let BatchFootprintResolver = class BatchFootprintResolver {
    async declaredFootprint(b, ctx) {
        const f = await ctx.loaders.footprints.declaredByBatch.load((0, validate_1.requireId)('id', b.id));
        return f ? (0, footprint_view_1.toFootprintModel)(f) : null;
    }
};
exports.BatchFootprintResolver = BatchFootprintResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => footprint_model_1.FootprintModel, { nullable: true, description: 'The newest declared carbon footprint of the batch' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [batch_model_1.BatchModel, Object]),
    __metadata("design:returntype", Promise)
], BatchFootprintResolver.prototype, "declaredFootprint", null);
exports.BatchFootprintResolver = BatchFootprintResolver = __decorate([
    (0, graphql_1.Resolver)(() => batch_model_1.BatchModel)
], BatchFootprintResolver);
//# sourceMappingURL=footprints.resolver.js.map