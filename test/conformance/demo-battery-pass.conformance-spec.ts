import type { ValidateFunction } from 'ajv';
import { createLogger } from '../../src/common/logger';
import type { DemoKeys } from '../../src/demo/admin-key';
import { seedDemoWorld } from '../../src/demo/demo-world';
import { BATTERY_PASS_ASPECTS, BatteryPassAspect } from '../../src/passports/battery-pass-data-model';
import { aspectValidators, KNOWN_DIVERGENCES, refusals } from '../support/battery-pass-schemas';
import { describeWithKit } from '../support/conformance-kit';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Battery Pass data model 1.2 (Battery Pass consortium, CC-BY-4.0), through the real path: the app
 * booted on PostgreSQL and Redis, the demo world seeded (its models' complete passport data
 * recorded and published), and the passport of the demo's LFP batch OGC-2026-03-A read by its
 * manufacturer at GET /passports/:batchId/batterypass. Each aspect is validated against its schema;
 * the schemas may refuse only the divergences docs/battery-pass-data-model.md lists.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeWithKit('demoBatteryPass', 'Battery Pass 1.2: the demo world’s served passport against every aspect schema', (dir) => {
  let t: TestApp;
  let keys: DemoKeys;
  let validators: Map<BatteryPassAspect, ValidateFunction>;
  let owner: Json;

  beforeAll(async () => {
    validators = aspectValidators(dir);
    t = await startTestApp();
    keys = (await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null }))!;
    const [batch]: { id: string }[] = await t.db.query(`SELECT id FROM batches WHERE batch_number = 'OGC-2026-03-A'`);
    const key = keys.organizations['Ordos Green Cell Co.'].apiKey;
    const res = await t.http(`/passports/${batch.id}/batterypass`, { key });
    expect(res.status).toBe(200);
    owner = (await res.json()) as Json;
  }, 120_000);
  afterAll(() => t?.close());

  it('the owner reads every access group and all seven aspects', () => {
    expect(owner.access.groups).toEqual(['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY']);
    expect(Object.keys(owner.aspects)).toEqual([...BATTERY_PASS_ASPECTS]);
  });

  it.each(BATTERY_PASS_ASPECTS)('%s: the schema refuses only the known divergences', (aspect) => {
    expect(refusals(validators.get(aspect)!, owner.aspects[aspect])).toEqual(KNOWN_DIVERGENCES[aspect]);
  });
});
