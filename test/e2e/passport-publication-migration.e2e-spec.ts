import { ModelPassportPublications1763902200000 } from '../../migrations/1763902200000-ModelPassportPublications';
import { BatchPassportPublications1763902900000 } from '../../migrations/1763902900000-BatchPassportPublications';
import { newBatch, newModel, newWorld } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The ModelPassportPublications migration on a database with models, batches and recorded model
 * data made before it: it adds the publications table, loses no row, and the earlier model's
 * chain starts empty.
 */
describe('ModelPassportPublications migration on models made before it', () => {
  let t: TestApp;
  const migration = new ModelPassportPublications1763902200000();
  // The batch versions name model versions (a foreign key): that table goes first and comes back last.
  const later = new BatchPassportPublications1763902900000();
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('adds the table and keeps every row', async () => {
    const runner = t.db.createQueryRunner();
    try {
      await later.down(runner);
      await migration.down(runner);
      const w = await newWorld(t);
      await newModel(t, w.manufacturer);
      await newBatch(t, w);
      const r = await t.gql(
        `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`,
        { input: { modelId: w.model.id, values: { renewableContentShare: 0.25 } } },
        w.manufacturer.key,
      );
      expect(r.errors).toBeUndefined();
      const before = await t.snapshot();
      const modelsBefore = await t.db.query(`SELECT * FROM battery_models ORDER BY id`);
      const versionsBefore = await t.db.query(`SELECT * FROM battery_model_passport_versions ORDER BY id`);
      await migration.up(runner);
      await later.up(runner);
      expect(await t.snapshot()).toEqual({ ...before, model_passport_publications: 0, batch_passport_publications: 0 });
      expect(await t.db.query(`SELECT * FROM battery_models ORDER BY id`)).toEqual(modelsBefore);
      expect(await t.db.query(`SELECT * FROM battery_model_passport_versions ORDER BY id`)).toEqual(versionsBefore);
      const res = await t.http(`/passports/models/${w.model.id}/versions`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { versions: unknown[] }).versions).toEqual([]);
      // A first version without a previous hash only: seq 2 without one is refused by the table.
      await expect(
        t.db.query(
          `INSERT INTO model_passport_publications (model_id, seq, document, document_sha256, jws, published_at, published_by)
           VALUES ($1, 2, '{}', $2, 'x', now(), $3)`,
          [w.model.id, 'a'.repeat(64), w.manufacturer.id],
        ),
      ).rejects.toThrow(/ck_model_passport_publications_first/);
    } finally {
      await runner.release();
    }
  });
});
