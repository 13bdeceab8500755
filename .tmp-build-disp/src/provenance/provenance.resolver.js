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
exports.ProvenanceResolver = exports.UnitLifecycleResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const provenance_inputs_1 = require("./dto/provenance.inputs");
const lineage_service_1 = require("./lineage.service");
const provenance_model_1 = require("./provenance.model");
const provenance_service_1 = require("./provenance.service");
const unit_lifecycle_service_1 = require("./unit-lifecycle.service");
let UnitLifecycleResolver = class UnitLifecycleResolver {
    lifecycle;
    lineage;
    constructor(lifecycle, lineage) {
        this.lifecycle = lifecycle;
        this.lineage = lineage;
    }
    repackUnits(actor, input) {
        return this.lifecycle.repackUnits(actor, input);
    }
    disassemble(actor, input) {
        return this.lifecycle.disassemble(actor, input);
    }
    markRepurposed(actor, input) {
        return this.lifecycle.markRepurposed(actor, input);
    }
    markRecycled(actor, input) {
        return this.lifecycle.markRecycled(actor, input);
    }
    unitLineage(actor, serial, manufacturerId) {
        return this.lineage.unitLineage(actor, serial, manufacturerId);
    }
    unitAt(actor, serial, at, manufacturerId) {
        return this.lineage.unitAt(actor, serial, at, manufacturerId);
    }
    unitMemberships(actor, serial, manufacturerId) {
        return this.lineage.unitMemberships(actor, serial, manufacturerId);
    }
};
exports.UnitLifecycleResolver = UnitLifecycleResolver;
__decorate([
    (0, graphql_1.Mutation)(() => provenance_model_1.AggregationChangeModel, { description: 'Moves cells or modules into another module or pack (e.g. a repair).' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, provenance_inputs_1.RepackUnitsInput]),
    __metadata("design:returntype", Promise)
], UnitLifecycleResolver.prototype, "repackUnits", null);
__decorate([
    (0, graphql_1.Mutation)(() => provenance_model_1.AggregationChangeModel, { description: 'Takes a pack or module apart: the units inside it get no parent.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, provenance_inputs_1.DisassembleInput]),
    __metadata("design:returntype", Promise)
], UnitLifecycleResolver.prototype, "disassemble", null);
__decorate([
    (0, graphql_1.Mutation)(() => provenance_model_1.AggregationChangeModel, { description: 'Marks a unit REPURPOSED, REUSED or REMANUFACTURED (DOMAIN.md §1 tier 4).' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, provenance_inputs_1.MarkRepurposedInput]),
    __metadata("design:returntype", Promise)
], UnitLifecycleResolver.prototype, "markRepurposed", null);
__decorate([
    (0, graphql_1.Mutation)(() => provenance_model_1.AggregationChangeModel, { description: 'Marks a unit and everything inside it WASTE (handed to recycling); final.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, provenance_inputs_1.MarkRecycledInput]),
    __metadata("design:returntype", Promise)
], UnitLifecycleResolver.prototype, "markRecycled", null);
__decorate([
    (0, graphql_1.Query)(() => provenance_model_1.UnitLineageModel, { description: 'cell → module → pack → batch → plant → park → shipments → buyer, in one round trip.' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('serial')),
    __param(2, (0, graphql_1.Args)('manufacturerId', { type: () => graphql_1.ID, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String]),
    __metadata("design:returntype", Promise)
], UnitLifecycleResolver.prototype, "unitLineage", null);
__decorate([
    (0, graphql_1.Query)(() => provenance_model_1.UnitPlacementModel, { description: 'Which module and pack a unit sat in at a moment ("on 1 March").' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('serial')),
    __param(2, (0, graphql_1.Args)('at')),
    __param(3, (0, graphql_1.Args)('manufacturerId', { type: () => graphql_1.ID, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Date, String]),
    __metadata("design:returntype", Promise)
], UnitLifecycleResolver.prototype, "unitAt", null);
__decorate([
    (0, graphql_1.Query)(() => [provenance_model_1.UnitMembershipModel], { description: 'Every parent a unit has had, oldest first.' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('serial')),
    __param(2, (0, graphql_1.Args)('manufacturerId', { type: () => graphql_1.ID, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String]),
    __metadata("design:returntype", Promise)
], UnitLifecycleResolver.prototype, "unitMemberships", null);
exports.UnitLifecycleResolver = UnitLifecycleResolver = __decorate([
    (0, graphql_1.Resolver)(),
    __metadata("design:paramtypes", [unit_lifecycle_service_1.UnitLifecycleService,
        lineage_service_1.LineageService])
], UnitLifecycleResolver);
let ProvenanceResolver = class ProvenanceResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    provenance(actor, rootId, direction, depth, kinds, at, first, after) {
        return this.service.provenance(actor, { rootId, direction, depth, kinds, at, first, after });
    }
    provenanceFanOut(actor, cursor, first) {
        return this.service.fanOut(actor, cursor, first);
    }
};
exports.ProvenanceResolver = ProvenanceResolver;
__decorate([
    (0, graphql_1.Query)(() => provenance_model_1.ProvenanceGraphModel, {
        description: 'The provenance graph around a node (ids: `Batch:<uuid>`, `Unit:<number>`, …). `kinds`: node kinds the walk may enter (default all). Pages by `first`/`after`; large fan-outs come back counted in `fanOuts`.',
    }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('rootId', { type: () => graphql_1.ID })),
    __param(2, (0, graphql_1.Args)('direction', { type: () => provenance_model_1.ProvenanceDirection, nullable: true })),
    __param(3, (0, graphql_1.Args)('depth', { type: () => graphql_1.Int, nullable: true })),
    __param(4, (0, graphql_1.Args)('kinds', { type: () => [String], nullable: true })),
    __param(5, (0, graphql_1.Args)('at', { type: () => Date, nullable: true })),
    __param(6, (0, graphql_1.Args)('first', { type: () => graphql_1.Int, nullable: true })),
    __param(7, (0, graphql_1.Args)('after', { type: () => String, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String, Number, Array, Date, Number, String]),
    __metadata("design:returntype", Promise)
], ProvenanceResolver.prototype, "provenance", null);
__decorate([
    (0, graphql_1.Query)(() => provenance_model_1.ProvenanceFanOutPageModel, { description: 'The members of a fan-out summarised by `provenance`, in pages.' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('cursor')),
    __param(2, (0, graphql_1.Args)('first', { type: () => graphql_1.Int, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Number]),
    __metadata("design:returntype", Promise)
], ProvenanceResolver.prototype, "provenanceFanOut", null);
exports.ProvenanceResolver = ProvenanceResolver = __decorate([
    (0, graphql_1.Resolver)(() => provenance_model_1.ProvenanceGraphModel),
    __metadata("design:paramtypes", [provenance_service_1.ProvenanceService])
], ProvenanceResolver);
//# sourceMappingURL=provenance.resolver.js.map