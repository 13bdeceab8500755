import { EntityManager } from 'typeorm';
import { MEMBERSHIPS_OF } from './unit-rows';

/**
 * Custody of units on shipments (issue 11). Once goods are shipped the shipper no longer holds
 * them: while a unit, or a unit it sits in, is on a shipment that has not been delivered or
 * returned, nobody changes its membership or status; once delivered, only the consignee does
 * (repurpose, disassemble, recycle); a shipment whose status is RETURNED (the goods went back to
 * the shipper) hands custody back to the manufacturer.
 *
 * Which shipments concern a unit is read from history, not only from where it sits now: a
 * module taken out of a delivered pack by the consignee stays in the consignee's custody, and
 * the shipment stays in the module's lineage (lineage.service.ts reads the same SQL). A shipment
 * concerns a unit when its cargo lines cover the unit or a unit it sat in (CARGO_COVERS), the
 * unit was still inside when the shipment started (its first event, else its creation), and it
 * was not put in after a return (SHIPMENT_CONCERNS).
 */
export const TERMINAL_SHIPMENT_STATUSES = ['DELIVERED', 'RETURNED'] as const;

export interface CustodyShipment {
  id: string;
  reference: string;
  status: string;
  manufacturerId: string;
  consigneeId: string;
  createdAt: Date;
  /** When custody last changed hands: the time of the DELIVERED or RETURNED event; null otherwise. */
  handedOverAt: Date | null;
  /** Serial of the unit the shipment's cargo line covers (the unit itself or one it sat in). */
  shippedSerial: string;
  /** Serial of the unit asked about. */
  unitSerial: string;
}

export type Custody =
  | { holder: 'MANUFACTURER'; since: Date | null; shipment: CustodyShipment | null }
  | { holder: 'CONSIGNEE'; consigneeId: string; since: Date | null; shipment: CustodyShipment }
  | { holder: 'NOBODY'; shipment: CustodyShipment };

/** Who holds a unit, given the shipments that concern it (SHIPMENT_CONCERNS; any order). */
export function custodyOf(relevant: readonly CustodyShipment[]): Custody {
  const moving = relevant.find((s) => !(TERMINAL_SHIPMENT_STATUSES as readonly string[]).includes(s.status));
  if (moving) return { holder: 'NOBODY', shipment: moving };
  const last = [...relevant].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)).pop();
  if (!last) return { holder: 'MANUFACTURER', since: null, shipment: null };
  if (last.status === 'DELIVERED') return { holder: 'CONSIGNEE', consigneeId: last.consigneeId, since: last.handedOverAt, shipment: last };
  return { holder: 'MANUFACTURER', since: last.handedOverAt, shipment: last };
}

/** Null when `organizationId` may change the unit now, else why not (the caller raises CONFLICT). */
export function custodyProblem(custody: Custody, organizationId: string, isManufacturer: boolean): string | null {
  const s = custody.shipment;
  const on = s ? `shipment ${s.reference} (status ${s.status})` : '';
  const which = s ? (s.shippedSerial === s.unitSerial ? `"${s.unitSerial}"` : `"${s.unitSerial}" (inside "${s.shippedSerial}")`) : '';
  switch (custody.holder) {
    case 'NOBODY':
      return `${which} is on ${on}: nobody changes it until the shipment is delivered or returned`;
    case 'CONSIGNEE':
      if (custody.consigneeId === organizationId) return null;
      return `${which} was delivered in ${on}: only its consignee changes it now, unless the shipment records a return`;
    case 'MANUFACTURER':
      if (isManufacturer) return null;
      return s
        ? `${which} went back to its manufacturer with ${on}: the consignee no longer holds it`
        : `${which} is held by its manufacturer`;
  }
}

interface CustodySql {
  id: string;
  reference: string;
  status: string;
  manufacturer_id: string;
  consignee_id: string;
  created_at: Date;
  handed_over_at: Date | null;
  shipped_serial: string;
  unit_id: string;
  unit_serial: string;
}

/** Deepest nesting walked: cell → module → pack, with room to spare. */
export const MAX_NESTING = 4;

/**
 * `hist(id, root, since, until, depth)`: a recursive CTE walking up the membership history from
 * the units `roots` selects (a query yielding `id`): every unit each root sat in, directly or
 * not, with the interval [since, until) it was inside (intersected along the path; null: open).
 * Part of a `WITH RECURSIVE` list.
 */
export const HISTORY_UP = (roots: string) => `hist AS (
    SELECT r.id, r.id AS root, NULL::timestamptz AS since, NULL::timestamptz AS until, 0 AS depth FROM (${roots}) r
    UNION ALL
    SELECT m.parent_id, h.root, greatest(h.since, m.valid_from), least(h.until, m.valid_to), h.depth + 1
      FROM hist h CROSS JOIN ${MEMBERSHIPS_OF('h.id')} m
     WHERE h.depth < ${MAX_NESTING} AND (h.until IS NULL OR m.valid_from < h.until)
       AND (m.valid_to IS NULL OR h.since IS NULL OR m.valid_to > h.since)
  )`;

/** Cargo line `l` covers unit `x`: same batch and kind, serial in the line's range (COLLATE "C", as the shipments feature takes them). */
export const CARGO_COVERS = (l: string, x: string) =>
  `${l}.batch_id = ${x}.batch_id AND ${l}.unit_kind = ${x}.kind AND ${x}.serial COLLATE "C" >= ${l}.first_serial AND ${x}.serial COLLATE "C" <= ${l}.last_serial`;

/**
 * When shipment `s` last handed custody over: the time of the event its status names (DELIVERED or
 * RETURNED). A corrected event is not part of the journey (shipment-events.ts): it stays in the
 * history but never dates a hand-over.
 */
export const HANDED_OVER_AT = (s: string) =>
  `(SELECT max(e.occurred_at) FROM shipment_events e WHERE e.shipment_id = ${s}.id AND e.type = ${s}.status AND e.corrected_at IS NULL)`;

/**
 * When shipment `s` took the goods, in event time: the first event of its journey (a booking is
 * often recorded after the fact; corrected events left out), or, before any, when it was created.
 */
export const SHIPMENT_START = (s: string) =>
  `coalesce((SELECT min(e.occurred_at) FROM shipment_events e WHERE e.shipment_id = ${s}.id AND e.corrected_at IS NULL), ${s}.created_at)`;

/**
 * Shipment `s`, covering a unit reached at step `h` of HISTORY_UP, concerns the root: the root was
 * still inside when the shipment started (custody makes later changes impossible until delivery
 * or return), and was not put in only after a return.
 */
export const SHIPMENT_CONCERNS = (h: string, s: string) =>
  `(${h}.until IS NULL OR ${h}.until > ${SHIPMENT_START(s)}) AND NOT (${s}.status = 'RETURNED' AND ${h}.since IS NOT NULL AND ${h}.since >= coalesce(${HANDED_OVER_AT(s)}, 'infinity'))`;

/**
 * The shipments that may concern each of `unitIds`, per unit: one recursive walk up the
 * membership history (each step keeps the interval the unit was inside, intersected along the
 * path), then the cargo lines covering any unit on the way.
 */
export async function shipmentsConcerning(em: EntityManager, unitIds: string[]): Promise<Map<string, CustodyShipment[]>> {
  const rows: CustodySql[] = await em.query(
    `WITH RECURSIVE ${HISTORY_UP('SELECT unnest($1::bigint[]) AS id')}
     SELECT s.id, s.reference, s.status, s.manufacturer_id, s.consignee_id, s.created_at, ${HANDED_OVER_AT('s')} AS handed_over_at,
            x.serial AS shipped_serial, h.root::text AS unit_id, r.serial AS unit_serial
       FROM hist h
       JOIN units x ON x.id = h.id
       JOIN shipment_cargo_lines l ON ${CARGO_COVERS('l', 'x')}
       JOIN shipments s ON s.id = l.shipment_id
       JOIN units r ON r.id = h.root
      WHERE ${SHIPMENT_CONCERNS('h', 's')}`,
    [unitIds],
  );
  const out = new Map<string, CustodyShipment[]>(unitIds.map((id) => [id, []]));
  for (const r of rows) {
    out.get(r.unit_id)?.push({
      id: r.id,
      reference: r.reference,
      status: r.status,
      manufacturerId: r.manufacturer_id,
      consigneeId: r.consignee_id,
      createdAt: r.created_at,
      handedOverAt: r.handed_over_at,
      shippedSerial: r.shipped_serial,
      unitSerial: r.unit_serial,
    });
  }
  return out;
}
