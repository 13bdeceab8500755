import autocannon from 'autocannon';
import { Client } from 'pg';
import { renderPassportPage, type PassportPageInput } from '../src/passports/passport-page';
import { BenchResult } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { healthReady, startServer } from './support/child-server';
import { cpuBetween, cpuSnapshot } from './support/cpu';
import { apiEnv, newAdminKey } from './support/world';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * The battery passport page (issue 15): GET /passports/batteries/:passportId as a browser asks for
 * it (HTML), autocannon with 50 connections, 3 s warm-up then 10 s, against the built API (dist/)
 * with the demo world, on the first pack of its LFP batch (the address its QR label carries).
 * Baseline: GET /health on the same server. **Target: ≥ 1,000 req/s.** Beside it, the pure
 * renderer alone (passport-page.ts) on that passport's JSON, in this process: pages per second,
 * baseline JSON.stringify of the same passport.
 */
export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const server = await startServer({
    name: 'api',
    script: 'dist/src/main.js',
    env: apiEnv(databaseUrl, newAdminKey(), { SEED_DEMO: 'true' }),
    ready: healthReady,
  });
  try {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const [row] = (
      await db.query<{ id: string }>(
        `SELECT u.id::text FROM units u JOIN batches b ON b.id = u.batch_id WHERE b.batch_number = 'OGC-2026-03-A' AND u.kind = 3 ORDER BY u.id LIMIT 1`,
      )
    ).rows;
    await db.end();
    if (!row) throw new Error('the demo world has no LFP pack');
    const hex = BigInt(row.id).toString(16).padStart(15, '0');
    const path = `/passports/batteries/00000000-0000-8000-8${hex.slice(0, 3)}-${hex.slice(3)}`;
    const check = await fetch(`${server.url}${path}`, { headers: { accept: BROWSER } });
    if (check.status !== 200 || !(check.headers.get('content-type') ?? '').startsWith('text/html'))
      throw new Error(`the passport page answered ${check.status} ${check.headers.get('content-type')}`);
    const html = await check.text();
    const load = (p: string, duration: number) =>
      autocannon({ url: `${server.url}${p}`, headers: { accept: BROWSER }, connections: 50, duration, timeout: 10 });
    await load(path, 3);
    const before = cpuSnapshot(server.pid);
    const page = await load(path, 10);
    const cpu = cpuBetween(before, cpuSnapshot(server.pid));
    const health = await load('/health', 10);
    // The same passport as JSON (what API clients get), for comparison on the same server.
    const json = await autocannon({
      url: `${server.url}${path}`,
      headers: { accept: 'application/json' },
      connections: 50,
      duration: 10,
      timeout: 10,
    });
    if (page.non2xx + page.errors > 0) throw new Error(`the passport page answered ${page.non2xx} non-2xx and ${page.errors} errors`);
    const passport = (await (await fetch(`${server.url}${path}?format=json`)).json()) as PassportPageInput['passport'];
    return [
      {
        name: 'GET /passports/batteries/:id (HTML page, anonymous)',
        value: page.requests.average,
        unit: 'req/s',
        baseline: { value: health.requests.average, unit: 'req/s', what: 'GET /health on the same server' },
        ratio: page.requests.average / health.requests.average,
        details: {
          note: `target ≥ 1000 req/s; p50 ${page.latency.p50} ms, p99 ${page.latency.p99} ms, 50 connections; page ${html.length} characters`,
          serverCpuMicrosecondsPerRequest: Math.round((cpu.serverSeconds * 1e6) / page.requests.total),
          sameSecondsAsJsonReqPerSec: json.requests.average,
          coresUsed: { server: cpu.server, loadGenerator: cpu.bench, postgres: cpu.postgres, machine: cpu.machine },
        },
      },
      renderOnly(passport),
    ];
  } finally {
    await server.stop();
    await dropDatabase(databaseUrl).catch(() => undefined);
  }
}

/** The renderer alone, in this process, on the served passport (target: well under 1 ms a page). */
function renderOnly(passport: PassportPageInput['passport']): BenchResult {
  const input: PassportPageInput = {
    lang: 'de',
    passport,
    batch: {
      batchNumber: 'OGC-2026-03-A',
      modelName: 'OGC-LFP-62 Car Pack',
      manufacturerName: 'Ordos Green Cell Co.',
      plant: { name: 'Ordos LFP Cell and Pack Plant 1', address: 'Mengsu Economic Development Zone, Ordos' },
      park: { code: 'CN-NM-ORDOS-ZC', name: 'Ordos Net-Zero Industrial Park' },
      production: { from: '2026-03-02T00:00:00Z', to: '2026-03-20T00:00:00Z' },
      performanceClass: null,
      certificates: [
        { number: 'BTC-2026-000001', status: 'ACTIVE', verifyUrl: 'http://x/verify/c', bundleUrl: 'http://x/certificates/c/bundle' },
      ],
    },
    shipments: [],
    shipmentsVisible: false,
    pageUrl: 'http://x/passports/batteries/p',
    pagePath: '/passports/batteries/p',
    signedInAs: null,
    jsonUrl: 'http://x/passports/batteries/p?format=json',
    epcisUrl: 'http://x/epcis/events?batch=b',
    qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  };
  const rate = (f: () => unknown, n: number) => {
    for (let i = 0; i < 200; i++) f();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f();
    return (n * 1000) / (performance.now() - t0);
  };
  const pages = rate(() => renderPassportPage(input), 5000);
  const json = rate(() => JSON.stringify(passport), 5000);
  return {
    name: 'renderPassportPage (pure, German, the demo pack passport)',
    value: pages,
    unit: 'pages/s',
    baseline: { value: json, unit: 'stringifies/s', what: 'JSON.stringify of the same passport' },
    ratio: pages / json,
    details: { note: `target: well under 1 ms a page; ${(1000 / pages).toFixed(3)} ms a page` },
  };
}
