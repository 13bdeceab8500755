import { BatteryModelGtin1763902600000 } from '../../migrations/1763902600000-BatteryModelGtin';
import { newBatch, newModel, newWorld, unitsNdjson } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The BatteryModelGtin migration on a database with models, batches and units made before it:
 * it adds the nullable column and loses no row; the column then takes 14 digits only, each GTIN once.
 */
describe('BatteryModelGtin migration on models made before it', () => {
  let t: TestApp;
  const migration = new BatteryModelGtin1763902600000();
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('adds gtin NULL to every model and keeps every row', async () => {
    const w = await newWorld(t);
    const second = await newModel(t, w.manufacturer);
    const batch = await newBatch(t, w);
    const up = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson('MIG', 2, 1, 2),
    });
    expect(up.status).toBe(200);
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      const before = await t.snapshot();
      const modelsBefore: Record<string, unknown>[] = await t.db.query(`SELECT * FROM battery_models ORDER BY id`);
      const unitsBefore = await t.db.query(`SELECT * FROM units ORDER BY id`);
      await migration.up(runner);
      expect(await t.snapshot()).toEqual(before);
      expect(await t.db.query(`SELECT * FROM battery_models ORDER BY id`)).toEqual(modelsBefore.map((m) => ({ ...m, gtin: null })));
      expect(await t.db.query(`SELECT * FROM units ORDER BY id`)).toEqual(unitsBefore);

      await expect(t.db.query(`UPDATE battery_models SET gtin = '9506000134352' WHERE id = $1`, [w.model.id])).rejects.toThrow(
        /ck_battery_models_gtin/,
      );
      await t.db.query(`UPDATE battery_models SET gtin = '09506000134352' WHERE id = $1`, [w.model.id]);
      await expect(t.db.query(`UPDATE battery_models SET gtin = '09506000134352' WHERE id = $1`, [second.id])).rejects.toThrow(
        /uq_battery_models_gtin/,
      );
    } finally {
      await runner.release();
    }
  });
});
