import type { JWK } from 'jose';
import type { DemoKeys } from '../../src/demo/admin-key';
import { createLogger } from '../../src/common/logger';
import { seedDemoWorld } from '../../src/demo/demo-world';
import { batteryPassDataModel } from '../../src/passports/battery-pass-data-model';
import { verifyPassportChain } from '../../src/passports/passport-publication';
import { startTestApp, TestApp } from '../support/test-app';

/** A newcomer sees a declared footprint at once: the demo world's LFP batch OGC-2026-03-A (issue 3). */
describe('demo world footprint', () => {
  let t: TestApp;
  let keys: DemoKeys;
  beforeAll(async () => {
    t = await startTestApp();
    keys = (await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null }))!;
  });
  afterAll(async () => {
    await t.close();
  });

  it('has Ordos energy for March 2026 and a declared EU_CFB_DRAFT_2024 footprint of OGC-2026-03-A', async () => {
    const [batch]: { id: string }[] = await t.db.query(`SELECT id FROM batches WHERE batch_number = 'OGC-2026-03-A'`);
    const res = await t.http(`/passports/${batch.id}/carbon-footprint`);
    expect(res.status).toBe(200);
    const p = (await res.json()) as { status: string; rulesetId: string; footprintId: string };
    expect(p).toMatchObject({ status: 'DECLARED', rulesetId: 'EU_CFB_DRAFT_2024' });
    const r = await t.gql<{
      footprint: { stages: { stage: string; kgCo2e: number }[]; outputEnergyKWh: number; lifetimeEnergyKWh: number };
    }>(`query($id: ID!) { footprint(id: $id) { outputEnergyKWh lifetimeEnergyKWh stages { stage kgCo2e } } }`, { id: p.footprintId });
    const f = r.data!.footprint;
    const kg = Object.fromEntries(f.stages.map((s) => [s.stage, s.kgCo2e]));
    // 4 packs × 62 kWh = 248 kWh; lifetime 4 × 60 kWh × 60 cycles × 8 years = 115,200 kWh (docs/methods/footprint.md)
    expect([f.outputEnergyKWh, f.lifetimeEnergyKWh]).toEqual([248, 115_200]);
    // Raw materials: 109 × 0.6 = 65.4 kg CO2e/kWh × 248 kWh = 16,219.2 kg
    expect(kg.RAW_MATERIAL_ACQUISITION).toBeCloseTo(16_219.2, 6);
    // Electricity: 248 × 30 = 7,440 kWh; 20% green trade at the national mix under the EU draft: 1,488 × 0.5366 = 798.4608 kg
    expect(kg.MAIN_PRODUCTION).toBeCloseTo(798.4608, 6);
    const energy: { direct: number; trade: number; serials: number }[] = await t.db.query(
      `SELECT sum(s.kwh) FILTER (WHERE s.source = 'DIRECT_LINE') AS direct, sum(s.kwh) FILTER (WHERE s.source = 'GREEN_TRADE') AS trade,
              (SELECT count(*)::int FROM gec_claims) AS serials
         FROM park_energy_supplies s`,
    );
    expect(energy[0]).toEqual({ direct: 800_000, trade: 200_000, serials: 200 });
  });

  it('the demo models carry recorded passport data, and version 1 of each model passport is published and verifies (issue 14)', async () => {
    type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const [batch]: { id: string; modelId: string }[] = await t.db.query(
      `SELECT id, model_id AS "modelId" FROM batches WHERE batch_number = 'OGC-2026-03-A'`,
    );
    const passport = async (key: string | null) => {
      const res = await t.http(`/passports/${batch.id}`, { key });
      expect(res.status).toBe(200);
      return (await res.json()) as Json;
    };
    const owner = await passport(keys.organizations['Ordos Green Cell Co.'].apiKey);
    const anonymous = await passport(null);
    // Public model data: both read it; the dismantling manual and the expected lifetime only the owner.
    expect([owner.attributes.renewableContent, anonymous.attributes.renewableContent]).toEqual([35, 35]);
    expect(anonymous.attributes.criticalRawMaterials).toBeDefined();
    for (const key of ['dismantlingAndRemovalInformation', 'expectedLifetime', 'batteryMaterials']) {
      expect({ key, owner: key in owner.attributes, anonymous: key in anonymous.attributes }).toEqual({
        key,
        owner: true,
        anonymous: false,
      });
    }
    expect(owner.completeness).toBeDefined();
    // Complete model data (issue 14): nothing missing at model level, the performance class pending
    // (no classes adopted yet), only per-battery attributes still missing.
    expect(Object.values(owner.completeness.missingByGranularity.MODEL).flat()).toEqual([]);
    expect(owner.completeness.pending).toEqual(['carbonFootprintPerformanceClass']);
    // The same passport in the Battery Pass data model's seven aspects (docs/battery-pass-data-model.md).
    const shaped = (await (
      await t.http(`/passports/${batch.id}/batterypass`, { key: keys.organizations['Ordos Green Cell Co.'].apiKey })
    ).json()) as Json;
    expect(shaped.aspects).toEqual(batteryPassDataModel(owner.attributes as Json));
    expect(Object.keys(shaped.aspects)).toHaveLength(7);

    // The published chain: linked from the batch passport, verified with the trust list's platform key.
    const published: { model_id: string; n: number }[] = await t.db.query(
      `SELECT model_id, count(*)::int AS n FROM model_passport_publications GROUP BY model_id`,
    );
    expect(published.map((p) => p.n)).toEqual([1, 1, 1]);
    expect(anonymous.modelPassport).toEqual(owner.modelPassport);
    expect(anonymous.modelPassport).toMatchObject({
      versionsUrl: `${t.config.publicBaseUrl}/passports/models/${batch.modelId}/versions`,
      latestSeq: 1,
    });
    const chain = (await (await t.http(`/passports/models/${batch.modelId}/versions`)).json()) as Json;
    expect(chain.versions[0].documentSha256).toBe(anonymous.modelPassport.latestSha256);
    const jwk = ((await (await t.http('/trust/issuers.json')).json()) as Json).platformKey.publicJwk as JWK;
    expect(await verifyPassportChain(chain.versions, jwk)).toEqual({ valid: true, length: 1 });
  });
});
