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
exports.ShipmentManifestService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const dangerous_goods_1 = require("./dangerous-goods");
const imo_number_1 = require("./imo-number");
const incoterms_1 = require("./incoterms");
const shipment_loaders_1 = require("./shipment-loaders");
const shipment_manifest_1 = require("./shipment-manifest");
const shipment_entity_1 = require("./shipment.entity");
const shipments_service_1 = require("./shipments.service");
const iso = (d) => (d ? d.toISOString() : null);
/** Reads a shipment the caller may see and assembles its manifest (a fixed number of queries). */
let ShipmentManifestService = class ShipmentManifestService {
    db;
    shipments;
    constructor(db, shipments) {
        this.db = db;
        this.shipments = shipments;
    }
    async manifest(actor, shipmentId) {
        const s = await this.shipments.visibleShipment(actor, shipmentId, 'id');
        const [orgs, ports, containers, lines, legs, batches] = await Promise.all([
            this.db.query('SELECT id, name, country FROM organizations WHERE id = ANY($1::uuid[])', [
                [s.manufacturerId, s.consigneeId],
            ]),
            this.db.query('SELECT locode, name FROM ports WHERE locode = ANY($1::text[])', [[s.portOfLoading, s.portOfDischarge]]),
            this.db.getRepository(shipment_entity_1.ShipmentContainerEntity).find({ where: { shipmentId: s.id }, order: { position: 'ASC' } }),
            this.db.query(shipment_loaders_1.CARGO_LINES_SQL, [[s.id]]).then((rows) => rows.map(shipment_loaders_1.lineView)),
            this.db
                .query(`SELECT l.*, f.code AS f_code, f.version AS f_version, f.value AS f_value, f.unit AS f_unit, f.source AS f_source
             FROM (${shipment_loaders_1.LEGS_SQL}) l LEFT JOIN emission_factors f ON f.id = l.factor_id ORDER BY l.leg_no`, [[s.id]])
                .then((rows) => rows.map((r) => ({
                view: (0, shipment_loaders_1.legView)(r),
                factor: r.factor_id
                    ? { id: r.factor_id, code: r.f_code, version: r.f_version, value: r.f_value, unit: r.f_unit, source: r.f_source }
                    : null,
            }))),
            this.db.query('SELECT id, batch_number FROM batches WHERE id IN (SELECT batch_id FROM shipment_cargo_lines WHERE shipment_id = $1)', [
                s.id,
            ]),
        ]);
        const org = new Map(orgs.map((o) => [o.id, o]));
        const port = new Map(ports.map((p) => [p.locode, p]));
        const batchNumber = new Map(batches.map((b) => [b.id, b.batch_number]));
        const seal = new Map(containers.map((c) => [c.id, c.sealNumber]));
        const consignee = org.get(s.consigneeId);
        return {
            shipment: {
                id: s.id,
                reference: s.reference,
                billOfLadingNumber: s.billOfLadingNumber,
                status: s.status,
                incoterm: (0, incoterms_1.formatIncoterm)({ rule: s.incotermRule, namedPlace: s.incotermPlace, version: s.incotermVersion }),
                manufacturer: { id: s.manufacturerId, name: org.get(s.manufacturerId).name },
                shipper: s.shipper,
                consignee: { id: consignee.id, name: consignee.name, country: consignee.country },
                notifyParty: s.notifyParty,
                vessel: { name: s.vesselName, imoNumber: (0, imo_number_1.formatImoNumber)(s.vesselImo) },
                voyageNumber: s.voyageNumber,
                portOfLoading: { locode: s.portOfLoading, name: port.get(s.portOfLoading).name },
                portOfDischarge: { locode: s.portOfDischarge, name: port.get(s.portOfDischarge).name },
                shippedOnBoardAt: iso(s.shippedOnBoardAt),
                departedAt: iso(s.departedAt),
                arrivedAt: iso(s.arrivedAt),
                deliveredAt: iso(s.deliveredAt),
            },
            goods: {
                description: s.goodsDescription,
                hsCode: s.hsCode,
                tariffCode: s.tariffCode,
                dangerousGoods: {
                    unNumber: s.unNumber,
                    class: s.dgClass,
                    description: dangerous_goods_1.LITHIUM_UN_NUMBERS[s.unNumber],
                    un383TestSummary: s.un383TestSummary,
                },
            },
            containers: containers.map((c) => ({
                containerNumber: c.containerNumber,
                sealNumber: c.sealNumber,
                sizeType: c.sizeType,
                teu: c.teu,
                grossMassKg: c.grossMassKg,
            })),
            cargoLines: lines.map((l) => ({
                lineNo: l.lineNo,
                containerNumber: l.containerNumber,
                sealNumber: seal.get(l.containerId),
                batchId: l.batchId,
                batchNumber: batchNumber.get(l.batchId),
                unitKind: l.unitKind,
                packCount: l.packCount,
                unitCount: l.unitCount,
                serialRange: { first: l.firstSerial, last: l.lastSerial },
                grossMassKg: l.grossMassKg,
                transportCo2eKg: l.transportCo2eKg,
            })),
            totals: {
                containers: containers.length,
                teu: s.teu,
                packs: lines.reduce((a, l) => a + l.packCount, 0),
                looseUnits: lines.reduce((a, l) => a + l.unitCount, 0),
                cargoGrossMassKg: s.cargoGrossMassKg,
                containerGrossMassKg: containers.reduce((a, c) => a + c.grossMassKg, 0),
            },
            transportEmissions: {
                method: shipment_manifest_1.MANIFEST_METHOD,
                allocation: shipment_manifest_1.MANIFEST_ALLOCATION,
                totalCo2eKg: s.transportCo2eKg,
                computedAt: iso(s.emissionsComputedAt),
                legs: legs.map(({ view: g, factor }) => ({
                    legNo: g.legNo,
                    mode: g.mode,
                    from: g.from,
                    to: g.to,
                    distanceKm: g.distanceKm,
                    distanceSource: g.distanceSource,
                    routing: g.routing,
                    factor,
                    factorOverride: g.factorOverride,
                    tonnes: g.tonnes,
                    tonneKm: g.tonneKm,
                    kgCo2ePerTonneKm: g.kgCo2ePerTonneKm,
                    co2eKg: g.co2eKg,
                })),
            },
        };
    }
};
exports.ShipmentManifestService = ShipmentManifestService;
exports.ShipmentManifestService = ShipmentManifestService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        shipments_service_1.ShipmentsService])
], ShipmentManifestService);
//# sourceMappingURL=shipment-manifest.service.js.map