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
exports.EpcisService = exports.MAX_EPCIS_UNITS = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../../access/access-policy");
const errors_1 = require("../../common/errors");
const validate_1 = require("../../common/validate");
const epcis_document_1 = require("./epcis-document");
const epcis_identifiers_1 = require("./epcis-identifiers");
/** A document lists every unit by URI: a batch with more units than this is refused (export it by shipment, or with `since`). */
exports.MAX_EPCIS_UNITS = 100_000;
/**
 * EPCIS 2.0 export (issue 6 §4): for a batch, commissioning of its units (one ObjectEvent per
 * unit kind, at the plant), packing and unpacking from the membership history (one
 * AggregationEvent per parent and time), remaking and end of life from the unit events, and one
 * TransactionEvent per shipment that carried its units (bill of lading in bizTransactionList,
 * read point the port of loading); for a shipment, its TransactionEvent.
 */
let EpcisService = class EpcisService {
    db;
    constructor(db) {
        this.db = db;
    }
    async events(actor, q) {
        const since = q.since ? new Date(q.since) : null;
        if (since && Number.isNaN(since.getTime()))
            throw (0, errors_1.badInput)('since', `is not an ISO 8601 date-time: "${String(q.since).slice(0, 40)}"`);
        if (!!q.batch === !!q.shipment)
            throw (0, errors_1.badInput)('batch', 'name exactly one of ?batch=<id> or ?shipment=<id>');
        const events = q.batch
            ? await this.batchEvents(actor, (0, validate_1.requireId)('batch', q.batch))
            : await this.shipmentEvents(actor, (0, validate_1.requireId)('shipment', q.shipment));
        return (0, epcis_document_1.epcisDocument)(events, new Date(), since);
    }
    async batchEvents(actor, batchId) {
        const [b] = await this.db.query(`SELECT b.manufacturer_id, b.plant_id, o.gs1_company_prefix, (SELECT count(*)::int FROM units u WHERE u.batch_id = b.id) AS units
         FROM batches b JOIN organizations o ON o.id = b.manufacturer_id WHERE b.id = $1`, [batchId]);
        if (!b)
            throw (0, errors_1.notFound)('Batch', batchId, 'batch');
        if (!(0, access_policy_1.canSeePrivate)(actor, b.manufacturer_id))
            throw (0, errors_1.forbidden)('the EPCIS events of a batch are for its manufacturer (a buyer exports its shipments)', 'batch');
        if (b.units > exports.MAX_EPCIS_UNITS) {
            throw (0, errors_1.badInput)('batch', `has ${b.units} units, over the limit of ${exports.MAX_EPCIS_UNITS} per document: export it by shipment instead`);
        }
        const uri = (serial) => (0, epcis_identifiers_1.unitUri)(b.manufacturer_id, b.gs1_company_prefix, serial);
        const plant = (0, epcis_identifiers_1.plantUri)(b.plant_id);
        const events = [];
        const commissioned = await this.db.query(`SELECT kind, min(created_at) AS at, array_agg(serial ORDER BY id) AS serials FROM units WHERE batch_id = $1 GROUP BY kind ORDER BY kind`, [batchId]);
        for (const c of commissioned)
            events.push((0, epcis_document_1.commissioning)(c.at, c.serials.map(uri), plant));
        const packed = await this.db.query(`WITH m AS (
         SELECT p.serial AS parent, c.serial AS child, c.id, m.valid_from, m.valid_to
           FROM units c JOIN unit_memberships m ON m.unit_id = c.id JOIN units p ON p.id = m.parent_id
          WHERE c.batch_id = $1)
       SELECT parent, valid_from AS at, 'ADD' AS action, array_agg(child ORDER BY id) AS children FROM m GROUP BY parent, valid_from
       UNION ALL
       SELECT parent, valid_to, 'DELETE', array_agg(child ORDER BY id) FROM m WHERE valid_to IS NOT NULL GROUP BY parent, valid_to`, [batchId]);
        for (const p of packed)
            events.push((0, epcis_document_1.aggregation)(p.at, p.action, uri(p.parent), p.children.map(uri), plant));
        const changed = await this.db.query(`SELECT u.serial, e.status, e.occurred_at AS at FROM unit_events e JOIN units u ON u.id = e.unit_id
        WHERE e.batch_id = $1 AND e.kind = 'STATUS_CHANGED' ORDER BY e.id`, [batchId]);
        for (const c of changed) {
            events.push(c.status === 'REPURPOSED' || c.status === 'REMANUFACTURED'
                ? (0, epcis_document_1.transformation)(c.at, uri(c.serial), c.status, plant)
                : (0, epcis_document_1.statusObservation)(c.at, uri(c.serial), c.status, plant));
        }
        const shipments = await this.shipments(`s.id IN (SELECT shipment_id FROM shipment_cargo_lines WHERE batch_id = $1)`, [batchId]);
        for (const s of shipments.filter((x) => (0, access_policy_1.canSeeShipment)(actor, { manufacturerId: x.manufacturer_id, consigneeId: x.consignee_id, forwarderIds: x.forwarder_ids }))) {
            events.push(await this.shippingEvent(s, batchId));
        }
        return events;
    }
    async shipmentEvents(actor, shipmentId) {
        const [s] = await this.shipments(`s.id = $1`, [shipmentId]);
        if (!s || !(0, access_policy_1.canSeeShipment)(actor, { manufacturerId: s.manufacturer_id, consigneeId: s.consignee_id, forwarderIds: s.forwarder_ids })) {
            throw (0, errors_1.notFound)('Shipment', shipmentId, 'shipment');
        }
        return [await this.shippingEvent(s, null)];
    }
    shipments(where, params) {
        return this.db.query(`SELECT s.id, s.manufacturer_id, s.consignee_id, s.bill_of_lading_number, s.port_of_loading,
              coalesce(s.shipped_on_board_at, s.departed_at, s.created_at) AS event_at, o.gs1_company_prefix,
              coalesce((SELECT array_agg(f.forwarder_id) FROM shipment_forwarders f WHERE f.shipment_id = s.id), '{}') AS forwarder_ids
         FROM shipments s JOIN organizations o ON o.id = s.manufacturer_id WHERE ${where} ORDER BY s.created_at, s.id`, params);
    }
    /** The units a shipment's cargo lines take (of one batch, or all): same batch and kind, serial in range (COLLATE "C"). */
    async shippingEvent(s, batchId) {
        const units = await this.db.query(`SELECT u.serial FROM shipment_cargo_lines l
         JOIN units u ON u.batch_id = l.batch_id AND u.kind = l.unit_kind
              AND u.serial COLLATE "C" >= l.first_serial AND u.serial COLLATE "C" <= l.last_serial
        WHERE l.shipment_id = $1 AND ($2::uuid IS NULL OR l.batch_id = $2) ORDER BY l.line_no, u.serial COLLATE "C"`, [s.id, batchId]);
        const epcs = [...new Set(units.map((u) => (0, epcis_identifiers_1.unitUri)(s.manufacturer_id, s.gs1_company_prefix, u.serial)))];
        return (0, epcis_document_1.shipping)(s.event_at, epcs, (0, epcis_identifiers_1.bolUri)(s.bill_of_lading_number), (0, epcis_identifiers_1.portUri)(s.port_of_loading), (0, epcis_identifiers_1.orgUri)(s.manufacturer_id), (0, epcis_identifiers_1.orgUri)(s.consignee_id));
    }
};
exports.EpcisService = EpcisService;
exports.EpcisService = EpcisService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], EpcisService);
//# sourceMappingURL=epcis.service.js.map