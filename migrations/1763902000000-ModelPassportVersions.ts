import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Model-level passport data (issue 14, docs/passport-attributes.md "Model data recorded by
 * manufacturers"): one row per version of a battery model's recorded values, keyed by the
 * passport catalogue's attribute keys. A correction inserts the next version; no version row is
 * ever updated. Nothing existing changes: a new table, empty until a manufacturer records data.
 */
export class ModelPassportVersions1763902000000 implements MigrationInterface {
  name = 'ModelPassportVersions1763902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE battery_model_passport_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES battery_models(id),
        version int NOT NULL CHECK (version >= 1),
        "values" jsonb NOT NULL CHECK (jsonb_typeof("values") = 'object'),
        recorded_by uuid NOT NULL REFERENCES organizations(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        supersedes uuid REFERENCES battery_model_passport_versions(id),
        CONSTRAINT uq_battery_model_passport_versions_model_version UNIQUE (model_id, version),
        CONSTRAINT ck_battery_model_passport_versions_first CHECK ((version = 1) = (supersedes IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE battery_model_passport_versions`);
  }
}
