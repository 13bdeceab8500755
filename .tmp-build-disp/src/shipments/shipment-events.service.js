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
exports.ShipmentEventsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const node_crypto_1 = require("node:crypto");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../access/access-policy");
const actor_1 = require("../access/actor");
const audit_service_1 = require("../audit/audit.service");
const batches_service_1 = require("../batches/batches.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const shipment_events_1 = require("./shipment-events");
const shipment_entity_1 = require("./shipment.entity");
const shipments_service_1 = require("./shipments.service");
const un_locode_1 = require("./un-locode");
/**
 * Records what happens to a shipment on its way, in order (shipment-events.ts). The shipment's
 * status and milestone times follow its events; its batches follow their cargo: SHIPPED when
 * shipped on board (LOADED), DELIVERED when every shipment carrying the batch is delivered and
 * none of its packs is left unshipped. Batch statuses are written by BatchesService only.
 */
let ShipmentEventsService = class ShipmentEventsService {
    db;
    audit;
    batches;
    shipments;
    constructor(db, audit, batches, shipments) {
        this.db = db;
        this.audit = audit;
        this.batches = batches;
        this.shipments = shipments;
    }
    async recordEvent(actor, input) {
        const shipmentId = (0, validate_1.requireId)('input.shipmentId', input.shipmentId);
        const type = input.type;
        if (!shipment_events_1.SHIPMENT_EVENT_TYPES.includes(type))
            throw (0, errors_1.badInput)('input.type', `unknown event type ${String(type)}`);
        const occurredAt = input.occurredAt;
        if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime()))
            throw (0, errors_1.badInput)('input.occurredAt', 'is not a valid time');
        const place = (0, validate_1.requireText)('input.place', input.place, 200);
        let locode = null;
        if (input.locode) {
            const p = (0, un_locode_1.parseUnLocode)(input.locode);
            if (!p.ok)
                throw (0, errors_1.badInput)('input.locode', p.message);
            locode = p.code;
        }
        const note = (0, validate_1.optionalText)('input.note', input.note, 1000);
        return this.db.transaction(async (em) => {
            const ship = await em.findOne(shipment_entity_1.ShipmentEntity, { where: { id: shipmentId }, lock: { mode: 'pessimistic_write' } });
            if (!ship)
                throw (0, errors_1.notFound)('Shipment', shipmentId, 'input.shipmentId');
            (0, access_policy_1.assertCanRecordShipmentEvent)(actor, await this.shipments.parties(em, ship), 'input.shipmentId');
            const [last] = await em.query('SELECT seq, type, occurred_at FROM shipment_events WHERE shipment_id = $1 ORDER BY seq DESC LIMIT 1', [shipmentId]);
            const problem = (0, shipment_events_1.eventProblem)(last ? { type: last.type, occurredAt: last.occurred_at } : null, type, occurredAt);
            if (problem)
                throw (0, errors_1.badInput)(`input.${problem.field}`, problem.message);
            const event = { id: (0, node_crypto_1.randomUUID)(), seq: (last?.seq ?? 0) + 1 };
            await em.query(`INSERT INTO shipment_events (id, shipment_id, seq, type, occurred_at, place, locode, note, recorded_by_type, recorded_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [event.id, shipmentId, event.seq, type, occurredAt, place, locode, note, actor.type, (0, actor_1.actorId)(actor)]);
            await em.query(`UPDATE shipments SET status = $2,
           shipped_on_board_at = CASE WHEN $2 = 'LOADED' THEN COALESCE(shipped_on_board_at, $3) ELSE shipped_on_board_at END,
           departed_at = CASE WHEN $2 = 'DEPARTED' THEN COALESCE(departed_at, $3) ELSE departed_at END,
           arrived_at = CASE WHEN $2 = 'ARRIVED' THEN $3 ELSE arrived_at END,
           delivered_at = CASE WHEN $2 = 'DELIVERED' THEN $3 ELSE delivered_at END
         WHERE id = $1`, [shipmentId, type, occurredAt]);
            if (type === 'LOADED')
                await this.markShipped(em, shipmentId);
            if (type === 'DELIVERED') {
                await em.query('UPDATE shipment_containers SET released_at = $2 WHERE shipment_id = $1', [shipmentId, occurredAt]);
                await this.markDelivered(em, shipmentId);
            }
            await this.audit.append(em, actor, {
                action: 'recordShipmentEvent',
                subjectType: 'Shipment',
                subjectId: shipmentId,
                input: { shipmentId, eventId: event.id, seq: event.seq, type, occurredAt, place, locode, note },
            });
            return em.findOneByOrFail(shipment_entity_1.ShipmentEntity, { id: shipmentId });
        });
    }
    /** Batches still REGISTERED become SHIPPED once cargo of theirs is shipped on board. */
    async markShipped(em, shipmentId) {
        const rows = await em.query(`SELECT b.id FROM batches b
        WHERE b.id IN (SELECT batch_id FROM shipment_cargo_lines WHERE shipment_id = $1) AND b.status = 'REGISTERED'
        ORDER BY b.id`, [shipmentId]);
        for (const r of rows)
            await this.batches.changeStatus(em, r.id, 'SHIPPED');
    }
    /** A SHIPPED batch becomes DELIVERED when all shipments carrying it are delivered and all its packs are shipped. */
    async markDelivered(em, shipmentId) {
        const rows = await em.query(`SELECT b.id FROM batches b
        WHERE b.id IN (SELECT batch_id FROM shipment_cargo_lines WHERE shipment_id = $1) AND b.status = 'SHIPPED'
          AND NOT EXISTS (SELECT 1 FROM shipment_cargo_lines l JOIN shipments s ON s.id = l.shipment_id
                           WHERE l.batch_id = b.id AND s.status <> 'DELIVERED')
          AND (SELECT COALESCE(sum(l.pack_count), 0) FROM shipment_cargo_lines l WHERE l.batch_id = b.id)
              >= (SELECT count(*) FROM units u WHERE u.batch_id = b.id AND u.kind = 3)
        ORDER BY b.id`, [shipmentId]);
        for (const r of rows)
            await this.batches.changeStatus(em, r.id, 'DELIVERED');
    }
};
exports.ShipmentEventsService = ShipmentEventsService;
exports.ShipmentEventsService = ShipmentEventsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService,
        batches_service_1.BatchesService,
        shipments_service_1.ShipmentsService])
], ShipmentEventsService);
//# sourceMappingURL=shipment-events.service.js.map