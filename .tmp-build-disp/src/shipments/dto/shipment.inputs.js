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
exports.AddPortInput = exports.ShipmentFilter = exports.AssignForwarderInput = exports.RecordShipmentEventInput = exports.CreateShipmentInput = exports.DangerousGoodsInput = exports.ShipmentLegInput = exports.TransportFactorOverrideInput = exports.ShipmentCargoLineInput = exports.ShipmentContainerInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const batch_model_1 = require("../../batches/batch.model");
const shipment_model_1 = require("../shipment.model");
let ShipmentContainerInput = class ShipmentContainerInput {
    containerNumber;
    sealNumber;
    sizeType;
    grossMassKg;
};
exports.ShipmentContainerInput = ShipmentContainerInput;
__decorate([
    (0, graphql_1.Field)({ description: 'ISO 6346, e.g. CSQU3054383' }),
    __metadata("design:type", String)
], ShipmentContainerInput.prototype, "containerNumber", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentContainerInput.prototype, "sealNumber", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ISO 6346 size-type code, e.g. 22G1 or 45G1' }),
    __metadata("design:type", String)
], ShipmentContainerInput.prototype, "sizeType", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Verified gross mass of the container, kg' }),
    __metadata("design:type", Number)
], ShipmentContainerInput.prototype, "grossMassKg", void 0);
exports.ShipmentContainerInput = ShipmentContainerInput = __decorate([
    (0, graphql_1.InputType)()
], ShipmentContainerInput);
let ShipmentCargoLineInput = class ShipmentCargoLineInput {
    batchId;
    containerNumber;
    packCount;
    unitCount;
    unitKind;
    grossMassKg;
};
exports.ShipmentCargoLineInput = ShipmentCargoLineInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentCargoLineInput.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'One of this shipment’s containers' }),
    __metadata("design:type", String)
], ShipmentCargoLineInput.prototype, "containerNumber", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true, description: 'Packs of the batch' }),
    __metadata("design:type", Object)
], ShipmentCargoLineInput.prototype, "packCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true, description: 'Loose cells or modules of the batch (with unitKind)' }),
    __metadata("design:type", Object)
], ShipmentCargoLineInput.prototype, "unitCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => batch_model_1.UnitKindEnum, { nullable: true, description: 'CELL or MODULE, with unitCount' }),
    __metadata("design:type", Object)
], ShipmentCargoLineInput.prototype, "unitKind", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { description: 'Gross mass of the line (goods and packaging), kg' }),
    __metadata("design:type", Number)
], ShipmentCargoLineInput.prototype, "grossMassKg", void 0);
exports.ShipmentCargoLineInput = ShipmentCargoLineInput = __decorate([
    (0, graphql_1.InputType)()
], ShipmentCargoLineInput);
let TransportFactorOverrideInput = class TransportFactorOverrideInput {
    value;
    unit;
    source;
};
exports.TransportFactorOverrideInput = TransportFactorOverrideInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], TransportFactorOverrideInput.prototype, "value", void 0);
__decorate([
    (0, graphql_1.Field)(() => shipment_model_1.TransportFactorUnitEnum),
    __metadata("design:type", String)
], TransportFactorOverrideInput.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Where the figure comes from (publication, table, version)' }),
    __metadata("design:type", String)
], TransportFactorOverrideInput.prototype, "source", void 0);
exports.TransportFactorOverrideInput = TransportFactorOverrideInput = __decorate([
    (0, graphql_1.InputType)()
], TransportFactorOverrideInput);
let ShipmentLegInput = class ShipmentLegInput {
    mode;
    from;
    to;
    distanceKm;
    distanceNauticalMiles;
    distanceSource;
    routing;
    factorId;
    factorOverride;
};
exports.ShipmentLegInput = ShipmentLegInput;
__decorate([
    (0, graphql_1.Field)(() => shipment_model_1.TransportModeEnum),
    __metadata("design:type", String)
], ShipmentLegInput.prototype, "mode", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Place name; for SEA legs the UN/LOCODE of a known port' }),
    __metadata("design:type", String)
], ShipmentLegInput.prototype, "from", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Place name; for SEA legs the UN/LOCODE of a known port' }),
    __metadata("design:type", String)
], ShipmentLegInput.prototype, "to", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegInput.prototype, "distanceKm", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: '1 nautical mile = 1.852 km' }),
    __metadata("design:type", Object)
], ShipmentLegInput.prototype, "distanceNauticalMiles", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Where the distance comes from (route planner, carrier schedule, …)' }),
    __metadata("design:type", String)
], ShipmentLegInput.prototype, "distanceSource", void 0);
__decorate([
    (0, graphql_1.Field)(() => shipment_model_1.SeaRoutingEnum, { nullable: true, description: 'Required for Asia–Europe sea legs' }),
    __metadata("design:type", Object)
], ShipmentLegInput.prototype, "routing", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true, description: 'A TRANSPORT row of the emission factor library' }),
    __metadata("design:type", Object)
], ShipmentLegInput.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => TransportFactorOverrideInput, { nullable: true, description: 'Instead of a factor row: a value with its source' }),
    __metadata("design:type", Object)
], ShipmentLegInput.prototype, "factorOverride", void 0);
exports.ShipmentLegInput = ShipmentLegInput = __decorate([
    (0, graphql_1.InputType)()
], ShipmentLegInput);
let DangerousGoodsInput = class DangerousGoodsInput {
    unNumber;
    dgClass;
    un383TestSummary;
};
exports.DangerousGoodsInput = DangerousGoodsInput;
__decorate([
    (0, graphql_1.Field)({ description: 'UN3480, UN3481, UN3171 or UN3536' }),
    __metadata("design:type", String)
], DangerousGoodsInput.prototype, "unNumber", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Always 9 for these entries' }),
    __metadata("design:type", Object)
], DangerousGoodsInput.prototype, "dgClass", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Reference of the UN 38.3 test summary (required)' }),
    __metadata("design:type", String)
], DangerousGoodsInput.prototype, "un383TestSummary", void 0);
exports.DangerousGoodsInput = DangerousGoodsInput = __decorate([
    (0, graphql_1.InputType)()
], DangerousGoodsInput);
let CreateShipmentInput = class CreateShipmentInput {
    reference;
    billOfLadingNumber;
    incoterm;
    shipper;
    consigneeId;
    notifyParty;
    vesselName;
    vesselImo;
    voyageNumber;
    portOfLoading;
    portOfDischarge;
    hsCode;
    tariffCode;
    goodsDescription;
    dangerousGoods;
    containers;
    cargoLines;
    legs;
    forwarderIds;
};
exports.CreateShipmentInput = CreateShipmentInput;
__decorate([
    (0, graphql_1.Field)({ description: 'The manufacturer’s own reference, unique per manufacturer' }),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "reference", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Carrier-assigned: SCAC prefix and alphanumerics' }),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "billOfLadingNumber", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'e.g. "FOB Tianjin Incoterms 2020"' }),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "incoterm", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Defaults to the manufacturer’s name' }),
    __metadata("design:type", Object)
], CreateShipmentInput.prototype, "shipper", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { description: 'A BUYER organization' }),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "consigneeId", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CreateShipmentInput.prototype, "notifyParty", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "vesselName", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'e.g. IMO 9319466' }),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "vesselImo", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "voyageNumber", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'UN/LOCODE of a known port' }),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "portOfLoading", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'UN/LOCODE of a known port' }),
    __metadata("design:type", String)
], CreateShipmentInput.prototype, "portOfDischarge", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Six digits; default 8507.60' }),
    __metadata("design:type", Object)
], CreateShipmentInput.prototype, "hsCode", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'National tariff line, 8 to 10 digits' }),
    __metadata("design:type", Object)
], CreateShipmentInput.prototype, "tariffCode", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CreateShipmentInput.prototype, "goodsDescription", void 0);
__decorate([
    (0, graphql_1.Field)(() => DangerousGoodsInput),
    __metadata("design:type", DangerousGoodsInput)
], CreateShipmentInput.prototype, "dangerousGoods", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ShipmentContainerInput]),
    __metadata("design:type", Array)
], CreateShipmentInput.prototype, "containers", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ShipmentCargoLineInput]),
    __metadata("design:type", Array)
], CreateShipmentInput.prototype, "cargoLines", void 0);
__decorate([
    (0, graphql_1.Field)(() => [ShipmentLegInput]),
    __metadata("design:type", Array)
], CreateShipmentInput.prototype, "legs", void 0);
__decorate([
    (0, graphql_1.Field)(() => [graphql_1.ID], { nullable: true, description: 'FORWARDER organizations allowed to record events' }),
    __metadata("design:type", Object)
], CreateShipmentInput.prototype, "forwarderIds", void 0);
exports.CreateShipmentInput = CreateShipmentInput = __decorate([
    (0, graphql_1.InputType)()
], CreateShipmentInput);
let RecordShipmentEventInput = class RecordShipmentEventInput {
    shipmentId;
    type;
    occurredAt;
    place;
    locode;
    note;
};
exports.RecordShipmentEventInput = RecordShipmentEventInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RecordShipmentEventInput.prototype, "shipmentId", void 0);
__decorate([
    (0, graphql_1.Field)(() => shipment_model_1.ShipmentEventTypeEnum),
    __metadata("design:type", String)
], RecordShipmentEventInput.prototype, "type", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], RecordShipmentEventInput.prototype, "occurredAt", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Where it happened' }),
    __metadata("design:type", String)
], RecordShipmentEventInput.prototype, "place", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'UN/LOCODE of the place' }),
    __metadata("design:type", Object)
], RecordShipmentEventInput.prototype, "locode", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], RecordShipmentEventInput.prototype, "note", void 0);
exports.RecordShipmentEventInput = RecordShipmentEventInput = __decorate([
    (0, graphql_1.InputType)()
], RecordShipmentEventInput);
let AssignForwarderInput = class AssignForwarderInput {
    shipmentId;
    forwarderId;
};
exports.AssignForwarderInput = AssignForwarderInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], AssignForwarderInput.prototype, "shipmentId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], AssignForwarderInput.prototype, "forwarderId", void 0);
exports.AssignForwarderInput = AssignForwarderInput = __decorate([
    (0, graphql_1.InputType)()
], AssignForwarderInput);
let ShipmentFilter = class ShipmentFilter {
    status;
    portOfLoading;
    portOfDischarge;
    vessel;
    consigneeId;
    createdFrom;
    createdTo;
    departedFrom;
    departedTo;
};
exports.ShipmentFilter = ShipmentFilter;
__decorate([
    (0, graphql_1.Field)(() => shipment_model_1.ShipmentStatusEnum, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'UN/LOCODE' }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "portOfLoading", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'UN/LOCODE' }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "portOfDischarge", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'IMO number, or the vessel name (case-insensitive)' }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "vessel", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "consigneeId", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'Created at or after' }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "createdFrom", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'Created before' }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "createdTo", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'Departed at or after' }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "departedFrom", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'Departed before' }),
    __metadata("design:type", Object)
], ShipmentFilter.prototype, "departedTo", void 0);
exports.ShipmentFilter = ShipmentFilter = __decorate([
    (0, graphql_1.InputType)()
], ShipmentFilter);
let AddPortInput = class AddPortInput {
    locode;
    name;
    region;
    latitude;
    longitude;
};
exports.AddPortInput = AddPortInput;
__decorate([
    (0, graphql_1.Field)({ description: 'UN/LOCODE' }),
    __metadata("design:type", String)
], AddPortInput.prototype, "locode", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], AddPortInput.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => shipment_model_1.PortRegionEnum),
    __metadata("design:type", String)
], AddPortInput.prototype, "region", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], AddPortInput.prototype, "latitude", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], AddPortInput.prototype, "longitude", void 0);
exports.AddPortInput = AddPortInput = __decorate([
    (0, graphql_1.InputType)()
], AddPortInput);
//# sourceMappingURL=shipment.inputs.js.map