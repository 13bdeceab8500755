import { originalPassportId } from '../../src/passports/battery-passport';
import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data } from '../support/footprints';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Live health readings in the battery's passport (issue 14 item 5, docs/battery-passports.md
 * "Health readings in the passport"): a fleet operator's readings show, as the latest value per
 * attribute, in the passport of a battery it operates, to the callers whose access groups read
 * them; the operator reads them there because it operates the battery, not for a battery it does
 * not operate; every route (the passport, the serial lookup, GraphQL, the batch export) answers the
 * same; a passport replaced by a later life carries none.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const GRANT = `mutation($input: GrantBatteryOperationInput!) { grantBatteryOperation(input: $input) { id } }`;
const REPURPOSE = `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { batteryPassportId } }`;
const PASSPORT = `query($id: ID!) { batteryPassport(passportId: $id) }`;

describe('health readings in the battery passport (e2e)', () => {
  let t: TestApp;
  let w: World;
  let fleet: OrgHandle;
  let buyer: OrgHandle;
  let recycler: OrgHandle;
  let tag: string;
  let batchId: string;
  const ids: Record<string, string> = {};
  const serial = (s: string) => `${tag}-${s}`;

  const passport = async (passportId: string, key: string | null): Promise<Json> => {
    const res = await t.http(`/passports/batteries/${passportId}`, { key, headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };

  const upload = async (lines: Json[], key: string) => {
    const res = await t.http('/batteries/health-readings', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
      key,
    });
    const body = (await res.json()) as Json;
    return { status: res.status, body };
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    [fleet, buyer, recycler] = await Promise.all(['FLEET_OPERATOR', 'BUYER', 'RECYCLER'].map((k) => newOrganization(t, k)));
    const batch = await newBatch(t, w);
    batchId = batch.id;
    tag = batch.batchNumber;
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ['P0', 'P1'].map((s) => JSON.stringify({ serial: serial(s), kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' })).join('\n'),
      key: w.manufacturer.key,
    });
    expect(res.status).toBe(200);
    const rows: { serial: string; id: string }[] = await t.db.query(`SELECT serial, id::text AS id FROM units WHERE batch_id = $1`, [
      batch.id,
    ]);
    for (const r of rows) ids[r.serial.slice(tag.length + 1)] = r.id;
    data(
      await t.gql(
        GRANT,
        { input: { operatorOrganizationId: fleet.id, serial: serial('P0'), manufacturerId: w.manufacturer.id, reason: 'fleet contract' } },
        w.manufacturer.key,
      ),
    );
    const readings = [
      { attribute: 'stateOfCharge', measuredAt: '2026-06-01T08:00:00Z', value: 91, unit: '%' },
      { attribute: 'stateOfCharge', measuredAt: '2026-06-02T08:00:00Z', value: 64, unit: '%' },
      { attribute: 'numberOfFullCycles', measuredAt: '2026-06-02T08:00:00Z', value: 41, unit: '-' },
    ];
    const up = await upload(
      readings.map((r) => ({ serial: serial('P0'), manufacturerId: w.manufacturer.id, ...r })),
      fleet.key,
    );
    expect(up).toMatchObject({ status: 200, body: { inserted: 3 } });
  }, 120_000);
  afterAll(() => t?.close());

  it('the operator reads the latest value of each attribute in the passport of the battery it operates', async () => {
    const p = await passport(originalPassportId(ids.P0), fleet.key);
    expect(p.access.groups).toContain('LEGITIMATE_INTEREST');
    expect(p.attributes.stateOfCharge).toEqual({ value: 64, measuredAt: '2026-06-02T08:00:00.000Z' });
    expect(p.attributes.numberOfFullCycles).toEqual({ value: 41, measuredAt: '2026-06-02T08:00:00.000Z' });
  });

  it('the same operator gets no legitimate interest in a battery it does not operate', async () => {
    const p = await passport(originalPassportId(ids.P1), fleet.key);
    expect(p.access.groups).toEqual(['PUBLIC']);
    expect(p.attributes).not.toHaveProperty('stateOfCharge');
  });

  it('the manufacturer and a recycler read them; an anonymous caller and a buyer do not (absent, not null)', async () => {
    for (const key of [w.manufacturer.key, recycler.key]) {
      expect((await passport(originalPassportId(ids.P0), key)).attributes.stateOfCharge).toEqual({
        value: 64,
        measuredAt: '2026-06-02T08:00:00.000Z',
      });
    }
    for (const key of [null, buyer.key]) {
      const p = await passport(originalPassportId(ids.P0), key);
      expect(Object.keys(p.attributes)).not.toContain('stateOfCharge');
      expect(Object.keys(p.attributes)).not.toContain('numberOfFullCycles');
    }
  });

  it('the serial lookup, GraphQL and the batch export answer the same document to the operator', async () => {
    const direct = await passport(originalPassportId(ids.P0), fleet.key);
    const bySerial = await t.http(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${encodeURIComponent(serial('P0'))}`, {
      key: fleet.key,
      headers: { accept: 'application/json' },
    });
    expect(await bySerial.json()).toEqual(direct);
    const gql = data(await t.gql<{ batteryPassport: string }>(PASSPORT, { id: originalPassportId(ids.P0) }, fleet.key));
    expect(JSON.parse(gql.batteryPassport)).toEqual(direct);
    const exp = await t.http(`/passports/batches/${batchId}/batteries`, { key: fleet.key });
    const lines = (await exp.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
    expect(lines.find((l) => l.passportId === direct.passportId)).toEqual(direct);
    const other = lines.find((l) => l.battery.serial === serial('P1'))!;
    expect(other.access.groups).toEqual(['PUBLIC']);
  });

  it('after repurposing, the new passport carries the readings and the replaced one carries none', async () => {
    // An EV pack has no energy throughput (longlist: LMT and stationary batteries only) ...
    const throughput = { serial: serial('P0'), manufacturerId: w.manufacturer.id, attribute: 'energyThroughput', unit: 'kWh' };
    const refused = await upload([{ ...throughput, measuredAt: '2026-06-03T08:00:00Z', value: 1200 }], fleet.key);
    expect(refused).toMatchObject({ status: 400, body: { error: { reason: 'ATTRIBUTE_NOT_APPLICABLE' } } });
    const r = data(
      await t.gql<{ markRepurposed: { batteryPassportId: string } }>(
        REPURPOSE,
        { input: { serial: serial('P0'), status: 'REPURPOSED', passportCategory: 'STATIONARY', reason: 'second life' } },
        w.manufacturer.key,
      ),
    );
    const next = await passport(r.markRepurposed.batteryPassportId, w.manufacturer.key);
    expect(next.attributes.stateOfCharge).toEqual({ value: 64, measuredAt: '2026-06-02T08:00:00.000Z' });
    const old = await passport(originalPassportId(ids.P0), w.manufacturer.key);
    expect(old.successor.passportId).toBe(r.markRepurposed.batteryPassportId);
    expect(old.attributes).not.toHaveProperty('stateOfCharge');
    // ... the stationary battery it became has: its readings are checked against its current passport's category.
    const later = await upload(
      [{ ...throughput, measuredAt: new Date(Date.now() - 60_000).toISOString(), value: 1200 }],
      w.manufacturer.key,
    );
    expect(later).toMatchObject({ status: 200, body: { inserted: 1 } });
    expect((await passport(r.markRepurposed.batteryPassportId, w.manufacturer.key)).attributes.energyThroughput.value).toBe(1200);
  });
});
