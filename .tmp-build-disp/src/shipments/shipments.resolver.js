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
exports.ShipmentLegsResolver = exports.ShipmentCargoLinesResolver = exports.ShipmentsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const batch_model_1 = require("../batches/batch.model");
const organization_model_1 = require("../organizations/organization.model");
const dangerous_goods_1 = require("./dangerous-goods");
const shipment_inputs_1 = require("./dto/shipment.inputs");
const imo_number_1 = require("./imo-number");
const incoterms_1 = require("./incoterms");
const shipment_entity_1 = require("./shipment.entity");
const shipment_events_service_1 = require("./shipment-events.service");
const shipment_model_1 = require("./shipment.model");
const shipments_service_1 = require("./shipments.service");
let ShipmentsResolver = class ShipmentsResolver {
    service;
    eventsService;
    constructor(service, eventsService) {
        this.service = service;
        this.eventsService = eventsService;
    }
    shipment(actor, id) {
        return this.service.visibleShipment(actor, id);
    }
    shipments(actor, filter, first, after) {
        return this.service.shipments(actor, filter, first, after);
    }
    createShipment(actor, input) {
        return this.service.createShipment(actor, input);
    }
    recordShipmentEvent(actor, input) {
        return this.eventsService.recordEvent(actor, input);
    }
    assignForwarder(actor, input) {
        return this.service.assignForwarder(actor, input);
    }
    incoterm(s) {
        return (0, incoterms_1.formatIncoterm)({ rule: s.incotermRule, namedPlace: s.incotermPlace, version: s.incotermVersion });
    }
    vesselImo(s) {
        return (0, imo_number_1.formatImoNumber)(s.vesselImo);
    }
    dangerousGoods(s) {
        return { unNumber: s.unNumber, dgClass: s.dgClass, description: dangerous_goods_1.LITHIUM_UN_NUMBERS[s.unNumber], un383TestSummary: s.un383TestSummary };
    }
    async manufacturer(s, ctx) {
        return (await ctx.loaders.organization.load(s.manufacturerId));
    }
    async consignee(s, ctx) {
        return (await ctx.loaders.organization.load(s.consigneeId));
    }
    async forwarders(s, ctx) {
        const ids = await ctx.loaders.shipments.forwarderIds.load(s.id);
        return (await ctx.loaders.organization.loadMany(ids)).filter((o) => !!o && !(o instanceof Error));
    }
    async loadingPort(s, ctx) {
        return (await ctx.loaders.shipments.port.load(s.portOfLoading));
    }
    async dischargePort(s, ctx) {
        return (await ctx.loaders.shipments.port.load(s.portOfDischarge));
    }
    containers(s, ctx) {
        return ctx.loaders.shipments.containers.load(s.id);
    }
    cargoLines(s, ctx) {
        return ctx.loaders.shipments.cargoLines.load(s.id);
    }
    legs(s, ctx) {
        return ctx.loaders.shipments.legs.load(s.id);
    }
    events(s, ctx) {
        return ctx.loaders.shipments.events.load(s.id);
    }
};
exports.ShipmentsResolver = ShipmentsResolver;
__decorate([
    (0, graphql_1.Query)(() => shipment_model_1.ShipmentModel, { description: 'A shipment, for its manufacturer, its consignee and its assigned forwarders.' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "shipment", null);
__decorate([
    (0, graphql_1.Query)(() => shipment_model_1.ShipmentConnection, { description: 'The shipments the caller is a party to, newest first.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER', 'BUYER', 'FORWARDER'], { orAdmin: true }),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('filter', { type: () => shipment_inputs_1.ShipmentFilter, nullable: true })),
    __param(2, (0, graphql_1.Args)('first', { type: () => graphql_1.Int, nullable: true })),
    __param(3, (0, graphql_1.Args)('after', { type: () => String, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, shipment_inputs_1.ShipmentFilter, Number, String]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "shipments", null);
__decorate([
    (0, graphql_1.Mutation)(() => shipment_model_1.ShipmentModel, { description: 'A manufacturer books a shipment of its batches; transport emissions are computed.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, shipment_inputs_1.CreateShipmentInput]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "createShipment", null);
__decorate([
    (0, graphql_1.Mutation)(() => shipment_model_1.ShipmentModel, { description: 'The manufacturer or an assigned forwarder records what happened, in order.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER', 'FORWARDER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, shipment_inputs_1.RecordShipmentEventInput]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "recordShipmentEvent", null);
__decorate([
    (0, graphql_1.Mutation)(() => shipment_model_1.ShipmentModel, { description: 'The manufacturer lets a forwarder see the shipment and record its events.' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, shipment_inputs_1.AssignForwarderInput]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "assignForwarder", null);
__decorate([
    (0, graphql_1.ResolveField)(() => String, { description: 'e.g. FOB Tianjin Incoterms 2020' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity]),
    __metadata("design:returntype", String)
], ShipmentsResolver.prototype, "incoterm", null);
__decorate([
    (0, graphql_1.ResolveField)(() => String, { description: 'e.g. IMO 9319466' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity]),
    __metadata("design:returntype", String)
], ShipmentsResolver.prototype, "vesselImo", null);
__decorate([
    (0, graphql_1.ResolveField)(() => shipment_model_1.DangerousGoodsModel),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity]),
    __metadata("design:returntype", shipment_model_1.DangerousGoodsModel)
], ShipmentsResolver.prototype, "dangerousGoods", null);
__decorate([
    (0, graphql_1.ResolveField)(() => organization_model_1.OrganizationModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "manufacturer", null);
__decorate([
    (0, graphql_1.ResolveField)(() => organization_model_1.OrganizationModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "consignee", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [organization_model_1.OrganizationModel], { description: 'Forwarders assigned to the shipment' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "forwarders", null);
__decorate([
    (0, graphql_1.ResolveField)(() => shipment_model_1.PortModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "loadingPort", null);
__decorate([
    (0, graphql_1.ResolveField)(() => shipment_model_1.PortModel),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "dischargePort", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [shipment_model_1.ShipmentContainerModel]),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "containers", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [shipment_model_1.ShipmentCargoLineModel]),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "cargoLines", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [shipment_model_1.ShipmentLegModel]),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "legs", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [shipment_model_1.ShipmentEventModel]),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_entity_1.ShipmentEntity, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "events", null);
exports.ShipmentsResolver = ShipmentsResolver = __decorate([
    (0, graphql_1.Resolver)(() => shipment_model_1.ShipmentModel),
    __metadata("design:paramtypes", [shipments_service_1.ShipmentsService,
        shipment_events_service_1.ShipmentEventsService])
], ShipmentsResolver);
let ShipmentCargoLinesResolver = class ShipmentCargoLinesResolver {
    async batch(l, ctx) {
        return (await ctx.loaders.batch.load(l.batchId));
    }
};
exports.ShipmentCargoLinesResolver = ShipmentCargoLinesResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => batch_model_1.BatchModel, { description: 'The batch (its public passport data)' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_model_1.ShipmentCargoLineModel, Object]),
    __metadata("design:returntype", Promise)
], ShipmentCargoLinesResolver.prototype, "batch", null);
exports.ShipmentCargoLinesResolver = ShipmentCargoLinesResolver = __decorate([
    (0, graphql_1.Resolver)(() => shipment_model_1.ShipmentCargoLineModel)
], ShipmentCargoLinesResolver);
let ShipmentLegsResolver = class ShipmentLegsResolver {
    async factor(l, ctx) {
        return l.factorId ? ctx.loaders.shipments.factor.load(l.factorId) : null;
    }
};
exports.ShipmentLegsResolver = ShipmentLegsResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => shipment_model_1.ShipmentLegFactorModel, { nullable: true, description: 'The emission factor row used, when not overridden' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [shipment_model_1.ShipmentLegModel, Object]),
    __metadata("design:returntype", Promise)
], ShipmentLegsResolver.prototype, "factor", null);
exports.ShipmentLegsResolver = ShipmentLegsResolver = __decorate([
    (0, graphql_1.Resolver)(() => shipment_model_1.ShipmentLegModel)
], ShipmentLegsResolver);
//# sourceMappingURL=shipments.resolver.js.map