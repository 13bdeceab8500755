import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { bullJob, JobName } from '../src/jobs/job-registry';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { ChildServer, healthReady, repoRoot, startServer } from './support/child-server';
import { apiEnv, createWorld, gql, newAdminKey, registerBatch } from './support/world';

/**
 * Lifecycle displacement (issue 7) end to end: a park-year run over 1,000,000 packs, from the
 * requestDisplacement call to COMPLETED, with real API and worker processes on a bench database of
 * its own (dropped at the end) and the shared Redis under a queue prefix of its own.
 *
 *  - displacement park-year throughput: packs/s with one worker process, against the issue's
 *    target of 100,000 packs/s;
 *  - two worker processes against one (target ≥ 1.6×);
 *  - the outbox path (request → outbox row → relay → BullMQ) against enqueueing the plan job
 *    directly (the bench adds the plan job itself as soon as the request answers; the relay's copy
 *    of it is deduplicated by its id, and the chunk jobs go through the outbox in both modes, since
 *    every job must be rebuildable from PostgreSQL), target within 20%.
 * Each figure is the median of BENCH_DISPLACEMENT_REPEATS runs (default 3) after one warm-up run.
 * The packs are written with one INSERT … SELECT generate_series (then VACUUM ANALYZE, as
 * autovacuum would after a bulk load), spread over four batches of the park's year.
 */
const PACKS = Number(process.env.BENCH_DISPLACEMENT_PACKS ?? 1_000_000);
const REPEATS = Number(process.env.BENCH_DISPLACEMENT_REPEATS ?? 3);
const CONCURRENCY = process.env.BENCH_DISPLACEMENT_CONCURRENCY ?? '1';
const CHUNK_PACKS = process.env.BENCH_DISPLACEMENT_CHUNK_PACKS ?? '50000';
const BATCHES = 4;
const YEAR = 2026;
const RUN_TIMEOUT_MS = 300_000;
const TARGET_PACKS_PER_S = 100_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The compiled entry points beside this bench (dist/), or the TypeScript sources through SWC when run from bench/*.ts. */
function entry(name: 'main' | 'worker'): { args: string[]; script: string } {
  const fromTs = __filename.endsWith('.ts');
  const script = join(__dirname, '..', 'src', `${name}.${fromTs ? 'ts' : 'js'}`);
  return { script, args: fromTs ? ['-r', join(repoRoot(), 'test/support/swc-register.js'), script] : [script] };
}

interface WorkerChild {
  pid: number;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

async function startWorker(env: Record<string, string>): Promise<WorkerChild> {
  const child = spawn(process.execPath, entry('worker').args, {
    cwd: repoRoot(),
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString('utf8')).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.once('exit', () => children.delete(child));
  const deadline = Date.now() + 90_000;
  while (!out.includes('battrace worker ready')) {
    if (child.exitCode !== null) throw new Error(`worker exited before it was ready:\n${out}`);
    if (Date.now() > deadline) throw new Error(`worker not ready in 90 s:\n${out}`);
    await sleep(50);
  }
  return {
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(30_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const adminKey = newAdminKey();
  const prefix = `bench-disp-${randomBytes(4).toString('hex')}`;
  const env = apiEnv(databaseUrl, adminKey, {
    BULLMQ_PREFIX: prefix,
    WORKER_CONCURRENCY: CONCURRENCY,
    DISPLACEMENT_CHUNK_PACKS: CHUNK_PACKS,
    JOB_RELAY_POLL_MS: '1000',
  });
  const redisUrl = env.REDIS_URL;
  let api: ChildServer | undefined;
  const workers: WorkerChild[] = [];
  const db = new Client({ connectionString: databaseUrl });
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('displacement', { connection: redis, prefix });
  try {
    const main = entry('main');
    api = await startServer({
      name: 'api',
      script: main.script,
      // From the TypeScript sources, the API is compiled by the same SWC hook as the workers.
      env: main.args.length > 1 ? { ...env, NODE_OPTIONS: `--require ${join(repoRoot(), 'test/support/swc-register.js')}` } : env,
      ready: healthReady,
    });
    await db.connect();
    const world = await createWorld(api.url, adminKey);
    const batchIds: string[] = [];
    for (let i = 0; i < BATCHES; i++)
      batchIds.push(await registerBatch(api.url, world, `BENCH-DISP-${i}`, { cells: 0, modules: 0, packs: PACKS / BATCHES }));
    note(`displacement: inserting ${PACKS.toLocaleString('en')} packs`);
    const t0 = performance.now();
    await db.query(
      `INSERT INTO units (manufacturer_id, batch_id, kind, serial, produced_at)
       SELECT $1, ($2::uuid[])[1 + (g % $3)], 3, 'BDP-' || g, '2026-03-15' FROM generate_series(1, $4::int) AS g`,
      [world.manufacturerId, batchIds, BATCHES, PACKS],
    );
    await db.query('VACUUM ANALYZE units');
    note(`displacement: packs written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const REQUEST = `mutation($input: RequestDisplacementInput!) { requestDisplacement(input: $input) { id } }`;
    const input = { scope: { parkYear: { parkId: world.parkId, year: YEAR } }, vehicleClass: 'EU_CAR' };
    /** Request → COMPLETED, in seconds; `direct` enqueues the plan job from here instead of the relay. */
    const once = async (direct: boolean): Promise<number> => {
      const start = performance.now();
      const { requestDisplacement } = await gql<{ requestDisplacement: { id: string } }>(
        api!.url,
        REQUEST,
        { input },
        world.manufacturerKey,
      );
      const id = requestDisplacement.id;
      if (direct) {
        const job = bullJob({ name: JobName.DisplacementPlan, data: { runId: id } }); // the registry's id and policy
        await queue.add(job.name, job.data, job.opts);
      }
      const tReq = performance.now();
      let tRelay = 0;
      let tRun = 0;
      for (;;) {
        if (
          process.env.BENCH_TRACE &&
          !tRelay &&
          (await db.query("SELECT 1 FROM job_outbox WHERE payload->>'runId' = $1", [id])).rowCount === 0
        )
          tRelay = performance.now();
        const { rows } = await db.query<{ status: string; units_done: number; error: string | null }>(
          'SELECT status, units_done, error FROM displacement_runs WHERE id = $1',
          [id],
        );
        if (!tRun && rows[0].status !== 'QUEUED') tRun = performance.now();
        if (rows[0].status === 'COMPLETED') {
          if (process.env.BENCH_TRACE)
            note(
              `trace: request ${(tReq - start).toFixed(0)} relayed ${(tRelay - start).toFixed(0)} running ${(tRun - start).toFixed(0)} done ${(performance.now() - start).toFixed(0)} ms`,
            );
          if (rows[0].units_done !== PACKS) throw new Error(`run ${id} counted ${rows[0].units_done} packs, not ${PACKS}`);
          break;
        }
        if (rows[0].status === 'FAILED') throw new Error(`run ${id} failed: ${rows[0].error}`);
        if (performance.now() - start > RUN_TIMEOUT_MS) throw new Error(`run ${id} not done in ${RUN_TIMEOUT_MS} ms`);
        await sleep(5);
      }
      const seconds = (performance.now() - start) / 1000;
      return seconds;
    };
    const measure = async (label: string, direct: boolean): Promise<number> => {
      await once(direct); // warm-up
      const times: number[] = [];
      for (let i = 0; i < REPEATS; i++) times.push(await once(direct));
      note(`displacement: ${label}: ${times.map((s) => s.toFixed(2)).join(', ')} s`);
      return median(times);
    };

    workers.push(await startWorker(env));
    const oneWorker = await measure('1 worker, outbox', false);
    workers.push(await startWorker(env));
    const twoWorkers = await measure('2 workers, outbox', false);
    for (const w of workers.splice(0)) await w.stop();
    workers.push(await startWorker(env));
    const direct = await measure('1 worker, direct enqueue', true);

    const settings = {
      packs: PACKS,
      batches: BATCHES,
      chunkPacks: Number(CHUNK_PACKS),
      workerConcurrency: Number(CONCURRENCY),
      repeats: REPEATS,
    };
    return [
      result(
        'displacement park-year throughput (1 worker)',
        PACKS / oneWorker,
        'packs/s',
        { value: TARGET_PACKS_PER_S, unit: 'packs/s', what: 'issue 7 target' },
        {
          ...settings,
          seconds: oneWorker,
        },
      ),
      result(
        'displacement park-year throughput (2 workers)',
        PACKS / twoWorkers,
        'packs/s',
        { value: PACKS / oneWorker, unit: 'packs/s', what: 'one worker process (target ratio ≥ 1.6)' },
        {
          ...settings,
          seconds: twoWorkers,
        },
      ),
      result(
        'displacement outbox path',
        PACKS / oneWorker,
        'packs/s',
        { value: PACKS / direct, unit: 'packs/s', what: 'plan job enqueued directly (target ratio ≥ 0.8)' },
        {
          ...settings,
          outboxSeconds: oneWorker,
          directSeconds: direct,
        },
      ),
    ];
  } finally {
    for (const w of workers) await w.stop().catch(() => undefined);
    await api?.stop().catch(() => undefined);
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close().catch(() => undefined);
    const keys = await redis.keys(`${prefix}:*`).catch(() => [] as string[]);
    if (keys.length) await redis.unlink(...keys).catch(() => undefined);
    redis.disconnect();
    await db.end().catch(() => undefined);
    await dropDatabase(databaseUrl);
  }
}
