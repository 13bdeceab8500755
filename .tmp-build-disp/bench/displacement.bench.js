"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
const bullmq_1 = require("bullmq");
const ioredis_1 = __importDefault(require("ioredis"));
const node_child_process_1 = require("node:child_process");
const node_crypto_1 = require("node:crypto");
const node_path_1 = require("node:path");
const pg_1 = require("pg");
const bench_result_1 = require("./support/bench-result");
const bench_db_1 = require("./support/bench-db");
const child_server_1 = require("./support/child-server");
const world_1 = require("./support/world");
/**
 * Lifecycle displacement (issue 7) end to end: a park-year run over 1,000,000 packs, from the
 * requestDisplacement call to COMPLETED, with real API and worker processes on a bench database of
 * its own (dropped at the end) and the shared Redis under a queue prefix of its own.
 *
 *  - displacement park-year throughput: packs/s with one worker process, against the issue's
 *    target of 100,000 packs/s;
 *  - two worker processes against one (target ≥ 1.6×);
 *  - the outbox path (request → outbox row → relay → BullMQ) against enqueueing the plan job
 *    directly (the same run with the relay off and the bench adding the job itself), target
 *    within 20%.
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
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The compiled entry points beside this bench (dist/), or the TypeScript sources through SWC when run from bench/*.ts. */
function entry(name) {
    const fromTs = __filename.endsWith('.ts');
    const script = (0, node_path_1.join)(__dirname, '..', 'src', `${name}.${fromTs ? 'ts' : 'js'}`);
    return { script, args: fromTs ? ['-r', (0, node_path_1.join)((0, child_server_1.repoRoot)(), 'test/support/swc-register.js'), script] : [script] };
}
const children = new Set();
process.on('exit', () => {
    for (const c of children)
        if (c.exitCode === null && c.signalCode === null)
            c.kill('SIGKILL');
});
async function startWorker(env) {
    const child = (0, node_child_process_1.spawn)(process.execPath, entry('worker').args, {
        cwd: (0, child_server_1.repoRoot)(),
        env: { ...process.env, ...env, LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let out = '';
    const keep = (b) => {
        out = (out + b.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const exited = new Promise((r) => child.once('exit', () => r()));
    child.once('exit', () => children.delete(child));
    const deadline = Date.now() + 90_000;
    while (!out.includes('battrace worker ready')) {
        if (child.exitCode !== null)
            throw new Error(`worker exited before it was ready:\n${out}`);
        if (Date.now() > deadline)
            throw new Error(`worker not ready in 90 s:\n${out}`);
        await sleep(50);
    }
    return {
        pid: child.pid,
        async stop() {
            child.kill('SIGTERM');
            await Promise.race([exited, sleep(30_000)]);
            if (child.exitCode === null && child.signalCode === null)
                child.kill('SIGKILL');
        },
    };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function run() {
    const databaseUrl = (0, bench_db_1.freshDatabaseUrl)();
    const adminKey = (0, world_1.newAdminKey)();
    const prefix = `bench-disp-${(0, node_crypto_1.randomBytes)(4).toString('hex')}`;
    const env = (0, world_1.apiEnv)(databaseUrl, adminKey, {
        BULLMQ_PREFIX: prefix,
        WORKER_CONCURRENCY: CONCURRENCY,
        DISPLACEMENT_CHUNK_PACKS: CHUNK_PACKS,
        JOB_RELAY_POLL_MS: '1000',
    });
    const redisUrl = env.REDIS_URL;
    let api;
    const workers = [];
    const db = new pg_1.Client({ connectionString: databaseUrl });
    const redis = new ioredis_1.default(redisUrl, { maxRetriesPerRequest: null });
    const queue = new bullmq_1.Queue('displacement', { connection: redis, prefix });
    try {
        const main = entry('main');
        api = await (0, child_server_1.startServer)({
            name: 'api',
            script: main.script,
            // From the TypeScript sources, the API is compiled by the same SWC hook as the workers.
            env: main.args.length > 1 ? { ...env, NODE_OPTIONS: `--require ${(0, node_path_1.join)((0, child_server_1.repoRoot)(), 'test/support/swc-register.js')}` } : env,
            ready: child_server_1.healthReady,
        });
        await db.connect();
        const world = await (0, world_1.createWorld)(api.url, adminKey);
        const batchIds = [];
        for (let i = 0; i < BATCHES; i++)
            batchIds.push(await (0, world_1.registerBatch)(api.url, world, `BENCH-DISP-${i}`, { cells: 0, modules: 0, packs: PACKS / BATCHES }));
        (0, bench_result_1.note)(`displacement: inserting ${PACKS.toLocaleString('en')} packs`);
        const t0 = performance.now();
        await db.query(`INSERT INTO units (manufacturer_id, batch_id, kind, serial)
       SELECT $1, ($2::uuid[])[1 + (g % $3)], 3, 'BDP-' || g FROM generate_series(1, $4::int) AS g`, [world.manufacturerId, batchIds, BATCHES, PACKS]);
        await db.query('VACUUM ANALYZE units');
        (0, bench_result_1.note)(`displacement: packs written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        const REQUEST = `mutation($input: RequestDisplacementInput!) { requestDisplacement(input: $input) { id } }`;
        const input = { scope: { parkYear: { parkId: world.parkId, year: YEAR } }, vehicleClass: 'EU_CAR' };
        /** Request → COMPLETED, in seconds; `direct` enqueues the plan job from here instead of the relay. */
        const once = async (direct) => {
            const start = performance.now();
            const { requestDisplacement } = await (0, world_1.gql)(api.url, REQUEST, { input }, world.manufacturerKey);
            const id = requestDisplacement.id;
            if (direct) {
                await queue.add('displacement-plan', { runId: id }, { jobId: id, attempts: 6, backoff: { type: 'exponential', delay: 1000 }, removeOnFail: false });
            }
            const tReq = performance.now();
            let tRelay = 0;
            let tRun = 0;
            for (;;) {
                if (process.env.BENCH_TRACE && !tRelay && (await db.query('SELECT 1 FROM job_outbox WHERE job_id = $1', [id])).rowCount === 0)
                    tRelay = performance.now();
                const { rows } = await db.query('SELECT status, units_done, error FROM displacement_runs WHERE id = $1', [id]);
                if (!tRun && rows[0].status !== 'QUEUED')
                    tRun = performance.now();
                if (rows[0].status === 'COMPLETED') {
                    if (process.env.BENCH_TRACE)
                        (0, bench_result_1.note)(`trace: request ${(tReq - start).toFixed(0)} relayed ${(tRelay - start).toFixed(0)} running ${(tRun - start).toFixed(0)} done ${(performance.now() - start).toFixed(0)} ms`);
                    if (rows[0].units_done !== PACKS)
                        throw new Error(`run ${id} counted ${rows[0].units_done} packs, not ${PACKS}`);
                    break;
                }
                if (rows[0].status === 'FAILED')
                    throw new Error(`run ${id} failed: ${rows[0].error}`);
                if (performance.now() - start > RUN_TIMEOUT_MS)
                    throw new Error(`run ${id} not done in ${RUN_TIMEOUT_MS} ms`);
                await sleep(5);
            }
            const seconds = (performance.now() - start) / 1000;
            if (direct)
                await db.query('DELETE FROM job_outbox WHERE job_id = $1', [id]);
            return seconds;
        };
        const measure = async (label, direct) => {
            await once(direct); // warm-up
            const times = [];
            for (let i = 0; i < REPEATS; i++)
                times.push(await once(direct));
            (0, bench_result_1.note)(`displacement: ${label}: ${times.map((s) => s.toFixed(2)).join(', ')} s`);
            return median(times);
        };
        workers.push(await startWorker(env));
        const oneWorker = await measure('1 worker, outbox', false);
        workers.push(await startWorker(env));
        const twoWorkers = await measure('2 workers, outbox', false);
        for (const w of workers.splice(0))
            await w.stop();
        workers.push(await startWorker({ ...env, JOB_RELAY_ENABLED: 'false' }));
        const direct = await measure('1 worker, direct enqueue', true);
        const settings = {
            packs: PACKS,
            batches: BATCHES,
            chunkPacks: Number(CHUNK_PACKS),
            workerConcurrency: Number(CONCURRENCY),
            repeats: REPEATS,
        };
        return [
            (0, bench_result_1.result)('displacement park-year throughput (1 worker)', PACKS / oneWorker, 'packs/s', { value: TARGET_PACKS_PER_S, unit: 'packs/s', what: 'issue 7 target' }, {
                ...settings,
                seconds: oneWorker,
            }),
            (0, bench_result_1.result)('displacement park-year throughput (2 workers)', PACKS / twoWorkers, 'packs/s', { value: PACKS / oneWorker, unit: 'packs/s', what: 'one worker process (target ratio ≥ 1.6)' }, {
                ...settings,
                seconds: twoWorkers,
            }),
            (0, bench_result_1.result)('displacement outbox path', PACKS / oneWorker, 'packs/s', { value: PACKS / direct, unit: 'packs/s', what: 'plan job enqueued directly (target ratio ≥ 0.8)' }, {
                ...settings,
                outboxSeconds: oneWorker,
                directSeconds: direct,
            }),
        ];
    }
    finally {
        for (const w of workers)
            await w.stop().catch(() => undefined);
        await api?.stop().catch(() => undefined);
        await queue.obliterate({ force: true }).catch(() => undefined);
        await queue.close().catch(() => undefined);
        const keys = await redis.keys(`${prefix}:*`).catch(() => []);
        if (keys.length)
            await redis.unlink(...keys).catch(() => undefined);
        redis.disconnect();
        await db.end().catch(() => undefined);
        await (0, bench_db_1.dropDatabase)(databaseUrl);
    }
}
//# sourceMappingURL=displacement.bench.js.map