import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { cpuBetween, cpuSnapshot } from './support/cpu';
import { apiEnv, createWorld, newAdminKey, registerBatch } from './support/world';

/**
 * The GS1 resolver (docs/resolver.md) at 50 connections against the built API as a child process,
 * GET /health measured in the same run as the baseline. Targets (issue 15): the resolver's JSON
 * answer for a public passport (anonymous) ≥ 3,000 req/s, p99 ≤ 20 ms and ≥ 0.8× /health; the
 * passport HTML page ≥ 1,000 req/s. Also measured, for the record: the JSON of BENCH_RESOLVER_PACKS
 * packs in turn (anonymous), the JSON for a caller with an API key (never reused: every request
 * reads the database), the browser's 307 to the passport page, and the page itself when the API
 * serves HTML there.
 */
const CONNECTIONS = Number(process.env.BENCH_RESOLVER_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_RESOLVER_DURATION_S ?? 10);
const WARMUP_S = Number(process.env.BENCH_RESOLVER_WARMUP_S ?? 2);
const PACKS = Number(process.env.BENCH_RESOLVER_PACKS ?? 200);
const GS1 = { companyPrefix: '9506000', gtin: '9506000134352' };
const GTIN14 = `0${GS1.gtin}`;
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

interface Load {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

async function load(api: ChildServer, paths: string[], headers: Record<string, string>, seconds: number): Promise<Load> {
  const r = await autocannon({
    url: api.url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    headers,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

async function measure(
  api: ChildServer,
  label: string,
  paths: string[],
  headers: Record<string, string>,
): Promise<Load & { cpuUsPerReq: number }> {
  note(`resolver: ${label}`);
  await load(api, paths, headers, WARMUP_S);
  const before = cpuSnapshot(api.pid);
  const m = await load(api, paths, headers, DURATION_S);
  const cpu = cpuBetween(before, cpuSnapshot(api.pid));
  return { ...m, cpuUsPerReq: Math.round((cpu.serverSeconds * 1e6) / Math.max(1, m.total)) };
}

async function uploadPacks(api: ChildServer, key: string, batchId: string, serials: string[]): Promise<void> {
  const res = await fetch(`${api.url}/batches/${batchId}/units`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` },
    body: serials.map((serial) => JSON.stringify({ serial, kind: 'PACK' })).join('\n') + '\n',
  });
  if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const adminKey = newAdminKey();
  let api: ChildServer | null = null;
  try {
    note(`resolver: starting the API on ${databaseUrl.replace(/.*\//, '')}`);
    api = await startServer({ name: 'api', script: 'dist/src/main.js', env: apiEnv(databaseUrl, adminKey), ready: healthReady });
    const world = await createWorld(api.url, adminKey, GS1);
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const batchId = await registerBatch(api.url, world, `BENCH-${tag}-RESOLVER`, { cells: 0, modules: 0, packs: PACKS });
    const serials = Array.from({ length: PACKS }, (_, i) => `R${tag}-${String(i).padStart(5, '0')}`);
    await uploadPacks(api, world.manufacturerKey, batchId, serials);
    const paths = serials.map((s) => `/01/${GTIN14}/21/${s}`);
    const one = paths[0];

    // The answers are what the docs say before they are timed.
    const check = await fetch(`${api.url}${one}`, { headers: { accept: 'application/json' } });
    const passport = (await check.json()) as { passportId?: string; battery?: { serial: string } };
    if (check.status !== 200 || passport.battery?.serial !== serials[0]) throw new Error(`the resolver answered ${check.status}`);
    const redirect = await fetch(`${api.url}${one}`, { headers: { accept: BROWSER }, redirect: 'manual' });
    const pagePath = `/passports/batteries/${passport.passportId}`;
    if (redirect.status !== 307 || !redirect.headers.get('location')?.endsWith(pagePath)) {
      throw new Error(`a browser got ${redirect.status} to ${redirect.headers.get('location')}`);
    }
    const pageProbe = await fetch(`${api.url}${pagePath}`, { headers: { accept: BROWSER } });
    const pageIsHtml = pageProbe.status === 200 && (pageProbe.headers.get('content-type') ?? '').startsWith('text/html');
    await pageProbe.arrayBuffer();

    const json = { accept: 'application/json' };
    const health = await measure(api, '/health (baseline)', ['/health'], json);
    const publicJson = await measure(api, 'JSON, one public passport, anonymous', [one], json);
    const health2 = await measure(api, '/health again (baseline drift)', ['/health'], json);
    const manyJson = await measure(api, `JSON, ${PACKS} passports in turn, anonymous`, paths, json);
    const keyedJson = await measure(api, 'JSON, one passport, with an API key (no reuse)', [one], {
      ...json,
      authorization: `Bearer ${world.manufacturerKey}`,
    });
    const browser = await measure(api, 'browser: 307 to the passport page', [one], { accept: BROWSER });
    const page = pageIsHtml ? await measure(api, 'the passport HTML page', [pagePath], { accept: BROWSER }) : null;

    for (const [label, m, expectNon2xx] of [
      ['health', health, false],
      ['public JSON', publicJson, false],
      ['many JSON', manyJson, false],
      ['keyed JSON', keyedJson, false],
      ['browser', browser, true],
    ] as const) {
      if (m.errors > 0 || (!expectNon2xx && m.non2xx > 0)) throw new Error(`${label}: ${m.non2xx} non-2xx, ${m.errors} errors`);
    }

    const baseline = { value: health.rps, unit: 'req/s', what: `GET /health on the same server, ${CONNECTIONS} connections` };
    const ratio = publicJson.rps / health.rps;
    const targets =
      `targets: ≥ 3000 req/s ${met(publicJson.rps >= 3000)}, p99 ≤ 20 ms ${met(publicJson.p99 <= 20)} (${publicJson.p99} ms), ` +
      `≥ 0.8× /health ${met(ratio >= 0.8)} (${ratio.toFixed(2)})`;
    note(`resolver: ${targets}`);
    const detail = (m: Load & { cpuUsPerReq: number }) => ({
      p50Ms: m.p50,
      p99Ms: m.p99,
      requests: m.total,
      serverCpuMicrosecondsPerRequest: m.cpuUsPerReq,
    });
    const out: BenchResult[] = [
      result(`resolver JSON, public passport, anonymous, ${CONNECTIONS} connections`, publicJson.rps, 'req/s', baseline, {
        note: targets,
        ...detail(publicJson),
        health: detail(health),
        healthMeasuredAgainAfter: { rps: Math.round(health2.rps), ...detail(health2) },
      }),
      result(`resolver JSON, ${PACKS} public passports in turn, anonymous`, manyJson.rps, 'req/s', baseline, detail(manyJson)),
      result('resolver JSON, with an API key (every request reads the database)', keyedJson.rps, 'req/s', baseline, detail(keyedJson)),
      result('resolver, browser: 307 to the passport page', browser.rps, 'req/s', baseline, detail(browser)),
    ];
    if (page) {
      out.push(
        result('passport HTML page (GET /passports/batteries/:id, browser Accept)', page.rps, 'req/s', baseline, {
          note: `target: ≥ 1000 req/s ${met(page.rps >= 1000)}`,
          ...detail(page),
        }),
      );
    } else {
      note('resolver: the passport route does not answer HTML yet; the page target is not measured');
    }
    return out;
  } finally {
    await api?.stop();
    await dropDatabase(databaseUrl).catch(() => undefined);
  }
}
