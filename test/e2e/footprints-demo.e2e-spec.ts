import { createLogger } from '../../src/common/logger';
import { seedDemoWorld } from '../../src/demo/demo-world';
import { startTestApp, TestApp } from '../support/test-app';

/** A newcomer sees a declared footprint at once: the demo world's LFP batch OGC-2026-03-A (issue 3). */
describe('demo world footprint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null });
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
});
