import { ModelPassportVersions1763902000000 } from '../../migrations/1763902000000-ModelPassportVersions';
import { newBatch, newModel, newWorld, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The ModelPassportVersions migration on a database with models and batches made before it: it
 * adds the versions table and changes no existing row; passports of earlier models are served
 * as before, and their manufacturer can record data for them.
 */
describe('ModelPassportVersions migration on models made before it', () => {
  let t: TestApp;
  let w: World;
  const migration = new ModelPassportVersions1763902000000();
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('adds the table, keeps every row, and the earlier model takes its first version', async () => {
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      w = await newWorld(t);
      await newModel(t, w.manufacturer);
      const { id: batchId } = await newBatch(t, w);
      const before = await t.snapshot();
      const modelsBefore = await t.db.query(`SELECT * FROM battery_models ORDER BY id`);
      await migration.up(runner);
      const after = await t.snapshot();
      expect(after).toEqual({ ...before, battery_model_passport_versions: 0 });
      expect(await t.db.query(`SELECT * FROM battery_models ORDER BY id`)).toEqual(modelsBefore);

      const passport = await t.http(`/passports/${batchId}`, { key: w.manufacturer.key });
      expect(passport.status).toBe(200);
      const r = await t.gql<{ recordModelPassportData: { version: number } }>(
        `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`,
        { input: { modelId: w.model.id, values: { renewableContentShare: 0.25 } } },
        w.manufacturer.key,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.recordModelPassportData.version).toBe(1);
      const attrs = ((await (await t.http(`/passports/${batchId}`)).json()) as { attributes: Record<string, unknown> }).attributes;
      expect(attrs.renewableContent).toBe(25);
    } finally {
      await runner.release();
    }
  });

  it('a version row cannot skip its predecessor: version 2 without supersedes is refused by the table', async () => {
    await expect(
      t.db.query(`INSERT INTO battery_model_passport_versions (model_id, version, "values", recorded_by) VALUES ($1, 2, '{}', $2)`, [
        w.model.id,
        w.manufacturer.id,
      ]),
    ).rejects.toThrow(/ck_battery_model_passport_versions_first/);
  });
});
