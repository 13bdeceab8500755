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
exports.ShipmentEventEntity = exports.ShipmentLegEntity = exports.ShipmentCargoLineEntity = exports.ShipmentContainerEntity = exports.ShipmentForwarderEntity = exports.ShipmentEntity = void 0;
const typeorm_1 = require("typeorm");
/** A booked export shipment: one bill of lading, one vessel voyage, port to port. */
let ShipmentEntity = class ShipmentEntity {
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
    vesselImo;
    voyageNumber;
    portOfLoading;
    portOfDischarge;
    hsCode;
    tariffCode;
    goodsDescription;
    unNumber;
    dgClass;
    un383TestSummary;
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
exports.ShipmentEntity = ShipmentEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'manufacturer_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "manufacturerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'consignee_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "consigneeId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "reference", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'bill_of_lading_number', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "billOfLadingNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'incoterm_rule', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "incotermRule", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'incoterm_place', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "incotermPlace", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'incoterm_version', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "incotermVersion", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "shipper", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'notify_party', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "notifyParty", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'vessel_name', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "vesselName", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'vessel_imo', type: 'char', length: 7 }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "vesselImo", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'voyage_number', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "voyageNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'port_of_loading', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "portOfLoading", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'port_of_discharge', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "portOfDischarge", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'hs_code', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "hsCode", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'tariff_code', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "tariffCode", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'goods_description', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "goodsDescription", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'un_number', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "unNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'dg_class', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "dgClass", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'un38_3_test_summary', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "un383TestSummary", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'cargo_gross_mass_kg', type: 'double precision' }),
    __metadata("design:type", Number)
], ShipmentEntity.prototype, "cargoGrossMassKg", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "teu", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'transport_co2e_kg', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "transportCo2eKg", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'emissions_computed_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "emissionsComputedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ShipmentEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'shipped_on_board_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "shippedOnBoardAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'departed_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "departedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'arrived_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "arrivedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'delivered_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEntity.prototype, "deliveredAt", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ShipmentEntity.prototype, "createdAt", void 0);
exports.ShipmentEntity = ShipmentEntity = __decorate([
    (0, typeorm_1.Entity)('shipments')
], ShipmentEntity);
let ShipmentForwarderEntity = class ShipmentForwarderEntity {
    shipmentId;
    forwarderId;
    assignedAt;
};
exports.ShipmentForwarderEntity = ShipmentForwarderEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'shipment_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentForwarderEntity.prototype, "shipmentId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'forwarder_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentForwarderEntity.prototype, "forwarderId", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'assigned_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ShipmentForwarderEntity.prototype, "assignedAt", void 0);
exports.ShipmentForwarderEntity = ShipmentForwarderEntity = __decorate([
    (0, typeorm_1.Entity)('shipment_forwarders')
], ShipmentForwarderEntity);
let ShipmentContainerEntity = class ShipmentContainerEntity {
    id;
    shipmentId;
    position;
    containerNumber;
    sealNumber;
    sizeType;
    teu;
    grossMassKg;
    releasedAt;
};
exports.ShipmentContainerEntity = ShipmentContainerEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], ShipmentContainerEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'shipment_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentContainerEntity.prototype, "shipmentId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], ShipmentContainerEntity.prototype, "position", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'container_number', type: 'char', length: 11 }),
    __metadata("design:type", String)
], ShipmentContainerEntity.prototype, "containerNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'seal_number', type: 'text' }),
    __metadata("design:type", String)
], ShipmentContainerEntity.prototype, "sealNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'size_type', type: 'text' }),
    __metadata("design:type", String)
], ShipmentContainerEntity.prototype, "sizeType", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentContainerEntity.prototype, "teu", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'gross_mass_kg', type: 'double precision' }),
    __metadata("design:type", Number)
], ShipmentContainerEntity.prototype, "grossMassKg", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'released_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ShipmentContainerEntity.prototype, "releasedAt", void 0);
exports.ShipmentContainerEntity = ShipmentContainerEntity = __decorate([
    (0, typeorm_1.Entity)('shipment_containers')
], ShipmentContainerEntity);
let ShipmentCargoLineEntity = class ShipmentCargoLineEntity {
    id;
    shipmentId;
    lineNo;
    containerId;
    batchId;
    /** 1 CELL, 2 MODULE (loose, counted in unitCount), 3 PACK (counted in packCount). */
    unitKind;
    packCount;
    unitCount;
    serialOffset;
    firstSerial;
    lastSerial;
    grossMassKg;
    transportCo2eKg;
};
exports.ShipmentCargoLineEntity = ShipmentCargoLineEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], ShipmentCargoLineEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'shipment_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentCargoLineEntity.prototype, "shipmentId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'line_no', type: 'integer' }),
    __metadata("design:type", Number)
], ShipmentCargoLineEntity.prototype, "lineNo", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'container_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentCargoLineEntity.prototype, "containerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'batch_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentCargoLineEntity.prototype, "batchId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'unit_kind', type: 'smallint' }),
    __metadata("design:type", Number)
], ShipmentCargoLineEntity.prototype, "unitKind", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'pack_count', type: 'integer' }),
    __metadata("design:type", Number)
], ShipmentCargoLineEntity.prototype, "packCount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'unit_count', type: 'integer' }),
    __metadata("design:type", Number)
], ShipmentCargoLineEntity.prototype, "unitCount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'serial_offset', type: 'integer' }),
    __metadata("design:type", Number)
], ShipmentCargoLineEntity.prototype, "serialOffset", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'first_serial', type: 'text' }),
    __metadata("design:type", String)
], ShipmentCargoLineEntity.prototype, "firstSerial", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'last_serial', type: 'text' }),
    __metadata("design:type", String)
], ShipmentCargoLineEntity.prototype, "lastSerial", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'gross_mass_kg', type: 'double precision' }),
    __metadata("design:type", Number)
], ShipmentCargoLineEntity.prototype, "grossMassKg", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'transport_co2e_kg', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentCargoLineEntity.prototype, "transportCo2eKg", void 0);
exports.ShipmentCargoLineEntity = ShipmentCargoLineEntity = __decorate([
    (0, typeorm_1.Entity)('shipment_cargo_lines')
], ShipmentCargoLineEntity);
let ShipmentLegEntity = class ShipmentLegEntity {
    id;
    shipmentId;
    legNo;
    mode;
    fromPlace;
    toPlace;
    distanceKm;
    distanceSource;
    routing;
    factorId;
    overrideValue;
    overrideUnit;
    overrideSource;
    tonnes;
    tonneKm;
    kgCo2ePerTonneKm;
    co2eKg;
};
exports.ShipmentLegEntity = ShipmentLegEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], ShipmentLegEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'shipment_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentLegEntity.prototype, "shipmentId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'leg_no', type: 'integer' }),
    __metadata("design:type", Number)
], ShipmentLegEntity.prototype, "legNo", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ShipmentLegEntity.prototype, "mode", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'from_place', type: 'text' }),
    __metadata("design:type", String)
], ShipmentLegEntity.prototype, "fromPlace", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'to_place', type: 'text' }),
    __metadata("design:type", String)
], ShipmentLegEntity.prototype, "toPlace", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'distance_km', type: 'double precision' }),
    __metadata("design:type", Number)
], ShipmentLegEntity.prototype, "distanceKm", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'distance_source', type: 'text' }),
    __metadata("design:type", String)
], ShipmentLegEntity.prototype, "distanceSource", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "routing", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'factor_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "factorId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'override_value', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "overrideValue", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'override_unit', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "overrideUnit", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'override_source', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "overrideSource", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "tonnes", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'tonne_km', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "tonneKm", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'kg_co2e_per_tonne_km', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "kgCo2ePerTonneKm", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'co2e_kg', type: 'double precision', nullable: true }),
    __metadata("design:type", Object)
], ShipmentLegEntity.prototype, "co2eKg", void 0);
exports.ShipmentLegEntity = ShipmentLegEntity = __decorate([
    (0, typeorm_1.Entity)('shipment_legs')
], ShipmentLegEntity);
let ShipmentEventEntity = class ShipmentEventEntity {
    id;
    shipmentId;
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
exports.ShipmentEventEntity = ShipmentEventEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], ShipmentEventEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'shipment_id', type: 'uuid' }),
    __metadata("design:type", String)
], ShipmentEventEntity.prototype, "shipmentId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], ShipmentEventEntity.prototype, "seq", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ShipmentEventEntity.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'occurred_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ShipmentEventEntity.prototype, "occurredAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], ShipmentEventEntity.prototype, "place", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEventEntity.prototype, "locode", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEventEntity.prototype, "note", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'recorded_by_type', type: 'text' }),
    __metadata("design:type", String)
], ShipmentEventEntity.prototype, "recordedByType", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'recorded_by_id', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ShipmentEventEntity.prototype, "recordedById", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'recorded_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ShipmentEventEntity.prototype, "recordedAt", void 0);
exports.ShipmentEventEntity = ShipmentEventEntity = __decorate([
    (0, typeorm_1.Entity)('shipment_events')
], ShipmentEventEntity);
//# sourceMappingURL=shipment.entity.js.map