import { MetricsService } from '../../src/metrics/metrics.service';
import { newBatch, newWorld, unitsNdjson, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** The value of one series in Prometheus text (0 when the series is absent). */
function sample(text: string, series: string): number {
  for (const line of text.split('\n')) {
    if (line.startsWith(`${series} `)) return Number(line.slice(series.length + 1));
  }
  return 0;
}

describe('every counter moves when its event happens', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** /metrics as an operator reads it (with the admin key). */
  async function scrape(): Promise<string> {
    const res = await t.http('/metrics', { key: t.adminKey });
    expect(res.status).toBe(200);
    return res.text();
  }
  const ingested = async () => sample(await scrape(), 'battrace_units_ingested_total');

  it('battrace_units_ingested_total grows by exactly the units written, on the HTTP upload and both GraphQL paths', async () => {
    const start = await ingested();

    // HTTP upload: 3 packs x 2 modules x 4 cells = 3 + 6 + 24 = 33 units.
    const b = await newBatch(t, w);
    const body = unitsNdjson('CNT', 3, 2, 4);
    const up = await t.http(`/batches/${b.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });
    expect(up.status).toBe(200);
    expect(((await up.json()) as { inserted: number }).inserted).toBe(33);
    expect(await ingested()).toBe(start + 33);

    // The same upload again writes nothing, so counts nothing.
    const again = await t.http(`/batches/${b.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });
    expect(((await again.json()) as { inserted: number }).inserted).toBe(0);
    expect(await ingested()).toBe(start + 33);

    // GraphQL registerUnits: 5 units.
    const units = [
      { serial: 'GQL-P', kind: 'PACK' },
      ...[1, 2].map((m) => ({ serial: `GQL-P-M${m}`, kind: 'MODULE', parentSerial: 'GQL-P' })),
      ...[1, 2].map((c) => ({ serial: `GQL-P-M1-C${c}`, kind: 'CELL', parentSerial: 'GQL-P-M1' })),
    ];
    const reg = await t.gql<{ registerUnits: { inserted: number } }>(
      `mutation($input: RegisterUnitsInput!) { registerUnits(input: $input) { inserted } }`,
      { input: { batchId: b.id, units } },
      w.manufacturer.key,
    );
    expect(reg.data?.registerUnits.inserted).toBe(5);
    expect(await ingested()).toBe(start + 38);

    // registerBatch with its units inline: 2 units.
    await newBatch(t, w, {
      units: [
        { serial: 'INL-P', kind: 'PACK' },
        { serial: 'INL-P-M', kind: 'MODULE', parentSerial: 'INL-P' },
      ],
    });
    expect(await ingested()).toBe(start + 40);

    // A refused upload writes nothing and counts nothing.
    const bad = await t.http(`/batches/${b.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: '{"serial":"ORPHAN-M","kind":"MODULE","parentSerial":"NO-SUCH-PACK"}\n',
    });
    expect(bad.status).toBe(400);
    expect(await ingested()).toBe(start + 40);

    const [{ n }]: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM units');
    expect(n).toBe(40);
  });

  it('battrace_graphql_errors_total counts each answered error by its code', async () => {
    const series = (code: string) => `battrace_graphql_errors_total{code="${code}"}`;
    const before = await scrape();
    await t.gql(`{ batche { id } }`);
    await t.gql(`{ batch(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, w.manufacturer.key);
    await t.gql(`mutation { createPark(input: { code: "X", name: "X", country: "CN", province: "P", gridRegion: "CN-NM" }) { id } }`);
    const after = await scrape();
    expect(sample(after, series('GRAPHQL_VALIDATION_FAILED'))).toBe(sample(before, series('GRAPHQL_VALIDATION_FAILED')) + 1);
    const answered = (text: string) => ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].reduce((s, c) => s + sample(text, series(c)), 0);
    expect(answered(after)).toBe(answered(before) + 2);
  });

  it('every counter and histogram of the process has moved after the events above', async () => {
    // Histograms and counters kept in this process (gauges are read at scrape time; the job
    // duration histogram is written by worker processes and tested with the jobs).
    const metrics = await t.app.get(MetricsService).registry.getMetricsAsJSON();
    const own = metrics.filter(
      (m) =>
        ['counter', 'histogram'].includes(String(m.type)) &&
        !/^battrace_(process_|nodejs_)/.test(m.name) &&
        m.name !== 'battrace_job_duration_seconds',
    );
    expect(own.map((m) => m.name).sort()).toEqual(
      expect.arrayContaining(['battrace_graphql_errors_total', 'battrace_http_request_duration_seconds', 'battrace_units_ingested_total']),
    );
    for (const m of own) {
      const moved = (m.values as { value: number; metricName?: string }[]).some(
        (v) => v.value > 0 && (String(m.type) === 'counter' || v.metricName?.endsWith('_count')),
      );
      expect({ metric: m.name, moved }).toEqual({ metric: m.name, moved: true });
    }
  });
});
