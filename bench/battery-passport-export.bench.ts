import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { apiEnv, createWorld, newAdminKey, registerBatch } from './support/world';

/**
 * The NDJSON export of a batch's battery passports (GET /passports/batches/:batchId/batteries,
 * docs/battery-passports.md) from a real API child process, read by an anonymous caller as it
 * streams (the bench never holds the body):
 * - `battery-passport-export`: passports per second over a batch of BENCH_EXPORT_PACKS (100,000)
 *   packs. Baseline: GET /passports/batteries/:passportId one pack after the other, for
 *   BENCH_EXPORT_SINGLE (200) packs of the same batch, same run.
 * - `battery-passport-export-peak-rss`: the API's peak resident memory (VmRSS sampled every 50 ms)
 *   while exporting the large batch. Baseline: the same while exporting a batch of 10,000 packs: a
 *   ratio near 1 is the flat memory the export promises.
 * Packs are inserted with generate_series (not through the upload: this measures the export).
 */
const PACKS = Number(process.env.BENCH_EXPORT_PACKS ?? 100_000);
const SMALL_PACKS = 10_000;
const SINGLE = Number(process.env.BENCH_EXPORT_SINGLE ?? 200);

async function insertPacks(databaseUrl: string, manufacturerId: string, batchId: string, prefix: string, packs: number): Promise<void> {
  const db = new DataSource(buildDataSourceOptions(databaseUrl, { poolSize: 1 }));
  await db.initialize();
  try {
    await db.query(
      `INSERT INTO units (manufacturer_id, batch_id, kind, serial, produced_at)
       SELECT $1, $2, 3, $3 || lpad(p::text, 7, '0'), '2026-03-10' FROM generate_series(1, $4::int) p`,
      [manufacturerId, batchId, prefix, packs],
    );
    await db.query('ANALYZE units');
  } finally {
    await db.destroy();
  }
}

function sampleRss(server: ChildServer, everyMs: number): { stop(): number } {
  let peakKb = server.rssKb() ?? 0;
  const timer = setInterval(() => (peakKb = Math.max(peakKb, server.rssKb() ?? 0)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peakKb, server.rssKb() ?? 0) / 1024;
    },
  };
}

/** Streams the export, counting lines and parsing each; answers the count, the seconds and the API's peak RSS (MB). */
async function exportOnce(
  api: ChildServer,
  batchId: string,
): Promise<{ lines: number; seconds: number; peakMb: number; firstPassportId: string }> {
  const sampler = sampleRss(api, 50);
  const start = performance.now();
  const res = await fetch(`${api.url}/passports/batches/${batchId}/batteries`);
  if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  const decoder = new TextDecoder();
  let rest = '';
  let lines = 0;
  let firstPassportId = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    const parts = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = parts.pop()!;
    for (const line of parts) {
      const passport = JSON.parse(line) as { passportId: string };
      if (lines === 0) firstPassportId = passport.passportId;
      lines++;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { lines, seconds, peakMb: sampler.stop(), firstPassportId };
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const adminKey = newAdminKey();
  let api: ChildServer | null = null;
  try {
    api = await startServer({ name: 'api', script: 'dist/src/main.js', env: apiEnv(databaseUrl, adminKey), ready: healthReady });
    const world = await createWorld(api.url, adminKey);
    const big = await registerBatch(api.url, world, 'BENCH-EXPORT-BIG', { cells: 0, modules: 0, packs: PACKS });
    const small = await registerBatch(api.url, world, 'BENCH-EXPORT-SMALL', { cells: 0, modules: 0, packs: SMALL_PACKS });
    const t0 = performance.now();
    await insertPacks(databaseUrl, world.manufacturerId, big, 'XB', PACKS);
    await insertPacks(databaseUrl, world.manufacturerId, small, 'XS', SMALL_PACKS);
    note(`battery-passport-export: ${PACKS + SMALL_PACKS} packs inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const smallRun = await exportOnce(api, small);
    if (smallRun.lines !== SMALL_PACKS) throw new Error(`the small export gave ${smallRun.lines} lines, expected ${SMALL_PACKS}`);
    const bigRun = await exportOnce(api, big);
    if (bigRun.lines !== PACKS) throw new Error(`the export gave ${bigRun.lines} lines, expected ${PACKS}`);
    note(
      `battery-passport-export: ${PACKS} passports in ${bigRun.seconds.toFixed(1)} s, peak RSS ${bigRun.peakMb.toFixed(0)} MB (${SMALL_PACKS} packs: ${smallRun.peakMb.toFixed(0)} MB)`,
    );

    // Baseline: one request per passport, the same packs' first SINGLE.
    const ids: string[] = [];
    const hex = (id: bigint) => id.toString(16).padStart(15, '0');
    const first = BigInt(`0x${bigRun.firstPassportId.slice(20, 23)}${bigRun.firstPassportId.slice(24)}`);
    for (let i = 0n; i < BigInt(SINGLE); i++) {
      const h = hex(first + i);
      ids.push(`00000000-0000-8000-8${h.slice(0, 3)}-${h.slice(3)}`);
    }
    const s0 = performance.now();
    for (const id of ids) {
      const res = await fetch(`${api.url}/passports/batteries/${id}`);
      if (res.status !== 200) throw new Error(`GET /passports/batteries/${id} answered ${res.status}`);
      await res.json();
    }
    const singleRate = SINGLE / ((performance.now() - s0) / 1000);

    return [
      result(
        'battery-passport-export',
        PACKS / bigRun.seconds,
        'passports/s',
        {
          value: singleRate,
          unit: 'passports/s',
          what: `GET /passports/batteries/:passportId one after the other, ${SINGLE} packs, same run`,
        },
        { packs: PACKS, seconds: bigRun.seconds },
      ),
      result(
        'battery-passport-export-peak-rss',
        bigRun.peakMb,
        'MB',
        { value: smallRun.peakMb, unit: 'MB', what: `peak RSS of the API exporting ${SMALL_PACKS} packs, same run` },
        { packs: PACKS, sampleEveryMs: 50, target: 'ratio near 1 (flat memory)' },
      ),
    ];
  } finally {
    await api?.stop();
    await dropDatabase(databaseUrl).catch((err) => note(`could not drop ${databaseUrl}: ${(err as Error).message}`));
  }
}
