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
exports.ShipmentConnection = exports.ShipmentModel = exports.ShipmentEventModel = exports.ShipmentLegModel = exports.TransportFactorOverrideModel = exports.ShipmentCargoLineModel = exports.ShipmentContainerModel = exports.DangerousGoodsModel = exports.ShipmentLegFactorModel = exports.PortModel = exports.PortRegionEnum = exports.TransportFactorUnitEnum = exports.SeaRoutingEnum = exports.TransportModeEnum = exports.ShipmentEventTypeEnum = exports.ShipmentStatusEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const pagination_1 = require("../common/pagination");
const batch_model_1 = require("../batches/batch.model");
const shipment_events_1 = require("./shipment-events");
const transport_emissions_1 = require("./transport-emissions");
const enumOf = (values) => Object.fromEntries(values.map((v) => [v, v]));
exports.ShipmentStatusEnum = enumOf(shipment_events_1.SHIPMENT_STATUSES);
exports.ShipmentEventTypeEnum = enumOf(shipment_events_1.SHIPMENT_EVENT_TYPES);
exports.TransportModeEnum = enumOf(transport_emissions_1.TRANSPORT_MODES);
exports.SeaRoutingEnum = enumOf(transport_emissions_1.SEA_ROUTINGS);
exports.TransportFactorUnitEnum = enumOf(transport_emissions_1.FACTOR_UNITS);
exports.PortRegionEnum = enumOf(transport_emissions_1.PORT_REGIONS);
(0, graphql_1.registerEnumType)(exports.ShipmentStatusEnum, { name: 'ShipmentStatus', description: 'CREATED, then the type of the last event' });
(0, graphql_1.registerEnumType)(exports.ShipmentEventTypeEnum, { name: 'ShipmentEventType' });
(0, graphql_1.registerEnumType)(exports.TransportModeEnum, { name: 'TransportMode' });
(0, graphql_1.registerEnumType)(exports.SeaRoutingEnum, { name: 'SeaRouting', description: 'Asia–Europe sea legs: via the Suez Canal or the Cape of Good Hope' });
(0, graphql_1.registerEnumType)(exports.TransportFactorUnitEnum, { name: 'TransportFactorUnit' });
(0, graphql_1.registerEnumType)(exports.PortRegionEnum, { name: 'PortRegion' });
let PortModel = class PortModel {
    locode;
    name;
    country;
    region;
    latitude;
    longitude;
    createdAt;
};
exports.PortModel = PortModel;
__decorate([
    (0, graphql_1.Field)({ description: 'UN/LOCODE, e.g. NLRTM' }),
    __metadata("design:type", String)
], PortModel.prototype, "locode", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], PortModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ISO 3166-1 alpha-2' }),
    __metadata("design:type", String)
], PortModel.prototype, "country", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.PortRegionEnum),
    __metadata("design:type", String)
], PortModel.prototype, "region", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], PortModel.prototype, "latitude", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], PortModel.prototype, "longitude", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], PortModel.prototype, "createdAt", void 0);
exports.PortModel = PortModel = __decorate([
    (0, graphql_1.ObjectType)('Port', { description: 'A seaport by UN/LOCODE. Coordinates are port-centre approximations.' })
], PortModel);
let ShipmentLegFactorModel = class ShipmentLegFactorModel {
    id;
    code;
    version;
    name;
    value;
    unit;
    transportMode;
    source;
};
exports.ShipmentLegFactorModel = ShipmentLegFactorModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentLegFactorModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentLegFactorModel.prototype, "code", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ShipmentLegFactorModel.prototype, "version", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentLegFactorModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ShipmentLegFactorModel.prototype, "value", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'kgCO2e/t-km or kgCO2e/TEU-km' }),
    __metadata("design:type", String)
], ShipmentLegFactorModel.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegFactorModel.prototype, "transportMode", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentLegFactorModel.prototype, "source", void 0);
exports.ShipmentLegFactorModel = ShipmentLegFactorModel = __decorate([
    (0, graphql_1.ObjectType)('ShipmentLegFactor', { description: 'The emission factor library row a leg used (see emissionFactor(id) for all of it).' })
], ShipmentLegFactorModel);
let DangerousGoodsModel = class DangerousGoodsModel {
    unNumber;
    dgClass;
    description;
    un383TestSummary;
};
exports.DangerousGoodsModel = DangerousGoodsModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], DangerousGoodsModel.prototype, "unNumber", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], DangerousGoodsModel.prototype, "dgClass", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], DangerousGoodsModel.prototype, "description", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Reference of the UN 38.3 test summary' }),
    __metadata("design:type", String)
], DangerousGoodsModel.prototype, "un383TestSummary", void 0);
exports.DangerousGoodsModel = DangerousGoodsModel = __decorate([
    (0, graphql_1.ObjectType)('DangerousGoods', { description: 'Class 9 lithium battery entry (DOMAIN.md §5).' })
], DangerousGoodsModel);
let ShipmentContainerModel = class ShipmentContainerModel {
    id;
    position;
    containerNumber;
    sealNumber;
    sizeType;
    teu;
    grossMassKg;
    releasedAt;
};
exports.ShipmentContainerModel = ShipmentContainerModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentContainerModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ShipmentContainerModel.prototype, "position", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ISO 6346' }),
    __metadata("design:type", String)
], ShipmentContainerModel.prototype, "containerNumber", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentContainerModel.prototype, "sealNumber", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ISO 6346 size-type code, e.g. 22G1, 45G1' }),
    __metadata("design:type", String)
], ShipmentContainerModel.prototype, "sizeType", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Twenty-foot equivalent units (null for lengths other than 20 and 40 ft)' }),
    __metadata("design:type", Object)
], ShipmentContainerModel.prototype, "teu", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ShipmentContainerModel.prototype, "grossMassKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'When the shipment was delivered and the container freed' }),
    __metadata("design:type", Object)
], ShipmentContainerModel.prototype, "releasedAt", void 0);
exports.ShipmentContainerModel = ShipmentContainerModel = __decorate([
    (0, graphql_1.ObjectType)('ShipmentContainer')
], ShipmentContainerModel);
let ShipmentCargoLineModel = class ShipmentCargoLineModel {
    id;
    lineNo;
    batchId;
    containerId;
    containerNumber;
    unitKind;
    packCount;
    unitCount;
    firstSerial;
    lastSerial;
    grossMassKg;
    transportCo2eKg;
};
exports.ShipmentCargoLineModel = ShipmentCargoLineModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentCargoLineModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ShipmentCargoLineModel.prototype, "lineNo", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentCargoLineModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentCargoLineModel.prototype, "containerId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentCargoLineModel.prototype, "containerNumber", void 0);
__decorate([
    (0, graphql_1.Field)(() => batch_model_1.UnitKindEnum),
    __metadata("design:type", String)
], ShipmentCargoLineModel.prototype, "unitKind", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ShipmentCargoLineModel.prototype, "packCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Loose cells or modules (unitKind CELL or MODULE)' }),
    __metadata("design:type", Number)
], ShipmentCargoLineModel.prototype, "unitCount", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'First serial of the units this line takes (the batch’s units in serial order)' }),
    __metadata("design:type", String)
], ShipmentCargoLineModel.prototype, "firstSerial", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentCargoLineModel.prototype, "lastSerial", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ShipmentCargoLineModel.prototype, "grossMassKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Transport emissions allocated to this line by gross mass' }),
    __metadata("design:type", Object)
], ShipmentCargoLineModel.prototype, "transportCo2eKg", void 0);
exports.ShipmentCargoLineModel = ShipmentCargoLineModel = __decorate([
    (0, graphql_1.ObjectType)('ShipmentCargoLine', { description: 'Packs (or loose cells or modules) of one batch in one container.' })
], ShipmentCargoLineModel);
let TransportFactorOverrideModel = class TransportFactorOverrideModel {
    value;
    unit;
    source;
};
exports.TransportFactorOverrideModel = TransportFactorOverrideModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], TransportFactorOverrideModel.prototype, "value", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.TransportFactorUnitEnum),
    __metadata("design:type", String)
], TransportFactorOverrideModel.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], TransportFactorOverrideModel.prototype, "source", void 0);
exports.TransportFactorOverrideModel = TransportFactorOverrideModel = __decorate([
    (0, graphql_1.ObjectType)('TransportFactorOverride')
], TransportFactorOverrideModel);
let ShipmentLegModel = class ShipmentLegModel {
    id;
    legNo;
    mode;
    from;
    to;
    distanceKm;
    distanceSource;
    routing;
    factorId;
    factorOverride;
    tonnes;
    tonneKm;
    kgCo2ePerTonneKm;
    co2eKg;
};
exports.ShipmentLegModel = ShipmentLegModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentLegModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ShipmentLegModel.prototype, "legNo", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.TransportModeEnum),
    __metadata("design:type", String)
], ShipmentLegModel.prototype, "mode", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentLegModel.prototype, "from", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentLegModel.prototype, "to", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ShipmentLegModel.prototype, "distanceKm", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentLegModel.prototype, "distanceSource", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.SeaRoutingEnum, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegModel.prototype, "routing", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegModel.prototype, "factorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => TransportFactorOverrideModel, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegModel.prototype, "factorOverride", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegModel.prototype, "tonnes", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegModel.prototype, "tonneKm", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Factor applied per tonne-km (a TEU-km factor converted with actual t/TEU)' }),
    __metadata("design:type", Object)
], ShipmentLegModel.prototype, "kgCo2ePerTonneKm", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegModel.prototype, "co2eKg", void 0);
exports.ShipmentLegModel = ShipmentLegModel = __decorate([
    (0, graphql_1.ObjectType)('ShipmentLeg', { description: 'One leg: tonnes × km × factor, well-to-wheel (GLEC / ISO 14083).' })
], ShipmentLegModel);
let ShipmentEventModel = class ShipmentEventModel {
    id;
    seq;
    type;
    occurredAt;
    place;
    locode;
    note;
    recordedByType;
    recordedById;
    recordedAt;
};
exports.ShipmentEventModel = ShipmentEventModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentEventModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ShipmentEventModel.prototype, "seq", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.ShipmentEventTypeEnum),
    __metadata("design:type", String)
], ShipmentEventModel.prototype, "type", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], ShipmentEventModel.prototype, "occurredAt", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentEventModel.prototype, "place", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'UN/LOCODE of the place' }),
    __metadata("design:type", Object)
], ShipmentEventModel.prototype, "locode", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentEventModel.prototype, "note", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ADMIN or ORGANIZATION' }),
    __metadata("design:type", String)
], ShipmentEventModel.prototype, "recordedByType", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentEventModel.prototype, "recordedById", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], ShipmentEventModel.prototype, "recordedAt", void 0);
exports.ShipmentEventModel = ShipmentEventModel = __decorate([
    (0, graphql_1.ObjectType)('ShipmentEvent')
], ShipmentEventModel);
let ShipmentModel = class ShipmentModel {
    id;
    manufacturerId;
    consigneeId;
    reference;
    billOfLadingNumber;
    incotermRule;
    incotermPlace;
    incotermVersion;
    shipper;
    notifyParty;
    vesselName;
    voyageNumber;
    portOfLoading;
    portOfDischarge;
    hsCode;
    tariffCode;
    goodsDescription;
    cargoGrossMassKg;
    teu;
    transportCo2eKg;
    emissionsComputedAt;
    status;
    shippedOnBoardAt;
    departedAt;
    arrivedAt;
    deliveredAt;
    createdAt;
};
exports.ShipmentModel = ShipmentModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentModel.prototype, "manufacturerId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ShipmentModel.prototype, "consigneeId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "reference", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "billOfLadingNumber", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "incotermRule", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "incotermPlace", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "incotermVersion", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "shipper", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "notifyParty", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "vesselName", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "voyageNumber", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'UN/LOCODE' }),
    __metadata("design:type", String)
], ShipmentModel.prototype, "portOfLoading", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'UN/LOCODE' }),
    __metadata("design:type", String)
], ShipmentModel.prototype, "portOfDischarge", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Six-digit HS code, e.g. 8507.60' }),
    __metadata("design:type", String)
], ShipmentModel.prototype, "hsCode", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'National tariff line (8 to 10 digits)' }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "tariffCode", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ShipmentModel.prototype, "goodsDescription", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], ShipmentModel.prototype, "cargoGrossMassKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "teu", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Sum over the legs, kg CO2e well-to-wheel' }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "transportCo2eKg", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "emissionsComputedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.ShipmentStatusEnum),
    __metadata("design:type", String)
], ShipmentModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'Shipped-on-board time (the LOADED event)' }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "shippedOnBoardAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "departedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "arrivedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], ShipmentModel.prototype, "deliveredAt", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], ShipmentModel.prototype, "createdAt", void 0);
exports.ShipmentModel = ShipmentModel = __decorate([
    (0, graphql_1.ObjectType)('Shipment', { description: 'An export shipment under one bill of lading.' })
], ShipmentModel);
let ShipmentConnection = class ShipmentConnection extends (0, pagination_1.Connection)(ShipmentModel, 'Shipment') {
};
exports.ShipmentConnection = ShipmentConnection;
exports.ShipmentConnection = ShipmentConnection = __decorate([
    (0, graphql_1.ObjectType)()
], ShipmentConnection);
//# sourceMappingURL=shipment.model.js.map