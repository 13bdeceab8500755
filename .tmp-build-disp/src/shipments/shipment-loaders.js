"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LEGS_SQL = exports.legView = exports.CARGO_LINES_SQL = exports.lineView = void 0;
exports.createShipmentLoaders = createShipmentLoaders;
const dataloader_1 = __importDefault(require("dataloader"));
const unit_kind_1 = require("../batches/unit-kind");
const port_entity_1 = require("./port.entity");
const shipment_entity_1 = require("./shipment.entity");
function grouped(ids, rows) {
    const by = new Map();
    for (const r of rows) {
        const list = by.get(r.shipmentId);
        if (list)
            list.push(r);
        else
            by.set(r.shipmentId, [r]);
    }
    return ids.map((id) => by.get(id) ?? []);
}
const lineView = (r) => ({
    id: r.id,
    shipmentId: r.shipment_id,
    lineNo: r.line_no,
    batchId: r.batch_id,
    containerId: r.container_id,
    containerNumber: r.container_number,
    unitKind: (0, unit_kind_1.unitKindOfCode)(r.unit_kind),
    packCount: r.pack_count,
    unitCount: r.unit_count,
    firstSerial: r.first_serial,
    lastSerial: r.last_serial,
    grossMassKg: r.gross_mass_kg,
    transportCo2eKg: r.transport_co2e_kg,
});
exports.lineView = lineView;
exports.CARGO_LINES_SQL = `
  SELECT l.id, l.shipment_id, l.line_no, l.batch_id, l.container_id, c.container_number, l.unit_kind, l.pack_count,
         l.unit_count, l.first_serial, l.last_serial, l.gross_mass_kg, l.transport_co2e_kg
    FROM shipment_cargo_lines l JOIN shipment_containers c ON c.id = l.container_id
   WHERE l.shipment_id = ANY($1::uuid[])
   ORDER BY l.shipment_id, l.line_no`;
const legView = (r) => ({
    id: r.id,
    shipmentId: r.shipment_id,
    legNo: r.leg_no,
    mode: r.mode,
    from: r.from_place,
    to: r.to_place,
    distanceKm: r.distance_km,
    distanceSource: r.distance_source,
    routing: r.routing,
    factorId: r.factor_id,
    factorOverride: r.override_value === null ? null : { value: r.override_value, unit: r.override_unit, source: r.override_source },
    tonnes: r.tonnes,
    tonneKm: r.tonne_km,
    kgCo2ePerTonneKm: r.kg_co2e_per_tonne_km,
    co2eKg: r.co2e_kg,
});
exports.legView = legView;
exports.LEGS_SQL = `SELECT * FROM shipment_legs WHERE shipment_id = ANY($1::uuid[]) ORDER BY shipment_id, leg_no`;
function createShipmentLoaders(db) {
    return {
        containers: new dataloader_1.default(async (ids) => grouped(ids, await db
            .getRepository(shipment_entity_1.ShipmentContainerEntity)
            .createQueryBuilder('c')
            .where('c.shipmentId = ANY(:ids)', { ids })
            .orderBy('c.position')
            .getMany())),
        cargoLines: new dataloader_1.default(async (ids) => grouped(ids, (await db.query(exports.CARGO_LINES_SQL, [ids])).map(exports.lineView))),
        legs: new dataloader_1.default(async (ids) => grouped(ids, (await db.query(exports.LEGS_SQL, [ids])).map(exports.legView))),
        events: new dataloader_1.default(async (ids) => grouped(ids, await db
            .getRepository(shipment_entity_1.ShipmentEventEntity)
            .createQueryBuilder('e')
            .where('e.shipmentId = ANY(:ids)', { ids })
            .orderBy('e.seq')
            .getMany())),
        forwarderIds: new dataloader_1.default(async (ids) => {
            const rows = await db.query('SELECT shipment_id, forwarder_id FROM shipment_forwarders WHERE shipment_id = ANY($1::uuid[]) ORDER BY assigned_at, forwarder_id', [ids]);
            return grouped(ids, rows.map((r) => ({ shipmentId: r.shipment_id, id: r.forwarder_id }))).map((g) => g.map((r) => r.id));
        }),
        port: new dataloader_1.default(async (codes) => {
            const rows = await db.getRepository(port_entity_1.PortEntity).createQueryBuilder('p').where('p.locode = ANY(:codes)', { codes }).getMany();
            const by = new Map(rows.map((r) => [r.locode, r]));
            return codes.map((c) => by.get(c) ?? null);
        }),
        factor: new dataloader_1.default(async (ids) => {
            const rows = await db.query(`SELECT id, code, version, name, value, unit, transport_mode AS "transportMode", source FROM emission_factors WHERE id = ANY($1::uuid[])`, [ids]);
            const by = new Map(rows.map((r) => [r.id, r]));
            return ids.map((id) => by.get(id) ?? null);
        }),
    };
}
//# sourceMappingURL=shipment-loaders.js.map