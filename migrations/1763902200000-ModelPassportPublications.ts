import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published, signed versions of a battery model's passport (issue 14 items 4 and 7;
 * docs/passport-attributes.md "Published, signed passport versions"): one row per publication,
 * numbered 1, 2, 3… per model, each naming the SHA-256 of the one before it. Insert-only.
 * Nothing existing changes: a new table, empty until a manufacturer publishes.
 */
export class ModelPassportPublications1763902200000 implements MigrationInterface {
  name = 'ModelPassportPublications1763902200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE model_passport_publications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES battery_models(id),
        seq int NOT NULL CHECK (seq >= 1),
        document jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
        document_sha256 char(64) NOT NULL CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
        previous_sha256 char(64) CHECK (previous_sha256 ~ '^[0-9a-f]{64}$'),
        jws text NOT NULL,
        note text,
        published_at timestamptz NOT NULL,
        published_by uuid NOT NULL REFERENCES organizations(id),
        CONSTRAINT uq_model_passport_publications_model_seq UNIQUE (model_id, seq),
        CONSTRAINT ck_model_passport_publications_first CHECK ((seq = 1) = (previous_sha256 IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE model_passport_publications`);
  }
}
