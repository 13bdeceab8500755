import { originalPassportId } from '../../src/passports/battery-passport';
import { createLogger } from '../../src/common/logger';
import type { DemoKeys } from '../../src/demo/admin-key';
import { DEMO_HEALTH_DAYS } from '../../src/demo/demo-fleet';
import { seedDemoWorld } from '../../src/demo/demo-world';
import { BatteryIdentifiersService } from '../../src/identifiers/battery-identifiers.service';
import { startTestApp, TestApp } from '../support/test-app';

/** The demo world's fleet (issue 14): health readings, a repurposed pack's second passport, GS1 identifiers (issue 15). */
describe('demo world fleet, health readings, second life and GS1 identifiers', () => {
  let t: TestApp;
  let keys: DemoKeys;
  const key = (name: string) => keys.organizations[name].apiKey;
  const FLEET = 'Ordos Urban Mobility Fleet Co.';
  const LFP = 'Ordos Green Cell Co.';
  const OPERATED = ['OGC26A-P003', 'OGC26A-P004', 'OGC26B-P001', 'OGC26B-P002', 'MPS2603-P001', 'MPS2603-P002', 'MPS2603-P003'];

  beforeAll(async () => {
    t = await startTestApp();
    keys = (await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null }))!;
  });
  afterAll(async () => {
    await t?.close();
  });

  const unitId = async (serial: string) =>
    ((await t.db.query('SELECT id::text FROM units WHERE serial = $1', [serial])) as { id: string }[])[0].id;

  it('gives each operated pack months of daily readings, state of health below 100 % and above 60 %', async () => {
    expect(keys.organizations[FLEET].kind).toBe('FLEET_OPERATOR');
    const rows: { serial: string; days: number; readings: number; first: Date; last: Date; produced: Date }[] = await t.db.query(
      `SELECT u.serial, count(DISTINCT r.measured_at)::int AS days, count(*)::int AS readings,
              min(r.measured_at) AS first, max(r.measured_at) AS last, u.produced_at AS produced
         FROM battery_health_readings r JOIN units u ON u.id = r.unit_id GROUP BY u.serial, u.produced_at ORDER BY u.serial`,
    );
    expect(rows.map((r) => r.serial).sort()).toEqual([...OPERATED].sort());
    for (const r of rows) {
      expect(r.days).toBeGreaterThanOrEqual(DEMO_HEALTH_DAYS - 40); // the repurposed pack paused between accident and second life
      expect(r.days).toBeLessThanOrEqual(DEMO_HEALTH_DAYS + 1);
      expect(r.first.getTime()).toBeGreaterThan(r.produced.getTime());
      expect(r.last.getTime()).toBeLessThanOrEqual(Date.now());
    }
    // Seven grants; the repurposed pack's was revoked when it left the fleet.
    const grants: { serial: string; revoked: boolean }[] = await t.db.query(
      `SELECT u.serial, g.revoked_at IS NOT NULL AS revoked FROM battery_operation_grants g JOIN units u ON u.id = g.unit_id ORDER BY u.serial`,
    );
    expect(grants.map((g) => g.serial).sort()).toEqual([...OPERATED].sort());
    expect(grants.filter((g) => g.revoked).map((g) => g.serial)).toEqual(['OGC26A-P004']);
  });

  it('GET /batteries/:unitId/health shows the latest values to the fleet operator and the manufacturer; cycles and SoH move the right way', async () => {
    const id = await unitId('OGC26B-P001');
    for (const who of [FLEET, LFP]) {
      const res = await t.http(`/batteries/${id}/health`, { key: key(who) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { attributes: Record<string, { value: number; measuredAt: string }> };
      const soh = body.attributes.stateOfCertifiedEnergy.value;
      expect(soh).toBeLessThan(100);
      expect(soh).toBeGreaterThan(60);
      expect(body.attributes.numberOfFullCycles.value).toBeGreaterThan(50);
      expect(body.attributes.remainingCapacity.value).toBeCloseTo((560 * soh) / 100, 0);
    }
    const history = (await (
      await t.http(`/batteries/${id}/health-readings?attribute=stateOfCertifiedEnergy&first=500`, { key: key(FLEET) })
    ).json()) as { nodes?: { value: number }[]; readings?: { value: number }[] };
    const values = (history.nodes ?? history.readings ?? []).map((r) => r.value);
    expect(values.length).toBeGreaterThan(60);
    expect(values[0]).toBeLessThan(values[values.length - 1]); // newest first: health went down
    // The buyer has no grant and does not hold the pack: it reads none of the health attributes.
    const buyer = (await (await t.http(`/batteries/${id}/health`, { key: key('Rotterdam EV Assembly B.V.') })).json()) as {
      attributes: Record<string, unknown>;
    };
    expect(buyer.attributes).toEqual({});
  });

  it('the repurposed pack has a second, stationary passport linked both ways, with stationary readings', async () => {
    const links = keys.links!;
    const url = (part: string) =>
      Object.entries(links)
        .find(([k]) => k.includes(part))![1]
        .replace(t.config.publicBaseUrl, '');
    const first = (await (await t.http(url('first passport'))).json()) as {
      life: number;
      successor: { passportId: string } | null;
      attributes: Record<string, unknown>;
    };
    const second = (await (await t.http(url('second passport'), { key: key(LFP) })).json()) as {
      passportId: string;
      life: number;
      predecessor: { passportId: string } | null;
      attributes: Record<string, unknown>;
    };
    expect(first.life).toBe(0);
    expect(second.life).toBe(1);
    expect(first.successor?.passportId).toBe(second.passportId);
    expect(second.predecessor).not.toBeNull();
    expect(url('first passport')).toContain(second.predecessor!.passportId);
    expect(second.attributes.batteryCategory).toBe('stationary');
    const id = await unitId('OGC26A-P004');
    const h = (await (await t.http(`/batteries/${id}/health`, { key: key(LFP) })).json()) as {
      attributes: Record<string, { value: number }>;
    };
    expect(h.attributes.informationOnAccidents.value).toBe(1);
    // The second life's readings continue the first's counts: daily stationary cycles on top of the car's.
    const last: { measured_at: Date }[] = await t.db.query(
      'SELECT max(measured_at) AS measured_at FROM battery_health_readings WHERE unit_id = $1',
      [id],
    );
    expect(last[0].measured_at.getTime()).toBeGreaterThan(Date.now() - 2 * 86_400_000);
    expect(h.attributes.numberOfFullCycles.value).toBeGreaterThan(60);
  });

  it('names the GTIN model packs by GS1 Digital Link and serves their QR label', async () => {
    const lfpId = keys.organizations[LFP].id;
    const ids = t.app.get(BatteryIdentifiersService);
    const pack = await ids.forUnit(lfpId, 'OGC26A-P001');
    expect(pack?.identifier).toMatchObject({ scheme: 'gs1' });
    expect(JSON.stringify(pack?.identifier)).toContain('/01/09521234000624/21/OGC26A-P001');
    const bus = await ids.forUnit(lfpId, 'OGC26B-P001');
    expect(bus?.identifier).toMatchObject({ scheme: 'battrace', cause: 'NO_GTIN' });
    const label = Object.entries(keys.links!)
      .find(([k]) => k.includes('QR label'))![1]
      .replace(t.config.publicBaseUrl, '');
    const res = await t.http(label, { key: key(LFP) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('09521234000624');
  });

  it("publishes version 1 of the certified batch's passport, chained to its model's version 1; the battery passport names both", async () => {
    const [b]: { id: string }[] = await t.db.query(`SELECT id FROM batches WHERE batch_number = 'OGC-2026-03-A'`);
    const chain = (await (await t.http(`/passports/batches/${b.id}/versions`)).json()) as {
      versions: { seq: number; document: { model: { seq: number } } }[];
    };
    expect(chain.versions.map((v) => [v.seq, v.document.model.seq])).toEqual([[1, 1]]);
    const [pack]: { id: string }[] = await t.db.query(`SELECT id::text AS id FROM units WHERE serial = 'OGC26A-P001'`);
    const passport = (await (await t.http(`/passports/batteries/${originalPassportId(pack.id)}`)).json()) as {
      versions: { model: { seq: number } | null; batch: { seq: number } | null };
    };
    expect(passport.versions).toMatchObject({ model: { seq: 1 }, batch: { seq: 1 } });
  });

  it('seeding again changes nothing', async () => {
    const count = async () =>
      (
        (await t.db.query(
          `SELECT (SELECT count(*) FROM battery_health_readings)::int AS readings, (SELECT count(*) FROM organizations)::int AS orgs,
                  (SELECT count(*) FROM battery_passports)::int AS passports, (SELECT count(*) FROM battery_operation_grants)::int AS grants`,
        )) as Record<string, number>[]
      )[0];
    const before = await count();
    expect(await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null })).toBeNull();
    expect(await count()).toEqual(before);
  });
});
