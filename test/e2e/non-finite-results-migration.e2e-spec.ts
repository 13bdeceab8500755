import { MIGRATION_REASON, NonFiniteResults1763901400000 } from '../../migrations/1763901400000-NonFiniteResults';
import { computeDisplacement } from '../../src/displacement/displacement-formula';
import { EU_CAR_DOMAIN_PARAMETERS } from '../support/domain-fixtures';
import { newWorld, World } from '../support/factories';
import { GET_RUN, getRun, mustRequestRun, RunOut, testQueuePrefix } from '../support/displacement';
import { startTestApp, TestApp } from '../support/test-app';
import { dropQueueKeys } from '../support/worker-process';

/**
 * Runs stored before the numeric bounds: a what-if of 1e308 kWh over packs of 5e-324 kWh counted
 * Infinity vehicles; the float columns kept Infinity and JSON wrote the result's figures as null.
 * The rows are made the way they were stored (a real request, then the figures its worker wrote).
 */
describe('NonFiniteResults migration on runs stored before it', () => {
  let t: TestApp;
  let w: World;
  const prefix = testQueuePrefix('nonfinite');
  const migration = new NonFiniteResults1763901400000();
  beforeAll(async () => {
    t = await startTestApp({ BULLMQ_PREFIX: prefix });
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t?.close();
    await dropQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
  });

  const whatIf = () =>
    mustRequestRun(t, w.manufacturer.key, {
      scope: { energy: { energyKWh: 60, packKWh: 60, chemistry: 'NMC811' } },
      vehicleClass: 'EU_CAR',
    });

  /** Completes a run as a worker did: result as JSON text, counts as float8 (which holds Infinity and NaN). */
  async function storeCompleted(id: string, vehicles: number | string, result: unknown): Promise<void> {
    await t.db.query(
      `UPDATE displacement_runs SET status = 'COMPLETED', result = $2::jsonb, units_done = $3::float8, units_total = $3::float8,
              chunks_total = 1, chunks_done = 1, started_at = now(), completed_at = now() WHERE id = $1`,
      [id, JSON.stringify(result), String(vehicles)],
    );
    await t.db.query(`UPDATE displacement_run_groups SET fixed_vehicles = $2::float8, vehicles = $2::float8 WHERE run_id = $1`, [
      id,
      String(vehicles),
    ]);
  }

  it('marks runs with non-finite figures FAILED with the reason, keeps their figures, and leaves sound runs alone', async () => {
    const params = EU_CAR_DOMAIN_PARAMETERS;
    const sound = await whatIf();
    const soundResult = computeDisplacement(params, [{ vehicles: 1, packKWh: 60, batteryKgCo2ePerKWhCapacity: 75 }]);
    await storeCompleted(sound.id, 1, soundResult);

    const overflowed = await whatIf();
    const infiniteResult = computeDisplacement(params, [{ vehicles: Infinity, packKWh: 60, batteryKgCo2ePerKWhCapacity: 75 }]);
    const storedAsJson: unknown = JSON.parse(JSON.stringify(infiniteResult));
    expect(Object.values(storedAsJson as Record<string, unknown>)).toContain(null);
    await storeCompleted(overflowed.id, 'Infinity', storedAsJson);

    // A finite count whose result lost one figure (NaN from 0 × Infinity, written as null).
    const halfBroken = await whatIf();
    await storeCompleted(halfBroken.id, 1, { ...soundResult, netCo2eTonnes: null });

    // The finding: such a run cannot be read.
    const before = await t.gql(GET_RUN, { id: overflowed.id }, w.manufacturer.key);
    expect(before.errors?.length).toBeGreaterThan(0);
    const soundBefore = await getRun(t, w.manufacturer.key, sound.id);

    const qr = t.db.createQueryRunner();
    const warn = jest.spyOn(console, 'warn');
    let counts: { before: Record<string, number>; after: Record<string, number> };
    let log = '';
    try {
      await migration.down(qr);
      const b = await t.snapshot();
      await migration.up(qr);
      counts = { before: b, after: await t.snapshot() };
    } finally {
      await qr.release();
      log = warn.mock.calls.map((c) => String(c[0])).join('\n');
      warn.mockRestore();
    }
    expect(counts.after).toEqual(counts.before);
    expect(log).toContain(`${overflowed.id} (was COMPLETED)`);
    expect(log).toContain(`${halfBroken.id} (was COMPLETED)`);
    expect(log).not.toContain(sound.id);

    for (const id of [overflowed.id, halfBroken.id]) {
      const run: RunOut = await getRun(t, w.manufacturer.key, id);
      expect(run).toMatchObject({ status: 'FAILED', error: MIGRATION_REASON, result: null });
    }
    const run = await getRun(t, w.manufacturer.key, overflowed.id);
    expect(run.progress).toMatchObject({ unitsDone: 0, unitsTotal: null });
    expect(run.packGroups.map((g) => g.vehicles)).toEqual([null]);

    const [kept]: { invalid_figures: Record<string, unknown> }[] = await t.db.query(
      'SELECT invalid_figures FROM displacement_runs WHERE id = $1',
      [overflowed.id],
    );
    expect(kept.invalid_figures).toMatchObject({
      status: 'COMPLETED',
      result: storedAsJson,
      unitsDone: 'Infinity',
      unitsTotal: 'Infinity',
    });
    expect(kept.invalid_figures.groups).toEqual([
      expect.objectContaining({ groupNo: 0, packKWh: '60', fixedVehicles: 'Infinity', vehicles: 'Infinity' }),
    ]);

    expect(await getRun(t, w.manufacturer.key, sound.id)).toEqual(soundBefore);
    const [{ n }]: { n: number }[] = await t.db.query(
      'SELECT count(*)::int AS n FROM displacement_runs WHERE invalid_figures IS NOT NULL AND id <> ALL($1::uuid[])',
      [[overflowed.id, halfBroken.id]],
    );
    expect(n).toBe(0);
  });
});
