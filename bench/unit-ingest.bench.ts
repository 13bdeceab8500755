import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { UnitEntity } from '../src/units/unit.entity';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { cpuBetween, cpuSnapshot } from './support/cpu';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { apiEnv, createWorld, gql, newAdminKey, registerBatch } from './support/world';

/**
 * Bulk ingest over HTTP: 2,000 packs x 10 modules x 49 cells (1,002,000 units) streamed as NDJSON
 * to POST /batches/:id/units of a real API child process, against a TypeORM save()-per-unit loop
 * over a 10,020-unit sample on the same database in the same run. The child's resident memory is
 * sampled every 50 ms during the upload; the budget is 300 MB. Every line carries its
 * `producedAt` (event time, one per pack, inside the batch's production window of world.ts).
 */
const PACKS = Number(process.env.BENCH_INGEST_PACKS ?? 2000);
const MODULES_PER_PACK = 10;
const CELLS_PER_MODULE = 49;
const BASELINE_PACKS = Number(process.env.BENCH_BASELINE_PACKS ?? 20);
const RSS_BUDGET_MB = 300;
const UPLOAD_TIMEOUT_MS = 300_000;
const BASELINE_TIMEOUT_MS = 120_000;

const unitsIn = (packs: number) => packs * (1 + MODULES_PER_PACK * (1 + CELLS_PER_MODULE));

/** When pack `p` and its contents were made: one minute apart from the start of the production window (world.ts). */
const PRODUCTION_START_MS = Date.parse('2026-03-01T00:00:00Z');
const producedAt = (p: number) => new Date(PRODUCTION_START_MS + (p % 20_000) * 60_000).toISOString();

/** NDJSON generated pack by pack as the request asks for it: never more than one pack in memory. */
class UnitsNdjson extends Readable {
  bytes = 0;
  private pack = 0;

  constructor(
    private readonly prefix: string,
    private readonly packs: number,
  ) {
    super({ highWaterMark: 1 << 16 });
  }

  override _read(): void {
    while (this.pack < this.packs) {
      const chunk = Buffer.from(this.packLines(this.pack++), 'utf8');
      this.bytes += chunk.length;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  }

  private packLines(p: number): string {
    const pack = `${this.prefix}-P${p}`;
    const at = producedAt(p);
    let out = `{"serial":"${pack}","kind":"PACK","producedAt":"${at}"}\n`;
    for (let m = 0; m < MODULES_PER_PACK; m++) {
      const mod = `${pack}-M${m}`;
      out += `{"serial":"${mod}","kind":"MODULE","parentSerial":"${pack}","producedAt":"${at}"}\n`;
      for (let c = 0; c < CELLS_PER_MODULE; c++)
        out += `{"serial":"${mod}-C${c}","kind":"CELL","parentSerial":"${mod}","producedAt":"${at}"}\n`;
    }
    return out;
  }
}

/** POSTs the stream; `sentMs` is when the last byte was handed to the socket (the server then finishes the work). */
async function upload(
  url: string,
  batchId: string,
  key: string,
  body: Readable,
): Promise<{ status: number; text: string; sentMs: number }> {
  const start = performance.now();
  let sentMs = 0;
  return new Promise((ok, fail) => {
    const req = request(
      `${url}/batches/${batchId}/units`,
      { method: 'POST', headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, text, sentMs }));
        res.on('error', fail);
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`upload took longer than ${UPLOAD_TIMEOUT_MS} ms`)), UPLOAD_TIMEOUT_MS);
    req.on('close', () => clearTimeout(timer));
    req.on('error', fail);
    req.on('finish', () => (sentMs = performance.now() - start));
    pipeline(body, req).catch(fail);
  });
}

/** The baseline: one TypeORM `repo.save(entity)` per unit, parents set by id. */
async function saveLoop(
  databaseUrl: string,
  manufacturerId: string,
  batchId: string,
  prefix: string,
): Promise<{ units: number; seconds: number }> {
  const ds = new DataSource(buildDataSourceOptions(databaseUrl, { poolSize: 2 }));
  await ds.initialize();
  try {
    const repo = ds.getRepository(UnitEntity);
    const deadline = Date.now() + BASELINE_TIMEOUT_MS;
    let at = new Date();
    const save = async (kind: number, serial: string, parentId: string | null) => {
      if (Date.now() > deadline) throw new Error(`the save() loop took longer than ${BASELINE_TIMEOUT_MS} ms`);
      return repo.save(repo.create({ manufacturerId, batchId, kind, serial, parentId, producedAt: at }));
    };
    let units = 0;
    const start = performance.now();
    for (let p = 0; p < BASELINE_PACKS; p++) {
      at = new Date(producedAt(p));
      const pack = await save(3, `${prefix}-P${p}`, null);
      units++;
      for (let m = 0; m < MODULES_PER_PACK; m++) {
        const mod = await save(2, `${pack.serial}-M${m}`, pack.id);
        units++;
        for (let c = 0; c < CELLS_PER_MODULE; c++) {
          await save(1, `${mod.serial}-C${c}`, mod.id);
          units++;
        }
      }
    }
    return { units, seconds: (performance.now() - start) / 1000 };
  } finally {
    await ds.destroy();
  }
}

function sampleRss(server: ChildServer, everyMs: number): { stop(): { peakKb: number; samples: number } } {
  let peakKb = 0;
  let samples = 0;
  const take = () => {
    const kb = server.rssKb();
    if (kb !== null) {
      samples++;
      peakKb = Math.max(peakKb, kb);
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakKb, samples };
    },
  };
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const adminKey = newAdminKey();
  let api: ChildServer | null = null;
  try {
    note(`unit-ingest: starting the API on ${databaseUrl.replace(/.*\//, '')}`);
    api = await startServer({ name: 'api', script: 'dist/src/main.js', env: apiEnv(databaseUrl, adminKey), ready: healthReady });
    const world = await createWorld(api.url, adminKey);
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const expected = { packs: PACKS, modules: PACKS * MODULES_PER_PACK, cells: PACKS * MODULES_PER_PACK * CELLS_PER_MODULE };
    const batchId = await registerBatch(api.url, world, `BENCH-${tag}-BULK`, expected);
    const baselineBatchId = await registerBatch(api.url, world, `BENCH-${tag}-SAVE`);

    note(`unit-ingest: baseline, TypeORM save() per unit for ${unitsIn(BASELINE_PACKS)} units`);
    const base = await saveLoop(databaseUrl, world.manufacturerId, baselineBatchId, `SAVE${tag}`);
    const baseRate = base.units / base.seconds;
    note(`unit-ingest: baseline ${base.units} units in ${base.seconds.toFixed(1)} s`);

    const total = unitsIn(PACKS);
    note(`unit-ingest: streaming ${total} units as NDJSON to POST /batches/:id/units`);
    const idleRssKb = api.rssKb() ?? 0;
    const hwmReset = api.resetPeakRss();
    const body = new UnitsNdjson(`BULK${tag}`, PACKS);
    const sampler = sampleRss(api, 50);
    const cpuBefore = cpuSnapshot(api.pid);
    const start = performance.now();
    const res = await upload(api.url, batchId, world.manufacturerKey, body);
    const seconds = (performance.now() - start) / 1000;
    const rss = sampler.stop();
    const cpu = cpuBetween(cpuBefore, cpuSnapshot(api.pid));
    const hwmKb = hwmReset ? api.peakRssKb() : null;
    if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${res.text.slice(0, 500)}`);
    const answer = JSON.parse(res.text) as { received: number; inserted: number; alreadyPresent: number };
    if (answer.received !== total || answer.inserted !== total)
      throw new Error(`upload answered ${res.text}, expected ${total} units inserted`);

    const counts = await gql<{ batch: { unitCounts: { cells: number; modules: number; packs: number } } }>(
      api.url,
      `query($id: ID!) { batch(id: $id) { unitCounts { cells modules packs } } }`,
      { id: batchId },
      world.manufacturerKey,
    );
    const c = counts.batch.unitCounts;
    if (c.cells !== expected.cells || c.modules !== expected.modules || c.packs !== expected.packs) {
      throw new Error(`batch holds ${JSON.stringify(c)} after the upload, expected ${JSON.stringify(expected)}`);
    }
    const rate = total / seconds;
    note(
      `unit-ingest: ${total} units (${(body.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s (body sent after ${(res.sentMs / 1000).toFixed(1)} s); peak RSS ${(rss.peakKb / 1024).toFixed(0)} MB; ` +
        `CPU cores: API ${cpu.server}, generator ${cpu.bench}, postgres ${cpu.postgres}, machine ${cpu.machine}`,
    );

    const budget = { value: RSS_BUDGET_MB, unit: 'MB', what: 'the memory budget of the API process during the upload (issue 2 targets)' };
    const results = [
      result(
        'unit-ingest-http',
        rate,
        'units/s',
        { value: baseRate, unit: 'units/s', what: `TypeORM repo.save() per unit, ${base.units} units, same database, same run` },
        {
          units: total,
          bytes: body.bytes,
          seconds,
          bodySentSeconds: res.sentMs / 1000,
          cpuCores: cpu,
          baselineUnits: base.units,
          baselineSeconds: base.seconds,
          target: '>= 100000 units/s, ratio >= 50',
        },
      ),
      result('unit-ingest-peak-rss', rss.peakKb / 1024, 'MB', budget, {
        samples: rss.samples,
        sampleEveryMs: 50,
        idleRssMb: idleRssKb / 1024,
        target: '< 300 MB',
      }),
    ];
    if (hwmKb !== null) {
      results.push(
        result('unit-ingest-peak-rss-vmhwm', hwmKb / 1024, 'MB', budget, { source: 'VmHWM after clear_refs, kernel-tracked peak' }),
      );
    }
    return results;
  } finally {
    await api?.stop();
    await dropDatabase(databaseUrl).catch((err) => note(`could not drop ${databaseUrl}: ${(err as Error).message}`));
  }
}
