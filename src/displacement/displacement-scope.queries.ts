import type { EntityManager } from 'typeorm';
import type { ShipmentParties } from '../access/access-policy';
import { UNIT_KIND_CODE } from '../units/unit-kind';

/**
 * The reads that turn a displacement scope into batches and pack counts. Footprints (issue 3) and
 * shipments (issue 4) are separate features: their tables are read here through the column
 * contract agreed with them, and each query checks the table exists first, so displacement works
 * (without declared factors or consignee markets) on a database that does not have them yet.
 */
type Db = Pick<EntityManager, 'query'>;

export interface ScopeBatch {
  id: string;
  batchNumber: string;
  manufacturerId: string;
  chemistry: string;
  nominalEnergyKWh: number;
}

const BATCH_COLUMNS = `b.id, b.batch_number AS "batchNumber", b.manufacturer_id AS "manufacturerId", m.chemistry,
  m.nominal_energy_kwh AS "nominalEnergyKWh"`;

export async function tableExists(db: Db, table: string): Promise<boolean> {
  const [row]: { t: string | null }[] = await db.query('SELECT to_regclass($1)::text AS t', [`public.${table}`]);
  return row.t !== null;
}

export async function batchesById(db: Db, ids: readonly string[]): Promise<ScopeBatch[]> {
  return db.query(
    `SELECT ${BATCH_COLUMNS} FROM batches b JOIN battery_models m ON m.id = b.model_id WHERE b.id = ANY($1::uuid[]) ORDER BY b.id`,
    [ids],
  );
}

/** Batches made at the park's plants whose production ended in `year` (UTC), optionally of one manufacturer. */
export async function batchesOfParkYear(db: Db, parkId: string, year: number, manufacturerId: string | null): Promise<ScopeBatch[]> {
  return db.query(
    `SELECT ${BATCH_COLUMNS}
       FROM batches b JOIN plants p ON p.id = b.plant_id JOIN battery_models m ON m.id = b.model_id
      WHERE p.park_id = $1
        AND b.production_end >= make_timestamptz($2, 1, 1, 0, 0, 0, 'UTC')
        AND b.production_end < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'UTC')
        AND ($3::uuid IS NULL OR b.manufacturer_id = $3)
      ORDER BY b.id`,
    [parkId, year, manufacturerId],
  );
}

export async function parkExists(db: Db, parkId: string): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM parks WHERE id = $1', [parkId]);
  return rows.length > 0;
}

/** The latest declared footprint's kg CO2e per kWh of capacity, per batch (issue 3 contract). */
export async function declaredBatteryFactors(
  db: Db,
  batchIds: readonly string[],
): Promise<Map<string, { value: number; version: number }>> {
  if (batchIds.length === 0 || !(await tableExists(db, 'footprints'))) return new Map();
  const rows: { batch_id: string; value: number; version: number }[] = await db.query(
    `SELECT DISTINCT ON (batch_id) batch_id, kg_co2e_per_kwh_capacity AS value, version
       FROM footprints WHERE batch_id = ANY($1::uuid[]) AND status = 'DECLARED'
      ORDER BY batch_id, version DESC`,
    [batchIds],
  );
  return new Map(rows.map((r) => [r.batch_id, { value: Number(r.value), version: Number(r.version) }]));
}

/** Countries of the consignees of the shipments that carried packs of these batches (issue 4 contract). */
export async function consigneeCountriesOfBatches(db: Db, batchIds: readonly string[]): Promise<string[]> {
  if (batchIds.length === 0 || !(await tableExists(db, 'shipment_cargo_lines'))) return [];
  const rows: { country: string | null }[] = await db.query(
    `SELECT DISTINCT o.country
       FROM shipment_cargo_lines l JOIN shipments s ON s.id = l.shipment_id JOIN organizations o ON o.id = s.consignee_id
      WHERE l.batch_id = ANY($1::uuid[]) AND l.unit_kind = ${UNIT_KIND_CODE.PACK}`,
    [batchIds],
  );
  return rows.map((r) => r.country?.trim() || 'an unknown country');
}

export interface ScopeShipment extends ShipmentParties {
  id: string;
  consigneeCountry: string;
  /** Packs per batch on the shipment's cargo lines (pack lines only). */
  packsByBatch: { batchId: string; packs: number }[];
}

export async function loadShipment(db: Db, shipmentId: string): Promise<ScopeShipment | null> {
  if (!(await tableExists(db, 'shipments'))) return null;
  const [s]: { id: string; manufacturer_id: string; consignee_id: string; country: string | null }[] = await db.query(
    `SELECT s.id, s.manufacturer_id, s.consignee_id, o.country FROM shipments s JOIN organizations o ON o.id = s.consignee_id WHERE s.id = $1`,
    [shipmentId],
  );
  if (!s) return null;
  const forwarders: { forwarder_id: string }[] = (await tableExists(db, 'shipment_forwarders'))
    ? await db.query('SELECT forwarder_id FROM shipment_forwarders WHERE shipment_id = $1', [shipmentId])
    : [];
  const lines: { batch_id: string; packs: number }[] = await db.query(
    `SELECT batch_id, sum(pack_count)::int AS packs FROM shipment_cargo_lines
      WHERE shipment_id = $1 AND unit_kind = ${UNIT_KIND_CODE.PACK} GROUP BY batch_id ORDER BY batch_id`,
    [shipmentId],
  );
  return {
    id: s.id,
    manufacturerId: s.manufacturer_id,
    consigneeId: s.consignee_id,
    consigneeCountry: s.country?.trim() || 'an unknown country',
    forwarderIds: forwarders.map((f) => f.forwarder_id),
    packsByBatch: lines.map((l) => ({ batchId: l.batch_id, packs: Number(l.packs) })),
  };
}
