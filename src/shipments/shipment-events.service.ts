import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { assertCanRecordShipmentEvent } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import type { BatchStatus } from '../batches/batch-status';
import { BatchesService } from '../batches/batches.service';
import { AppError, badInput, conflict, notFound } from '../common/errors';
import { optionalText, requireId, requireName, requireText } from '../common/validate';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { CorrectShipmentEventInput, RecordShipmentEventInput } from './dto/shipment.inputs';
import { portProblem, routeOf } from './shipment-event-ports';
import {
  futureProblem,
  journeyProblem,
  JourneyEvent,
  milestones,
  placeEvent,
  SHIPMENT_EVENT_TYPES,
  SHIPPED_STATUSES,
  ShipmentEventType,
} from './shipment-events';
import { ShipmentEntity } from './shipment.entity';
import { ShipmentsService } from './shipments.service';
import { parseUnLocode } from './un-locode';
import { UNIT_KIND_CODE } from '../units/unit-kind';

interface EventFacts {
  type: ShipmentEventType;
  occurredAt: Date;
  place: string;
  locode: string | null;
  note: string | null;
}

interface JourneyRow extends JourneyEvent {
  id: string;
  position: number;
}

/**
 * Records what happens to a shipment on its way (shipment-events.ts): each event in its place in
 * the journey by event time, a missed one late; corrects a wrong one, keeping the original. The
 * shipment's status and milestone times, its containers' release and its batches' statuses are
 * derived again from the journey (event-time order, corrected events left out) after every change:
 * a batch is SHIPPED once cargo of it is on board, DELIVERED when every shipment carrying it is
 * delivered and none of its packs is left unshipped. Batch statuses are written by BatchesService.
 */
@Injectable()
export class ShipmentEventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly batches: BatchesService,
    private readonly shipments: ShipmentsService,
  ) {}

  async recordEvent(actor: Actor, input: RecordShipmentEventInput): Promise<ShipmentEntity> {
    const shipmentId = requireId('input.shipmentId', input.shipmentId);
    const facts = this.facts('input', input);
    return this.db.transaction(async (em) => {
      const ship = await this.lockShipment(em, actor, shipmentId);
      const journey = await this.journey(em, shipmentId);
      const index = await this.place(em, ship, journey, facts, 'input');
      const event = await this.insert(em, actor, ship.id, journey, index, facts, null);
      await this.derive(em, ship);
      await this.audit.append(em, actor, {
        action: 'recordShipmentEvent',
        subjectType: 'Shipment',
        subjectId: shipmentId,
        input: { shipmentId, eventId: event.id, seq: event.seq, journeyPosition: event.position, ...facts },
      });
      return em.findOneByOrFail(ShipmentEntity, { id: shipmentId });
    });
  }

  /**
   * Marks a wrong event as corrected (who, when, why) and records what happened instead, if
   * anything, in its place. The journey without the wrong event and with its replacement must
   * be possible. The original stays in the history, the manifest and the EPCIS export.
   */
  async correctEvent(actor: Actor, input: CorrectShipmentEventInput): Promise<ShipmentEntity> {
    const shipmentId = requireId('input.shipmentId', input.shipmentId);
    const eventId = requireId('input.eventId', input.eventId);
    const reason = requireText('input.reason', input.reason, 1000);
    const replacement = input.replacement ? this.facts('input.replacement', input.replacement) : null;
    return this.db.transaction(async (em) => {
      const ship = await this.lockShipment(em, actor, shipmentId);
      const [wrong]: {
        id: string;
        type: ShipmentEventType;
        occurred_at: Date;
        corrected_at: Date | null;
        corrective_event_id: string | null;
      }[] = await em.query(
        `SELECT id, type, occurred_at, corrected_at, corrective_event_id FROM shipment_events WHERE id = $1 AND shipment_id = $2 FOR UPDATE`,
        [eventId, shipmentId],
      );
      if (!wrong)
        throw new AppError(
          'NOT_FOUND',
          `event ${eventId} is not an event of shipment ${ship.reference}`,
          'input.eventId',
          { id: eventId },
          'SHIPMENT_EVENT_NOT_FOUND',
        );
      if (wrong.corrected_at) {
        throw conflict(
          `event ${eventId} (${wrong.type} at ${wrong.occurred_at.toISOString()}) was already corrected at ${wrong.corrected_at.toISOString()}` +
            (wrong.corrective_event_id ? ` by event ${wrong.corrective_event_id}` : ''),
          'input.eventId',
          { correctedAt: wrong.corrected_at.toISOString(), correctiveEventId: wrong.corrective_event_id },
          'EVENT_ALREADY_CORRECTED',
        );
      }
      const journey = (await this.journey(em, shipmentId)).filter((e) => e.id !== eventId);
      let corrective: { id: string; seq: number; position: number } | null = null;
      if (replacement) {
        const index = await this.place(em, ship, journey, replacement, 'input.replacement');
        corrective = await this.insert(em, actor, ship.id, journey, index, replacement, eventId);
      } else {
        const problem = journeyProblem(journey);
        if (problem) {
          throw badInput(
            'input.replacement',
            `without ${wrong.type} at ${wrong.occurred_at.toISOString()} the journey is impossible (${problem.message}); give what happened instead`,
            'JOURNEY_IMPOSSIBLE',
          );
        }
      }
      await em.query(
        `UPDATE shipment_events SET corrected_at = now(), corrected_by_type = $2, corrected_by_id = $3, correction_reason = $4,
                corrective_event_id = $5
          WHERE id = $1`,
        [eventId, actor.type, actorId(actor), reason, corrective?.id ?? null],
      );
      await this.derive(em, ship);
      const record = { shipmentId, eventId, reason, correctiveEventId: corrective?.id ?? null, replacement };
      await this.audit.append(em, actor, { action: 'correctShipmentEvent', subjectType: 'Shipment', subjectId: shipmentId, input: record });
      return em.findOneByOrFail(ShipmentEntity, { id: shipmentId });
    });
  }

  private facts(prefix: string, input: Omit<RecordShipmentEventInput, 'shipmentId'>): EventFacts {
    const type: ShipmentEventType = input.type;
    if (!SHIPMENT_EVENT_TYPES.includes(type)) throw badInput(`${prefix}.type`, `unknown event type ${String(type)}`);
    const occurredAt = input.occurredAt;
    if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime())) throw badInput(`${prefix}.occurredAt`, 'is not a valid time');
    const place = requireName(`${prefix}.place`, input.place, 200);
    let locode: string | null = null;
    if (input.locode) {
      const p = parseUnLocode(input.locode);
      if (!p.ok) throw badInput(`${prefix}.locode`, p.message);
      locode = p.code;
    }
    return { type, occurredAt, place, locode, note: optionalText(`${prefix}.note`, input.note, 1000) };
  }

  private async lockShipment(em: EntityManager, actor: Actor, shipmentId: string): Promise<ShipmentEntity> {
    const ship = await em.findOne(ShipmentEntity, { where: { id: shipmentId }, lock: { mode: 'pessimistic_write' } });
    if (!ship) throw notFound('Shipment', shipmentId, 'input.shipmentId');
    assertCanRecordShipmentEvent(actor, await this.shipments.parties(em, ship), 'input.shipmentId');
    return ship;
  }

  /** The journey: the events not corrected, in journey order. */
  private async journey(em: EntityManager, shipmentId: string): Promise<JourneyRow[]> {
    const rows: { id: string; journey_position: number; type: ShipmentEventType; occurred_at: Date }[] = await em.query(
      `SELECT id, journey_position, type, occurred_at FROM shipment_events
        WHERE shipment_id = $1 AND corrected_at IS NULL ORDER BY journey_position`,
      [shipmentId],
    );
    return rows.map((r) => ({ id: r.id, position: r.journey_position, type: r.type, occurredAt: r.occurred_at }));
  }

  /** Checks an event's time, order and port; returns its index in the journey. */
  private async place(em: EntityManager, ship: ShipmentEntity, journey: JourneyRow[], facts: EventFacts, prefix: string): Promise<number> {
    const [{ now }]: { now: Date }[] = await em.query(`SELECT now() AS now`);
    const future = futureProblem(facts.occurredAt, now, this.config.eventTimeMaxSkewSeconds);
    if (future) throw badInput(`${prefix}.occurredAt`, future, 'EVENT_IN_FUTURE');
    const placed = placeEvent(journey, facts);
    if ('field' in placed) throw badInput(`${prefix}.${placed.field}`, placed.message, 'EVENT_OUT_OF_ORDER');
    const legs: { leg_no: number; mode: string; from_place: string; to_place: string }[] = await em.query(
      `SELECT leg_no, mode, from_place, to_place FROM shipment_legs WHERE shipment_id = $1`,
      [ship.id],
    );
    const route = routeOf(
      ship.portOfLoading,
      ship.portOfDischarge,
      legs.map((l) => ({ legNo: l.leg_no, mode: l.mode, from: l.from_place, to: l.to_place })),
    );
    const known = facts.locode !== null && (await em.query(`SELECT 1 FROM ports WHERE locode = $1`, [facts.locode])).length > 0;
    const port = portProblem(facts.type, facts.locode, route, known);
    if (port) throw badInput(`${prefix}.locode`, port, 'EVENT_PORT_MISMATCH');
    return placed.index;
  }

  /** Inserts the event before the journey's event at `index` (at the end when there is none). */
  private async insert(
    em: EntityManager,
    actor: Actor,
    shipmentId: string,
    journey: JourneyRow[],
    index: number,
    f: EventFacts,
    correctsEventId: string | null,
  ): Promise<{ id: string; seq: number; position: number }> {
    const [{ seq, last }]: { seq: number; last: number }[] = await em.query(
      `SELECT coalesce(max(seq), 0) + 1 AS seq, coalesce(max(journey_position), 0) AS last FROM shipment_events WHERE shipment_id = $1`,
      [shipmentId],
    );
    const before = journey[index];
    const position = before ? before.position : last + 1;
    if (before) {
      await em.query(
        `UPDATE shipment_events SET journey_position = journey_position + 1 WHERE shipment_id = $1 AND journey_position >= $2`,
        [shipmentId, position],
      );
    }
    const id = randomUUID();
    await em.query(
      `INSERT INTO shipment_events (id, shipment_id, seq, journey_position, type, occurred_at, place, locode, note,
                                    recorded_by_type, recorded_by_id, corrects_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [id, shipmentId, seq, position, f.type, f.occurredAt, f.place, f.locode, f.note, actor.type, actorId(actor), correctsEventId],
    );
    return { id, seq, position };
  }

  /** The shipment, its containers and its batches follow the journey as it now stands. */
  private async derive(em: EntityManager, ship: ShipmentEntity): Promise<void> {
    const m = milestones(await this.journey(em, ship.id));
    await em.query(
      `UPDATE shipments SET status = $2, shipped_on_board_at = $3, departed_at = $4, arrived_at = $5, delivered_at = $6, returned_at = $7
        WHERE id = $1`,
      [ship.id, m.status, m.shippedOnBoardAt, m.departedAt, m.arrivedAt, m.deliveredAt, m.returnedAt],
    );

    // Containers are freed when the goods are delivered (or went back); a correction that takes
    // the delivery back holds them again, unless another open shipment has taken one since.
    const releasedAt = m.deliveredAt ?? m.returnedAt;
    if (releasedAt === null) {
      const [taken]: { container_number: string; reference: string }[] = await em.query(
        `SELECT c.container_number, s.reference FROM shipment_containers c
           JOIN shipment_containers o ON o.container_number = c.container_number AND o.shipment_id <> c.shipment_id AND o.released_at IS NULL
           JOIN shipments s ON s.id = o.shipment_id
          WHERE c.shipment_id = $1 AND c.released_at IS NOT NULL LIMIT 1`,
        [ship.id],
      );
      if (taken) {
        throw conflict(
          `container ${taken.container_number} was released with this shipment's delivery and is now on shipment ${taken.reference}; ` +
            `the delivery cannot be taken back`,
          'input.eventId',
          'DELIVERY_FINAL',
        );
      }
    }
    await em.query(`UPDATE shipment_containers SET released_at = $2 WHERE shipment_id = $1 AND released_at IS DISTINCT FROM $2`, [
      ship.id,
      releasedAt,
    ]);

    const rows: { id: string; shipped: boolean; delivered: boolean }[] = await em.query(
      `SELECT b.id,
              EXISTS (SELECT 1 FROM shipment_cargo_lines l JOIN shipments s ON s.id = l.shipment_id
                       WHERE l.batch_id = b.id AND s.status = ANY($2::text[])) AS shipped,
              NOT EXISTS (SELECT 1 FROM shipment_cargo_lines l JOIN shipments s ON s.id = l.shipment_id
                           WHERE l.batch_id = b.id AND s.status <> 'DELIVERED')
              AND (SELECT COALESCE(sum(l.pack_count), 0) FROM shipment_cargo_lines l WHERE l.batch_id = b.id)
                  >= (SELECT count(*) FROM units u WHERE u.batch_id = b.id AND u.kind = ${UNIT_KIND_CODE.PACK}) AS delivered
         FROM batches b
        WHERE b.id IN (SELECT batch_id FROM shipment_cargo_lines WHERE shipment_id = $1)
        ORDER BY b.id`,
      [ship.id, SHIPPED_STATUSES],
    );
    for (const r of rows) {
      const to: BatchStatus = r.delivered ? 'DELIVERED' : r.shipped ? 'SHIPPED' : 'REGISTERED';
      await this.batches.changeStatus(em, r.id, to);
    }
  }
}
