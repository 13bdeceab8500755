import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { apiEnv, BenchWorld, createWorld, newAdminKey, registerBatch } from './support/world';

/**
 * Label files streamed over HTTP (docs/labels.md): a 100,000-pack batch, uploaded with the bulk
 * unit upload, then `GET /batches/:id/labels.csv` and `GET /batches/:id/labels.zip` read to the end
 * by a client that keeps only a byte count and the last bytes. The API's resident memory is
 * sampled every 50 ms before, during and after each download. Baselines in the same run: the CSV's
 * rate for the ZIP's, and the ZIP of a 10,000-pack batch for the memory of the 100,000-pack one
 * (flat memory: the ratio stays near 1 although the batch is ten times larger).
 */
const PACKS = Number(process.env.BENCH_LABEL_PACKS ?? 100_000);
const BASELINE_PACKS = Number(process.env.BENCH_LABEL_BASELINE_PACKS ?? 10_000);
const TIMEOUT_MS = 300_000;
const GS1 = { companyPrefix: '9506000', gtin: '9506000134352' };

/** NDJSON of `packs` packs, generated while it is sent. */
function packsNdjson(prefix: string, packs: number): Readable {
  let p = 0;
  return new Readable({
    read() {
      let out = '';
      while (p < packs && out.length < 1 << 16) out += `{"serial":"${prefix}-${String(p++).padStart(6, '0')}","kind":"PACK"}\n`;
      this.push(out.length ? out : null);
    },
  });
}

async function uploadPacks(url: string, world: BenchWorld, batchId: string, prefix: string, packs: number): Promise<void> {
  const res = await new Promise<{ status: number; text: string }>((ok, fail) => {
    const req = request(
      `${url}/batches/${batchId}/units`,
      { method: 'POST', headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${world.manufacturerKey}` } },
      (r) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => ok({ status: r.statusCode ?? 0, text }));
        r.on('error', fail);
      },
    );
    req.on('error', fail);
    pipeline(packsNdjson(prefix, packs), req).catch(fail);
  });
  if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${res.text.slice(0, 300)}`);
}

interface Download {
  seconds: number;
  bytes: number;
  tail: Buffer;
  csvLines: number;
  idleRssMb: number;
  peakRssMb: number;
  afterRssMb: number;
}

/** Reads the whole body, keeping only its size, its line count and its last 128 bytes. */
async function download(api: ChildServer, path: string, key: string): Promise<Download> {
  const idleRssMb = (api.rssKb() ?? 0) / 1024;
  let peakKb = 0;
  const sample = () => (peakKb = Math.max(peakKb, api.rssKb() ?? 0));
  const timer = setInterval(sample, 50);
  const start = performance.now();
  try {
    const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    let bytes = 0;
    let csvLines = 0;
    let tail = Buffer.alloc(0);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a) csvLines++;
      tail = Buffer.concat([tail, Buffer.from(chunk)]).subarray(-128);
    }
    const seconds = (performance.now() - start) / 1000;
    sample();
    return { seconds, bytes, tail, csvLines, idleRssMb, peakRssMb: peakKb / 1024, afterRssMb: (api.rssKb() ?? 0) / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** The entry count of a ZIP from its last bytes (the ZIP64 end record when the count overflows 16 bits). */
function zipEntryCount(tail: Buffer): number {
  const eocd = tail.length - 22;
  if (tail.readUInt32LE(eocd) !== 0x06054b50) throw new Error('the ZIP does not end with an end of central directory record');
  const count = tail.readUInt16LE(eocd + 10);
  if (count !== 0xffff) return count;
  const record = eocd - 20 - 56;
  if (tail.readUInt32LE(record) !== 0x06064b50) throw new Error('no ZIP64 end of central directory record');
  return Number(tail.readBigUInt64LE(record + 32));
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const adminKey = newAdminKey();
  let api: ChildServer | null = null;
  try {
    note(`labels: starting the API on ${databaseUrl.replace(/.*\//, '')}`);
    api = await startServer({ name: 'api', script: 'dist/src/main.js', env: apiEnv(databaseUrl, adminKey), ready: healthReady });
    const world = await createWorld(api.url, adminKey, GS1);
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const big = await registerBatch(api.url, world, `BENCH-${tag}-LABELS`, { cells: 0, modules: 0, packs: PACKS });
    const small = await registerBatch(api.url, world, `BENCH-${tag}-LABELS-BASE`, { cells: 0, modules: 0, packs: BASELINE_PACKS });
    note(`labels: uploading ${PACKS} + ${BASELINE_PACKS} packs`);
    await uploadPacks(api.url, world, big, `L${tag}`, PACKS);
    await uploadPacks(api.url, world, small, `S${tag}`, BASELINE_PACKS);

    const key = world.manufacturerKey;
    note(`labels: CSV of ${PACKS} packs`);
    const csv = await download(api, `/batches/${big}/labels.csv`, key);
    if (csv.csvLines !== PACKS + 1) throw new Error(`labels.csv has ${csv.csvLines} lines, expected ${PACKS + 1}`);
    note(`labels: ZIP of ${BASELINE_PACKS} packs (memory baseline)`);
    const zipSmall = await download(api, `/batches/${small}/labels.zip`, key);
    if (zipEntryCount(zipSmall.tail) !== BASELINE_PACKS)
      throw new Error(`the small labels.zip has ${zipEntryCount(zipSmall.tail)} entries`);
    note(`labels: ZIP of ${PACKS} packs`);
    const zip = await download(api, `/batches/${big}/labels.zip`, key);
    if (zipEntryCount(zip.tail) !== PACKS) throw new Error(`labels.zip has ${zipEntryCount(zip.tail)} entries, expected ${PACKS}`);

    const mem = (d: Download) => ({
      idleRssMb: d.idleRssMb,
      peakRssMb: d.peakRssMb,
      afterRssMb: d.afterRssMb,
      seconds: d.seconds,
      bytes: d.bytes,
    });
    for (const [what, d] of [
      ['csv', csv],
      ['zip small', zipSmall],
      ['zip', zip],
    ] as const) {
      note(
        `labels: ${what}: ${(d.bytes / 1e6).toFixed(1)} MB in ${d.seconds.toFixed(1)} s; API RSS before ${d.idleRssMb.toFixed(0)} MB, peak ${d.peakRssMb.toFixed(0)} MB, after ${d.afterRssMb.toFixed(0)} MB`,
      );
    }
    return [
      result(
        'labels-zip-rows-per-s',
        PACKS / zip.seconds,
        'rows/s',
        { value: PACKS / csv.seconds, unit: 'rows/s', what: `labels.csv of the same ${PACKS}-pack batch, same run` },
        { zip: mem(zip), csv: mem(csv) },
      ),
      result('labels-csv-rows-per-s', PACKS / csv.seconds, 'rows/s', {
        value: PACKS / zip.seconds,
        unit: 'rows/s',
        what: 'labels.zip, same batch',
      }),
      result(
        'labels-zip-peak-rss',
        zip.peakRssMb,
        'MB',
        { value: zipSmall.peakRssMb, unit: 'MB', what: `peak API RSS streaming labels.zip of a ${BASELINE_PACKS}-pack batch, same run` },
        { zip: mem(zip), zipBaseline: mem(zipSmall), target: 'flat memory: ratio near 1 for a batch 10x larger' },
      ),
      result(
        'labels-csv-peak-rss',
        csv.peakRssMb,
        'MB',
        { value: csv.idleRssMb, unit: 'MB', what: 'API RSS just before the download' },
        { csv: mem(csv) },
      ),
    ];
  } finally {
    await api?.stop();
    await dropDatabase(databaseUrl).catch((err) => note(`could not drop ${databaseUrl}: ${(err as Error).message}`));
  }
}
