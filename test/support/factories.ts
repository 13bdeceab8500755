import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';

/**
 * Factories that create real rows through the real GraphQL API and return what was created.
 * Names are unique per call so that tests in one database never collide.
 */
const uniq = () => randomBytes(4).toString('hex');

async function must<T>(p: Promise<{ data: T | null; errors?: unknown[] }>): Promise<T> {
  const r = await p;
  if (r.errors?.length || !r.data) throw new Error(`factory call failed: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export interface OrgHandle {
  id: string;
  name: string;
  kind: string;
  key: string;
}

export async function newOrganization(t: TestApp, kind = 'MANUFACTURER', name = `${kind.toLowerCase()}-${uniq()}`): Promise<OrgHandle> {
  const d = await must<{ createOrganization: { organization: { id: string }; apiKey: string } }>(
    t.gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } apiKey } }`,
      { input: { kind, name, country: 'CN' } },
      t.adminKey,
    ),
  );
  return { id: d.createOrganization.organization.id, name, kind, key: d.createOrganization.apiKey };
}

export async function newPark(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string; code: string }> {
  const code = `CN-TEST-${uniq().toUpperCase()}`;
  const d = await must<{ createPark: { id: string; code: string } }>(
    t.gql(
      `mutation($input: CreateParkInput!) { createPark(input: $input) { id code } }`,
      { input: { code, name: `Test park ${code}`, country: 'CN', province: 'Inner Mongolia', gridRegion: 'CN-NM', ...overrides } },
      t.adminKey,
    ),
  );
  return d.createPark;
}

export async function newPlant(
  t: TestApp,
  manufacturer: OrgHandle,
  parkId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const d = await must<{ registerPlant: { id: string } }>(
    t.gql(
      `mutation($input: RegisterPlantInput!) { registerPlant(input: $input) { id } }`,
      {
        input: {
          parkId,
          name: `Plant ${uniq()}`,
          address: 'Mengsu Economic Development Zone, Ordos',
          latitude: 39.49,
          longitude: 109.97,
          ...overrides,
        },
      },
      manufacturer.key,
    ),
  );
  return d.registerPlant;
}

export { LFP_CAR_PACK };

export async function newModel(t: TestApp, manufacturer: OrgHandle, overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const d = await must<{ registerBatteryModel: { id: string } }>(
    t.gql(
      `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id } }`,
      { input: { name: `Model ${uniq()}`, ...LFP_CAR_PACK, ...overrides } },
      manufacturer.key,
    ),
  );
  return d.registerBatteryModel;
}

export interface World {
  manufacturer: OrgHandle;
  park: { id: string };
  plant: { id: string };
  model: { id: string };
}

/** A manufacturer with a park, a plant and a model: what every batch needs. */
export async function newWorld(t: TestApp): Promise<World> {
  const manufacturer = await newOrganization(t, 'MANUFACTURER');
  const park = await newPark(t);
  const plant = await newPlant(t, manufacturer, park.id);
  const model = await newModel(t, manufacturer);
  return { manufacturer, park, plant, model };
}

export async function newBatch(
  t: TestApp,
  w: World,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; batchNumber: string }> {
  const d = await must<{ registerBatch: { id: string; batchNumber: string } }>(
    t.gql(
      `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { id batchNumber } }`,
      {
        input: {
          batchNumber: `B-${uniq()}`,
          modelId: w.model.id,
          plantId: w.plant.id,
          productionStart: '2026-03-01T00:00:00Z',
          productionEnd: '2026-03-15T00:00:00Z',
          ...overrides,
        },
      },
      w.manufacturer.key,
    ),
  );
  return d.registerBatch;
}

/** NDJSON for `packs` packs of `modules` modules of `cells` cells. */
export function unitsNdjson(prefix: string, packs: number, modules: number, cells: number): string {
  const lines: string[] = [];
  for (let p = 0; p < packs; p++) {
    const pack = `${prefix}-P${p}`;
    lines.push(JSON.stringify({ serial: pack, kind: 'PACK' }));
    for (let m = 0; m < modules; m++) {
      const mod = `${pack}-M${m}`;
      lines.push(JSON.stringify({ serial: mod, kind: 'MODULE', parentSerial: pack }));
      for (let c = 0; c < cells; c++) lines.push(JSON.stringify({ serial: `${mod}-C${c}`, kind: 'CELL', parentSerial: mod }));
    }
  }
  return lines.join('\n') + '\n';
}
