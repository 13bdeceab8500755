import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { assertCanRecordShipmentEvent } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { BatchesService } from '../batches/batches.service';
import { badInput, notFound } from '../common/errors';
import { optionalText, requireId, requireText } from '../common/validate';
import { RecordShipmentEventInput } from './dto/shipment.inputs';
import { eventProblem, SHIPMENT_EVENT_TYPES, ShipmentEventType } from './shipment-events';
import { ShipmentEntity } from './shipment.entity';
import { ShipmentsService } from './shipments.service';
import { parseUnLocode } from './un-locode';

/**
 * Records what happens to a shipment on its way, in order (shipment-events.ts). The shipment's
 * status and milestone times follow its events; its batches follow their cargo: SHIPPED when
 * shipped on board (LOADED), DELIVERED when every shipment carrying the batch is delivered and
 * none of its packs is left unshipped. Batch statuses are written by BatchesService only.
 */
@Injectable()
export class ShipmentEventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly batches: BatchesService,
    private readonly shipments: ShipmentsService,
  ) {}

  async recordEvent(actor: Actor, input: RecordShipmentEventInput): Promise<ShipmentEntity> {
    const shipmentId = requireId('input.shipmentId', input.shipmentId);
    const type: ShipmentEventType = input.type;
    if (!SHIPMENT_EVENT_TYPES.includes(type)) throw badInput('input.type', `unknown event type ${String(type)}`);
    const occurredAt = input.occurredAt;
    if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime())) throw badInput('input.occurredAt', 'is not a valid time');
    const place = requireText('input.place', input.place, 200);
    let locode: string | null = null;
    if (input.locode) {
      const p = parseUnLocode(input.locode);
      if (!p.ok) throw badInput('input.locode', p.message);
      locode = p.code;
    }
    const note = optionalText('input.note', input.note, 1000);

    return this.db.transaction(async (em) => {
      const ship = await em.findOne(ShipmentEntity, { where: { id: shipmentId }, lock: { mode: 'pessimistic_write' } });
      if (!ship) throw notFound('Shipment', shipmentId, 'input.shipmentId');
      assertCanRecordShipmentEvent(actor, await this.shipments.parties(em, ship), 'input.shipmentId');
      const [last]: { seq: number; type: ShipmentEventType; occurred_at: Date }[] = await em.query(
        'SELECT seq, type, occurred_at FROM shipment_events WHERE shipment_id = $1 ORDER BY seq DESC LIMIT 1',
        [shipmentId],
      );
      const problem = eventProblem(last ? { type: last.type, occurredAt: last.occurred_at } : null, type, occurredAt);
      if (problem) throw badInput(`input.${problem.field}`, problem.message);

      const event = { id: randomUUID(), seq: (last?.seq ?? 0) + 1 };
      await em.query(
        `INSERT INTO shipment_events (id, shipment_id, seq, type, occurred_at, place, locode, note, recorded_by_type, recorded_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [event.id, shipmentId, event.seq, type, occurredAt, place, locode, note, actor.type, actorId(actor)],
      );
      await em.query(
        `UPDATE shipments SET status = $2,
           shipped_on_board_at = CASE WHEN $2 = 'LOADED' THEN COALESCE(shipped_on_board_at, $3) ELSE shipped_on_board_at END,
           departed_at = CASE WHEN $2 = 'DEPARTED' THEN COALESCE(departed_at, $3) ELSE departed_at END,
           arrived_at = CASE WHEN $2 = 'ARRIVED' THEN $3 ELSE arrived_at END,
           delivered_at = CASE WHEN $2 = 'DELIVERED' THEN $3 ELSE delivered_at END
         WHERE id = $1`,
        [shipmentId, type, occurredAt],
      );
      if (type === 'LOADED') await this.markShipped(em, shipmentId);
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
      return em.findOneByOrFail(ShipmentEntity, { id: shipmentId });
    });
  }

  /** Batches still REGISTERED become SHIPPED once cargo of theirs is shipped on board. */
  private async markShipped(em: EntityManager, shipmentId: string): Promise<void> {
    const rows: { id: string }[] = await em.query(
      `SELECT b.id FROM batches b
        WHERE b.id IN (SELECT batch_id FROM shipment_cargo_lines WHERE shipment_id = $1) AND b.status = 'REGISTERED'
        ORDER BY b.id`,
      [shipmentId],
    );
    for (const r of rows) await this.batches.changeStatus(em, r.id, 'SHIPPED');
  }

  /** A SHIPPED batch becomes DELIVERED when all shipments carrying it are delivered and all its packs are shipped. */
  private async markDelivered(em: EntityManager, shipmentId: string): Promise<void> {
    const rows: { id: string }[] = await em.query(
      `SELECT b.id FROM batches b
        WHERE b.id IN (SELECT batch_id FROM shipment_cargo_lines WHERE shipment_id = $1) AND b.status = 'SHIPPED'
          AND NOT EXISTS (SELECT 1 FROM shipment_cargo_lines l JOIN shipments s ON s.id = l.shipment_id
                           WHERE l.batch_id = b.id AND s.status <> 'DELIVERED')
          AND (SELECT COALESCE(sum(l.pack_count), 0) FROM shipment_cargo_lines l WHERE l.batch_id = b.id)
              >= (SELECT count(*) FROM units u WHERE u.batch_id = b.id AND u.kind = 3)
        ORDER BY b.id`,
      [shipmentId],
    );
    for (const r of rows) await this.batches.changeStatus(em, r.id, 'DELIVERED');
  }
}
