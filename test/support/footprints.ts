import { newBatch, World } from './factories';
import type { GqlResult, TestApp } from './test-app';

/**
 * Footprint factories for e2e tests: park energy, batch inputs, a CALCULATED or DECLARED
 * footprint, each made through the real GraphQL API. Material, electricity and end-of-life
 * values are test fixtures, not domain figures.
 */
export function data<T>(r: GqlResult<T>): T {
  if (r.errors?.length || !r.data) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export interface EnergyOptions {
  totalKWh?: number;
  supplies?: Record<string, unknown>[];
}

/** The park's energy for March 2026 (the default batch production window): by default 100,000 kWh, 80% over a direct wind line. */
export async function recordMarchEnergy(t: TestApp, w: World, o: EnergyOptions = {}): Promise<{ id: string }> {
  return data(
    await t.gql<{ recordParkEnergy: { id: string } }>(
      `mutation($input: RecordParkEnergyInput!) { recordParkEnergy(input: $input) { id } }`,
      {
        input: {
          parkId: w.park.id,
          periodStart: '2026-03-01',
          periodEnd: '2026-03-31',
          totalKWh: o.totalKWh ?? 100_000,
          supplies: o.supplies ?? [
            { source: 'DIRECT_LINE', kWh: 80_000, meterIds: ['WIND-LINE-1'] },
            { source: 'GRID', kWh: 20_000 },
          ],
        },
      },
      w.manufacturer.key,
    ),
  ).recordParkEnergy;
}

/** recordFootprintInputs' input for a batch: the fixture values below, with any top-level field replaced by `overrides`. */
export function footprintInputsInput(batchId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    batchId,
    materials: [
      {
        material: 'LFP cathode active material',
        supplierName: 'Cathode Co.',
        originCountry: 'CN',
        massKg: 120,
        declaredKgCo2ePerKg: 12.5,
        evidence: 'supplier PCF (fixture)',
      },
    ],
    electricity: { meteredKWh: 3_720, meterIds: ['PLANT-MAIN'] },
    endOfLife: { declaredKgCo2e: 40, evidence: 'recycler statement (fixture)' },
    distributionEstimate: { kgCo2e: 30, basis: 'rail and sea, estimated (fixture)' },
    ...overrides,
  };
}

export async function recordFootprintInputs(t: TestApp, w: World, batchId: string, overrides: Record<string, unknown> = {}): Promise<void> {
  data(
    await t.gql(
      `mutation($input: RecordFootprintInputsInput!) { recordFootprintInputs(input: $input) { id } }`,
      { input: footprintInputsInput(batchId, overrides) },
      w.manufacturer.key,
    ),
  );
}

/** A new batch of 2 LFP packs (declared 2 packs, 8 modules, 96 cells) with its inputs recorded. */
export async function batchWithInputs(t: TestApp, w: World, inputs: Record<string, unknown> = {}): Promise<{ batchId: string }> {
  const batchId = (await newBatch(t, w, { declaredPackCount: 2, declaredModuleCount: 8, declaredCellCount: 96 })).id;
  await recordFootprintInputs(t, w, batchId, inputs);
  return { batchId };
}

const FP = `id version status inputsSha256 kgCo2ePerKWhLifetime`;

export interface FootprintHandle {
  id: string;
  version: number;
  status: string;
}

export async function calculateFootprint(t: TestApp, w: World, batchId: string, rulesetId = 'EU_CFB_DRAFT_2024'): Promise<FootprintHandle> {
  return data(
    await t.gql<{ calculateFootprint: FootprintHandle }>(
      `mutation($input: CalculateFootprintInput!) { calculateFootprint(input: $input) { ${FP} } }`,
      { input: { batchId, rulesetId } },
      w.manufacturer.key,
    ),
  ).calculateFootprint;
}

export async function declareFootprint(t: TestApp, w: World, footprintId: string): Promise<FootprintHandle> {
  return data(
    await t.gql<{ declareFootprint: FootprintHandle }>(
      `mutation($input: DeclareFootprintInput!) { declareFootprint(input: $input) { ${FP} } }`,
      { input: { footprintId } },
      w.manufacturer.key,
    ),
  ).declareFootprint;
}

/** Calculates the batch's footprint anew and declares that version. */
export async function calculateAndDeclare(t: TestApp, w: World, batchId: string): Promise<FootprintHandle> {
  return declareFootprint(t, w, (await calculateFootprint(t, w, batchId)).id);
}

export interface FootprintOptions {
  /** Record the inputs for this existing batch; default: a new batch (batchWithInputs). */
  batchId?: string;
  /** Top-level recordFootprintInputs fields replacing the fixture values. */
  inputs?: Record<string, unknown>;
  rulesetId?: string;
}

/** Records inputs and calculates: a CALCULATED footprint. The park's energy must cover the production period (recordMarchEnergy). */
export async function newCalculatedFootprint(
  t: TestApp,
  w: World,
  o: FootprintOptions = {},
): Promise<{ batchId: string; footprintId: string }> {
  let batchId = o.batchId;
  if (batchId) await recordFootprintInputs(t, w, batchId, o.inputs);
  else batchId = (await batchWithInputs(t, w, o.inputs)).batchId;
  const f = await calculateFootprint(t, w, batchId, o.rulesetId);
  return { batchId, footprintId: f.id };
}

/** Records inputs, calculates and declares: a DECLARED footprint. */
export async function newDeclaredFootprint(
  t: TestApp,
  w: World,
  o: FootprintOptions = {},
): Promise<{ batchId: string; footprintId: string }> {
  const { batchId, footprintId } = await newCalculatedFootprint(t, w, o);
  await declareFootprint(t, w, footprintId);
  return { batchId, footprintId };
}
