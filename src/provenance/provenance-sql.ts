import {
  ENERGY_PERIOD_VISIBILITY,
  FOOTPRINT_INPUTS_VISIBILITY,
  FOOTPRINT_VISIBILITY,
  SHIPMENT_VISIBILITY,
  UNIT_VISIBILITY,
} from '../access/provenance-visibility';
import type { NodeKind } from './provenance-kinds';

/**
 * The edge branches of the provenance walk, one per (anchor node kind, edge, direction). Each
 * branch selects the edges touching a frontier node of its kind and the node at the other end,
 * already filtered to what the caller may see. Parameters: $1 caller is admin, $2 caller's
 * organization (null for none), $3 `at` (null: no time filter), then one array per anchor kind.
 *
 * Visibility (docs/methods/access.md): parks, plants, battery models, batches, ports and vessels are public;
 * cells, modules and packs are their manufacturer's; a footprint is public once declared; a
 * shipment and its containers and consignee are seen by its parties; a park's energy periods by
 * the manufacturers with a plant in the park; material lots and their suppliers (lines of a batch's
 * footprint inputs) by the batch's manufacturer and the certifiers it asked to certify the batch
 * (SEE_INPUTS); certificates and their certifiers are public (anyone may verify a certificate).
 * The administrator sees everything. Each predicate comes from access/provenance-visibility.ts,
 * beside the TypeScript rule it must agree with.
 */
export type Dir = 'down' | 'up';

export interface Branch {
  anchor: NodeKind | 'UNIT';
  dir: Dir;
  sql: (arr: string) => string;
}

const SEE_UNIT = (u: string) => UNIT_VISIBILITY.sql(u);
const SEE_SHIPMENT = (s: string) => SHIPMENT_VISIBILITY.sql(s);
const SEE_FOOTPRINT = (f: string) => FOOTPRINT_VISIBILITY.sql(f);
const SEE_ENERGY = (e: string) => ENERGY_PERIOD_VISIBILITY.sql(e);
/** Footprint inputs of batch `b` (and so its material lots and suppliers). */
const SEE_INPUTS = (b: string) => FOOTPRINT_INPUTS_VISIBILITY.sql(b);
/** The material lines of inputs row `i`, as `m(doc, ord)` (ord from 1). */
export const MATERIAL_LINES = `jsonb_array_elements(i.document->'materials') WITH ORDINALITY m(doc, ord)`;
export const LOT_KEY = `i.id || ':' || (m.ord - 1)`;
export const LOT_LABEL = `(m.doc->>'material') || ' (' || (m.doc->>'originCountry') || ', ' || (m.doc->>'massKg') || ' kg)'`;
/** Percent-encoding of text `t` as supplierNameKey (global-id.ts) does it. */
const PERCENT_ENCODED = (t: string) =>
  `(SELECT string_agg(CASE WHEN ch ~ '^[A-Za-z0-9._~-]$' THEN ch ELSE upper(regexp_replace(encode(convert_to(ch, 'UTF8'), 'hex'), '(..)', '%\\1', 'g')) END, '' ORDER BY o) FROM regexp_split_to_table(${t}, '') WITH ORDINALITY ch_(ch, o))`;
/** The supplier key of material line `m` (global-id.ts), null when the line names no supplier. */
export const SUPPLIER_KEY = `CASE WHEN m.doc->>'supplierOrganizationId' IS NOT NULL THEN lower(m.doc->>'supplierOrganizationId') WHEN m.doc->>'supplierName' IS NOT NULL THEN 'name:' || ${PERCENT_ENCODED(`(m.doc->>'supplierName')`)} END`;
export const SUPPLIER_LABEL = `coalesce((SELECT so.name FROM organizations so WHERE so.id::text = lower(m.doc->>'supplierOrganizationId')), m.doc->>'supplierName')`;
/** The latest footprint inputs of each batch (as of `at`). */
const LATEST_INPUTS = `i.version = (SELECT max(x.version) FROM batch_footprint_inputs x WHERE x.batch_id = i.batch_id AND ($3::timestamptz IS NULL OR x.created_at <= $3::timestamptz))`;
const LOT_OF = (a: string) =>
  `unnest(${a}) k(key) JOIN batch_footprint_inputs i ON i.id = split_part(k.key, ':', 1)::uuid JOIN batches b ON b.id = i.batch_id, ${MATERIAL_LINES}`;
const AT = (col: string) => `($3::timestamptz IS NULL OR ${col} <= $3::timestamptz)`;
const UNIT_KIND = (u: string) => `(CASE ${u}.kind WHEN 1 THEN 'CELL' WHEN 2 THEN 'MODULE' ELSE 'PACK' END)`;
// Membership times compare at millisecond precision, the precision the API gives them out with.
const MEMBERSHIP_AT = `($3::timestamptz IS NULL OR (date_trunc('milliseconds', m.valid_from) <= $3::timestamptz AND (m.valid_to IS NULL OR date_trunc('milliseconds', m.valid_to) > $3::timestamptz)))`;
const COVERS = (u: string) =>
  `l.batch_id = ${u}.batch_id AND l.unit_kind = ${u}.kind AND ${u}.serial COLLATE "C" >= l.first_serial AND ${u}.serial COLLATE "C" <= l.last_serial`;

/** Columns: anchor, other_id, other_kind, label, ekind, valid_from, valid_to. */
const row = (
  anchor: string,
  otherId: string,
  otherKind: string,
  label: string,
  ekind: string,
  from = 'NULL::timestamptz',
  to = 'NULL::timestamptz',
) =>
  `SELECT ${anchor} AS anchor, ${otherId} AS other_id, ${otherKind}::text AS other_kind, ${label}::text AS label, '${ekind}'::text AS ekind, ${from} AS valid_from, ${to} AS valid_to`;

export const BRANCHES: Branch[] = [
  // SUPPLIER, MATERIAL_LOT (lines of the batch's latest footprint inputs)
  {
    anchor: 'SUPPLIER',
    dir: 'down',
    sql: (a) =>
      `SELECT * FROM (${row(`'Supplier:' || ${SUPPLIER_KEY}`, `'MaterialLot:' || ${LOT_KEY}`, `'MATERIAL_LOT'`, LOT_LABEL, 'SUPPLIED')} FROM batch_footprint_inputs i JOIN batches b ON b.id = i.batch_id, ${MATERIAL_LINES} WHERE ${LATEST_INPUTS} AND ${SEE_INPUTS('b')}) s WHERE substr(s.anchor, 10) = ANY(${a})`,
  },
  {
    anchor: 'MATERIAL_LOT',
    dir: 'up',
    sql: (a) =>
      `${row(`'MaterialLot:' || k.key`, `'Supplier:' || ${SUPPLIER_KEY}`, `'SUPPLIER'`, SUPPLIER_LABEL, 'SUPPLIED')} FROM ${LOT_OF(a)} WHERE m.ord - 1 = split_part(k.key, ':', 2)::int AND ${SEE_INPUTS('b')} AND ${SUPPLIER_KEY} IS NOT NULL`,
  },
  {
    anchor: 'MATERIAL_LOT',
    dir: 'down',
    sql: (a) =>
      `${row(`'MaterialLot:' || k.key`, `'Batch:' || b.id`, `'BATCH'`, 'b.batch_number', 'CONSUMED_BY', 'b.production_start', 'b.production_end')} FROM ${LOT_OF(a)} WHERE m.ord - 1 = split_part(k.key, ':', 2)::int AND ${SEE_INPUTS('b')}`,
  },
  // PARK
  {
    anchor: 'PARK',
    dir: 'down',
    sql: (a) =>
      `${row(`'Park:' || e.park_id`, `'EnergyPeriod:' || e.id`, `'ENERGY_PERIOD'`, `e.period_start || ' to ' || e.period_end`, 'SUPPLIED', 'e.period_start::timestamptz', 'e.period_end::timestamptz')} FROM park_energy_periods e WHERE e.park_id = ANY(${a}::uuid[]) AND ${SEE_ENERGY('e')}`,
  },
  {
    anchor: 'PARK',
    dir: 'down',
    sql: (a) =>
      `${row(`'Park:' || p.park_id`, `'Plant:' || p.id`, `'PLANT'`, 'p.name', 'POWERED')} FROM plants p WHERE p.park_id = ANY(${a}::uuid[])`,
  },
  // ENERGY_PERIOD
  {
    anchor: 'ENERGY_PERIOD',
    dir: 'up',
    sql: (a) =>
      `${row(`'EnergyPeriod:' || e.id`, `'Park:' || k.id`, `'PARK'`, 'k.name', 'SUPPLIED')} FROM park_energy_periods e JOIN parks k ON k.id = e.park_id WHERE e.id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'ENERGY_PERIOD',
    dir: 'down',
    sql: (a) =>
      `${row(`'EnergyPeriod:' || e.id`, `'Batch:' || b.id`, `'BATCH'`, 'b.batch_number', 'POWERED', 'b.production_start', 'b.production_end')} FROM park_energy_periods e JOIN plants p ON p.park_id = e.park_id JOIN batches b ON b.plant_id = p.id AND b.production_start::date <= e.period_end AND b.production_end::date >= e.period_start WHERE e.id = ANY(${a}::uuid[]) AND ${AT('b.created_at')}`,
  },
  // PLANT
  {
    anchor: 'PLANT',
    dir: 'up',
    sql: (a) =>
      `${row(`'Plant:' || p.id`, `'Park:' || k.id`, `'PARK'`, 'k.name', 'POWERED')} FROM plants p JOIN parks k ON k.id = p.park_id WHERE p.id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'PLANT',
    dir: 'down',
    sql: (a) =>
      `${row(`'Plant:' || b.plant_id`, `'Batch:' || b.id`, `'BATCH'`, 'b.batch_number', 'PRODUCED_AT', 'b.production_start', 'b.production_end')} FROM batches b WHERE b.plant_id = ANY(${a}::uuid[]) AND ${AT('b.created_at')}`,
  },
  // BATTERY_MODEL
  {
    anchor: 'BATTERY_MODEL',
    dir: 'down',
    sql: (a) =>
      `${row(`'BatteryModel:' || b.model_id`, `'Batch:' || b.id`, `'BATCH'`, 'b.batch_number', 'PRODUCED_AT')} FROM batches b WHERE b.model_id = ANY(${a}::uuid[]) AND ${AT('b.created_at')}`,
  },
  // BATCH
  {
    anchor: 'BATCH',
    dir: 'up',
    sql: (a) =>
      `${row(`'Batch:' || b.id`, `'MaterialLot:' || ${LOT_KEY}`, `'MATERIAL_LOT'`, LOT_LABEL, 'CONSUMED_BY', 'b.production_start', 'b.production_end')} FROM batch_footprint_inputs i JOIN batches b ON b.id = i.batch_id, ${MATERIAL_LINES} WHERE i.batch_id = ANY(${a}::uuid[]) AND ${LATEST_INPUTS} AND ${SEE_INPUTS('b')}`,
  },
  {
    anchor: 'BATCH',
    dir: 'up',
    sql: (a) =>
      `${row(`'Batch:' || b.id`, `'Plant:' || p.id`, `'PLANT'`, 'p.name', 'PRODUCED_AT', 'b.production_start', 'b.production_end')} FROM batches b JOIN plants p ON p.id = b.plant_id WHERE b.id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'BATCH',
    dir: 'up',
    sql: (a) =>
      `${row(`'Batch:' || b.id`, `'BatteryModel:' || m.id`, `'BATTERY_MODEL'`, 'm.name', 'PRODUCED_AT')} FROM batches b JOIN battery_models m ON m.id = b.model_id WHERE b.id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'BATCH',
    dir: 'up',
    sql: (a) =>
      `${row(`'Batch:' || b.id`, `'EnergyPeriod:' || e.id`, `'ENERGY_PERIOD'`, `e.period_start || ' to ' || e.period_end`, 'POWERED', 'e.period_start::timestamptz', 'e.period_end::timestamptz')} FROM batches b JOIN plants p ON p.id = b.plant_id JOIN park_energy_periods e ON e.park_id = p.park_id AND b.production_start::date <= e.period_end AND b.production_end::date >= e.period_start WHERE b.id = ANY(${a}::uuid[]) AND ${SEE_ENERGY('e')}`,
  },
  {
    anchor: 'BATCH',
    dir: 'down',
    sql: (a) =>
      `${row(`'Batch:' || f.batch_id`, `'Footprint:' || f.id`, `'FOOTPRINT'`, `'v' || f.version || ' ' || f.status`, 'DECLARED', 'coalesce(f.declared_at, f.created_at)')} FROM footprints f WHERE f.batch_id = ANY(${a}::uuid[]) AND ${SEE_FOOTPRINT('f')} AND ${AT('f.created_at')}`,
  },
  {
    anchor: 'BATCH',
    dir: 'down',
    sql: (a) =>
      `SELECT DISTINCT ON (l.batch_id, s.id) x.* FROM shipment_cargo_lines l JOIN shipments s ON s.id = l.shipment_id, LATERAL (${row(`'Batch:' || l.batch_id`, `'Shipment:' || s.id`, `'SHIPMENT'`, 's.reference', 'SHIPPED_IN', 'coalesce(s.departed_at, s.created_at)')}) x WHERE l.batch_id = ANY(${a}::uuid[]) AND ${SEE_SHIPMENT('s')} AND ${AT('s.created_at')}`,
  },
  // UNIT (cell, module, pack)
  {
    anchor: 'UNIT',
    dir: 'up',
    sql: (a) =>
      `${row(`'Unit:' || m.parent_id`, `'Unit:' || c.id`, UNIT_KIND('c'), 'c.serial', 'CONTAINS', 'm.valid_from', 'm.valid_to')} FROM unit_membership_history m JOIN units c ON c.id = m.unit_id WHERE m.parent_id = ANY(${a}::bigint[]) AND ${MEMBERSHIP_AT} AND ${SEE_UNIT('c')}`,
  },
  {
    anchor: 'UNIT',
    dir: 'up',
    sql: (a) =>
      `${row(`'Unit:' || u.id`, `'Batch:' || b.id`, `'BATCH'`, 'b.batch_number', 'CONTAINS', 'u.produced_at')} FROM units u JOIN batches b ON b.id = u.batch_id WHERE u.id = ANY(${a}::bigint[])`,
  },
  {
    anchor: 'UNIT',
    dir: 'down',
    sql: (a) =>
      `${row(`'Unit:' || m.unit_id`, `'Unit:' || p.id`, UNIT_KIND('p'), 'p.serial', 'CONTAINS', 'm.valid_from', 'm.valid_to')} FROM unit_membership_history m JOIN units p ON p.id = m.parent_id WHERE m.unit_id = ANY(${a}::bigint[]) AND ${MEMBERSHIP_AT} AND ${SEE_UNIT('p')}`,
  },
  {
    anchor: 'UNIT',
    dir: 'down',
    sql: (a) =>
      `${row(`'Unit:' || u.id`, `'Shipment:' || s.id`, `'SHIPMENT'`, 's.reference', 'SHIPPED_IN', 'coalesce(s.departed_at, s.created_at)')} FROM units u JOIN shipment_cargo_lines l ON ${COVERS('u')} JOIN shipments s ON s.id = l.shipment_id WHERE u.id = ANY(${a}::bigint[]) AND ${SEE_SHIPMENT('s')} AND ${AT('s.created_at')}`,
  },
  // FOOTPRINT
  {
    anchor: 'FOOTPRINT',
    dir: 'up',
    sql: (a) =>
      `${row(`'Footprint:' || f.id`, `'Batch:' || b.id`, `'BATCH'`, 'b.batch_number', 'DECLARED', 'coalesce(f.declared_at, f.created_at)')} FROM footprints f JOIN batches b ON b.id = f.batch_id WHERE f.id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'FOOTPRINT',
    dir: 'up',
    sql: (a) =>
      `${row(`'Footprint:' || o.superseded_by`, `'Footprint:' || o.id`, `'FOOTPRINT'`, `'v' || o.version || ' ' || o.status`, 'SUPERSEDES', 'o.superseded_at')} FROM footprints o WHERE o.superseded_by = ANY(${a}::uuid[]) AND ${SEE_FOOTPRINT('o')}`,
  },
  {
    anchor: 'FOOTPRINT',
    dir: 'down',
    sql: (a) =>
      `${row(`'Footprint:' || f.id`, `'Footprint:' || n.id`, `'FOOTPRINT'`, `'v' || n.version || ' ' || n.status`, 'SUPERSEDES', 'f.superseded_at')} FROM footprints f JOIN footprints n ON n.id = f.superseded_by WHERE f.id = ANY(${a}::uuid[]) AND ${SEE_FOOTPRINT('n')} AND ${AT('n.created_at')}`,
  },
  {
    anchor: 'FOOTPRINT',
    dir: 'up',
    sql: (a) =>
      `${row(`'Footprint:' || c.footprint_id`, `'Certificate:' || c.id`, `'CERTIFICATE'`, `c.number || ' ' || c.status`, 'CERTIFIED', 'c.valid_from', 'c.valid_until')} FROM certificates c WHERE c.footprint_id = ANY(${a}::uuid[]) AND ${AT('c.issued_at')}`,
  },
  // CERTIFIER, CERTIFICATE: public (buyers and anyone verify certificates, docs/methods/access.md and docs/methods/certificates.md)
  {
    anchor: 'CERTIFIER',
    dir: 'down',
    sql: (a) =>
      `${row(`'Certifier:' || c.certifier_id`, `'Certificate:' || c.id`, `'CERTIFICATE'`, `c.number || ' ' || c.status`, 'CERTIFIED', 'c.valid_from', 'c.valid_until')} FROM certificates c WHERE c.certifier_id = ANY(${a}::uuid[]) AND ${AT('c.issued_at')}`,
  },
  {
    anchor: 'CERTIFICATE',
    dir: 'up',
    sql: (a) =>
      `${row(`'Certificate:' || c.id`, `'Certifier:' || o.id`, `'CERTIFIER'`, 'o.name', 'CERTIFIED', 'c.valid_from', 'c.valid_until')} FROM certificates c JOIN organizations o ON o.id = c.certifier_id WHERE c.id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'CERTIFICATE',
    dir: 'down',
    sql: (a) =>
      `${row(`'Certificate:' || c.id`, `'Footprint:' || f.id`, `'FOOTPRINT'`, `'v' || f.version || ' ' || f.status`, 'CERTIFIED', 'c.valid_from', 'c.valid_until')} FROM certificates c JOIN footprints f ON f.id = c.footprint_id WHERE c.id = ANY(${a}::uuid[]) AND ${SEE_FOOTPRINT('f')}`,
  },
  // SHIPMENT
  {
    anchor: 'SHIPMENT',
    dir: 'up',
    sql: (a) =>
      `SELECT DISTINCT ON (l.shipment_id, b.id) x.* FROM shipment_cargo_lines l JOIN batches b ON b.id = l.batch_id JOIN shipments s ON s.id = l.shipment_id, LATERAL (${row(`'Shipment:' || l.shipment_id`, `'Batch:' || b.id`, `'BATCH'`, 'b.batch_number', 'SHIPPED_IN', 'coalesce(s.departed_at, s.created_at)')}) x WHERE l.shipment_id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'SHIPMENT',
    dir: 'down',
    sql: (a) =>
      `${row(`'Shipment:' || c.shipment_id`, `'Container:' || c.id`, `'CONTAINER'`, 'c.container_number', 'SHIPPED_IN', 'NULL::timestamptz', 'c.released_at')} FROM shipment_containers c WHERE c.shipment_id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'SHIPMENT',
    dir: 'down',
    sql: (a) =>
      `${row(`'Shipment:' || s.id`, `'Vessel:' || s.vessel_imo`, `'VESSEL'`, 's.vessel_name', 'SHIPPED_IN', 's.departed_at', 's.arrived_at')} FROM shipments s WHERE s.id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'SHIPMENT',
    dir: 'down',
    sql: (a) =>
      `${row(`'Shipment:' || s.id`, `'Port:' || p.locode`, `'PORT'`, 'p.name', 'SHIPPED_IN', `CASE WHEN p.locode = s.port_of_loading THEN s.departed_at END`, `CASE WHEN p.locode = s.port_of_discharge THEN s.arrived_at END`)} FROM shipments s JOIN ports p ON p.locode IN (s.port_of_loading, s.port_of_discharge) WHERE s.id = ANY(${a}::uuid[])`,
  },
  {
    anchor: 'SHIPMENT',
    dir: 'down',
    sql: (a) =>
      `${row(`'Shipment:' || s.id`, `'Buyer:' || o.id`, `'BUYER'`, 'o.name', 'CONSIGNED_TO', 's.delivered_at')} FROM shipments s JOIN organizations o ON o.id = s.consignee_id WHERE s.id = ANY(${a}::uuid[])`,
  },
  // CONTAINER, VESSEL, PORT, BUYER: back to the shipments the caller may see
  {
    anchor: 'CONTAINER',
    dir: 'up',
    sql: (a) =>
      `${row(`'Container:' || c.id`, `'Shipment:' || s.id`, `'SHIPMENT'`, 's.reference', 'SHIPPED_IN')} FROM shipment_containers c JOIN shipments s ON s.id = c.shipment_id WHERE c.id = ANY(${a}::uuid[]) AND ${SEE_SHIPMENT('s')}`,
  },
  {
    anchor: 'VESSEL',
    dir: 'up',
    sql: (a) =>
      `${row(`'Vessel:' || s.vessel_imo`, `'Shipment:' || s.id`, `'SHIPMENT'`, 's.reference', 'SHIPPED_IN', 's.departed_at', 's.arrived_at')} FROM shipments s WHERE s.vessel_imo = ANY(${a}::text[]) AND ${SEE_SHIPMENT('s')} AND ${AT('s.created_at')}`,
  },
  {
    anchor: 'PORT',
    dir: 'up',
    sql: (a) =>
      `${row(`'Port:' || p.locode`, `'Shipment:' || s.id`, `'SHIPMENT'`, 's.reference', 'SHIPPED_IN')} FROM ports p JOIN shipments s ON p.locode IN (s.port_of_loading, s.port_of_discharge) WHERE p.locode = ANY(${a}::text[]) AND ${SEE_SHIPMENT('s')} AND ${AT('s.created_at')}`,
  },
  {
    anchor: 'BUYER',
    dir: 'up',
    sql: (a) =>
      `${row(`'Buyer:' || s.consignee_id`, `'Shipment:' || s.id`, `'SHIPMENT'`, 's.reference', 'CONSIGNED_TO', 's.delivered_at')} FROM shipments s WHERE s.consignee_id = ANY(${a}::uuid[]) AND ${SEE_SHIPMENT('s')} AND ${AT('s.created_at')}`,
  },
];

/** The array type and key of each anchor kind's frontier parameter. */
export const ANCHOR_ARRAY: Record<Branch['anchor'], 'uuid' | 'bigint' | 'text'> = {
  SUPPLIER: 'text',
  MATERIAL_LOT: 'text',
  PARK: 'uuid',
  ENERGY_PERIOD: 'uuid',
  PLANT: 'uuid',
  BATTERY_MODEL: 'uuid',
  BATCH: 'uuid',
  CELL: 'bigint',
  MODULE: 'bigint',
  PACK: 'bigint',
  UNIT: 'bigint',
  FOOTPRINT: 'uuid',
  CERTIFICATE: 'uuid',
  CERTIFIER: 'uuid',
  SHIPMENT: 'uuid',
  CONTAINER: 'uuid',
  VESSEL: 'text',
  PORT: 'text',
  BUYER: 'uuid',
};
