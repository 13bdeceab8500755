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
exports.DisplacementResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const displacement_model_1 = require("./displacement.model");
const displacement_service_1 = require("./displacement.service");
const request_displacement_input_1 = require("./dto/request-displacement.input");
let DisplacementResolver = class DisplacementResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    requestDisplacement(actor, input) {
        return this.service.request(actor, input);
    }
    displacementRun(actor, id) {
        return this.service.run(actor, id);
    }
    parkDisplacementSummary(actor, parkId, year) {
        return this.service.parkSummary(actor, parkId, year);
    }
    packGroups(run) {
        return this.service.packGroups(run.id);
    }
};
exports.DisplacementResolver = DisplacementResolver;
__decorate([
    (0, graphql_1.Mutation)(() => displacement_model_1.DisplacementRunModel, {
        description: 'Queues a lifecycle displacement run (DOMAIN.md §6) over a batch, a shipment, a park-year or an energy total.',
    }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, request_displacement_input_1.RequestDisplacementInput]),
    __metadata("design:returntype", Promise)
], DisplacementResolver.prototype, "requestDisplacement", null);
__decorate([
    (0, graphql_1.Query)(() => displacement_model_1.DisplacementRunModel, { description: 'A displacement run: status, progress, parameters and result (its requester only).' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], DisplacementResolver.prototype, "displacementRun", null);
__decorate([
    (0, graphql_1.Query)(() => displacement_model_1.ParkDisplacementSummaryModel, {
        description: 'Completed park-year runs of a park and year by market and vehicle class (the administrator: all; a manufacturer: its own).',
    }),
    access_decorator_1.Access.organizations(['MANUFACTURER'], { orAdmin: true }),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('parkId', { type: () => graphql_1.ID })),
    __param(2, (0, graphql_1.Args)('year', { type: () => graphql_1.Int })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Number]),
    __metadata("design:returntype", Promise)
], DisplacementResolver.prototype, "parkDisplacementSummary", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [displacement_model_1.PackGroupModel], { description: 'Pack sizes and embodied factors, per batch, with their sources.' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [displacement_model_1.DisplacementRunModel]),
    __metadata("design:returntype", Promise)
], DisplacementResolver.prototype, "packGroups", null);
exports.DisplacementResolver = DisplacementResolver = __decorate([
    (0, graphql_1.Resolver)(() => displacement_model_1.DisplacementRunModel),
    __metadata("design:paramtypes", [displacement_service_1.DisplacementService])
], DisplacementResolver);
//# sourceMappingURL=displacement.resolver.js.map