import { BatchPassportPublications1763902900000 } from '../../migrations/1763902900000-BatchPassportPublications';
import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { demoModelPassportValues } from '../../src/demo/demo-passport';
import { newWorld } from '../support/factories';
import { data, newDeclaredFootprint, recordMarchEnergy } from '../support/footprints';
import { newPackedBatch } from '../support/shipments';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The BatchPassportPublications migration on a database with batches, packs, declared footprints
 * and published model versions made before it: it adds the publications table, loses no row, the
 * earlier batch's chain starts empty, its battery passports name the model's head and no batch head,
 * and the batch publishes version 1 afterwards.
 */
describe('BatchPassportPublications migration on batches made before it', () => {
  let t: TestApp;
  const migration = new BatchPassportPublications1763902900000();
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('adds the table and keeps every row', async () => {
    const runner = t.db.createQueryRunner();
    let migrated = false;
    try {
      await migration.down(runner);
      const w = await newWorld(t);
      await recordMarchEnergy(t, w);
      const batch = await newPackedBatch(t, w, 1);
      await newDeclaredFootprint(t, w, { batchId: batch.id });
      data(
        await t.gql(
          `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`,
          { input: { modelId: w.model.id, values: demoModelPassportValues({ name: 'Test Car Pack', ...LFP_CAR_PACK }) } },
          w.manufacturer.key,
        ),
      );
      const model = data(
        await t.gql<{ publishModelPassport: { seq: number; documentSha256: string } }>(
          `mutation($input: PublishModelPassportInput!) { publishModelPassport(input: $input) { seq documentSha256 } }`,
          { input: { modelId: w.model.id } },
          w.manufacturer.key,
        ),
      ).publishModelPassport;
      const before = await t.snapshot();
      const tables = ['batches', 'footprints', 'model_passport_publications', 'units'];
      const rowsBefore = await Promise.all(tables.map((x) => t.db.query(`SELECT * FROM ${x} ORDER BY id`)));
      await migration.up(runner);
      migrated = true;
      expect(await t.snapshot()).toEqual({ ...before, batch_passport_publications: 0 });
      expect(await Promise.all(tables.map((x) => t.db.query(`SELECT * FROM ${x} ORDER BY id`)))).toEqual(rowsBefore);

      const versions = await t.http(`/passports/batches/${batch.id}/versions`);
      expect(versions.status).toBe(200);
      expect(((await versions.json()) as { versions: unknown[] }).versions).toEqual([]);
      const [pack]: { id: string }[] = await t.db.query(`SELECT id::text FROM units WHERE batch_id = $1 AND kind = 3`, [batch.id]);
      const hex = BigInt(pack.id).toString(16).padStart(15, '0');
      const passport = (await (await t.http(`/passports/batteries/00000000-0000-8000-8${hex.slice(0, 3)}-${hex.slice(3)}`)).json()) as {
        versions: { model: { seq: number; sha256: string } | null; batch: unknown };
      };
      expect(passport.versions.model).toMatchObject({ seq: 1, sha256: model.documentSha256 });
      expect(passport.versions.batch).toBeNull();

      const published = data(
        await t.gql<{ publishBatchPassport: { seq: number; modelSeq: number } }>(
          `mutation($input: PublishBatchPassportInput!) { publishBatchPassport(input: $input) { seq modelSeq } }`,
          { input: { batchId: batch.id } },
          w.manufacturer.key,
        ),
      ).publishBatchPassport;
      expect(published).toEqual({ seq: 1, modelSeq: 1 });
      // A first version without a previous hash only: seq 2 without one is refused by the table.
      await expect(
        t.db.query(
          `INSERT INTO batch_passport_publications (batch_id, seq, document, document_sha256, model_publication_id, footprint_id, jws,
                                                    published_at, published_by)
           SELECT batch_id, 2, '{}', $2, model_publication_id, footprint_id, 'x', now(), published_by
             FROM batch_passport_publications WHERE batch_id = $1`,
          [batch.id, 'a'.repeat(64)],
        ),
      ).rejects.toThrow(/ck_batch_passport_publications_first/);
    } finally {
      if (!migrated) await migration.up(runner).catch(() => undefined);
      await runner.release();
    }
  });
});
