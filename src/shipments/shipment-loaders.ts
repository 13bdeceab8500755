import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { unitKindOfCode } from '../units/unit-kind';
import { PortEntity } from './port.entity';
import { ShipmentContainerEntity, ShipmentEventEntity } from './shipment.entity';
import { ShipmentCargoLineModel, ShipmentLegFactorModel, ShipmentLegModel } from './shipment.model';

/**
 * Per-request loaders of a shipment's parts: one `= ANY($1)` query per relation and request,
 * whatever the number of shipments in the answer. Built by graphql/dataloader.factory.ts.
 */
export interface ShipmentLoaders {
  containers: DataLoader<string, ShipmentContainerEntity[]>;
  cargoLines: DataLoader<string, ShipmentCargoLineModel[]>;
  legs: DataLoader<string, ShipmentLegModel[]>;
  events: DataLoader<string, ShipmentEventEntity[]>;
  forwarderIds: DataLoader<string, string[]>;
  port: DataLoader<string, PortEntity | null>;
  factor: DataLoader<string, ShipmentLegFactorModel | null>;
}

function grouped<T extends { shipmentId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const by = new Map<string, T[]>();
  for (const r of rows) {
    const list = by.get(r.shipmentId);
    if (list) list.push(r);
    else by.set(r.shipmentId, [r]);
  }
  return ids.map((id) => by.get(id) ?? []);
}

interface LineRow {
  id: string;
  shipment_id: string;
  line_no: number;
  batch_id: string;
  container_id: string;
  container_number: string;
  unit_kind: number;
  pack_count: number;
  unit_count: number;
  first_serial: string;
  last_serial: string;
  gross_mass_kg: number;
  transport_co2e_kg: number | null;
}

export const lineView = (r: LineRow): ShipmentCargoLineModel & { shipmentId: string } => ({
  id: r.id,
  shipmentId: r.shipment_id,
  lineNo: r.line_no,
  batchId: r.batch_id,
  containerId: r.container_id,
  containerNumber: r.container_number,
  unitKind: unitKindOfCode(r.unit_kind),
  packCount: r.pack_count,
  unitCount: r.unit_count,
  firstSerial: r.first_serial,
  lastSerial: r.last_serial,
  grossMassKg: r.gross_mass_kg,
  transportCo2eKg: r.transport_co2e_kg,
});

export const CARGO_LINES_SQL = `
  SELECT l.id, l.shipment_id, l.line_no, l.batch_id, l.container_id, c.container_number, l.unit_kind, l.pack_count,
         l.unit_count, l.first_serial, l.last_serial, l.gross_mass_kg, l.transport_co2e_kg
    FROM shipment_cargo_lines l JOIN shipment_containers c ON c.id = l.container_id
   WHERE l.shipment_id = ANY($1::uuid[])
   ORDER BY l.shipment_id, l.line_no`;

interface LegRow {
  id: string;
  shipment_id: string;
  leg_no: number;
  mode: ShipmentLegModel['mode'];
  from_place: string;
  to_place: string;
  distance_km: number;
  distance_source: string;
  routing: ShipmentLegModel['routing'];
  factor_id: string | null;
  override_value: number | null;
  override_unit: 'KG_CO2E_PER_TONNE_KM' | 'KG_CO2E_PER_TEU_KM' | null;
  override_source: string | null;
  tonnes: number | null;
  tonne_km: number | null;
  kg_co2e_per_tonne_km: number | null;
  co2e_kg: number | null;
}

export const legView = (r: LegRow): ShipmentLegModel & { shipmentId: string } => ({
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
  factorOverride: r.override_value === null ? null : { value: r.override_value, unit: r.override_unit!, source: r.override_source! },
  tonnes: r.tonnes,
  tonneKm: r.tonne_km,
  kgCo2ePerTonneKm: r.kg_co2e_per_tonne_km,
  co2eKg: r.co2e_kg,
});

export const LEGS_SQL = `SELECT * FROM shipment_legs WHERE shipment_id = ANY($1::uuid[]) ORDER BY shipment_id, leg_no`;

export function createShipmentLoaders(db: DataSource): ShipmentLoaders {
  return {
    containers: new DataLoader(async (ids) =>
      grouped(
        ids,
        await db
          .getRepository(ShipmentContainerEntity)
          .createQueryBuilder('c')
          .where('c.shipmentId = ANY(:ids)', { ids })
          .orderBy('c.position')
          .getMany(),
      ),
    ),
    cargoLines: new DataLoader(async (ids) => grouped(ids, ((await db.query(CARGO_LINES_SQL, [ids])) as LineRow[]).map(lineView))),
    legs: new DataLoader(async (ids) => grouped(ids, ((await db.query(LEGS_SQL, [ids])) as LegRow[]).map(legView))),
    events: new DataLoader(async (ids) =>
      grouped(
        ids,
        await db
          .getRepository(ShipmentEventEntity)
          .createQueryBuilder('e')
          .where('e.shipmentId = ANY(:ids)', { ids })
          .orderBy('e.journeyPosition')
          .getMany(),
      ),
    ),
    forwarderIds: new DataLoader(async (ids) => {
      const rows: { shipment_id: string; forwarder_id: string }[] = await db.query(
        'SELECT shipment_id, forwarder_id FROM shipment_forwarders WHERE shipment_id = ANY($1::uuid[]) ORDER BY assigned_at, forwarder_id',
        [ids],
      );
      return grouped(
        ids,
        rows.map((r) => ({ shipmentId: r.shipment_id, id: r.forwarder_id })),
      ).map((g) => g.map((r) => r.id));
    }),
    port: new DataLoader(async (codes) => {
      const rows = await db.getRepository(PortEntity).createQueryBuilder('p').where('p.locode = ANY(:codes)', { codes }).getMany();
      const by = new Map(rows.map((r) => [r.locode, r]));
      return codes.map((c) => by.get(c) ?? null);
    }),
    factor: new DataLoader(async (ids) => {
      const rows: ShipmentLegFactorModel[] = await db.query(
        `SELECT id, code, version, name, value, unit, transport_mode AS "transportMode", source FROM emission_factors WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const by = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => by.get(id) ?? null);
    }),
  };
}
