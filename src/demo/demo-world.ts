import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { writeFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ADMIN, Actor, OrganizationKind } from '../access/actor';
import { BatchesService } from '../batches/batches.service';
import { UnitInput } from '../batches/dto/batch.inputs';
import { BatteryModelsService } from '../battery-models/battery-models.service';
import type { AppConfig } from '../config/env';
import { seedDemoCertificate } from '../certificates/demo-certificate';
import { seedDemoFootprint } from '../footprints/demo-footprint';
import { OrganizationsService } from '../organizations/organizations.service';
import { ParksService } from '../parks/parks.service';
import { seedDemoShipment } from '../shipments/demo-shipment';
import { DEMO_KEYS_FILE, DemoKeys } from './admin-key';
import { DemoFleetLinks, seedDemoFleet } from './demo-fleet';
import { DEMO_GS1_COMPANY_PREFIX, DEMO_LFP_CAR_PACK_GTIN, LFP_CAR_PACK } from './demo-models';
import { seedDemoModelPassports } from './demo-passport';
import { BatchPassportPublicationsService } from '../passports/batch-passport-publications.service';

const orgActor = (id: string, kind: OrganizationKind, apiKeyId: string): Actor => ({
  type: 'ORGANIZATION',
  organizationId: id,
  organizationKind: kind,
  apiKeyId,
});

/** The URLs the demo prints for a person to try its health data, second life and labels. */
export function demoLinks(baseUrl: string, links: DemoFleetLinks, lfp: Actor): Record<string, string> {
  const manufacturerId = lfp.type === 'ORGANIZATION' ? lfp.organizationId : '';
  const r = links.repurposed;
  return {
    [`health of bus pack ${links.health.serial} (fleet operator or manufacturer key)`]: `${baseUrl}/batteries/${links.health.unitId}/health`,
    [`state-of-health history of ${links.health.serial}`]: `${baseUrl}/batteries/${links.health.unitId}/health-readings?attribute=stateOfCertifiedEnergy`,
    [`battery passport of ${links.health.serial}`]: `${baseUrl}/passports/batteries/${links.health.passportId}`,
    [`first passport (EV) of repurposed pack ${r.serial}`]: `${baseUrl}/passports/batteries/${r.originalPassportId}`,
    [`second passport (stationary) of ${r.serial}`]: `${baseUrl}/passports/batteries/${r.secondLifePassportId}`,
    [`QR label of GTIN pack OGC26A-P001 (manufacturer key)`]: `${baseUrl}/batteries/label.svg?manufacturerId=${manufacturerId}&serial=OGC26A-P001`,
  };
}

/** Packs of `modules` modules of `cells` cells each, serials prefixed by `prefix`. */
export function demoUnits(prefix: string, packs: number, modules: number, cells: number): UnitInput[] {
  const out: UnitInput[] = [];
  for (let p = 1; p <= packs; p++) {
    const pack = `${prefix}-P${String(p).padStart(3, '0')}`;
    out.push({ serial: pack, kind: 'PACK' });
    for (let m = 1; m <= modules; m++) {
      const mod = `${pack}-M${String(m).padStart(2, '0')}`;
      out.push({ serial: mod, kind: 'MODULE', parentSerial: pack });
      for (let c = 1; c <= cells; c++) out.push({ serial: `${mod}-C${String(c).padStart(3, '0')}`, kind: 'CELL', parentSerial: mod });
    }
  }
  return out;
}

/**
 * On an empty database, loads a small, realistic world through the real services (so it is
 * audited like any other data): the Ordos zero-carbon park (docs/methods/zero-carbon-parks.md), an LFP and an NMC
 * manufacturer with plants, models and batches of packs, modules and cells, a certifier, an EU
 * and a US buyer and a forwarder. Prints the demo API keys and writes them to .demo-keys.json.
 */
export async function seedDemoWorld(
  app: INestApplicationContext,
  config: AppConfig,
  logger: Logger,
  /** Where to write the keys; null writes none (tests). */
  opts: { keysFile?: string | null } = {},
): Promise<DemoKeys | null> {
  const keysFile = opts.keysFile === undefined ? DEMO_KEYS_FILE : opts.keysFile;
  const db = app.get<DataSource>(getDataSourceToken());
  const [{ n }]: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM organizations');
  if (n > 0) return null;

  const orgs = app.get(OrganizationsService);
  const parks = app.get(ParksService);
  const models = app.get(BatteryModelsService);
  const batches = app.get(BatchesService);
  const keys: DemoKeys = { admin: config.adminApiKey ?? '', organizations: {} };

  const park = await parks.createPark(ADMIN, {
    code: 'CN-NM-ORDOS-ZC',
    name: 'Ordos Net-Zero Industrial Park (Mengsu Economic Development Zone)',
    country: 'CN',
    province: 'Inner Mongolia',
    gridRegion: 'CN-NM',
  });

  const make = async (kind: OrganizationKind, name: string, country: string, gs1CompanyPrefix: string | null = null) => {
    const r = await orgs.createOrganization(ADMIN, { kind, name, country, keyName: 'demo', gs1CompanyPrefix });
    keys.organizations[name] = { kind, id: r.organization.id, apiKey: r.apiKey };
    return orgActor(r.organization.id, kind, r.key.id);
  };
  // Issue 15: a GS1 company prefix under GS1 prefix 952, which GS1 reserves for demonstrations and examples.
  const lfp = await make('MANUFACTURER', 'Ordos Green Cell Co.', 'CN', DEMO_GS1_COMPANY_PREFIX);
  const nmc = await make('MANUFACTURER', 'Mengsu Power Systems Ltd.', 'CN');
  const certifier = await make('CERTIFIER', 'Northbridge Carbon Assurance', 'FR');
  await make('BUYER', 'Rotterdam EV Assembly B.V.', 'NL');
  await make('BUYER', 'Pacific Coast Motors Inc.', 'US');
  await make('FORWARDER', 'Tianjin Blue Ocean Logistics', 'CN');
  const fleet = await make('FLEET_OPERATOR', 'Ordos Urban Mobility Fleet Co.', 'CN');

  const lfpPlant = await parks.registerPlant(lfp, {
    parkId: park.id,
    name: 'Ordos LFP Cell and Pack Plant 1',
    address: 'Mengsu Economic Development Zone, Ejin Horo Banner, Ordos, Inner Mongolia, China',
    latitude: 39.4867,
    longitude: 109.9783,
  });
  const nmcPlant = await parks.registerPlant(nmc, {
    parkId: park.id,
    name: 'Mengsu NMC Pack Plant',
    address: 'Mengsu Economic Development Zone, Ejin Horo Banner, Ordos, Inner Mongolia, China',
    latitude: 39.4921,
    longitude: 109.9652,
  });

  const lfpModel = await models.register(lfp, {
    name: 'OGC-LFP-62 Car Pack',
    ...LFP_CAR_PACK,
    // Issue 15: its packs are named /01/<GTIN>/21/<serial> (GS1 Digital Link) and get QR labels.
    gtin: DEMO_LFP_CAR_PACK_GTIN,
  });
  const nmcModel = await models.register(nmc, {
    name: 'MPS-NMC811-78 Car Pack',
    category: 'EV',
    vehicleCategory: 'M1',
    chemistry: 'NMC811',
    nominalEnergyKWh: 78.0,
    usableEnergyKWh: 75.0,
    capacityAh: 200,
    nominalVoltageV: 390,
    massKg: 455,
    expectedCycleLife: 2000,
    warrantyYears: 8,
    warrantyKm: 160000,
  });
  const busModel = await models.register(lfp, {
    name: 'OGC-LFP-350 Bus Pack',
    category: 'EV',
    vehicleCategory: 'M3',
    chemistry: 'LFP',
    nominalEnergyKWh: 366,
    usableEnergyKWh: 350,
    capacityAh: 560,
    nominalVoltageV: 653,
    massKg: 2600,
    expectedCycleLife: 6000,
    warrantyYears: 8,
    warrantyKm: 720000,
  });

  await batches.registerBatch(lfp, {
    batchNumber: 'OGC-2026-03-A',
    modelId: lfpModel.id,
    plantId: lfpPlant.id,
    productionStart: new Date('2026-03-02T00:00:00Z'),
    productionEnd: new Date('2026-03-20T00:00:00Z'),
    declaredPackCount: 4,
    declaredModuleCount: 16,
    declaredCellCount: 192,
    units: demoUnits('OGC26A', 4, 4, 12),
  });
  await batches.registerBatch(lfp, {
    batchNumber: 'OGC-2026-04-B',
    modelId: busModel.id,
    plantId: lfpPlant.id,
    productionStart: new Date('2026-04-01T00:00:00Z'),
    productionEnd: new Date('2026-04-15T00:00:00Z'),
    declaredPackCount: 2,
    declaredModuleCount: 16,
    declaredCellCount: 384,
    units: demoUnits('OGC26B', 2, 8, 24),
  });
  await batches.registerBatch(nmc, {
    batchNumber: 'MPS-2026-03-01',
    modelId: nmcModel.id,
    plantId: nmcPlant.id,
    productionStart: new Date('2026-03-05T00:00:00Z'),
    productionEnd: new Date('2026-03-25T00:00:00Z'),
    declaredPackCount: 3,
    declaredModuleCount: 18,
    declaredCellCount: 216,
    units: demoUnits('MPS2603', 3, 6, 12),
  });

  // Issue 4: one shipment of the LFP batch to the EU buyer, the forwarder assigned, a few events.
  await seedDemoShipment(app, lfp, {
    batchNumber: 'OGC-2026-03-A',
    buyer: 'Rotterdam EV Assembly B.V.',
    forwarder: 'Tianjin Blue Ocean Logistics',
  });

  // Issue 3: the Ordos park's March 2026 energy and a declared footprint of the demo LFP batch.
  const { footprintId } = await seedDemoFootprint(app, lfp, { parkId: park.id, batchNumber: 'OGC-2026-03-A' });
  // Issue 5: the demo certifier certifies that declared footprint.
  await seedDemoCertificate(app, lfp, certifier, footprintId);

  // Issue 14: the models' passport data recorded and version 1 of each model passport published, signed.
  await seedDemoModelPassports(app, [
    { manufacturer: lfp, model: lfpModel },
    { manufacturer: nmc, model: nmcModel },
    { manufacturer: lfp, model: busModel },
  ]);

  // Issue 14: version 1 of the passport of the batch with a declared footprint, signed and chained to its model's.
  const [certified]: { id: string }[] = await db.query(`SELECT id FROM batches WHERE manufacturer_id = $1 AND batch_number = $2`, [
    keys.organizations['Ordos Green Cell Co.'].id,
    'OGC-2026-03-A',
  ]);
  await app.get(BatchPassportPublicationsService).publish(lfp, { batchId: certified.id, note: 'demo world: placed on the market' });

  // Issue 14: a fleet operator's packs with months of health readings, one repurposed as stationary storage.
  const links = await seedDemoFleet(app, fleet as Actor & { type: 'ORGANIZATION' }, {
    lfp,
    nmc,
    lfpCar: lfpModel,
    bus: busModel,
    nmcCar: nmcModel,
  });
  keys.links = demoLinks(config.publicBaseUrl, links, lfp);

  if (keysFile) writeFileSync(keysFile, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
  logger.info({ file: keysFile }, 'loaded the demo world');
  if (!keysFile) return keys;
  const lines = [
    '',
    'battrace demo world loaded. API keys (also in .demo-keys.json):',
    `  ${'ADMIN'.padEnd(46)} ${keys.admin}`,
    ...Object.entries(keys.organizations).map(([name, o]) => `  ${(o.kind + ' ' + name).padEnd(46)} ${o.apiKey}`),
    `GraphQL: ${config.publicBaseUrl}/graphql  (IDE: ${config.publicBaseUrl}/graphiql)`,
    'Try (the keys above as "Authorization: Bearer <key>"; also in .demo-keys.json under "links"):',
    ...Object.entries(keys.links).map(([what, url]) => `  ${what}:\n    ${url}`),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return keys;
}
