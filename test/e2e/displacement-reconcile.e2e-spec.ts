import Redis from 'ioredis';
import { Client } from 'pg';
import { newWorld, World } from '../support/factories';
import { batchWithPacks, mustRequestRun, RunOut, testQueuePrefix, waitForRun } from '../support/displacement';
import { startTestApp, TestApp } from '../support/test-app';
import { dropQueueKeys, freePort, PrivateRedis, startWorker, WorkerProcess } from '../support/worker-process';

/**
 * The database decides what work is left (issue 12): a Redis that loses every job mid-run, and a
 * job failed for good by BullMQ's stall checker, are reconciled from PostgreSQL by the worker.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TEST_TIMEOUT_MS = 180_000;
const SHARED_REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function expectCountedOnce(t: TestApp, run: RunOut, packs: number): Promise<void> {
  expect(run.status).toBe('COMPLETED');
  expect(run.progress.unitsDone).toBe(packs);
  expect(run.progress.chunksDone).toBe(run.progress.chunksTotal);
  const [c]: { chunks: number; done: number; packs: number }[] = await t.db.query(
    `SELECT count(*)::int AS chunks, count(done_at)::int AS done, sum(packs)::float8 AS packs FROM displacement_chunks WHERE run_id = $1`,
    [run.id],
  );
  expect(c).toEqual({ chunks: run.progress.chunksTotal, done: run.progress.chunksTotal, packs });
}

/**
 * Holds the run row so that the worker blocks inside its next chunk transaction (it has written
 * the chunk and waits for the run), runs `meanwhile`, then lets it go.
 */
async function withWorkerBlockedInChunk(t: TestApp, runId: string, meanwhile: () => Promise<void>): Promise<void> {
  const holder = new Client({ connectionString: t.config.databaseUrl });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    const [r] = (await holder.query('SELECT chunks_done, chunks_total FROM displacement_runs WHERE id = $1 FOR UPDATE', [runId])).rows;
    expect(r.chunks_done).toBeLessThan(r.chunks_total); // mid-run
    const dbName = new URL(t.config.databaseUrl).pathname.slice(1);
    await until('the worker blocked inside a chunk transaction', async () => {
      const { rows } = await holder.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'battrace' AND wait_event_type = 'Lock'`,
        [dbName],
      );
      return rows[0].n > 0;
    });
    await meanwhile();
    await holder.query('ROLLBACK');
  } finally {
    await holder.end();
  }
}

const chunksDone = async (t: TestApp, id: string) =>
  ((await t.db.query('SELECT chunks_done FROM displacement_runs WHERE id = $1', [id])) as { chunks_done: number }[])[0].chunks_done;

const health = async (t: TestApp) =>
  (await (await t.http('/health')).json()) as { status: string; reconciliation: { runsReconciling: number | null } };

const reconcilingGauge = async (t: TestApp) => {
  const m = /^battrace_displacement_runs_reconciling (\S+)$/m.exec(await (await t.http('/metrics')).text());
  return m ? Number(m[1]) : null;
};

describe('displacement reconciliation: Redis restarted without persistence mid-run', () => {
  let t: TestApp;
  let w: World;
  let redis: PrivateRedis;
  let worker: WorkerProcess | undefined;
  const prefix = testQueuePrefix('reconcile');
  const PACKS = 60;

  beforeAll(async () => {
    // A redis-server of this test's own (no persistence): the shared one is never stopped.
    redis = new PrivateRedis(await freePort());
    await redis.start();
    t = await startTestApp({ BULLMQ_PREFIX: prefix, REDIS_URL: redis.url, RUN_WORKERS: 'false' });
    w = await newWorld(t);
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await redis?.stop();
  });

  it(
    'loses every queued job, and the worker rebuilds them from PostgreSQL: the run completes with the undisturbed result',
    async () => {
      const batch = await batchWithPacks(t, w, PACKS);
      worker = await startWorker({
        DATABASE_URL: t.config.databaseUrl,
        REDIS_URL: redis.url,
        BULLMQ_PREFIX: prefix,
        WORKER_CONCURRENCY: '1',
        DISPLACEMENT_CHUNK_PACKS: '2', // 30 chunks
        RECONCILE_INTERVAL_MS: '300',
        RECONCILE_CHUNK_LEASE_MS: '2000',
      });
      const input = { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR', overrides: { cycleLife: 1500 } };
      const undisturbed = await waitForRun(
        t,
        w.manufacturer.key,
        (await mustRequestRun(t, w.manufacturer.key, input)).id,
        60_000,
        worker.output,
      );
      await expectCountedOnce(t, undisturbed, PACKS);
      expect((await health(t)).reconciliation.runsReconciling).toBe(0);

      const { id } = await mustRequestRun(t, w.manufacturer.key, input);
      await until('a chunk done', async () => (await chunksDone(t, id)) >= 1);
      await withWorkerBlockedInChunk(t, id, async () => {
        // Every job (waiting chunks, the one in hand) is gone with the data of Redis.
        await redis.stop();
        await redis.start();
        const probe = new Redis(redis.url, { maxRetriesPerRequest: 1 });
        try {
          expect(await probe.dbsize()).toBe(0);
        } finally {
          probe.disconnect();
        }
        // While the worker is still blocked, the reconciler has found the run's lost chunks and
        // enqueued them again; /health and /metrics count the run.
        await until('the run reported as being reconciled', async () => (await health(t)).reconciliation.runsReconciling === 1);
        expect(await reconcilingGauge(t)).toBe(1);
        const [{ requeued }]: { requeued: number }[] = await t.db.query(
          'SELECT count(*)::int AS requeued FROM displacement_chunks WHERE run_id = $1 AND generation > 0',
          [id],
        );
        expect(requeued).toBeGreaterThan(0);
      });

      const recovered = await waitForRun(t, w.manufacturer.key, id, 90_000, worker.output);
      await expectCountedOnce(t, recovered, PACKS);
      expect(recovered.result).toEqual(undisturbed.result);
      expect(recovered.packGroups).toEqual(undisturbed.packGroups);
      const stored: { result: unknown }[] = await t.db.query(
        'SELECT result FROM displacement_runs WHERE id = ANY($1::uuid[]) ORDER BY created_at',
        [[undisturbed.id, id]],
      );
      expect(stored[1].result).toEqual(stored[0].result);
      expect((await health(t)).reconciliation.runsReconciling).toBe(0);
      expect(await reconcilingGauge(t)).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('displacement reconciliation: a chunk job stalled more than JOB_MAX_STALLED_COUNT times', () => {
  let t: TestApp;
  let w: World;
  const prefix = testQueuePrefix('stalled');
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp({ BULLMQ_PREFIX: prefix, RUN_WORKERS: 'false' });
    w = await newWorld(t);
  });
  afterAll(async () => {
    for (const wk of workers) await wk.stop();
    await t?.close();
    await dropQueueKeys(SHARED_REDIS, prefix);
  });

  it(
    'marks the run FAILED with the reason instead of leaving it RUNNING',
    async () => {
      const batch = await batchWithPacks(t, w, 40);
      const env = {
        DATABASE_URL: t.config.databaseUrl,
        REDIS_URL: SHARED_REDIS,
        BULLMQ_PREFIX: prefix,
        WORKER_CONCURRENCY: '1',
        DISPLACEMENT_CHUNK_PACKS: '2',
        JOB_MAX_STALLED_COUNT: '0', // the first kill fails the job for good
        RECONCILE_INTERVAL_MS: '300',
        // Longer than BullMQ needs to notice the stall (lock 3 s, stall check every 1 s), so that
        // the job is failed before its lease runs out.
        RECONCILE_CHUNK_LEASE_MS: '15000',
      };
      const a = await startWorker(env);
      workers.push(a);
      const { id } = await mustRequestRun(t, w.manufacturer.key, { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR' });
      await until('a chunk done', async () => (await chunksDone(t, id)) >= 1);
      await withWorkerBlockedInChunk(t, id, async () => {
        a.kill('SIGKILL');
        expect(await a.exited).toMatchObject({ signal: 'SIGKILL' });
      });
      workers.push(await startWorker(env));
      const run = await waitForRun(t, w.manufacturer.key, id, 90_000, () => workers[1].output());
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/^chunk \d+ cannot finish: its job failed for good: job stalled more than allowable limit$/);
      expect(run.result).toBeNull();
    },
    TEST_TIMEOUT_MS,
  );
});
