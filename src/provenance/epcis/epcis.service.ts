import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canSeeShipment } from '../../access/access-policy';
import { Actor } from '../../access/actor';
import { assertCanExportBatchEvents } from '../../access/batch-access';
import { badInput, notFound } from '../../common/errors';
import { requireId } from '../../common/validate';
import { aggregation, commissioning, EpcisDocument, epcisDocument, EpcisEvent, statusObservation, transformation } from './epcis-document';
import { bolUri, orgUri, plantUri, poUri, unitUri } from './epcis-identifiers';
import { EXPORTED_SHIPMENT_EVENT_TYPES, JourneyEventRow, shipmentEpcisEvents } from './epcis-shipment';

/** A document lists every unit by URI: a batch with more units than this is refused (export it by shipment, or with `since`). */
export const MAX_EPCIS_UNITS = 100_000;

export interface EpcisQuery {
  batch?: string;
  shipment?: string;
  since?: string;
}

interface ShipmentSql {
  id: string;
  manufacturer_id: string;
  consignee_id: string;
  bill_of_lading_number: string;
  purchase_order_number: string | null;
  port_of_loading: string;
  port_of_discharge: string;
  forwarder_ids: string[];
  gs1_company_prefix: string | null;
}

/**
 * EPCIS 2.0 export (issue 6 §4): for a batch, commissioning of its units (one ObjectEvent per
 * unit kind and production time, at the plant; eventTime when made, recordTime when uploaded),
 * packing and unpacking from the membership history (one AggregationEvent per parent and time),
 * remaking and end of life from the unit events, and the journey of each shipment that carried its
 * units (epcis-shipment.ts: shipping once departed, arriving, receiving, corrected events with
 * their error declaration); for a shipment, its journey.
 */
@Injectable()
export class EpcisService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async events(actor: Actor, q: EpcisQuery): Promise<EpcisDocument> {
    const since = q.since ? new Date(q.since) : null;
    if (since && Number.isNaN(since.getTime())) throw badInput('since', `is not an ISO 8601 date-time: "${String(q.since).slice(0, 40)}"`);
    if (!!q.batch === !!q.shipment) throw badInput('batch', 'name exactly one of ?batch=<id> or ?shipment=<id>');
    const events = q.batch
      ? await this.batchEvents(actor, requireId('batch', q.batch))
      : await this.shipmentEvents(actor, requireId('shipment', q.shipment!));
    return epcisDocument(events, new Date(), since);
  }

  private async batchEvents(actor: Actor, batchId: string): Promise<EpcisEvent[]> {
    const [b]: { manufacturer_id: string; plant_id: string; gs1_company_prefix: string | null; units: number }[] = await this.db.query(
      `SELECT b.manufacturer_id, b.plant_id, o.gs1_company_prefix, (SELECT count(*)::int FROM units u WHERE u.batch_id = b.id) AS units
         FROM batches b JOIN organizations o ON o.id = b.manufacturer_id WHERE b.id = $1`,
      [batchId],
    );
    if (!b) throw notFound('Batch', batchId, 'batch');
    assertCanExportBatchEvents(actor, b.manufacturer_id, 'batch');
    if (b.units > MAX_EPCIS_UNITS) {
      throw badInput('batch', `has ${b.units} units, over the limit of ${MAX_EPCIS_UNITS} per document: export it by shipment instead`);
    }
    const uri = (serial: string) => unitUri(b.manufacturer_id, b.gs1_company_prefix, serial);
    const plant = plantUri(b.plant_id);
    const events: EpcisEvent[] = [];

    // Event time: when the units were made (one event per kind and time); record time: when
    // battrace learned of them (the latest upload of the group).
    const commissioned: { kind: number; at: Date; recorded_at: Date; serials: string[] }[] = await this.db.query(
      `SELECT kind, produced_at AS at, max(created_at) AS recorded_at, array_agg(serial ORDER BY id) AS serials
         FROM units WHERE batch_id = $1 GROUP BY kind, produced_at ORDER BY kind, produced_at`,
      [batchId],
    );
    for (const c of commissioned) events.push(commissioning(c.at, c.serials.map(uri), plant, c.recorded_at));

    // Packing at the membership's event time; recorded with the change that opened or closed it
    // (unit_events), or, for a unit's first membership, with the unit's upload.
    const packed: { parent: string; at: Date; recorded_at: Date; action: 'ADD' | 'DELETE'; children: string[] }[] = await this.db.query(
      `WITH m AS (
         SELECT p.serial AS parent, c.serial AS child, c.id, m.valid_from, m.valid_to,
                coalesce((SELECT max(e.recorded_at) FROM unit_events e WHERE e.unit_id = c.id AND e.to_parent_id = m.parent_id
                           AND e.occurred_at = m.valid_from), c.created_at) AS opened_at,
                (SELECT max(e.recorded_at) FROM unit_events e WHERE e.unit_id = c.id AND e.from_parent_id = m.parent_id
                  AND e.occurred_at = m.valid_to) AS closed_at
           FROM units c JOIN unit_membership_history m ON m.unit_id = c.id JOIN units p ON p.id = m.parent_id
          WHERE c.batch_id = $1)
       SELECT parent, valid_from AS at, max(opened_at) AS recorded_at, 'ADD' AS action, array_agg(child ORDER BY id) AS children
         FROM m GROUP BY parent, valid_from
       UNION ALL
       SELECT parent, valid_to, max(closed_at), 'DELETE', array_agg(child ORDER BY id) FROM m WHERE valid_to IS NOT NULL GROUP BY parent, valid_to`,
      [batchId],
    );
    for (const p of packed) events.push(aggregation(p.at, p.action, uri(p.parent), p.children.map(uri), plant, p.recorded_at));

    const changed: { serial: string; status: 'REPURPOSED' | 'REMANUFACTURED' | 'REUSED' | 'WASTE'; at: Date }[] = await this.db.query(
      `SELECT u.serial, e.status, e.occurred_at AS at FROM unit_events e JOIN units u ON u.id = e.unit_id
        WHERE e.batch_id = $1 AND e.kind = 'STATUS_CHANGED' ORDER BY e.id`,
      [batchId],
    );
    for (const c of changed) {
      events.push(
        c.status === 'REPURPOSED' || c.status === 'REMANUFACTURED'
          ? transformation(c.at, uri(c.serial), c.status, plant)
          : statusObservation(c.at, uri(c.serial), c.status, plant),
      );
    }

    const shipments = await this.shipments(`s.id IN (SELECT shipment_id FROM shipment_cargo_lines WHERE batch_id = $1)`, [batchId]);
    for (const s of shipments.filter((x) =>
      canSeeShipment(actor, { manufacturerId: x.manufacturer_id, consigneeId: x.consignee_id, forwarderIds: x.forwarder_ids }),
    )) {
      events.push(...(await this.journeyEvents(s, batchId)));
    }
    return events;
  }

  private async shipmentEvents(actor: Actor, shipmentId: string): Promise<EpcisEvent[]> {
    const [s] = await this.shipments(`s.id = $1`, [shipmentId]);
    if (!s || !canSeeShipment(actor, { manufacturerId: s.manufacturer_id, consigneeId: s.consignee_id, forwarderIds: s.forwarder_ids })) {
      throw notFound('Shipment', shipmentId, 'shipment');
    }
    return this.journeyEvents(s, null);
  }

  private shipments(where: string, params: unknown[]): Promise<ShipmentSql[]> {
    return this.db.query(
      `SELECT s.id, s.manufacturer_id, s.consignee_id, s.bill_of_lading_number, s.purchase_order_number, s.port_of_loading,
              s.port_of_discharge, o.gs1_company_prefix,
              coalesce((SELECT array_agg(f.forwarder_id) FROM shipment_forwarders f WHERE f.shipment_id = s.id), '{}') AS forwarder_ids
         FROM shipments s JOIN organizations o ON o.id = s.manufacturer_id WHERE ${where} ORDER BY s.created_at, s.id`,
      params,
    );
  }

  /**
   * The journey of a shipment, for the units its cargo lines take (of one batch, or all): same
   * batch and kind, serial in range (COLLATE "C"). Nothing before it departed.
   */
  private async journeyEvents(s: ShipmentSql, batchId: string | null): Promise<EpcisEvent[]> {
    const journey: JourneyEventRow[] = await this.db.query(
      `SELECT id, type, occurred_at AS "occurredAt", locode, corrected_at AS "correctedAt", corrective_event_id AS "correctiveEventId"
         FROM shipment_events WHERE shipment_id = $1 AND type = ANY($2::text[]) ORDER BY journey_position`,
      [s.id, EXPORTED_SHIPMENT_EVENT_TYPES],
    );
    if (journey.length === 0) return [];
    const units: { serial: string }[] = await this.db.query(
      `SELECT u.serial FROM shipment_cargo_lines l
         JOIN units u ON u.batch_id = l.batch_id AND u.kind = l.unit_kind
              AND u.serial COLLATE "C" >= l.first_serial AND u.serial COLLATE "C" <= l.last_serial
        WHERE l.shipment_id = $1 AND ($2::uuid IS NULL OR l.batch_id = $2) ORDER BY l.line_no, u.serial COLLATE "C"`,
      [s.id, batchId],
    );
    const epcs = [...new Set(units.map((u) => unitUri(s.manufacturer_id, s.gs1_company_prefix, u.serial)))];
    return shipmentEpcisEvents(journey, {
      epcs,
      billOfLading: bolUri(s.bill_of_lading_number),
      purchaseOrder: s.purchase_order_number === null ? null : poUri(s.purchase_order_number),
      portOfLoading: s.port_of_loading,
      portOfDischarge: s.port_of_discharge,
      shipper: orgUri(s.manufacturer_id),
      consignee: orgUri(s.consignee_id),
    });
  }
}
