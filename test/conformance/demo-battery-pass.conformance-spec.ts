import type { ValidateFunction } from 'ajv';
import { createLogger } from '../../src/common/logger';
import type { DemoKeys } from '../../src/demo/admin-key';
import { seedDemoWorld } from '../../src/demo/demo-world';
import { originalPassportId } from '../../src/passports/battery-passport';
import { BATTERY_PASS_ASPECTS, BatteryPassAspect } from '../../src/passports/battery-pass-data-model';
import { aspectValidators, KNOWN_BATTERY_DIVERGENCES, KNOWN_DIVERGENCES, refusals } from '../support/battery-pass-schemas';
import { describeWithKit } from '../support/conformance-kit';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Battery Pass data model 1.2 (Battery Pass consortium, CC-BY-4.0), through the real path: the app
 * booted on PostgreSQL and Redis, the demo world seeded (its models' complete passport data
 * recorded and published), and the passport of the demo's LFP batch OGC-2026-03-A read by its
 * manufacturer at GET /passports/:batchId/batterypass. Each aspect is validated against its schema;
 * the schemas may refuse only the divergences docs/battery-pass-data-model.md lists. Then one
 * battery of that batch: its holder (the manufacturer: the demo ships the batch's first two packs,
 * not the last) uploads health readings for it, and its passport read by its owner at
 * GET /passports/batteries/:passportId/batterypass is validated the same way.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeWithKit('demoBatteryPass', 'Battery Pass 1.2: the demo world’s served passport against every aspect schema', (dir) => {
  let t: TestApp;
  let keys: DemoKeys;
  let validators: Map<BatteryPassAspect, ValidateFunction>;
  let owner: Json;
  let battery: Json;

  beforeAll(async () => {
    validators = aspectValidators(dir);
    t = await startTestApp();
    keys = (await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null }))!;
    const [batch]: { id: string }[] = await t.db.query(`SELECT id FROM batches WHERE batch_number = 'OGC-2026-03-A'`);
    const key = keys.organizations['Ordos Green Cell Co.'].apiKey;
    const res = await t.http(`/passports/${batch.id}/batterypass`, { key });
    expect(res.status).toBe(200);
    owner = (await res.json()) as Json;

    // OGC26A-P003: an original pack its manufacturer holds, with the demo fleet's daily health readings.
    const [pack]: { id: string }[] = await t.db.query(`SELECT id::text AS id FROM units WHERE serial = 'OGC26A-P003' AND kind = 3`);
    const read = await t.http(`/passports/batteries/${originalPassportId(pack.id)}/batterypass`, { key });
    expect(read.status).toBe(200);
    battery = (await read.json()) as Json;
  }, 120_000);
  afterAll(() => t?.close());

  it('the owner reads every access group and all seven aspects', () => {
    expect(owner.access.groups).toEqual(['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY']);
    expect(Object.keys(owner.aspects)).toEqual([...BATTERY_PASS_ASPECTS]);
  });

  it.each(BATTERY_PASS_ASPECTS)('%s: the schema refuses only the known divergences', (aspect) => {
    expect(refusals(validators.get(aspect)!, owner.aspects[aspect])).toEqual(KNOWN_DIVERGENCES[aspect]);
  });

  it('a battery’s passport: the owner reads every access group, all seven aspects, its status and its latest readings', async () => {
    expect(battery.access.groups).toEqual(['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY']);
    expect(Object.keys(battery.aspects)).toEqual([...BATTERY_PASS_ASPECTS]);
    expect(battery.aspects.GeneralProductInformation.batteryStatus).toBe('Original');
    const [latest]: { value: number; measuredAt: Date }[] = await t.db.query(
      `SELECT r.value, r.measured_at AS "measuredAt" FROM battery_health_readings r JOIN units u ON u.id = r.unit_id
        WHERE u.serial = 'OGC26A-P003' AND r.attribute = 58 ORDER BY r.measured_at DESC LIMIT 1`,
    );
    expect(battery.aspects.PerformanceAndDurability.batteryCondition.stateOfCharge).toEqual({
      stateOfChargeValue: latest.value,
      lastUpdate: latest.measuredAt.toISOString(),
    });
  });

  it.each(BATTERY_PASS_ASPECTS)('%s of a battery’s passport: the schema refuses only the known divergences', (aspect) => {
    expect(refusals(validators.get(aspect)!, battery.aspects[aspect])).toEqual(KNOWN_BATTERY_DIVERGENCES[aspect]);
  });
});
