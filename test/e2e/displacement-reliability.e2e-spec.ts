import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { newWorld, World } from '../support/factories';
import { batchWithPacks, mustRequestRun, RunOut, testQueuePrefix, waitForRun } from '../support/displacement';
import { startTestApp, TestApp } from '../support/test-app';
import { dropQueueKeys, freePort, PrivateRedis, startWorker, WorkerProcess } from '../support/worker-process';

/**
 * The reliability promises of issue 7, with real worker processes, a real PostgreSQL and a real
 * Redis: no lost and no doubled work when a worker dies mid-chunk, when Redis is away at request
 * time, and however many workers share a run.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Generous: these start and stop real processes on a shared 2-core machine. */
const TEST_TIMEOUT_MS = 180_000;
const SHARED_REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** What must hold for any completed run: every pack counted exactly once, every chunk written once. */
async function expectCountedOnce(t: TestApp, run: RunOut, packs: number): Promise<void> {
  expect(run.status).toBe('COMPLETED');
  expect(run.progress.unitsDone).toBe(packs);
  expect(run.progress.unitsTotal).toBe(packs);
  expect(run.progress.chunksDone).toBe(run.progress.chunksTotal);
  const [c]: { chunks: number; done: number; packs: number }[] = await t.db.query(
    `SELECT count(*)::int AS chunks, count(done_at)::int AS done, sum(packs)::float8 AS packs FROM displacement_chunks WHERE run_id = $1`,
    [run.id],
  );
  expect(c).toEqual({ chunks: run.progress.chunksTotal, done: run.progress.chunksTotal, packs });
}

const workerEnv = (t: TestApp, prefix: string, extra: Record<string, string> = {}) => ({
  DATABASE_URL: t.config.databaseUrl,
  REDIS_URL: t.config.redisUrl,
  BULLMQ_PREFIX: prefix,
  WORKER_CONCURRENCY: '1',
  ...extra,
});

describe('displacement reliability: a worker killed with SIGKILL mid-run', () => {
  let t: TestApp;
  let w: World;
  const prefix = testQueuePrefix('kill');
  const workers: WorkerProcess[] = [];
  const PACKS = 160;

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
    'still completes, with the result of an undisturbed run and no pack counted twice',
    async () => {
      const batch = await batchWithPacks(t, w, PACKS);
      const env = workerEnv(t, prefix, { DISPLACEMENT_CHUNK_PACKS: '2' }); // 80 chunks
      const a = await startWorker(env);
      workers.push(a);
      const input = { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR', overrides: { cycleLife: 1200 } };

      const undisturbed = await waitForRun(
        t,
        w.manufacturer.key,
        (await mustRequestRun(t, w.manufacturer.key, input)).id,
        60_000,
        a.output,
      );
      await expectCountedOnce(t, undisturbed, PACKS);

      const { id } = await mustRequestRun(t, w.manufacturer.key, input);
      await until('a few chunks done', async () => {
        const [r]: { chunks_done: number }[] = await t.db.query('SELECT chunks_done FROM displacement_runs WHERE id = $1', [id]);
        return r.chunks_done >= 3;
      });
      // Freeze the worker in the middle of its next chunk: it writes the chunk, then waits for the
      // run row, which this test holds. Then kill it there.
      const holder = new Client({ connectionString: t.config.databaseUrl });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        const [{ chunks_done: doneAtKill, chunks_total: total }] = (
          await holder.query('SELECT chunks_done, chunks_total FROM displacement_runs WHERE id = $1 FOR UPDATE', [id])
        ).rows;
        expect(doneAtKill).toBeLessThan(total); // mid-run
        const dbName = new URL(t.config.databaseUrl).pathname.slice(1);
        await until('the worker blocked inside a chunk transaction', async () => {
          const { rows } = await holder.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'battrace' AND wait_event_type = 'Lock'`,
            [dbName],
          );
          return rows[0].n > 0;
        });
        // Redeliver two chunks that are already written, as a retry or a doubled relay would.
        const connection = new Redis(SHARED_REDIS, { maxRetriesPerRequest: null });
        const queue = new Queue('displacement', { connection, prefix });
        try {
          for (const chunkNo of [0, 1]) await queue.add('displacement-chunk', { runId: id, chunkNo }, { jobId: `${id}-again${chunkNo}` });
        } finally {
          await queue.close();
          connection.disconnect();
        }
        a.kill('SIGKILL');
        expect(await a.exited).toMatchObject({ signal: 'SIGKILL' });
        await holder.query('ROLLBACK');
      } finally {
        await holder.end();
      }
      const [mid]: { status: string; chunks_done: number; chunks_total: number }[] = await t.db.query(
        'SELECT status, chunks_done, chunks_total FROM displacement_runs WHERE id = $1',
        [id],
      );
      expect(mid.status).toBe('RUNNING');
      expect(mid.chunks_done).toBeLessThan(mid.chunks_total);

      // A new worker takes over: the waiting chunks at once, the one in hand once its lock expires.
      const b = await startWorker(env);
      workers.push(b);
      const recovered = await waitForRun(t, w.manufacturer.key, id, 90_000, b.output);
      await expectCountedOnce(t, recovered, PACKS);
      expect(recovered.result).toEqual(undisturbed.result);
      expect(recovered.packGroups).toEqual(undisturbed.packGroups);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a worker stopped with SIGTERM mid-chunk finishes the chunk in hand, then exits 0; another finishes the run',
    async () => {
      for (const wk of workers.splice(0)) await wk.stop(); // the previous test's workers
      const batch = await batchWithPacks(t, w, 40);
      const env = workerEnv(t, prefix, { DISPLACEMENT_CHUNK_PACKS: '2', WORKER_SHUTDOWN_GRACE_MS: '20000' });
      const a = await startWorker(env);
      workers.push(a);
      const { id } = await mustRequestRun(t, w.manufacturer.key, { scope: { batchId: batch.id }, vehicleClass: 'CHINA_CAR' });
      await until('a chunk done', async () => {
        const [r]: { chunks_done: number }[] = await t.db.query('SELECT chunks_done FROM displacement_runs WHERE id = $1', [id]);
        return r.chunks_done >= 1;
      });
      const holder = new Client({ connectionString: t.config.databaseUrl });
      await holder.connect();
      let doneAtStop: number;
      try {
        await holder.query('BEGIN');
        doneAtStop = (await holder.query('SELECT chunks_done FROM displacement_runs WHERE id = $1 FOR UPDATE', [id])).rows[0].chunks_done;
        const dbName = new URL(t.config.databaseUrl).pathname.slice(1);
        await until('the worker blocked inside a chunk transaction', async () => {
          const { rows } = await holder.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'battrace' AND wait_event_type = 'Lock'`,
            [dbName],
          );
          return rows[0].n > 0;
        });
        a.kill('SIGTERM');
        await sleep(500);
        expect(await Promise.race([a.exited.then(() => 'exited'), sleep(0).then(() => 'running')])).toBe('running'); // still on its chunk
        await holder.query('ROLLBACK');
      } finally {
        await holder.end();
      }
      expect(await a.exited).toEqual({ code: 0, signal: null });
      const [r]: { chunks_done: number; status: string }[] = await t.db.query(
        'SELECT chunks_done, status FROM displacement_runs WHERE id = $1',
        [id],
      );
      expect(r.chunks_done).toBe(doneAtStop + 1); // the chunk in hand was finished, and no other taken
      expect(r.status).toBe('RUNNING');

      const b = await startWorker(env);
      workers.push(b);
      await expectCountedOnce(t, await waitForRun(t, w.manufacturer.key, id, 60_000, b.output), 40);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('displacement reliability: Redis down at request time', () => {
  let t: TestApp;
  let w: World;
  let redis: PrivateRedis;
  let worker: WorkerProcess | undefined;
  const prefix = testQueuePrefix('redis');

  beforeAll(async () => {
    // A redis-server of this test's own: the shared one other tests use is never stopped.
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
    'keeps the run in the outbox while Redis is away and completes it once Redis is back',
    async () => {
      const batch = await batchWithPacks(t, w, 9);
      worker = await startWorker(workerEnv(t, prefix, { DISPLACEMENT_CHUNK_PACKS: '4' }));
      const input = { scope: { batchId: batch.id }, vehicleClass: 'US_CAR', market: 'US' };
      const before = await waitForRun(
        t,
        w.manufacturer.key,
        (await mustRequestRun(t, w.manufacturer.key, input)).id,
        60_000,
        worker.output,
      );
      await expectCountedOnce(t, before, 9);

      await redis.stop();
      const { id, status } = await mustRequestRun(t, w.manufacturer.key, input);
      expect(status).toBe('QUEUED');
      await sleep(1500); // several relay polls (JOB_RELAY_POLL_MS=200) with Redis away
      const [outbox]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM job_outbox WHERE payload->>'runId' = $1`, [id]);
      expect(outbox.n).toBe(1);
      const [queued]: { status: string }[] = await t.db.query('SELECT status FROM displacement_runs WHERE id = $1', [id]);
      expect(queued.status).toBe('QUEUED');

      await redis.start();
      const after = await waitForRun(t, w.manufacturer.key, id, 60_000, worker.output);
      await expectCountedOnce(t, after, 9);
      expect(after.result).toEqual(before.result);
      const [sent]: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM job_outbox');
      expect(sent.n).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('displacement reliability: one worker or two', () => {
  let t: TestApp;
  let w: World;
  const prefix = testQueuePrefix('pair');
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
    'gives the same result for a run computed by one worker and by two',
    async () => {
      const batches = [await batchWithPacks(t, w, 30), await batchWithPacks(t, w, 21)];
      const input = {
        scope: { parkYear: { parkId: w.park.id, year: 2026 } },
        vehicleClass: 'EU_CAR',
        overrides: { gridKgCo2ePerKWh: 0.45 },
      };
      const env = workerEnv(t, prefix, { DISPLACEMENT_CHUNK_PACKS: '1' }); // 51 chunks
      workers.push(await startWorker(env));
      const one = await waitForRun(t, w.manufacturer.key, (await mustRequestRun(t, w.manufacturer.key, input)).id);
      await expectCountedOnce(t, one, 51);

      workers.push(await startWorker(env));
      const two = await waitForRun(t, w.manufacturer.key, (await mustRequestRun(t, w.manufacturer.key, input)).id);
      await expectCountedOnce(t, two, 51);
      expect(two.result).toEqual(one.result);
      expect(two.packGroups.map((g) => [g.batchId, g.vehicles])).toEqual(one.packGroups.map((g) => [g.batchId, g.vehicles]));
      expect(two.packGroups.map((g) => g.batchId).sort()).toEqual(batches.map((b) => b.id).sort());

      // Both workers took chunks of the second run.
      const connection = new Redis(SHARED_REDIS, { maxRetriesPerRequest: null });
      const queue = new Queue('displacement', { connection, prefix });
      try {
        const jobs = await Promise.all(Array.from({ length: two.progress.chunksTotal! }, (_, i) => queue.getJob(`${two.id}-c${i}`)));
        const by = new Set(jobs.map((j: Job | undefined) => j?.processedBy?.split(':').pop()));
        expect([...by].sort()).toEqual(workers.map((wk) => String(wk.pid)).sort());
      } finally {
        await queue.close();
        connection.disconnect();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
