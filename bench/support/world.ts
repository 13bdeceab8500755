import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { createHash, randomBytes } from 'node:crypto';

/** A GraphQL call over real HTTP; throws on any error so that a bench never measures a failure. */
export async function gql<T>(url: string, query: string, variables: Record<string, unknown>, key: string | null): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (res.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`GraphQL call failed (${res.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export interface BenchWorld {
  manufacturerId: string;
  manufacturerKey: string;
  parkId: string;
  parkName: string;
  plantId: string;
  modelId: string;
  modelName: string;
}

/** A manufacturer with its key, a park, a plant and a battery model, created as a client would (with a GS1 company prefix and the model's GTIN when `gs1` is given). */
export async function createWorld(
  url: string,
  adminKey: string,
  gs1: { companyPrefix: string; gtin: string } | null = null,
): Promise<BenchWorld> {
  const tag = randomBytes(3).toString('hex');
  const org = await gql<{ createOrganization: { organization: { id: string }; apiKey: string } }>(
    url,
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } apiKey } }`,
    {
      input: {
        kind: 'MANUFACTURER',
        name: `Bench Cells ${tag}`,
        country: 'CN',
        keyName: 'bench',
        ...(gs1 ? { gs1CompanyPrefix: gs1.companyPrefix } : {}),
      },
    },
    adminKey,
  );
  const key = org.createOrganization.apiKey;
  const parkName = `Bench Park ${tag}`;
  const park = await gql<{ createPark: { id: string } }>(
    url,
    `mutation($input: CreateParkInput!) { createPark(input: $input) { id } }`,
    { input: { code: `CN-BENCH-${tag.toUpperCase()}`, name: parkName, country: 'CN', province: 'Inner Mongolia', gridRegion: 'CN-NM' } },
    adminKey,
  );
  const plant = await gql<{ registerPlant: { id: string } }>(
    url,
    `mutation($input: RegisterPlantInput!) { registerPlant(input: $input) { id } }`,
    {
      input: {
        parkId: park.createPark.id,
        name: `Bench Plant ${tag}`,
        address: 'Mengsu Economic Development Zone, Ejin Horo Banner, Ordos, Inner Mongolia, China',
        latitude: 39.4867,
        longitude: 109.9783,
      },
    },
    key,
  );
  // The demo world's LFP car pack (src/demo/demo-world.ts; the functional-unit example of docs/methods/footprint.md).
  const modelName = `Bench LFP-62 Car Pack ${tag}`;
  const model = await gql<{ registerBatteryModel: { id: string } }>(
    url,
    `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id } }`,
    {
      input: {
        name: modelName,
        ...LFP_CAR_PACK,
        ...(gs1 ? { gtin: gs1.gtin } : {}),
      },
    },
    key,
  );
  return {
    manufacturerId: org.createOrganization.organization.id,
    manufacturerKey: key,
    parkId: park.createPark.id,
    parkName,
    plantId: plant.registerPlant.id,
    modelId: model.registerBatteryModel.id,
    modelName,
  };
}

export async function registerBatch(
  url: string,
  world: BenchWorld,
  batchNumber: string,
  declared: { cells: number; modules: number; packs: number } = { cells: 0, modules: 0, packs: 0 },
): Promise<string> {
  const d = await gql<{ registerBatch: { id: string } }>(
    url,
    `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { id } }`,
    {
      input: {
        batchNumber,
        modelId: world.modelId,
        plantId: world.plantId,
        productionStart: '2026-03-01T00:00:00Z',
        productionEnd: '2026-03-15T00:00:00Z',
        declaredCellCount: declared.cells,
        declaredModuleCount: declared.modules,
        declaredPackCount: declared.packs,
      },
    },
    world.manufacturerKey,
  );
  return d.registerBatch.id;
}

/**
 * Environment for an API child process on its own bench database, configured as in production
 * (so every secret production requires is given a value here: random, or derived from the randomly
 * named bench database where every process on it must agree, as CERT_KEK).
 */
export function apiEnv(databaseUrl: string, adminKey: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ADMIN_API_KEY: adminKey,
    // One key-encryption key per bench database: every process on it must unwrap the same keys.
    CERT_KEK: createHash('sha256').update(`bench CERT_KEK ${databaseUrl}`).digest('base64'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    // The API alone, as measured before workers ran in it; the displacement bench starts worker
    // processes of its own. (In-process workers would also share the default queue prefix.)
    RUN_WORKERS: 'false',
    ...overrides,
  };
}

export const newAdminKey = (): string => `bench_admin_${randomBytes(16).toString('hex')}`;
