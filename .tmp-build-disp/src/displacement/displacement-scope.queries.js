"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableExists = tableExists;
exports.batchesById = batchesById;
exports.batchesOfParkYear = batchesOfParkYear;
exports.parkExists = parkExists;
exports.declaredBatteryFactors = declaredBatteryFactors;
exports.consigneeCountriesOfBatches = consigneeCountriesOfBatches;
exports.loadShipment = loadShipment;
const BATCH_COLUMNS = `b.id, b.batch_number AS "batchNumber", b.manufacturer_id AS "manufacturerId", m.chemistry,
  m.nominal_energy_kwh AS "nominalEnergyKWh"`;
async function tableExists(db, table) {
    const [row] = await db.query('SELECT to_regclass($1)::text AS t', [`public.${table}`]);
    return row.t !== null;
}
async function batchesById(db, ids) {
    return db.query(`SELECT ${BATCH_COLUMNS} FROM batches b JOIN battery_models m ON m.id = b.model_id WHERE b.id = ANY($1::uuid[]) ORDER BY b.id`, [ids]);
}
/** Batches made at the park's plants whose production ended in `year` (UTC), optionally of one manufacturer. */
async function batchesOfParkYear(db, parkId, year, manufacturerId) {
    return db.query(`SELECT ${BATCH_COLUMNS}
       FROM batches b JOIN plants p ON p.id = b.plant_id JOIN battery_models m ON m.id = b.model_id
      WHERE p.park_id = $1
        AND b.production_end >= make_timestamptz($2, 1, 1, 0, 0, 0, 'UTC')
        AND b.production_end < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'UTC')
        AND ($3::uuid IS NULL OR b.manufacturer_id = $3)
      ORDER BY b.id`, [parkId, year, manufacturerId]);
}
async function parkExists(db, parkId) {
    const rows = await db.query('SELECT 1 FROM parks WHERE id = $1', [parkId]);
    return rows.length > 0;
}
/** The latest declared footprint's kg CO2e per kWh of capacity, per batch (issue 3 contract). */
async function declaredBatteryFactors(db, batchIds) {
    if (batchIds.length === 0 || !(await tableExists(db, 'footprints')))
        return new Map();
    const rows = await db.query(`SELECT DISTINCT ON (batch_id) batch_id, kg_co2e_per_kwh_capacity AS value, version
       FROM footprints WHERE batch_id = ANY($1::uuid[]) AND status = 'DECLARED'
      ORDER BY batch_id, version DESC`, [batchIds]);
    return new Map(rows.map((r) => [r.batch_id, { value: Number(r.value), version: Number(r.version) }]));
}
/** Countries of the consignees of the shipments that carried packs of these batches (issue 4 contract). */
async function consigneeCountriesOfBatches(db, batchIds) {
    if (batchIds.length === 0 || !(await tableExists(db, 'shipment_cargo_lines')))
        return [];
    const rows = await db.query(`SELECT DISTINCT o.country
       FROM shipment_cargo_lines l JOIN shipments s ON s.id = l.shipment_id JOIN organizations o ON o.id = s.consignee_id
      WHERE l.batch_id = ANY($1::uuid[]) AND l.unit_kind = 3`, [batchIds]);
    return rows.map((r) => r.country?.trim() || 'an unknown country');
}
async function loadShipment(db, shipmentId) {
    if (!(await tableExists(db, 'shipments')))
        return null;
    const [s] = await db.query(`SELECT s.id, s.manufacturer_id, s.consignee_id, o.country FROM shipments s JOIN organizations o ON o.id = s.consignee_id WHERE s.id = $1`, [shipmentId]);
    if (!s)
        return null;
    const forwarders = (await tableExists(db, 'shipment_forwarders'))
        ? await db.query('SELECT forwarder_id FROM shipment_forwarders WHERE shipment_id = $1', [shipmentId])
        : [];
    const lines = await db.query(`SELECT batch_id, sum(pack_count)::int AS packs FROM shipment_cargo_lines
      WHERE shipment_id = $1 AND unit_kind = 3 GROUP BY batch_id ORDER BY batch_id`, [shipmentId]);
    return {
        id: s.id,
        manufacturerId: s.manufacturer_id,
        consigneeId: s.consignee_id,
        consigneeCountry: s.country?.trim() || 'an unknown country',
        forwarderIds: forwarders.map((f) => f.forwarder_id),
        packsByBatch: lines.map((l) => ({ batchId: l.batch_id, packs: Number(l.packs) })),
    };
}
//# sourceMappingURL=displacement-scope.queries.js.map