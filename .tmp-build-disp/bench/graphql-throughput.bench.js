"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
const autocannon_1 = __importDefault(require("autocannon"));
const node_crypto_1 = require("node:crypto");
const bench_result_1 = require("./support/bench-result");
const bench_db_1 = require("./support/bench-db");
const cpu_1 = require("./support/cpu");
const child_server_1 = require("./support/child-server");
const world_1 = require("./support/world");
/**
 * GraphQL throughput: a batch with its model and its plant's park, asked with a manufacturer key,
 * against (a) the API (`node dist/src/main.js`: NestJS + Fastify + Mercurius) and (b) a stock
 * NestJS + Express + Apollo Server app serving the same resolvers on the same database
 * (bench/baseline/apollo-express.app.ts). Both run as child processes; autocannon drives them
 * one at a time with the same connections and duration, alternating the order by round. The
 * requests rotate over BATCHES batches (more than the connections, so requests in flight ask for
 * different ids) and every answer is checked against the one verified before measuring.
 * The API also runs once with its Redis rate limit on (at a ceiling the load never reaches),
 * since the other rounds switch it off.
 */
const QUERY = 'query($id: ID!) { batch(id: $id) { batchNumber model { name } plant { park { name } } } }';
const CONNECTIONS = Number(process.env.BENCH_GRAPHQL_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_GRAPHQL_DURATION_S ?? 10);
const WARMUP_S = Number(process.env.BENCH_GRAPHQL_WARMUP_S ?? 2);
const ROUNDS = Number(process.env.BENCH_GRAPHQL_ROUNDS ?? 2);
/** The highest value src/config/env.ts accepts: the limiter runs on every request, refuses none. */
const RATE_LIMIT_CEILING = '10000000';
const BATCHES = Number(process.env.BENCH_GRAPHQL_BATCHES ?? 64);
const requestBody = (id) => JSON.stringify({ query: QUERY, variables: { id } });
/** Asks for every batch once and checks each answer before anything is measured. */
async function verify(label, server, key, expected) {
    const answers = new Set();
    for (const [id, data] of expected) {
        const res = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: requestBody(id),
            signal: AbortSignal.timeout(10_000),
        });
        const text = await res.text();
        const body = JSON.parse(text);
        if (res.status !== 200 || body.errors || JSON.stringify(body.data) !== JSON.stringify(data)) {
            throw new Error(`${label} answered ${res.status} ${text}; expected ${JSON.stringify({ data })}`);
        }
        answers.add(text);
    }
    (0, bench_result_1.note)(`${label} answers all ${expected.size} batches correctly, e.g. ${[...answers][0].trim()}`);
    return { label, server, answers };
}
async function measure(t, key, ids, round) {
    const bodies = ids.map(requestBody);
    let next = 0;
    const load = (duration) => (0, autocannon_1.default)({
        url: `${t.server.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        // One counter for all connections: consecutive requests ask for different batches.
        requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
        connections: CONNECTIONS,
        duration,
        timeout: 10,
        verifyBody: (body) => t.answers.has(body),
    });
    await load(WARMUP_S);
    const before = (0, cpu_1.cpuSnapshot)(t.server.pid);
    const r = await load(DURATION_S);
    const cpu = (0, cpu_1.cpuBetween)(before, (0, cpu_1.cpuSnapshot)(t.server.pid));
    const m = {
        label: t.label,
        round,
        rps: r.requests.average,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
        mismatches: r.mismatches,
        cpuCores: cpu,
        serverCpuMsPerRequest: Math.round(((cpu.serverSeconds * 1000) / Math.max(1, r.requests.total)) * 1000) / 1000,
    };
    (0, bench_result_1.note)(`${t.label} round ${round}: ${Math.round(m.rps)} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms; ${m.requests} requests, ` +
        `${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts, ${m.mismatches} wrong bodies; ` +
        `CPU cores: server ${cpu.server}, autocannon ${cpu.bench}, postgres ${cpu.postgres}, machine ${cpu.machine}; ` +
        `server CPU ${m.serverCpuMsPerRequest} ms/request`);
    return m;
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const failed = (ms) => ms.reduce((a, m) => a + m.non2xx + m.errors + m.mismatches, 0);
async function run() {
    const databaseUrl = (0, bench_db_1.freshDatabaseUrl)();
    const adminKey = (0, world_1.newAdminKey)();
    const servers = [];
    try {
        (0, bench_result_1.note)(`graphql-throughput: starting the API and the Apollo + Express baseline on ${databaseUrl.replace(/.*\//, '')}`);
        let api = await (0, child_server_1.startServer)({ name: 'api', script: 'dist/src/main.js', env: (0, world_1.apiEnv)(databaseUrl, adminKey), ready: child_server_1.healthReady });
        servers.push(api);
        const world = await (0, world_1.createWorld)(api.url, adminKey);
        const tag = (0, node_crypto_1.randomBytes)(3).toString('hex').toUpperCase();
        const expected = new Map();
        for (let i = 0; i < BATCHES; i++) {
            const batchNumber = `BENCH-${tag}-${i}`;
            const id = await (0, world_1.registerBatch)(api.url, world, batchNumber);
            expected.set(id, { batch: { batchNumber, model: { name: world.modelName }, plant: { park: { name: world.parkName } } } });
        }
        const ids = [...expected.keys()];
        const key = world.manufacturerKey;
        const apollo = await (0, child_server_1.startServer)({
            name: 'apollo-express',
            script: 'dist/bench/baseline/apollo-express.main.js',
            env: (0, world_1.apiEnv)(databaseUrl, adminKey, { RUN_MIGRATIONS: 'false' }),
            ready: async (url) => (await fetch(`${url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: '{"query":"{ __typename }"}',
                signal: AbortSignal.timeout(2_000),
            })).status === 200,
        });
        servers.push(apollo);
        const ours = await verify('api (Fastify + Mercurius)', api, key, expected);
        const base = await verify('baseline (Express + Apollo)', apollo, key, expected);
        const oursRuns = [];
        const baseRuns = [];
        for (let round = 1; round <= ROUNDS; round++) {
            // Alternate which goes first so that neither always meets a warmer database.
            const order = round % 2 === 1 ? [ours, base] : [base, ours];
            for (const t of order)
                (t === ours ? oursRuns : baseRuns).push(await measure(t, key, ids, round));
        }
        // The same API with the per-caller Redis rate limit on (one Redis round trip per request).
        await api.stop();
        servers.splice(servers.indexOf(api), 1);
        api = await (0, child_server_1.startServer)({
            name: 'api-ratelimit',
            script: 'dist/src/main.js',
            env: (0, world_1.apiEnv)(databaseUrl, adminKey, { RATE_LIMIT_PER_MINUTE: RATE_LIMIT_CEILING }),
            ready: child_server_1.healthReady,
        });
        servers.push(api);
        const limited = await verify('api with rate limit', api, key, expected);
        const limitedRun = await measure(limited, key, ids, 1);
        const oursRps = mean(oursRuns.map((m) => m.rps));
        const baseRps = mean(baseRuns.map((m) => m.rps));
        const runs = { api: oursRuns, baseline: baseRuns, apiWithRateLimit: [limitedRun] };
        const settings = {
            connections: CONNECTIONS,
            durationSeconds: DURATION_S,
            warmupSeconds: WARMUP_S,
            rounds: ROUNDS,
            batches: BATCHES,
            query: QUERY,
        };
        if (failed(oursRuns) + failed(baseRuns) + failed([limitedRun]) > 0) {
            (0, bench_result_1.note)('some requests failed (non-2xx, errors or wrong bodies): see details in latest.json');
        }
        const baseline = (value, unit) => ({
            value,
            unit,
            what: 'stock NestJS + Express + Apollo Server, same resolvers and database',
        });
        const results = [
            (0, bench_result_1.result)('graphql-batch-rps', oursRps, 'req/s', baseline(baseRps, 'req/s'), { ...settings, runs, target: 'ratio >= 2' }),
            (0, bench_result_1.result)('graphql-batch-p99', mean(oursRuns.map((m) => m.p99Ms)), 'ms', baseline(mean(baseRuns.map((m) => m.p99Ms)), 'ms'), {
                note: 'mean over rounds of the p99 latency; lower is better',
            }),
            (0, bench_result_1.result)('graphql-batch-p50', mean(oursRuns.map((m) => m.p50Ms)), 'ms', baseline(mean(baseRuns.map((m) => m.p50Ms)), 'ms')),
            (0, bench_result_1.result)('graphql-batch-server-cpu', mean(oursRuns.map((m) => m.serverCpuMsPerRequest)), 'ms/req', baseline(mean(baseRuns.map((m) => m.serverCpuMsPerRequest)), 'ms/req'), { note: 'CPU time of the server process per answered request; lower is better, and steadier than req/s on a shared machine' }),
        ];
        for (let i = 0; i < ROUNDS; i++) {
            results.push((0, bench_result_1.result)(`graphql-batch-rps-round${i + 1}`, oursRuns[i].rps, 'req/s', baseline(baseRuns[i].rps, 'req/s')));
        }
        results.push((0, bench_result_1.result)('graphql-batch-rps-ratelimit-on', limitedRun.rps, 'req/s', baseline(baseRps, 'req/s'), {
            rateLimitPerMinute: Number(RATE_LIMIT_CEILING),
            p99Ms: limitedRun.p99Ms,
            serverCpuMsPerRequest: limitedRun.serverCpuMsPerRequest,
        }));
        (0, bench_result_1.note)(`graphql-throughput: ratio ${(0, bench_result_1.formatRatio)(oursRps / baseRps)} (target >= 2)`);
        return results;
    }
    finally {
        for (const s of servers)
            await s.stop();
        await (0, bench_db_1.dropDatabase)(databaseUrl).catch((err) => (0, bench_result_1.note)(`could not drop ${databaseUrl}: ${err.message}`));
    }
}
//# sourceMappingURL=graphql-throughput.bench.js.map