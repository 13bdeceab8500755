import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { cpuBetween, cpuSnapshot } from './support/cpu';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { apiEnv, createWorld, gql, newAdminKey, registerBatch } from './support/world';

/**
 * Health readings over HTTP (issue 14 item 5, docs/battery-health.md): BENCH_HEALTH_READINGS
 * (1,000,000) readings of BENCH_HEALTH_BATTERIES (200) EV packs, five attributes each, one minute
 * apart, generated while they are sent and streamed as NDJSON to POST /batteries/health-readings of
 * a real API child process by a fleet operator holding an operation grant for every pack. The
 * baseline, in the same run and database: BENCH_HEALTH_BASELINE_READINGS (20,000) other readings
 * sent as requests of 100 lines each, one after the other (a client that posts as it reads its
 * devices). The child's RSS is sampled every 50 ms and its V8 heap (GET /metrics) every second,
 * before, during and after the upload.
 */
const READINGS = Number(process.env.BENCH_HEALTH_READINGS ?? 1_000_000);
const BATTERIES = Number(process.env.BENCH_HEALTH_BATTERIES ?? 200);
const BASELINE_READINGS = Number(process.env.BENCH_HEALTH_BASELINE_READINGS ?? 20_000);
const BASELINE_LINES_PER_REQUEST = 100;
const TARGET_PER_S = 20_000;
const UPLOAD_TIMEOUT_MS = 600_000;

/** Five attributes an EV pack has (passport catalogue), with a plausible value for reading `i`. */
const ATTRIBUTES: { key: string; unit: string; value: (i: number) => number }[] = [
  { key: 'stateOfCharge', unit: '%', value: (i) => (i * 7) % 101 },
  { key: 'stateOfCertifiedEnergy', unit: '%', value: (i) => 100 - (i % 2000) / 100 },
  { key: 'numberOfFullCycles', unit: '-', value: (i) => Math.floor(i / 1000) },
  { key: 'temperatureInformation', unit: '°C', value: (i) => 15 + (i % 30) },
  { key: 'remainingCapacity', unit: 'Ah', value: (i) => 200 - (i % 1000) / 100 },
];
const START_MS = Date.parse('2026-04-01T00:00:00Z');
const BASELINE_START_MS = Date.parse('2026-10-01T00:00:00Z');

/** The NDJSON line of reading `i`: battery i % B, attribute (i / B) % 5, one minute per round. */
function line(prefix: string, i: number, startMs: number): string {
  const battery = i % BATTERIES;
  const round = Math.floor(i / BATTERIES);
  const a = ATTRIBUTES[round % ATTRIBUTES.length];
  const at = new Date(startMs + Math.floor(round / ATTRIBUTES.length) * 60_000).toISOString();
  return `{"serial":"${prefix}-P${battery}","attribute":"${a.key}","measuredAt":"${at}","value":${a.value(i)},"unit":"${a.unit}"}\n`;
}

/** NDJSON generated 1,000 lines at a time as the request asks for it. */
class ReadingsNdjson extends Readable {
  bytes = 0;
  private next = 0;

  constructor(
    private readonly prefix: string,
    private readonly from: number,
    private readonly to: number,
    private readonly startMs: number,
  ) {
    super({ highWaterMark: 1 << 16 });
  }

  override _read(): void {
    while (this.next < this.to) {
      let out = '';
      const end = Math.min(this.to, this.next + 1000);
      for (; this.next < end; this.next++) out += line(this.prefix, this.next, this.startMs);
      const chunk = Buffer.from(out, 'utf8');
      this.bytes += chunk.length;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  }
}

async function post(url: string, key: string, body: Readable | string): Promise<{ status: number; text: string }> {
  return new Promise((ok, fail) => {
    const req = request(
      `${url}/batteries/health-readings`,
      { method: 'POST', headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, text }));
        res.on('error', fail);
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`upload took longer than ${UPLOAD_TIMEOUT_MS} ms`)), UPLOAD_TIMEOUT_MS);
    req.on('close', () => clearTimeout(timer));
    req.on('error', fail);
    if (typeof body === 'string') req.end(body);
    else pipeline(body, req).catch(fail);
  });
}

async function heapUsedMb(url: string, adminKey: string): Promise<number | null> {
  try {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${adminKey}` }, signal: AbortSignal.timeout(5_000) });
    const m = /^battrace_nodejs_heap_size_used_bytes (\S+)$/m.exec(await res.text());
    return m ? Number(m[1]) / 2 ** 20 : null;
  } catch {
    return null;
  }
}

/** Samples RSS every 50 ms and the heap every second until stopped. */
function sampleMemory(api: ChildServer, adminKey: string) {
  let peakRssKb = 0;
  let peakHeapMb = 0;
  let samples = 0;
  const takeRss = () => {
    const kb = api.rssKb();
    if (kb !== null) {
      samples++;
      peakRssKb = Math.max(peakRssKb, kb);
    }
  };
  takeRss();
  const rssTimer = setInterval(takeRss, 50);
  const heapTimer = setInterval(() => {
    void heapUsedMb(api.url, adminKey).then((mb) => (peakHeapMb = Math.max(peakHeapMb, mb ?? 0)));
  }, 1_000);
  return {
    stop() {
      clearInterval(rssTimer);
      clearInterval(heapTimer);
      takeRss();
      return { peakRssMb: peakRssKb / 1024, peakHeapMb, samples };
    },
  };
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const adminKey = newAdminKey();
  let api: ChildServer | null = null;
  try {
    note(`health-readings: starting the API on ${databaseUrl.replace(/.*\//, '')}`);
    api = await startServer({ name: 'api', script: 'dist/src/main.js', env: apiEnv(databaseUrl, adminKey), ready: healthReady });
    const world = await createWorld(api.url, adminKey);
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const prefix = `HB${tag}`;
    const batchId = await registerBatch(api.url, world, `BENCH-${tag}-HEALTH`, { cells: 0, modules: 0, packs: BATTERIES });
    const packs = Array.from({ length: BATTERIES }, (_, p) =>
      JSON.stringify({ serial: `${prefix}-P${p}`, kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' }),
    );
    const units = await fetch(`${api.url}/batches/${batchId}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${world.manufacturerKey}` },
      body: packs.join('\n'),
    });
    if (units.status !== 200) throw new Error(`registering the packs answered ${units.status}: ${await units.text()}`);
    const fleet = await gql<{ createOrganization: { organization: { id: string }; apiKey: string } }>(
      api.url,
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } apiKey } }`,
      { input: { kind: 'FLEET_OPERATOR', name: `Bench Fleet ${tag}`, country: 'DE', keyName: 'bench' } },
      adminKey,
    );
    const fleetId = fleet.createOrganization.organization.id;
    const fleetKey = fleet.createOrganization.apiKey;
    note(`health-readings: granting the fleet operator ${BATTERIES} packs`);
    for (let p = 0; p < BATTERIES; p += 8) {
      await Promise.all(
        Array.from({ length: Math.min(8, BATTERIES - p) }, (_, k) =>
          gql(
            api!.url,
            `mutation($input: GrantBatteryOperationInput!) { grantBatteryOperation(input: $input) { id } }`,
            { input: { operatorOrganizationId: fleetId, serial: `${prefix}-P${p + k}`, reason: 'bench fleet contract' } },
            world.manufacturerKey,
          ),
        ),
      );
    }

    note(`health-readings: baseline, ${BASELINE_READINGS} readings as requests of ${BASELINE_LINES_PER_REQUEST} lines`);
    const baseStart = performance.now();
    for (let i = 0; i < BASELINE_READINGS; i += BASELINE_LINES_PER_REQUEST) {
      let body = '';
      for (let j = i; j < Math.min(BASELINE_READINGS, i + BASELINE_LINES_PER_REQUEST); j++) body += line(prefix, j, BASELINE_START_MS);
      const r = await post(api.url, fleetKey, body);
      if (r.status !== 200) throw new Error(`baseline request answered ${r.status}: ${r.text.slice(0, 300)}`);
    }
    const baseSeconds = (performance.now() - baseStart) / 1000;
    const baseRate = BASELINE_READINGS / baseSeconds;
    note(`health-readings: baseline ${BASELINE_READINGS} readings in ${baseSeconds.toFixed(1)} s`);

    note(`health-readings: streaming ${READINGS} readings as NDJSON to POST /batteries/health-readings`);
    const idleRssMb = (api.rssKb() ?? 0) / 1024;
    const idleHeapMb = await heapUsedMb(api.url, adminKey);
    const body = new ReadingsNdjson(prefix, 0, READINGS, START_MS);
    const sampler = sampleMemory(api, adminKey);
    const cpuBefore = cpuSnapshot(api.pid);
    const start = performance.now();
    const res = await post(api.url, fleetKey, body);
    const seconds = (performance.now() - start) / 1000;
    const mem = sampler.stop();
    const cpu = cpuBetween(cpuBefore, cpuSnapshot(api.pid));
    if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${res.text.slice(0, 500)}`);
    const answer = JSON.parse(res.text) as { received: number; inserted: number; duplicates: number };
    if (answer.received !== READINGS || answer.inserted !== READINGS)
      throw new Error(`upload answered ${res.text}, expected ${READINGS} inserted`);
    const afterRssMb = (api.rssKb() ?? 0) / 1024;
    const afterHeapMb = await heapUsedMb(api.url, adminKey);

    note('health-readings: the same upload again (every reading a duplicate)');
    const againStart = performance.now();
    const again = await post(api.url, fleetKey, new ReadingsNdjson(prefix, 0, READINGS, START_MS));
    const againSeconds = (performance.now() - againStart) / 1000;
    if (again.status !== 200 || (JSON.parse(again.text) as { duplicates: number }).duplicates !== READINGS) {
      throw new Error(`the repeated upload answered ${again.status}: ${again.text.slice(0, 300)}`);
    }

    const rate = READINGS / seconds;
    note(
      `health-readings: ${READINGS} readings (${(body.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s; RSS idle ${idleRssMb.toFixed(0)} MB, ` +
        `peak ${mem.peakRssMb.toFixed(0)} MB, after ${afterRssMb.toFixed(0)} MB; heap idle ${idleHeapMb?.toFixed(0)} MB, peak ${mem.peakHeapMb.toFixed(0)} MB, ` +
        `after ${afterHeapMb?.toFixed(0)} MB; repeated upload ${againSeconds.toFixed(1)} s; CPU cores: API ${cpu.server}, generator ${cpu.bench}, postgres ${cpu.postgres}`,
    );
    return [
      result(
        'health-readings-http',
        rate,
        'readings/s',
        {
          value: baseRate,
          unit: 'readings/s',
          what: `${BASELINE_READINGS} readings as sequential requests of ${BASELINE_LINES_PER_REQUEST} lines, same database, same run`,
        },
        {
          readings: READINGS,
          batteries: BATTERIES,
          bytes: body.bytes,
          seconds,
          repeatedUploadSeconds: againSeconds,
          cpuCores: cpu,
          target: `>= ${TARGET_PER_S} readings/s`,
          targetRatio: rate / TARGET_PER_S,
        },
      ),
      result(
        'health-readings-peak-rss',
        mem.peakRssMb,
        'MB',
        { value: idleRssMb, unit: 'MB', what: 'the API process idle, just before the upload' },
        {
          afterMb: afterRssMb,
          samples: mem.samples,
          sampleEveryMs: 50,
          heapIdleMb: idleHeapMb,
          heapPeakMb: mem.peakHeapMb,
          heapAfterMb: afterHeapMb,
          target: 'flat: the peak does not grow with the number of readings',
        },
      ),
    ];
  } finally {
    await api?.stop();
    await dropDatabase(databaseUrl).catch((err) => note(`could not drop ${databaseUrl}: ${(err as Error).message}`));
  }
}
