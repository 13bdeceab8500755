import { EU_CAR_DOMAIN_PARAMETERS } from '../support/domain-fixtures';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { computeDisplacement, DisplacementParameters, PackGroup } from '../../src/displacement/displacement-formula';
import { newModel, newOrganization, newPlant, newWorld, OrgHandle, World } from '../support/factories';
import { batchWithPacks, mustRequestRun, requestRun, RESULT_FIELDS, RunOut, testQueuePrefix, waitForRun } from '../support/displacement';
import { CREATE_SHIPMENT, glecFactorId, sailingInput } from '../support/shipments';
import { expectError, startTestApp, TestApp } from '../support/test-app';
import { dropQueueKeys, startWorker, WorkerProcess } from '../support/worker-process';

const EU_CAR: DisplacementParameters = EU_CAR_DOMAIN_PARAMETERS;

function expectFigures(actual: RunOut['result'], expected: ReturnType<typeof computeDisplacement>): void {
  expect(actual).not.toBeNull();
  for (const k of [
    'vehicles',
    'fuelDisplacedLitres',
    'tailpipeCo2Tonnes',
    'wellToWheelCo2eTonnes',
    'evUseCo2eTonnes',
    'batteryEmbodiedCo2eTonnes',
    'netCo2eTonnes',
  ] as const) {
    expect(actual![k]).toBeCloseTo(expected[k], 6);
  }
}

describe('displacement: runs through real worker processes', () => {
  let t: TestApp;
  let worker: WorkerProcess;
  let w: World;
  const prefix = testQueuePrefix('disp');

  beforeAll(async () => {
    t = await startTestApp({ BULLMQ_PREFIX: prefix, RUN_WORKERS: 'false' });
    worker = await startWorker({
      DATABASE_URL: t.config.databaseUrl,
      REDIS_URL: t.config.redisUrl,
      BULLMQ_PREFIX: prefix,
      DISPLACEMENT_CHUNK_PACKS: '4',
    });
    w = await newWorld(t);
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await dropQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
  });

  it('a what-if over one 60 kWh NMC car pack in the EU gives the docs/methods/displacement.md worked check', async () => {
    const queued = await mustRequestRun(t, w.manufacturer.key, {
      scope: { energy: { energyKWh: 60, packKWh: 60, chemistry: 'NMC811' } },
      vehicleClass: 'EU_CAR',
    });
    expect(queued.status).toBe('QUEUED');
    expect(queued.result).toBeNull();
    expect(queued.coverage).toBe('WHAT_IF');
    const run = await waitForRun(t, w.manufacturer.key, queued.id, 60_000, worker.output);
    expect(run.status).toBe('COMPLETED');
    const r = run.result!;
    // docs/methods/displacement.md: 14,000 L, 10.43 t gasoline, 32.02 t tailpipe, 38.42 t WTW, 37.78 MWh, 7.933 t EV, 4.5 t battery, 25.99 t net.
    expect(r.vehicles).toBe(1);
    expect(r.fuelDisplacedLitres).toBeCloseTo(14_000, 6);
    expect(r.fuelDisplacedTonnes).toBeCloseTo(10.43, 2);
    expect(r.tailpipeCo2Tonnes).toBeCloseTo(32.02, 2);
    expect(r.wellToWheelCo2eTonnes).toBeCloseTo(38.42, 2);
    expect(r.evElectricityMWh).toBeCloseTo(37.78, 2);
    expect(r.evUseCo2eTonnes).toBeCloseTo(7.933, 3);
    expect(r.batteryEmbodiedCo2eTonnes).toBeCloseTo(4.5, 9);
    expect(r.netCo2eTonnes).toBeCloseTo(25.99, 2);
    expect(r.label).toMatch(/modelled estimate/i);
    expect(run.market).toBe('EU');
    expect(run.parameters.defaultsVersion).toBe('battrace-displacement-defaults-v1');
    expect(run.parameters.sources.find((s) => s.parameter === 'gridKgCo2ePerKWh')).toMatchObject({ value: '0.21', origin: 'DEFAULT' });
    expect(run.packGroups).toEqual([expect.objectContaining({ batchId: null, packKWh: 60, batteryKgCo2ePerKWhCapacity: 75, vehicles: 1 })]);
    expect(run.progress).toMatchObject({ unitsDone: 1, unitsTotal: 1, chunksDone: 1, chunksTotal: 1 });
  });

  it('a batch run counts the batch’s traced packs, chunk by chunk, with the model’s pack size and the LFP default', async () => {
    const batch = await batchWithPacks(t, w, 10);
    const run = await waitForRun(
      t,
      w.manufacturer.key,
      (await mustRequestRun(t, w.manufacturer.key, { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR' })).id,
      60_000,
      worker.output,
    );
    expect(run.status).toBe('COMPLETED');
    // 10 packs in chunks of 4 (DISPLACEMENT_CHUNK_PACKS): 3 chunks.
    expect(run.progress).toEqual({ unitsDone: 10, unitsTotal: 10, chunksDone: 3, chunksTotal: 3 });
    // The factory model is LFP, 62 kWh nominal: docs/methods/displacement.md LFP default 60 kg CO2e/kWh.
    expect(run.packGroups).toEqual([
      expect.objectContaining({ batchId: batch.id, packKWh: 62, batteryKgCo2ePerKWhCapacity: 60, vehicles: 10 }),
    ]);
    expect(run.result!.batteryEmbodiedCo2eTonnes).toBeCloseTo((10 * 62 * 60) / 1000, 9);
    expectFigures(run.result, computeDisplacement(EU_CAR, [{ vehicles: 10, packKWh: 62, batteryKgCo2ePerKWhCapacity: 60 }]));
  });

  it('a park-year run covers the park’s batches that ended production that year, over several chunks', async () => {
    const m = await newOrganization(t, 'MANUFACTURER');
    const park = (
      await t.gql<{ createPark: { id: string } }>(
        `mutation($input: CreateParkInput!) { createPark(input: $input) { id } }`,
        {
          input: {
            code: `CN-DISP-${Date.now()}`,
            name: 'Displacement park',
            country: 'CN',
            province: 'Inner Mongolia',
            gridRegion: 'CN-NM',
          },
        },
        t.adminKey,
      )
    ).data!.createPark;
    const plant = await newPlant(t, m, park.id);
    const lfp = await newModel(t, m);
    const nmc = await newModel(t, m, { chemistry: 'NMC811', nominalEnergyKWh: 75, usableEnergyKWh: 72 });
    const pw: World = { manufacturer: m, park, plant, model: lfp };
    const a = await batchWithPacks(t, pw, 7);
    const b = await batchWithPacks(t, { ...pw, model: nmc }, 6, {
      productionStart: '2026-12-01T00:00:00Z',
      productionEnd: '2026-12-31T23:00:00Z',
    });
    await batchWithPacks(t, pw, 5, { productionStart: '2025-06-01T00:00:00Z', productionEnd: '2025-06-30T00:00:00Z' }); // another year
    // Another manufacturer's batch in the same park: the administrator's run counts it, the manufacturer's does not.
    const other = await newOrganization(t, 'MANUFACTURER');
    const otherWorld: World = { manufacturer: other, park, plant: await newPlant(t, other, park.id), model: await newModel(t, other) };
    const c = await batchWithPacks(t, otherWorld, 3);

    const own = await waitForRun(
      t,
      m.key,
      (await mustRequestRun(t, m.key, { scope: { parkYear: { parkId: park.id, year: 2026 } }, vehicleClass: 'EU_CAR' })).id,
    );
    expect(own.status).toBe('COMPLETED');
    expect(own.coverage).toBe('MANUFACTURER');
    expect(own.packGroups.map((g) => g.batchId).sort()).toEqual([a.id, b.id].sort());
    expect(own.progress.unitsDone).toBe(13);
    expect(own.progress.chunksTotal).toBeGreaterThan(1);
    const groups: PackGroup[] = [a, b]
      .map((x) =>
        x.id === a.id
          ? { id: x.id, g: { vehicles: 7, packKWh: 62, batteryKgCo2ePerKWhCapacity: 60 } }
          : { id: x.id, g: { vehicles: 6, packKWh: 75, batteryKgCo2ePerKWhCapacity: 75 } },
      )
      .sort((p, q) => (p.id < q.id ? -1 : 1))
      .map((p) => p.g);
    expectFigures(own.result, computeDisplacement(EU_CAR, groups));

    const all = await waitForRun(
      t,
      t.adminKey,
      (await mustRequestRun(t, t.adminKey, { scope: { parkYear: { parkId: park.id, year: 2026 } }, vehicleClass: 'EU_CAR' })).id,
    );
    expect(all.coverage).toBe('ALL');
    expect(all.packGroups.map((g) => g.batchId).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(all.result!.vehicles).toBe(16);

    // The summary: the manufacturer sees its own run; the administrator the run over all packs.
    const SUMMARY = `query($p: ID!, $y: Int!) { parkDisplacementSummary(parkId: $p, year: $y) { year groups { market vehicleClass runIds result { ${RESULT_FIELDS} } } } }`;
    type Summary = {
      parkDisplacementSummary: {
        groups: { market: string; vehicleClass: string; runIds: string[]; result: { vehicles: number; netCo2eTonnes: number } }[];
      };
    };
    const mine = await t.gql<Summary>(SUMMARY, { p: park.id, y: 2026 }, m.key);
    expect(mine.data!.parkDisplacementSummary.groups).toEqual([
      expect.objectContaining({
        market: 'EU',
        vehicleClass: 'EU_CAR',
        runIds: [own.id],
        result: expect.objectContaining({ vehicles: 13 }),
      }),
    ]);
    const admin = await t.gql<Summary>(SUMMARY, { p: park.id, y: 2026 }, t.adminKey);
    expect(admin.data!.parkDisplacementSummary.groups).toEqual([
      expect.objectContaining({ runIds: [all.id], result: expect.objectContaining({ vehicles: 16 }) }),
    ]);
    expect(admin.data!.parkDisplacementSummary.groups[0].result.netCo2eTonnes).toBeCloseTo(all.result!.netCo2eTonnes, 9);
    expectError(await t.gql(SUMMARY, { p: park.id, y: 2026 }, (await newOrganization(t, 'BUYER')).key), 'FORBIDDEN');
  });

  it('a shipment run takes the consignee’s market and grid; its parties may run it, others may not', async () => {
    const buyer = await t.gql<{ createOrganization: { organization: { id: string }; apiKey: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } apiKey } }`,
      { input: { kind: 'BUYER', name: `buyer-de-${Date.now()}`, country: 'DE' } },
      t.adminKey,
    );
    const consignee: OrgHandle = {
      id: buyer.data!.createOrganization.organization.id,
      key: buyer.data!.createOrganization.apiKey,
      name: 'de',
      kind: 'BUYER',
    };
    const batch = await batchWithPacks(t, w, 5);
    const shipment = await t.gql<{ createShipment: { id: string } }>(
      CREATE_SHIPMENT,
      {
        input: sailingInput({
          consigneeId: consignee.id,
          glecFactorId: await glecFactorId(t),
          cargoLines: [{ batchId: batch.id, containerNumber: 'CSQU3054383', packCount: 3, grossMassKg: 1500 }],
        }),
      },
      w.manufacturer.key,
    );
    if (!shipment.data) throw new Error(`createShipment failed: ${JSON.stringify(shipment.errors)}`);
    const shipmentId = shipment.data.createShipment.id;

    const run = await waitForRun(
      t,
      consignee.key,
      (await mustRequestRun(t, consignee.key, { scope: { shipmentId }, vehicleClass: 'VAN' })).id,
    );
    expect(run.status).toBe('COMPLETED');
    expect(run.market).toBe('EU');
    expect(run.parameters.sources.find((s) => s.parameter === 'market')).toMatchObject({ origin: 'SHIPMENT' });
    expect(run.parameters.gridKgCo2ePerKWh).toBe(0.21);
    expect(run.parameters.fuelType).toBe('DIESEL');
    expect(run.result!.vehicles).toBe(3); // the packs on the shipment, not the batch's 5
    expectError(await requestRun(t, (await newOrganization(t, 'BUYER')).key, { scope: { shipmentId }, vehicleClass: 'VAN' }), 'FORBIDDEN');
    // The buyer sees its shipment, not the whole batch.
    expectError(await requestRun(t, consignee.key, { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR' }), 'FORBIDDEN');
    // A batch run also follows the consignee's market once a shipment says where its packs went.
    const batchRun = await mustRequestRun(t, w.manufacturer.key, { scope: { batchId: batch.id }, vehicleClass: 'VAN' });
    expect(batchRun.market).toBe('EU');
  });

  it('refuses bad input with BAD_USER_INPUT naming the parameter, and writes nothing', async () => {
    const batch = await batchWithPacks(t, w, 1);
    const before = await t.snapshot();
    const bad: [Record<string, unknown>, string][] = [
      [{ scope: {}, vehicleClass: 'EU_CAR' }, 'input.scope'],
      [{ scope: { batchId: batch.id, energy: { energyKWh: 60, chemistry: 'LFP' } }, vehicleClass: 'EU_CAR' }, 'input.scope'],
      [{ scope: { parkYear: { parkId: w.park.id, year: 2031 } }, vehicleClass: 'EU_CAR' }, 'input.scope.parkYear.year'],
      [{ scope: { batchId: batch.id }, vehicleClass: 'EU_CAR', overrides: { vehicleLifetimeKm: -1 } }, 'input.overrides.vehicleLifetimeKm'],
      [{ scope: { batchId: batch.id }, vehicleClass: 'EU_CAR', overrides: { fuelDensityKgPerL: 0 } }, 'input.overrides.fuelDensityKgPerL'],
      [
        { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR', overrides: { chargingEfficiency: 1.2 } },
        'input.overrides.chargingEfficiency',
      ],
      [{ scope: { batchId: batch.id }, vehicleClass: 'EU_CAR', overrides: { packKWh: 0 } }, 'input.overrides.packKWh'],
      [{ scope: { energy: { energyKWh: 0, chemistry: 'LFP' } }, vehicleClass: 'EU_CAR' }, 'input.scope.energy.energyKWh'],
      [{ scope: { energy: { energyKWh: 60 } }, vehicleClass: 'EU_CAR' }, 'input.scope.energy.chemistry'],
      [{ scope: { energy: { energyKWh: 60, chemistry: 'NCA' } }, vehicleClass: 'EU_CAR' }, 'input.overrides.batteryKgCo2ePerKWhCapacity'],
      [{ scope: { batchId: batch.id }, vehicleClass: 'CITY_BUS' }, 'input.market'],
      [{ scope: { batchId: 'not-an-id' }, vehicleClass: 'EU_CAR' }, 'input.scope.batchId'],
      [{ scope: { batchId: batch.id }, vehicleClass: 'BOAT' }, 'input.vehicleClass'],
      [{ scope: { batchId: batch.id }, vehicleClass: 'VAN', market: 'MARS' }, 'input.market'],
      [
        { scope: { batchId: batch.id }, vehicleClass: 'VAN', market: 'EU', overrides: { fuelType: 'KEROSENE' } },
        'input.overrides.fuelType',
      ],
    ];
    for (const [input, field] of bad) {
      const err = expectError(await requestRun(t, w.manufacturer.key, input), 'BAD_USER_INPUT');
      expect(`${JSON.stringify(input)} -> ${err.extensions?.field}`).toBe(`${JSON.stringify(input)} -> ${field}`);
    }
    expectError(
      await requestRun(t, w.manufacturer.key, { scope: { batchId: '00000000-0000-4000-8000-000000000000' }, vehicleClass: 'EU_CAR' }),
      'NOT_FOUND',
    );
    expectError(
      await requestRun(t, w.manufacturer.key, {
        scope: { parkYear: { parkId: '00000000-0000-4000-8000-000000000000', year: 2026 } },
        vehicleClass: 'EU_CAR',
      }),
      'NOT_FOUND',
    );
    expect(await t.snapshot()).toEqual(before);
  });

  it('keeps runs to their requester and operations to the right callers', async () => {
    const batch = await batchWithPacks(t, w, 1);
    const run = await mustRequestRun(t, w.manufacturer.key, { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR' });
    const other = await newOrganization(t, 'MANUFACTURER');
    expectError(await t.gql(`query($id: ID!) { displacementRun(id: $id) { id } }`, { id: run.id }, other.key), 'FORBIDDEN');
    expect(
      (await t.gql<{ displacementRun: { id: string } }>(`query($id: ID!) { displacementRun(id: $id) { id } }`, { id: run.id }, t.adminKey))
        .data?.displacementRun.id,
    ).toBe(run.id);
    expectError(await requestRun(t, other.key, { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR' }), 'FORBIDDEN');
    expectError(
      await requestRun(t, (await newOrganization(t, 'CERTIFIER')).key, {
        scope: { parkYear: { parkId: w.park.id, year: 2026 } },
        vehicleClass: 'EU_CAR',
      }),
      'FORBIDDEN',
    );
    expectError(
      await t.gql(
        `mutation($input: RequestDisplacementInput!) { requestDisplacement(input: $input) { id } }`,
        { input: { scope: { energy: { energyKWh: 1, chemistry: 'LFP' } }, vehicleClass: 'EU_CAR' } },
        null,
      ),
      'UNAUTHENTICATED',
    );
    // Anyone with a key may ask a what-if.
    const buyer = await newOrganization(t, 'BUYER');
    expect(
      (await mustRequestRun(t, buyer.key, { scope: { energy: { energyKWh: 3.2e6, chemistry: 'LFP' } }, vehicleClass: 'EU_CAR' })).coverage,
    ).toBe('WHAT_IF');
  });

  it('shows failed jobs (kept, with their reason) and the queue state to the administrator, and queue metrics at /metrics', async () => {
    // A job nobody handles fails for good at once (UnrecoverableError) and stays in the failed set.
    const redis = new Redis(t.config.redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('displacement', { connection: redis, prefix });
    try {
      await queue.add('no-such-job', { x: 1 }, { jobId: `bogus-${Date.now()}`, removeOnFail: false });
    } finally {
      await queue.close();
      redis.disconnect();
    }
    const Q = `{ jobQueues(failures: 5) { outboxPending queues { name prefix reachable counts { waiting active failed completed } recentFailures { id name failedReason attemptsMade } meanDurationSeconds } } }`;
    type Q = {
      jobQueues: {
        outboxPending: number;
        queues: {
          name: string;
          prefix: string;
          reachable: boolean;
          counts: { failed: number; completed: number };
          recentFailures: { name: string; failedReason: string }[];
          meanDurationSeconds: number | null;
        }[];
      };
    };
    let state: Q['jobQueues'] | undefined;
    const deadline = Date.now() + 20_000;
    do {
      await new Promise((r) => setTimeout(r, 200));
      state = (await t.gql<Q>(Q, {}, t.adminKey)).data?.jobQueues;
    } while (
      Date.now() < deadline &&
      !(state?.queues[0]?.recentFailures.some((f) => f.name === 'no-such-job') && state.outboxPending === 0)
    );
    const q = state!.queues[0];
    expect(q).toMatchObject({ name: 'displacement', prefix, reachable: true });
    expect(q.recentFailures.find((f) => f.name === 'no-such-job')?.failedReason).toContain('no handler for job no-such-job');
    expect(q.counts.failed).toBeGreaterThanOrEqual(1);
    expect(q.counts.completed).toBeGreaterThan(0);
    expect(q.meanDurationSeconds).toBeGreaterThan(0);
    expect(state!.outboxPending).toBe(0);
    expectError(await t.gql(Q, {}, w.manufacturer.key), 'FORBIDDEN');

    const metrics = await (await t.http('/metrics')).text();
    expect(metrics).toMatch(/battrace_job_queue_jobs\{queue="displacement",state="failed"\} [1-9]/);
    expect(metrics).toMatch(
      /battrace_job_duration_seconds_count\{queue="displacement",job="displacement-chunk",outcome="completed"\} [1-9]/,
    );
    expect(metrics).toContain('battrace_job_outbox_pending 0');
  });
});
