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
exports.ProvenanceFanOutPageModel = exports.ProvenanceGraphModel = exports.ProvenanceFanOutModel = exports.ProvenanceEdgeModel = exports.ProvenanceNodeModel = exports.UnitLineageModel = exports.LineageShipmentModel = exports.LineageParkModel = exports.LineagePlantModel = exports.LineageBatchModel = exports.LineagePartyModel = exports.AggregationChangeModel = exports.UnitPlacementModel = exports.UnitMembershipModel = exports.TracedUnitModel = exports.ProvenanceDirection = exports.EdgeKindEnum = exports.NodeKindEnum = exports.SecondLifeStatusEnum = exports.UnitStatusEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const batch_model_1 = require("../batches/batch.model");
const pagination_1 = require("../common/pagination");
const provenance_kinds_1 = require("./provenance-kinds");
const unit_status_1 = require("./unit-status");
exports.UnitStatusEnum = Object.fromEntries(unit_status_1.UNIT_STATUSES.map((s) => [s, s]));
exports.SecondLifeStatusEnum = Object.fromEntries(unit_status_1.SECOND_LIFE_STATUSES.map((s) => [s, s]));
exports.NodeKindEnum = Object.fromEntries(provenance_kinds_1.NODE_KINDS.map((s) => [s, s]));
exports.EdgeKindEnum = Object.fromEntries(provenance_kinds_1.EDGE_KINDS.map((s) => [s, s]));
exports.ProvenanceDirection = { UPSTREAM: 'UPSTREAM', DOWNSTREAM: 'DOWNSTREAM', BOTH: 'BOTH' };
(0, graphql_1.registerEnumType)(exports.UnitStatusEnum, {
    name: 'UnitStatus',
    description: 'DOMAIN.md §1 tier 4: original / repurposed / reused / remanufactured / waste',
});
(0, graphql_1.registerEnumType)(exports.SecondLifeStatusEnum, { name: 'SecondLifeStatus' });
(0, graphql_1.registerEnumType)(exports.NodeKindEnum, { name: 'ProvenanceNodeKind' });
(0, graphql_1.registerEnumType)(exports.EdgeKindEnum, { name: 'ProvenanceEdgeKind' });
(0, graphql_1.registerEnumType)(exports.ProvenanceDirection, { name: 'ProvenanceDirection' });
let TracedUnitModel = class TracedUnitModel {
    id;
    serial;
    kind;
    status;
    batchId;
    parentId;
};
exports.TracedUnitModel = TracedUnitModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { description: 'Global id `Unit:<number>`' }),
    __metadata("design:type", String)
], TracedUnitModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], TracedUnitModel.prototype, "serial", void 0);
__decorate([
    (0, graphql_1.Field)(() => batch_model_1.UnitKindEnum),
    __metadata("design:type", String)
], TracedUnitModel.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.UnitStatusEnum),
    __metadata("design:type", String)
], TracedUnitModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], TracedUnitModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true, description: 'Global id of the current parent unit' }),
    __metadata("design:type", Object)
], TracedUnitModel.prototype, "parentId", void 0);
exports.TracedUnitModel = TracedUnitModel = __decorate([
    (0, graphql_1.ObjectType)('TracedUnit', { description: 'A cell, module or pack as the provenance feature sees it.' })
], TracedUnitModel);
let UnitMembershipModel = class UnitMembershipModel {
    parent;
    validFrom;
    validTo;
};
exports.UnitMembershipModel = UnitMembershipModel;
__decorate([
    (0, graphql_1.Field)(() => TracedUnitModel),
    __metadata("design:type", TracedUnitModel)
], UnitMembershipModel.prototype, "parent", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], UnitMembershipModel.prototype, "validFrom", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], UnitMembershipModel.prototype, "validTo", void 0);
exports.UnitMembershipModel = UnitMembershipModel = __decorate([
    (0, graphql_1.ObjectType)('UnitMembership', { description: 'One period during which a unit sat inside a parent unit: [validFrom, validTo).' })
], UnitMembershipModel);
let UnitPlacementModel = class UnitPlacementModel {
    unit;
    at;
    parent;
    pack;
    ancestors;
};
exports.UnitPlacementModel = UnitPlacementModel;
__decorate([
    (0, graphql_1.Field)(() => TracedUnitModel),
    __metadata("design:type", TracedUnitModel)
], UnitPlacementModel.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], UnitPlacementModel.prototype, "at", void 0);
__decorate([
    (0, graphql_1.Field)(() => TracedUnitModel, { nullable: true }),
    __metadata("design:type", Object)
], UnitPlacementModel.prototype, "parent", void 0);
__decorate([
    (0, graphql_1.Field)(() => TracedUnitModel, { nullable: true, description: 'The outermost unit of the chain (the pack), if any' }),
    __metadata("design:type", Object)
], UnitPlacementModel.prototype, "pack", void 0);
__decorate([
    (0, graphql_1.Field)(() => [TracedUnitModel]),
    __metadata("design:type", Array)
], UnitPlacementModel.prototype, "ancestors", void 0);
exports.UnitPlacementModel = UnitPlacementModel = __decorate([
    (0, graphql_1.ObjectType)('UnitPlacement', { description: 'Where a unit sat at a moment: its parent chain then (innermost first).' })
], UnitPlacementModel);
let AggregationChangeModel = class AggregationChangeModel {
    occurredAt;
    eventCount;
    units;
};
exports.AggregationChangeModel = AggregationChangeModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], AggregationChangeModel.prototype, "occurredAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Unit events recorded' }),
    __metadata("design:type", Number)
], AggregationChangeModel.prototype, "eventCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => [TracedUnitModel], { description: 'The units changed, as they are now' }),
    __metadata("design:type", Array)
], AggregationChangeModel.prototype, "units", void 0);
exports.AggregationChangeModel = AggregationChangeModel = __decorate([
    (0, graphql_1.ObjectType)('AggregationChange', { description: 'The outcome of repackUnits, disassemble, markRepurposed or markRecycled.' })
], AggregationChangeModel);
let LineagePartyModel = class LineagePartyModel {
    id;
    name;
};
exports.LineagePartyModel = LineagePartyModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], LineagePartyModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineagePartyModel.prototype, "name", void 0);
exports.LineagePartyModel = LineagePartyModel = __decorate([
    (0, graphql_1.ObjectType)('LineageParty')
], LineagePartyModel);
let LineageBatchModel = class LineageBatchModel {
    id;
    batchNumber;
    status;
    productionStart;
    productionEnd;
    modelName;
    chemistry;
};
exports.LineageBatchModel = LineageBatchModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], LineageBatchModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageBatchModel.prototype, "batchNumber", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageBatchModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], LineageBatchModel.prototype, "productionStart", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], LineageBatchModel.prototype, "productionEnd", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageBatchModel.prototype, "modelName", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageBatchModel.prototype, "chemistry", void 0);
exports.LineageBatchModel = LineageBatchModel = __decorate([
    (0, graphql_1.ObjectType)('LineageBatch')
], LineageBatchModel);
let LineagePlantModel = class LineagePlantModel {
    id;
    name;
};
exports.LineagePlantModel = LineagePlantModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], LineagePlantModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineagePlantModel.prototype, "name", void 0);
exports.LineagePlantModel = LineagePlantModel = __decorate([
    (0, graphql_1.ObjectType)('LineagePlant')
], LineagePlantModel);
let LineageParkModel = class LineageParkModel {
    id;
    code;
    name;
    country;
    province;
};
exports.LineageParkModel = LineageParkModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], LineageParkModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageParkModel.prototype, "code", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageParkModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageParkModel.prototype, "country", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageParkModel.prototype, "province", void 0);
exports.LineageParkModel = LineageParkModel = __decorate([
    (0, graphql_1.ObjectType)('LineagePark')
], LineageParkModel);
let LineageShipmentModel = class LineageShipmentModel {
    id;
    reference;
    billOfLadingNumber;
    status;
    vesselName;
    vesselImo;
    portOfLoading;
    portOfDischarge;
    departedAt;
    consignee;
    shippedUnit;
};
exports.LineageShipmentModel = LineageShipmentModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], LineageShipmentModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageShipmentModel.prototype, "reference", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageShipmentModel.prototype, "billOfLadingNumber", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageShipmentModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageShipmentModel.prototype, "vesselName", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageShipmentModel.prototype, "vesselImo", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageShipmentModel.prototype, "portOfLoading", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LineageShipmentModel.prototype, "portOfDischarge", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], LineageShipmentModel.prototype, "departedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => LineagePartyModel),
    __metadata("design:type", LineagePartyModel)
], LineageShipmentModel.prototype, "consignee", void 0);
__decorate([
    (0, graphql_1.Field)(() => TracedUnitModel, { description: 'The unit of the chain that the cargo line covers' }),
    __metadata("design:type", TracedUnitModel)
], LineageShipmentModel.prototype, "shippedUnit", void 0);
exports.LineageShipmentModel = LineageShipmentModel = __decorate([
    (0, graphql_1.ObjectType)('LineageShipment')
], LineageShipmentModel);
let UnitLineageModel = class UnitLineageModel {
    unit;
    chain;
    batch;
    manufacturer;
    plant;
    park;
    shipments;
};
exports.UnitLineageModel = UnitLineageModel;
__decorate([
    (0, graphql_1.Field)(() => TracedUnitModel),
    __metadata("design:type", TracedUnitModel)
], UnitLineageModel.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)(() => [TracedUnitModel], { description: 'The unit, then its current parents outwards' }),
    __metadata("design:type", Array)
], UnitLineageModel.prototype, "chain", void 0);
__decorate([
    (0, graphql_1.Field)(() => LineageBatchModel),
    __metadata("design:type", LineageBatchModel)
], UnitLineageModel.prototype, "batch", void 0);
__decorate([
    (0, graphql_1.Field)(() => LineagePartyModel),
    __metadata("design:type", LineagePartyModel)
], UnitLineageModel.prototype, "manufacturer", void 0);
__decorate([
    (0, graphql_1.Field)(() => LineagePlantModel),
    __metadata("design:type", LineagePlantModel)
], UnitLineageModel.prototype, "plant", void 0);
__decorate([
    (0, graphql_1.Field)(() => LineageParkModel),
    __metadata("design:type", LineageParkModel)
], UnitLineageModel.prototype, "park", void 0);
__decorate([
    (0, graphql_1.Field)(() => [LineageShipmentModel], { description: 'Shipments that carried the unit or a unit around it (a buyer sees its own)' }),
    __metadata("design:type", Array)
], UnitLineageModel.prototype, "shipments", void 0);
exports.UnitLineageModel = UnitLineageModel = __decorate([
    (0, graphql_1.ObjectType)('UnitLineage', { description: 'cell → module → pack → batch → plant → park → shipments → buyer, read in one statement.' })
], UnitLineageModel);
let ProvenanceNodeModel = class ProvenanceNodeModel {
    id;
    kind;
    label;
    distance;
};
exports.ProvenanceNodeModel = ProvenanceNodeModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { description: 'Typed global id, e.g. `Batch:<uuid>`, `Unit:<number>`, `Port:NLRTM`' }),
    __metadata("design:type", String)
], ProvenanceNodeModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.NodeKindEnum),
    __metadata("design:type", String)
], ProvenanceNodeModel.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ProvenanceNodeModel.prototype, "label", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Steps from the root' }),
    __metadata("design:type", Number)
], ProvenanceNodeModel.prototype, "distance", void 0);
exports.ProvenanceNodeModel = ProvenanceNodeModel = __decorate([
    (0, graphql_1.ObjectType)('ProvenanceNode')
], ProvenanceNodeModel);
let ProvenanceEdgeModel = class ProvenanceEdgeModel {
    from;
    to;
    kind;
    validFrom;
    validTo;
};
exports.ProvenanceEdgeModel = ProvenanceEdgeModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ProvenanceEdgeModel.prototype, "from", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ProvenanceEdgeModel.prototype, "to", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.EdgeKindEnum),
    __metadata("design:type", String)
], ProvenanceEdgeModel.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'When the link began (CONTAINS: membership start)' }),
    __metadata("design:type", Object)
], ProvenanceEdgeModel.prototype, "validFrom", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'When the link ended (CONTAINS: membership end), null while it holds' }),
    __metadata("design:type", Object)
], ProvenanceEdgeModel.prototype, "validTo", void 0);
exports.ProvenanceEdgeModel = ProvenanceEdgeModel = __decorate([
    (0, graphql_1.ObjectType)('ProvenanceEdge', { description: 'Edges point downstream: from an input to what it went into.' })
], ProvenanceEdgeModel);
let ProvenanceFanOutModel = class ProvenanceFanOutModel {
    from;
    edgeKind;
    kind;
    count;
    cursor;
};
exports.ProvenanceFanOutModel = ProvenanceFanOutModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ProvenanceFanOutModel.prototype, "from", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.EdgeKindEnum),
    __metadata("design:type", String)
], ProvenanceFanOutModel.prototype, "edgeKind", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.NodeKindEnum),
    __metadata("design:type", String)
], ProvenanceFanOutModel.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ProvenanceFanOutModel.prototype, "count", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Pass to provenanceFanOut(cursor:) to list the members (units only, for now)' }),
    __metadata("design:type", Object)
], ProvenanceFanOutModel.prototype, "cursor", void 0);
exports.ProvenanceFanOutModel = ProvenanceFanOutModel = __decorate([
    (0, graphql_1.ObjectType)('ProvenanceFanOut', {
        description: 'A fan-out too large to list (e.g. a batch’s cells): counted, with a cursor to page through it.',
    })
], ProvenanceFanOutModel);
let ProvenanceGraphModel = class ProvenanceGraphModel {
    rootId;
    nodes;
    edges;
    fanOuts;
    truncated;
    pageInfo;
};
exports.ProvenanceGraphModel = ProvenanceGraphModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ProvenanceGraphModel.prototype, "rootId", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ProvenanceNodeModel]),
    __metadata("design:type", Array)
], ProvenanceGraphModel.prototype, "nodes", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ProvenanceEdgeModel]),
    __metadata("design:type", Array)
], ProvenanceGraphModel.prototype, "edges", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ProvenanceFanOutModel]),
    __metadata("design:type", Array)
], ProvenanceGraphModel.prototype, "fanOuts", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'True when fan-outs were summarised or the node budget cut the walk short' }),
    __metadata("design:type", Boolean)
], ProvenanceGraphModel.prototype, "truncated", void 0);
__decorate([
    (0, graphql_1.Field)(() => pagination_1.PageInfo),
    __metadata("design:type", pagination_1.PageInfo)
], ProvenanceGraphModel.prototype, "pageInfo", void 0);
exports.ProvenanceGraphModel = ProvenanceGraphModel = __decorate([
    (0, graphql_1.ObjectType)('ProvenanceGraph')
], ProvenanceGraphModel);
let ProvenanceFanOutPageModel = class ProvenanceFanOutPageModel {
    nodes;
    edges;
    pageInfo;
};
exports.ProvenanceFanOutPageModel = ProvenanceFanOutPageModel;
__decorate([
    (0, graphql_1.Field)(() => [ProvenanceNodeModel]),
    __metadata("design:type", Array)
], ProvenanceFanOutPageModel.prototype, "nodes", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ProvenanceEdgeModel]),
    __metadata("design:type", Array)
], ProvenanceFanOutPageModel.prototype, "edges", void 0);
__decorate([
    (0, graphql_1.Field)(() => pagination_1.PageInfo),
    __metadata("design:type", pagination_1.PageInfo)
], ProvenanceFanOutPageModel.prototype, "pageInfo", void 0);
exports.ProvenanceFanOutPageModel = ProvenanceFanOutPageModel = __decorate([
    (0, graphql_1.ObjectType)('ProvenanceFanOutPage')
], ProvenanceFanOutPageModel);
//# sourceMappingURL=provenance.model.js.map