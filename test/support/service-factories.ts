import { randomBytes } from 'node:crypto';
import type { Actor, OrganizationKind } from '../../src/access/actor';
import { ADMIN } from '../../src/access/actor';
import { BatchesModule } from '../../src/batches/batches.module';
import { BatchesService } from '../../src/batches/batches.service';
import { BatteryModelsModule } from '../../src/battery-models/battery-models.module';
import { BatteryModelsService } from '../../src/battery-models/battery-models.service';
import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { EnergyModule } from '../../src/energy/energy.module';
import { EnergyService } from '../../src/energy/energy.service';
import { FootprintInputsService } from '../../src/footprints/footprint-inputs.service';
import { FootprintsModule } from '../../src/footprints/footprints.module';
import { FootprintsService } from '../../src/footprints/footprints.service';
import { OrganizationsModule } from '../../src/organizations/organizations.module';
import { OrganizationsService } from '../../src/organizations/organizations.service';
import { ParksModule } from '../../src/parks/parks.module';
import { ParksService } from '../../src/parks/parks.service';
import { ShipmentsService } from '../../src/shipments/shipments.service';
import { UnitsModule } from '../../src/units/units.module';
import { footprintInputsInput } from './footprints';
import type { ServiceModule } from './service-module';
import { containerNumber, sailingInput } from './shipments';

/**
 * Factories for the service tier: each inserts real rows through the real services (with the
 * actor a resolver would pass) and returns what it made. Names are unique per call.
 */
const uniq = () => randomBytes(4).toString('hex').toUpperCase();

/** What the factories below need: organizations, parks and plants, models, batches and their units. */
export const WORLD_MODULES = [OrganizationsModule, ParksModule, BatteryModelsModule, BatchesModule, UnitsModule];
/** WORLD_MODULES plus what a footprint needs: park energy and the footprints themselves. */
export const FOOTPRINT_MODULES = [...WORLD_MODULES, EnergyModule, FootprintsModule];

export interface OrgActor {
  id: string;
  actor: Actor;
}

export async function newOrg(m: ServiceModule, kind: OrganizationKind, country = 'CN'): Promise<OrgActor> {
  const made = await m.get(OrganizationsService).createOrganization(ADMIN, { kind, name: `${kind.toLowerCase()}-${uniq()}`, country });
  return {
    id: made.organization.id,
    actor: { type: 'ORGANIZATION', organizationId: made.organization.id, organizationKind: kind, apiKeyId: made.key.id },
  };
}

export interface ServiceWorld {
  manufacturer: OrgActor;
  parkId: string;
  plantId: string;
  modelId: string;
}

/** A manufacturer with a park (a new one unless `parkId` is given), a plant there and an LFP car pack model: what every batch needs. */
export async function newServiceWorld(m: ServiceModule, o: { parkId?: string } = {}): Promise<ServiceWorld> {
  const manufacturer = await newOrg(m, 'MANUFACTURER');
  const code = `CN-SVC-${uniq()}`;
  const parkId =
    o.parkId ??
    (
      await m
        .get(ParksService)
        .createPark(ADMIN, { code, name: `Park ${code}`, country: 'CN', province: 'Inner Mongolia', gridRegion: 'CN-NM' })
    ).id;
  const plant = await m.get(ParksService).registerPlant(manufacturer.actor, {
    parkId,
    name: `Plant ${uniq()}`,
    address: 'Mengsu Economic Development Zone, Ordos',
    latitude: 39.49,
    longitude: 109.97,
  });
  const model = await m.get(BatteryModelsService).register(manufacturer.actor, { name: `Model ${uniq()}`, ...LFP_CAR_PACK });
  return { manufacturer, parkId, plantId: plant.id, modelId: model.id };
}

export interface BatchOptions {
  declaredPackCount?: number;
  declaredModuleCount?: number;
  declaredCellCount?: number;
  /** Packs registered with the batch, each holding `modulesPerPack` modules of `cellsPerModule` cells. */
  packs?: number;
  modulesPerPack?: number;
  cellsPerModule?: number;
  /** Default 1 to 15 March 2026 (the period recordMarchEnergy covers). */
  productionStart?: Date;
  productionEnd?: Date;
}

/** Units of `packs` packs (serials prefix-P0, prefix-P0-M0, prefix-P0-M0-C0, …) as a service input. */
export function unitRows(prefix: string, packs: number, modulesPerPack = 0, cellsPerModule = 0) {
  const rows: { serial: string; kind: 'PACK' | 'MODULE' | 'CELL'; parentSerial?: string }[] = [];
  for (let p = 0; p < packs; p++) {
    const pack = `${prefix}-P${p}`;
    rows.push({ serial: pack, kind: 'PACK' });
    for (let mo = 0; mo < modulesPerPack; mo++) {
      const mod = `${pack}-M${mo}`;
      rows.push({ serial: mod, kind: 'MODULE', parentSerial: pack });
      for (let c = 0; c < cellsPerModule; c++) rows.push({ serial: `${mod}-C${c}`, kind: 'CELL', parentSerial: mod });
    }
  }
  return rows;
}

/** A batch (produced 1 to 15 March 2026 unless told) with its declared counts and (optionally) its units registered with it. */
export async function newBatchWithUnits(
  m: ServiceModule,
  w: ServiceWorld,
  o: BatchOptions = {},
): Promise<{ id: string; batchNumber: string; prefix: string }> {
  const prefix = `U${uniq()}`;
  const packs = o.packs ?? 0;
  const batch = await m.get(BatchesService).registerBatch(w.manufacturer.actor, {
    batchNumber: `B-${uniq()}`,
    modelId: w.modelId,
    plantId: w.plantId,
    productionStart: o.productionStart ?? new Date('2026-03-01T00:00:00Z'),
    productionEnd: o.productionEnd ?? new Date('2026-03-15T00:00:00Z'),
    declaredPackCount: o.declaredPackCount ?? packs,
    declaredModuleCount: o.declaredModuleCount ?? 0,
    declaredCellCount: o.declaredCellCount ?? 0,
    units: packs ? unitRows(prefix, packs, o.modulesPerPack ?? 0, o.cellsPerModule ?? 0) : null,
  });
  return { id: batch.id, batchNumber: batch.batchNumber, prefix };
}

/** March 2026 at the world's park: 100,000 kWh, 80% on a direct wind line, 20% from the grid (test figures). */
export async function recordMarchEnergy(m: ServiceModule, w: ServiceWorld): Promise<{ id: string }> {
  return m.get(EnergyService).recordParkEnergy(w.manufacturer.actor, {
    parkId: w.parkId,
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
    totalKWh: 100_000,
    supplies: [
      { source: 'DIRECT_LINE', kWh: 80_000, meterIds: ['WIND-LINE-1'] },
      { source: 'GRID', kWh: 20_000 },
    ],
  });
}

export interface FootprintOptions {
  /** An existing batch (its inputs are recorded now); a new 2-pack batch when omitted. */
  batchId?: string;
  inputs?: Record<string, unknown>;
  rulesetId?: string;
}

/** A CALCULATED footprint: the park's energy must already be recorded (recordMarchEnergy). */
export async function newCalculatedFootprint(
  m: ServiceModule,
  w: ServiceWorld,
  o: FootprintOptions = {},
): Promise<{ batchId: string; footprintId: string; version: number }> {
  const batchId = o.batchId ?? (await newBatchWithUnits(m, w, { packs: 2 })).id;
  await m.get(FootprintInputsService).record(w.manufacturer.actor, footprintInputsInput(batchId, o.inputs) as never);
  const f = await m
    .get(FootprintsService)
    .calculateFootprint(w.manufacturer.actor, { batchId, rulesetId: o.rulesetId ?? 'EU_CFB_DRAFT_2024' });
  return { batchId, footprintId: f.id, version: f.version };
}

/** A DECLARED footprint (record inputs, calculate, declare). */
export async function newDeclaredFootprint(
  m: ServiceModule,
  w: ServiceWorld,
  o: FootprintOptions = {},
): Promise<{ batchId: string; footprintId: string; version: number }> {
  const calculated = await newCalculatedFootprint(m, w, o);
  await m.get(FootprintsService).declareFootprint(w.manufacturer.actor, { footprintId: calculated.footprintId });
  return calculated;
}

let containerSerial = Math.floor(Math.random() * 900_000);

/** A shipment (no event recorded yet) of `packCount` packs of a batch, by sea from Tianjin Xingang to Rotterdam. */
export async function newShipment(
  m: ServiceModule,
  w: ServiceWorld,
  o: { batchId: string; packCount: number; consigneeId: string; forwarderIds?: string[]; containerNumber?: string },
): Promise<{ id: string; containerNumber: string }> {
  const c = o.containerNumber ?? containerNumber('BTS', containerSerial++);
  const input = sailingInput({
    consigneeId: o.consigneeId,
    glecFactorId: '00000000-0000-4000-8000-000000000000',
    forwarderIds: o.forwarderIds ?? [],
    containers: [{ containerNumber: c, sealNumber: 'SEAL-1', sizeType: '22G1', grossMassKg: 3000 }],
    cargoLines: [{ batchId: o.batchId, containerNumber: c, packCount: o.packCount, grossMassKg: 400 * o.packCount }],
  });
  const factorOverride = { value: 0.01, unit: 'KG_CO2E_PER_TONNE_KM', source: 'test input, not a published factor' };
  input.legs = [
    { mode: 'SEA', from: 'CNTXG', to: 'NLRTM', distanceKm: 19_000, distanceSource: 'test input', routing: 'SUEZ', factorOverride },
  ];
  const s = await m.get(ShipmentsService).createShipment(w.manufacturer.actor, input as never);
  return { id: s.id, containerNumber: c };
}
