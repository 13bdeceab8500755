import { DropDeadColumns1763901800000 } from '../../migrations/1763901800000-DropDeadColumns';
import { newWorld, World } from '../support/factories';
import { mustRequestRun, testQueuePrefix } from '../support/displacement';
import { startTestApp, TestApp } from '../support/test-app';
import { dropQueueKeys } from '../support/worker-process';

/**
 * `displacement_chunks.partial` and `job_outbox.job_id` were written and never read. Rows stored
 * before the migration (an outbox row with its job id, chunks with their partial figures) keep
 * everything else; the app enqueues through the outbox afterwards.
 */
describe('DropDeadColumns migration on rows stored before it', () => {
  let t: TestApp;
  let w: World;
  const prefix = testQueuePrefix('deadcols');
  const migration = new DropDeadColumns1763901800000();
  beforeAll(async () => {
    t = await startTestApp({ BULLMQ_PREFIX: prefix, RUN_WORKERS: 'false' });
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t?.close();
    await dropQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
  });

  const columns = async (table: string): Promise<string[]> =>
    (
      await t.db.query<{ column_name: string }[]>(
        'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name',
        [table],
      )
    ).map((c) => c.column_name);

  const whatIf = () =>
    mustRequestRun(t, w.manufacturer.key, {
      scope: { energy: { energyKWh: 120, packKWh: 60, chemistry: 'NMC811' } },
      vehicleClass: 'EU_CAR',
    });

  it('drops the two columns, keeps every row and its other columns, and the outbox takes new jobs after', async () => {
    // No worker runs here: the request's plan job waits in the outbox.
    const run = await whatIf();
    const qr = t.db.createQueryRunner();
    try {
      await migration.down(qr);
      // The old shape: job_id filled in as the registry derives it, chunks with partial figures.
      const [outboxed]: { job_id: string }[] = await t.db.query(`SELECT job_id FROM job_outbox WHERE payload->>'runId' = $1`, [run.id]);
      expect(outboxed.job_id).toBe(run.id);
      await t.db.query(
        `INSERT INTO job_outbox (queue, job_name, job_id, payload) VALUES ('displacement', 'displacement-chunk', $1, $2::jsonb)`,
        [`${run.id}-c1-g2`, JSON.stringify({ runId: run.id, chunkNo: 1, generation: 2 })],
      );
      await t.db.query(
        `INSERT INTO displacement_chunks (run_id, chunk_no, segments, packs, group_vehicles, partial, done_at)
         VALUES ($1, 0, NULL, 2, '{"0": 2}', '{"vehicles": 2}', now()), ($1, 1, NULL, NULL, NULL, NULL, NULL)`,
        [run.id],
      );
      const before = await t.snapshot();
      const outboxBefore = await t.db.query('SELECT id, queue, job_name, payload, attempts, last_error FROM job_outbox ORDER BY id');
      const chunksBefore = await t.db.query(
        'SELECT run_id, chunk_no, segments, packs, group_vehicles, done_at, generation, starts FROM displacement_chunks ORDER BY run_id, chunk_no',
      );

      await migration.up(qr);

      expect(await t.snapshot()).toEqual(before);
      expect(await columns('job_outbox')).not.toContain('job_id');
      expect(await columns('displacement_chunks')).not.toContain('partial');
      expect(await t.db.query('SELECT id, queue, job_name, payload, attempts, last_error FROM job_outbox ORDER BY id')).toEqual(
        outboxBefore,
      );
      expect(
        await t.db.query(
          'SELECT run_id, chunk_no, segments, packs, group_vehicles, done_at, generation, starts FROM displacement_chunks ORDER BY run_id, chunk_no',
        ),
      ).toEqual(chunksBefore);
    } finally {
      await qr.release();
    }

    const next = await whatIf();
    const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM job_outbox WHERE payload->>'runId' = $1`, [next.id]);
    expect(n).toBe(1);
  });
});
