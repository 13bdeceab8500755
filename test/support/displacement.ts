import { randomBytes } from 'node:crypto';
import { newBatch, unitsNdjson, World } from './factories';
import type { GqlResult, TestApp } from './test-app';

/** Displacement helpers for e2e tests: request a run, wait for it, create batches with real packs. */
export const RESULT_FIELDS = `label vehicles creditedKmPerPack fuelDisplacedLitres fuelDisplacedTonnes tailpipeCo2Tonnes
  wellToWheelCo2eTonnes evElectricityMWh evUseCo2eTonnes batteryEmbodiedCo2eTonnes netCo2eTonnes tailpipeCo2PerTonneFuel netCo2ePerTonneFuel`;

export const RUN_FIELDS = `id status error coverage vehicleClass market
  scope { kind batchId shipmentId parkId year energyKWh }
  progress { unitsDone unitsTotal chunksDone chunksTotal }
  parameters { defaultsVersion vehicleClass market fuelType vehicleLifetimeKm fuelLitresPer100Km fuelDensityKgPerL tailpipeKgCo2PerKgFuel
    upstreamUplift evKWhPer100Km chargingEfficiency gridKgCo2ePerKWh cycleLife averageStateOfHealth electricShare
    sources { parameter value origin source } }
  packGroups { batchId packKWh packKWhSource batteryKgCo2ePerKWhCapacity batteryFactorSource vehicles }
  result { ${RESULT_FIELDS} }
  requestedAt startedAt completedAt`;

export interface DisplacementFiguresOut {
  label: string;
  vehicles: number;
  creditedKmPerPack: number;
  fuelDisplacedLitres: number;
  fuelDisplacedTonnes: number;
  tailpipeCo2Tonnes: number;
  wellToWheelCo2eTonnes: number;
  evElectricityMWh: number;
  evUseCo2eTonnes: number;
  batteryEmbodiedCo2eTonnes: number;
  netCo2eTonnes: number;
  tailpipeCo2PerTonneFuel: number | null;
  netCo2ePerTonneFuel: number | null;
}

export interface RunOut {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';
  error: string | null;
  coverage: string;
  vehicleClass: string;
  market: string;
  scope: {
    kind: string;
    batchId: string | null;
    shipmentId: string | null;
    parkId: string | null;
    year: number | null;
    energyKWh: number | null;
  };
  progress: { unitsDone: number; unitsTotal: number | null; chunksDone: number; chunksTotal: number | null };
  parameters: Record<string, unknown> & { sources: { parameter: string; value: string; origin: string; source: string }[] };
  packGroups: {
    batchId: string | null;
    packKWh: number;
    packKWhSource: string;
    batteryKgCo2ePerKWhCapacity: number;
    batteryFactorSource: string;
    vehicles: number | null;
  }[];
  result: DisplacementFiguresOut | null;
}

export const REQUEST = `mutation($input: RequestDisplacementInput!) { requestDisplacement(input: $input) { ${RUN_FIELDS} } }`;
export const GET_RUN = `query($id: ID!) { displacementRun(id: $id) { ${RUN_FIELDS} } }`;

export async function requestRun(
  t: TestApp,
  key: string,
  input: Record<string, unknown>,
): Promise<GqlResult<{ requestDisplacement: RunOut }>> {
  return t.gql<{ requestDisplacement: RunOut }>(REQUEST, { input }, key);
}

export async function mustRequestRun(t: TestApp, key: string, input: Record<string, unknown>): Promise<RunOut> {
  const r = await requestRun(t, key, input);
  if (r.errors?.length || !r.data) throw new Error(`requestDisplacement failed: ${JSON.stringify(r.errors)}`);
  return r.data.requestDisplacement;
}

export async function getRun(t: TestApp, key: string, id: string): Promise<RunOut> {
  const r = await t.gql<{ displacementRun: RunOut }>(GET_RUN, { id }, key);
  if (r.errors?.length || !r.data) throw new Error(`displacementRun failed: ${JSON.stringify(r.errors)}`);
  return r.data.displacementRun;
}

/** Polls until the run is COMPLETED or FAILED (bounded). */
export async function waitForRun(t: TestApp, key: string, id: string, timeoutMs = 60_000, onPoll?: () => string): Promise<RunOut> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await getRun(t, key, id);
    if (run.status === 'COMPLETED' || run.status === 'FAILED') return run;
    if (Date.now() > deadline)
      throw new Error(`run ${id} still ${run.status} after ${timeoutMs} ms ${JSON.stringify(run.progress)}\n${onPoll?.() ?? ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A batch with `packs` packs (no cells or modules), uploaded through the real bulk endpoint. */
export async function batchWithPacks(
  t: TestApp,
  w: World,
  packs: number,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; batchNumber: string }> {
  const batch = await newBatch(t, w, { declaredPackCount: packs, ...overrides });
  if (packs > 0) {
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson(`D${randomBytes(4).toString('hex')}`, packs, 0, 0),
    });
    if (res.status !== 200) throw new Error(`unit upload failed: ${res.status} ${await res.text()}`);
  }
  return batch;
}

/** A queue prefix of its own for one test file, so that tests never share BullMQ queues. */
export const testQueuePrefix = (name: string) => `bt-${name}-${randomBytes(4).toString('hex')}`;
