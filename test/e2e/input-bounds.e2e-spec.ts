import { LFP_CAR_PACK, newBatch, newModel, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { batchWithPacks, GET_RUN, mustRequestRun, REQUEST, RunOut, testQueuePrefix, waitForRun } from '../support/displacement';
import { containerNumber, CREATE_SHIPMENT, glecFactorId, newPackedBatch, sailingInput } from '../support/shipments';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';
import { dropQueueKeys, startWorker, WorkerProcess } from '../support/worker-process';
import {
  batchWithInputs,
  data,
  declaredFootprint,
  ISSUE,
  recordMarchEnergy,
  ISSUE_FIELDS,
  REQUEST as REQUEST_CERTIFICATION,
} from './certificates.fixtures';

/**
 * Issue 12 item 5: numbers that make physical sense. Every numeric input of every mutation is
 * sent a figure no battery, ship or park can have (1e308, 5e-324, -1, 0 where it is not allowed,
 * just beyond the bound); each is BAD_USER_INPUT naming the field and its bound, and no table
 * changes. The bounds and their sources: docs/input-bounds.md.
 */
const REGISTER_MODEL = `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id } }`;
const REGISTER_PLANT = `mutation($input: RegisterPlantInput!) { registerPlant(input: $input) { id } }`;
const ADD_PORT = `mutation($input: AddPortInput!) { addPort(input: $input) { locode } }`;
const REGISTER_BATCH = `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { id } }`;
const AMEND_COUNTS = `mutation($input: AmendDeclaredCountsInput!) { amendDeclaredCounts(input: $input) { id } }`;
const ADD_FACTOR = `mutation($input: AddEmissionFactorInput!) { addEmissionFactor(input: $input) { id } }`;
const RECORD_ENERGY = `mutation($input: RecordParkEnergyInput!) { recordParkEnergy(input: $input) { id } }`;
const CORRECT_ENERGY = `mutation($input: CorrectParkEnergyInput!) { correctParkEnergy(input: $input) { id } }`;
const RECORD_INPUTS = `mutation($input: RecordFootprintInputsInput!) { recordFootprintInputs(input: $input) { id } }`;

/** Sets `path` (`a.b[0].c`) in a copy of `base`, creating objects on the way. */
function withValue(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let at: Record<string, unknown> = copy;
  keys.slice(0, -1).forEach((k) => {
    at[k] ??= {};
    at = at[k] as Record<string, unknown>;
  });
  at[keys[keys.length - 1]] = value;
  return copy;
}

interface Case {
  mutation: string;
  query: string;
  key: () => string;
  base: () => Record<string, unknown>;
  /** Path inside `input`. */
  field: string;
  values: number[];
}

describe('input bounds: numbers no battery, ship or park can have are refused and write nothing', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;
  let certifier: OrgHandle;
  let batch: { id: string };
  let packed: { id: string };
  let glec: string;
  let periodId: string;
  let certificationRequestId: string;
  let serial = 500;

  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKERS: 'false' }); // refused requests write nothing; accepted ones stay queued (no worker here);
    w = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    certifier = await newOrganization(t, 'CERTIFIER');
    batch = await newBatch(t, w, { declaredPackCount: 2 });
    packed = await newPackedBatch(t, w, 10);
    glec = await glecFactorId(t);
    periodId = data(
      await t.gql<{ recordParkEnergy: { id: string } }>(
        RECORD_ENERGY,
        {
          input: {
            parkId: w.park.id,
            periodStart: '2026-04-01',
            periodEnd: '2026-04-30',
            totalKWh: 1_000,
            supplies: [{ source: 'GRID', kWh: 1_000 }],
          },
        },
        w.manufacturer.key,
      ),
    ).recordParkEnergy.id;
    await recordMarchEnergy(t, w);
    const { footprintId } = await declaredFootprint(t, w);
    certificationRequestId = data(
      await t.gql<{ requestCertification: { id: string } }>(
        REQUEST_CERTIFICATION,
        { input: { footprintId, certifierId: certifier.id } },
        w.manufacturer.key,
      ),
    ).requestCertification.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const manufacturer = () => w.manufacturer.key;
  const admin = () => t.adminKey;
  const model = () => ({ name: `Bounds model ${serial++}`, ...LFP_CAR_PACK });
  const shipment = () => {
    const c = containerNumber('BND', serial++);
    return sailingInput({
      consigneeId: buyer.id,
      glecFactorId: glec,
      containers: [{ containerNumber: c, sealNumber: 'SEAL-1', sizeType: '22G1', grossMassKg: 3000 }],
      cargoLines: [{ batchId: packed.id, containerNumber: c, packCount: 1, grossMassKg: 400 }],
    });
  };
  const footprintInputs = () => ({
    batchId: batch.id,
    outputEnergyKWh: 124,
    materials: [
      { material: 'LFP cathode', originCountry: 'CN', massKg: 120, declaredKgCo2ePerKg: 12.5, evidence: 'PCF', recycledShare: 0 },
    ],
    electricity: { meteredKWh: 3_720 },
    processEnergy: [{ name: 'process heat', energyKWh: 2_000, declaredKgCo2ePerKWh: 0.2, evidence: 'invoices' }],
    endOfLife: { declaredKgCo2e: 40, evidence: 'recycler statement' },
    distributionEstimate: { kgCo2e: 30, basis: 'estimate' },
    dataQuality: { teR: 1, geR: 2, tiR: 1, p: 1 },
    offsets: { kgCo2e: 0, scheme: 'VCS' },
  });
  const whatIf = () => ({ scope: { energy: { energyKWh: 60, packKWh: 60, chemistry: 'NMC811' } }, vehicleClass: 'EU_CAR' });
  const factor = (unit: string, kind: string) => () => ({
    code: `BOUNDS-${serial++}`,
    kind,
    name: 'bounds test factor',
    value: 1,
    unit,
    source: 'test',
  });

  const REFUSED = [1e308, 5e-324, -1];
  const cases: Case[] = [
    ...(
      [
        ['nominalEnergyKWh', [...REFUSED, 0, 10_000.001]],
        ['usableEnergyKWh', [...REFUSED, 0]],
        ['capacityAh', [...REFUSED, 0, 1_000_000.5]],
        ['nominalVoltageV', [...REFUSED, 0, 0.49, 2_000.5]],
        ['massKg', [...REFUSED, 0, 100_000.5]],
        ['warrantyYears', [...REFUSED, 0, 50.5]],
        ['expectedCycleLife', [-1, 0, 100_001]],
        ['warrantyKm', [-1, 0, 10_000_001]],
      ] as const
    ).map(([field, values]) => ({
      mutation: 'registerBatteryModel',
      query: REGISTER_MODEL,
      key: manufacturer,
      base: model,
      field,
      values: [...values],
    })),
    ...(
      [
        ['latitude', [1e308, 5e-324, 90.000001, -90.5]],
        ['longitude', [-1e308, 5e-324, 180.5, -181]],
      ] as const
    ).flatMap(([field, values]) => [
      {
        mutation: 'registerPlant',
        query: REGISTER_PLANT,
        key: manufacturer,
        base: () => ({ parkId: w.park.id, name: `Plant ${serial++}`, address: 'Ordos', latitude: 39.49, longitude: 109.97 }),
        field,
        values: [...values],
      },
      {
        mutation: 'addPort',
        query: ADD_PORT,
        key: admin,
        base: () => ({ locode: 'DEHAM', name: 'Hamburg', region: 'EUROPE', latitude: 53.54, longitude: 9.98 }),
        field,
        values: [...values],
      },
    ]),
    ...(['declaredCellCount', 'declaredModuleCount', 'declaredPackCount'] as const).flatMap((field) => [
      {
        mutation: 'registerBatch',
        query: REGISTER_BATCH,
        key: manufacturer,
        base: () => ({
          batchNumber: `BND-${serial++}`,
          modelId: w.model.id,
          plantId: w.plant.id,
          productionStart: '2026-03-01T00:00:00Z',
          productionEnd: '2026-03-15T00:00:00Z',
        }),
        field,
        values: [-1, 100_000_001],
      },
      {
        mutation: 'amendDeclaredCounts',
        query: AMEND_COUNTS,
        key: manufacturer,
        base: () => ({ batchId: batch.id, reason: 'bounds test' }),
        field,
        values: [-1, 100_000_001],
      },
    ]),
    {
      mutation: 'addEmissionFactor',
      query: ADD_FACTOR,
      key: admin,
      base: factor('kgCO2e/kg', 'MATERIAL'),
      field: 'value',
      values: [...REFUSED, 100_000.5],
    },
    {
      mutation: 'addEmissionFactor',
      query: ADD_FACTOR,
      key: admin,
      base: factor('kgCO2e/t-km', 'TRANSPORT'),
      field: 'value',
      values: [10.5],
    },
    {
      mutation: 'addEmissionFactor',
      query: ADD_FACTOR,
      key: admin,
      base: factor('kgCO2e/kg', 'MATERIAL'),
      field: 'year',
      values: [1989, 2101],
    },
    ...(
      [
        ['totalKWh', [...REFUSED, 0, 1.0001e11]],
        ['supplies[0].kWh', [...REFUSED, 1.0001e11]],
      ] as const
    ).map(([field, values]) => ({
      mutation: 'recordParkEnergy',
      query: RECORD_ENERGY,
      key: manufacturer,
      base: () => ({
        parkId: w.park.id,
        periodStart: '2026-05-01',
        periodEnd: '2026-05-31',
        totalKWh: 1_000,
        supplies: [{ source: 'GRID', kWh: 1_000 }],
      }),
      field,
      values: [...values],
    })),
    {
      mutation: 'correctParkEnergy',
      query: CORRECT_ENERGY,
      key: manufacturer,
      base: () => ({ periodId, totalKWh: 1_000, supplies: [{ source: 'GRID', kWh: 1_000 }], reason: 'bounds test' }),
      field: 'totalKWh',
      values: [...REFUSED, 0],
    },
    ...(
      [
        ['outputEnergyKWh', [...REFUSED, 0, 1.0001e10]],
        ['materials[0].massKg', [...REFUSED, 0, 1.0001e9]],
        ['materials[0].declaredKgCo2ePerKg', [...REFUSED, 100_000.5]],
        ['materials[0].recycledShare', [5e-324, -1, 1.0001]],
        ['electricity.meteredKWh', [...REFUSED, 0, 1.0001e11]],
        ['processEnergy[0].energyKWh', [...REFUSED, 0]],
        ['processEnergy[0].declaredKgCo2ePerKWh', [...REFUSED, 10.01]],
        ['endOfLife.declaredKgCo2e', [...REFUSED, 1.0001e11]],
        ['distributionEstimate.kgCo2e', [...REFUSED]],
        ['offsets.kgCo2e', [...REFUSED]],
        ['dataQuality.teR', [1e308, 5e-324, 0, 5.5]],
        ['declaredFullEquivalentCycles.cyclesPerYear', [...REFUSED, 0, 3_650.5]],
      ] as const
    ).map(([field, values]) => ({
      mutation: 'recordFootprintInputs',
      query: RECORD_INPUTS,
      key: manufacturer,
      base: () =>
        field.startsWith('declaredFullEquivalentCycles')
          ? { ...footprintInputs(), declaredFullEquivalentCycles: { cyclesPerYear: 100, justification: 'test' } }
          : footprintInputs(),
      field,
      values: [...values],
    })),
    ...(
      [
        ['containers[0].grossMassKg', [...REFUSED, 0, 40_000.5]],
        ['cargoLines[0].grossMassKg', [...REFUSED, 0]],
        ['cargoLines[0].packCount', [-1, 0, 10_000_001]],
        ['legs[0].distanceKm', [...REFUSED, 0, 40_075.5]],
        ['legs[1].distanceNauticalMiles', [...REFUSED, 0, 21_639.5]],
        ['legs[0].factorOverride.value', [...REFUSED, 0, 10.5]],
      ] as const
    ).map(([field, values]) => ({
      mutation: 'createShipment',
      query: CREATE_SHIPMENT,
      key: manufacturer,
      base: shipment,
      field,
      values: [...values],
    })),
    ...(
      [
        ['scope.energy.energyKWh', [...REFUSED, 0, 1.0001e10]],
        ['scope.energy.packKWh', [...REFUSED, 0, 10_000.5]],
        ['overrides.vehicleLifetimeKm', [...REFUSED, 10_000_001]],
        ['overrides.fuelLitresPer100Km', [...REFUSED, 0]],
        ['overrides.tailpipeKgCo2PerKgFuel', [5e-324, 3.7]],
        ['overrides.gridKgCo2ePerKWh', [...REFUSED, 10.5]],
        ['overrides.chargingEfficiency', [5e-324, 0, 1.01]],
        ['overrides.packKWh', [...REFUSED]],
        ['overrides.cycleLife', [1e308, 0]],
        ['overrides.evKWhPer100Km', [5e-324, 1_000.5]],
      ] as const
    ).map(([field, values]) => ({
      mutation: 'requestDisplacement',
      query: REQUEST,
      key: manufacturer,
      base: whatIf,
      field,
      values: [...values],
    })),
    {
      mutation: 'issueCertificate',
      query: ISSUE,
      key: () => certifier.key,
      base: () => ({ requestId: certificationRequestId, ...ISSUE_FIELDS }),
      field: 'materialityPercent',
      values: [...REFUSED, 0, 100.5],
    },
  ];

  /** Runs `call`, expects BAD_USER_INPUT naming `field`, and checks that no table changed. */
  async function refused(call: () => Promise<GqlResult>, field: string) {
    const before = await t.snapshot();
    const err = expectError(await call(), 'BAD_USER_INPUT');
    expect({ field: err.extensions?.field }).toEqual({ field });
    expect(await t.snapshot()).toEqual(before);
    return err;
  }

  it.each(cases.map((c) => [c.mutation, c.field, c] as const))('%s input.%s', async (_m, _f, c) => {
    for (const v of c.values) {
      const err = await refused(() => t.gql(c.query, { input: withValue(c.base(), c.field, v) }, c.key()), `input.${c.field}`);
      expect(err.message).toMatch(new RegExp(`^input\\.${c.field.replace(/[.[\]]/g, '\\$&')}: must be `));
      expect(err.message).toContain(`got ${v}`);
    }
    // The same input with its own value is accepted: the refusal was the figure, not the rest.
    const ok = await t.gql(c.query, { input: c.base() }, c.key());
    expect(ok.errors?.map((e) => e.message).filter((m) => m.startsWith(`input.${c.field}:`)) ?? []).toEqual([]);
  });

  it('names the bound in the message: a 1e308 kWh battery model', async () => {
    const err = await refused(
      () => t.gql(REGISTER_MODEL, { input: { ...model(), nominalEnergyKWh: 1e308 } }, manufacturer()),
      'input.nominalEnergyKWh',
    );
    expect(err.message).toBe('input.nominalEnergyKWh: must be between 0.0001 and 10000 kWh, got 1e+308');
    expect(err.extensions).toMatchObject({ min: 0.0001, max: 10000, unit: 'kWh' });
  });

  it('the what-if finding: 1e308 kWh over packs of 5e-324 kWh is refused, not answered with 0 vehicles', async () => {
    const err = await refused(
      () =>
        t.gql(
          REQUEST,
          { input: { scope: { energy: { energyKWh: 1e308, packKWh: 5e-324, chemistry: 'NMC811' } }, vehicleClass: 'EU_CAR' } },
          manufacturer(),
        ),
      'input.scope.energy.energyKWh',
    );
    expect(err.message).toContain('got 1e+308');
  });

  it('the INTERNAL_SERVER_ERROR findings: a 5e-324 kg container and a 1e308 kg material are BAD_USER_INPUT', async () => {
    await refused(
      () => t.gql(CREATE_SHIPMENT, { input: withValue(shipment(), 'containers[0].grossMassKg', 5e-324) }, manufacturer()),
      'input.containers[0].grossMassKg',
    );
    await refused(
      () => t.gql(RECORD_INPUTS, { input: withValue(footprintInputs(), 'materials[0].massKg', 1e308) }, manufacturer()),
      'input.materials[0].massKg',
    );
  });

  it('a footprint over a model stored before the bounds (1e308 kWh) is refused, naming the figures, and writes nothing', async () => {
    const extreme = await newModel(t, w.manufacturer);
    await t.db.query('UPDATE battery_models SET nominal_energy_kwh = 1e308, usable_energy_kwh = 1e308 WHERE id = $1', [extreme.id]);
    const { batchId } = await batchWithInputs(t, { ...w, model: extreme });
    const err = await refused(
      () =>
        t.gql(
          `mutation($input: CalculateFootprintInput!) { calculateFootprint(input: $input) { id } }`,
          { input: { batchId, rulesetId: 'EU_CFB_DRAFT_2024' } },
          manufacturer(),
        ),
      'input.batchId',
    );
    expect(err.message).toContain('beyond what a number can hold');
    expect(err.extensions?.nonFinite).toEqual(expect.arrayContaining(['outputEnergyKWh']));
    // Allocating plant electricity needs the batch output: packs × 1e308 kWh is asked for, not a database overflow.
    const allocated = withValue(footprintInputs(), 'electricity', { plantMeteredKWh: 1_000, plantOutputEnergyKWh: 1_000 });
    delete allocated.outputEnergyKWh;
    const asked = await refused(() => t.gql(RECORD_INPUTS, { input: { ...allocated, batchId } }, manufacturer()), 'input.outputEnergyKWh');
    expect(asked.message).toContain('beyond what a number can hold');
  });

  it('transport emissions over a factor row stored before the bounds (1e308 per t-km) are refused and write nothing', async () => {
    const [{ id }]: { id: string }[] = await t.db.query(
      `INSERT INTO emission_factors (code, version, kind, name, value, unit, source, region, year, series, material, chemistry,
                                     transport_mode, is_default, notes, created_by)
       SELECT 'LEGACY-HUGE-SEA', 1, kind, name, 1e308, unit, source, region, year, series, material, chemistry, transport_mode, false, notes,
              'test'
         FROM emission_factors WHERE id = $1 RETURNING id::text`,
      [glec],
    );
    const err = await refused(
      () => t.gql(CREATE_SHIPMENT, { input: withValue(shipment(), 'legs[1].factorId', id) }, manufacturer()),
      'input.legs',
    );
    expect(err.message).toContain('beyond what a number can hold');
  });

  it('real figures at the edges pass: a 3.9 MWh storage container, a 30,480 kg container, a 5 TWh park-year', async () => {
    const storage = await t.gql(
      REGISTER_MODEL,
      {
        input: {
          ...model(),
          category: 'STATIONARY',
          vehicleCategory: null,
          nominalEnergyKWh: 3_916,
          usableEnergyKWh: 3_916,
          capacityAh: 2_800,
          nominalVoltageV: 1_400,
          massKg: 38_100,
          expectedCycleLife: 7_300,
          warrantyYears: 20,
          warrantyKm: null,
        },
      },
      manufacturer(),
    );
    expect(storage.errors).toBeUndefined();
    const ship = withValue(shipment(), 'containers[0].grossMassKg', 30_480);
    expect((await t.gql(CREATE_SHIPMENT, { input: ship }, manufacturer())).errors).toBeUndefined();
    const park = await t.gql(
      RECORD_ENERGY,
      {
        input: {
          parkId: w.park.id,
          periodStart: '2026-06-01',
          periodEnd: '2026-06-30',
          totalKWh: 5e9,
          supplies: [{ source: 'GRID', kWh: 5e9 }],
        },
      },
      manufacturer(),
    );
    expect(park.errors).toBeUndefined();
  });
});

describe('input bounds: a run over a battery model stored before the bounds fails with its reason', () => {
  let t: TestApp;
  let worker: WorkerProcess;
  let w: World;
  const prefix = testQueuePrefix('bounds');

  beforeAll(async () => {
    t = await startTestApp({ BULLMQ_PREFIX: prefix, RUN_WORKERS: 'false' });
    worker = await startWorker({ DATABASE_URL: t.config.databaseUrl, REDIS_URL: t.config.redisUrl, BULLMQ_PREFIX: prefix });
    w = await newWorld(t);
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await dropQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
  });

  it('a 1e308 kWh model: the run is FAILED with a reason, stores no null figures, and displacementRun(id) answers', async () => {
    const extreme = await newModel(t, w.manufacturer);
    // What registerBatteryModel accepted before the bounds.
    await t.db.query('UPDATE battery_models SET nominal_energy_kwh = 1e308, usable_energy_kwh = 1e308 WHERE id = $1', [extreme.id]);
    const b = await batchWithPacks(t, { ...w, model: extreme }, 3);
    const queued = await mustRequestRun(t, w.manufacturer.key, { scope: { batchId: b.id }, vehicleClass: 'EU_CAR' });
    const run = await waitForRun(t, w.manufacturer.key, queued.id, 60_000, worker.output);
    expect(run.status).toBe('FAILED');
    expect(run.result).toBeNull();
    expect(run.error).toMatch(/^non-finite result: chunk \d+ computed .* beyond what a number can hold/);
    expect(run.error).toContain('1e+308 kWh');
    const again = await t.gql<{ displacementRun: RunOut }>(GET_RUN, { id: queued.id }, w.manufacturer.key);
    expect(again.errors).toBeUndefined();
    const stored: { result: unknown; chunksWritten: number }[] = await t.db.query(
      `SELECT r.result, (SELECT count(*)::int FROM displacement_chunks c WHERE c.run_id = r.id AND c.done_at IS NOT NULL) AS "chunksWritten"
         FROM displacement_runs r WHERE r.id = $1`,
      [queued.id],
    );
    expect(stored).toEqual([{ result: null, chunksWritten: 0 }]);

    // A sound model in the same world still completes.
    const sound = await batchWithPacks(t, w, 2);
    const ok = await mustRequestRun(t, w.manufacturer.key, { scope: { batchId: sound.id }, vehicleClass: 'EU_CAR' });
    expect((await waitForRun(t, w.manufacturer.key, ok.id, 60_000, worker.output)).status).toBe('COMPLETED');
  });
});
