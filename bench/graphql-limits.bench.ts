import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config/env';
import { queryLimitRules } from '../src/graphql/graphql-protection';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { apiEnv, newAdminKey } from './support/world';

/**
 * Time to refuse a fragment fan-out, anonymously, over HTTP, against the API as configured in
 * production: `{ ...L0 } fragment L0 on Query { ...L1 ...L1 } … fragment L<n> on Query { __typename }`
 * asks for 2^n fields; before the limit rules measured each fragment once it took 187 s at 25
 * levels. Every request renames its fragments, so none is answered from Mercurius's validation
 * cache. The target is 50 ms at any depth; `/health` is asked at the same time and must answer.
 * The same refusal is also timed in this process (parse and every validation rule the server runs,
 * with its default limits), which a busy machine disturbs less than a round trip.
 */
const REQUESTS = Number(process.env.BENCH_LIMITS_REQUESTS ?? 30);
const LEVELS = [25, 60];
const TARGET_MS = 50;

function fanOutQuery(levels: number, prefix: string): string {
  const f = (i: number) => `${prefix}${i}`;
  const frags = Array.from({ length: levels }, (_, i) => `fragment ${f(i)} on Query { ...${f(i + 1)} ...${f(i + 1)} }`);
  return `{ ...${f(0)} } ${frags.join(' ')} fragment ${f(levels)} on Query { __typename }`;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

async function refuseOnce(url: string, levels: number): Promise<{ ms: number; healthMs: number }> {
  const query = fanOutQuery(levels, `F${randomBytes(4).toString('hex')}_`);
  const [[ms, body], [healthMs, health]] = await Promise.all([
    timed(async () => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(60_000),
      });
      return (await res.json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
    }),
    timed(() => fetch(`${url}/health`, { signal: AbortSignal.timeout(60_000) })),
  ]);
  const code = body.errors?.[0]?.extensions?.code;
  if (body.data !== null || code !== 'QUERY_TOO_COSTLY')
    throw new Error(`fan-out at ${levels} levels not refused: ${JSON.stringify(body)}`);
  if (health.status !== 200) throw new Error(`/health answered ${health.status} during the fan-out`);
  return { ms, healthMs };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

/** Parse and validate in this process, as the server does (graphql-js's rules and battrace's). */
function inProcess(levels: number): BenchResult {
  const limits = loadConfig({}).graphql;
  const schema = buildSchema('type Query { ping: Boolean }');
  const rules = [...specifiedRules, ...queryLimitRules(limits)];
  const ms: number[] = [];
  for (let i = 0; i <= REQUESTS; i++) {
    const t0 = performance.now();
    const errors = validate(schema, parse(fanOutQuery(levels, `V${i}_`), { maxTokens: limits.maxTokens }), rules);
    const dt = performance.now() - t0;
    if (errors[0]?.extensions.code !== 'QUERY_TOO_COSTLY') throw new Error(`fan-out at ${levels} levels not refused in process`);
    if (i > 0) ms.push(dt); // the first warms up
  }
  const [p50, max] = [percentile(ms, 50), Math.max(...ms)];
  note(`fan-out ${levels} levels, parse + validate in process: p50 ${p50.toFixed(2)} ms, max ${max.toFixed(2)} ms`);
  return result(
    `graphql-fanout-${levels}-validate-p50`,
    p50,
    'ms',
    { value: TARGET_MS, unit: 'ms', what: 'target: at most 50 ms' },
    {
      maxMs: max,
      runs: REQUESTS,
    },
  );
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  let api: ChildServer | undefined;
  try {
    const results: BenchResult[] = LEVELS.map(inProcess);
    api = await startServer({ name: 'api', script: 'dist/src/main.js', env: apiEnv(databaseUrl, newAdminKey()), ready: healthReady });
    for (const levels of LEVELS) {
      await refuseOnce(api.url, levels); // warm-up
      const runs: { ms: number; healthMs: number }[] = [];
      for (let i = 0; i < REQUESTS; i++) runs.push(await refuseOnce(api.url, levels));
      const ms = runs.map((r) => r.ms);
      const health = runs.map((r) => r.healthMs);
      const [p50, p99, max] = [percentile(ms, 50), percentile(ms, 99), Math.max(...ms)];
      note(
        `fan-out ${levels} levels: refused in p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms ` +
          `over ${REQUESTS} requests; /health alongside: max ${Math.max(...health).toFixed(1)} ms`,
      );
      results.push(
        result(
          `graphql-fanout-${levels}-refuse-max`,
          max,
          'ms',
          { value: TARGET_MS, unit: 'ms', what: 'target: at most 50 ms' },
          {
            requests: REQUESTS,
            p50Ms: p50,
            p99Ms: p99,
            healthMaxMs: Math.max(...health),
            target: 'ratio <= 1',
          },
        ),
      );
    }
    return results;
  } finally {
    await api?.stop();
    await dropDatabase(databaseUrl).catch((err) => note(`could not drop ${databaseUrl}: ${(err as Error).message}`));
  }
}
