import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published, signed versions of a batch's passport (issue 14 item 7; docs/passport-attributes.md
 * "Published, signed passport versions"): one row per publication, numbered 1, 2, 3… per batch,
 * each naming the SHA-256 of the one before it and the model version it builds on. Insert-only.
 * Nothing existing changes: a new table, empty until a manufacturer publishes.
 */
export class BatchPassportPublications1763902900000 implements MigrationInterface {
  name = 'BatchPassportPublications1763902900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE batch_passport_publications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL REFERENCES batches(id),
        seq int NOT NULL CHECK (seq >= 1),
        document jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
        document_sha256 char(64) NOT NULL CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
        previous_sha256 char(64) CHECK (previous_sha256 ~ '^[0-9a-f]{64}$'),
        model_publication_id uuid NOT NULL REFERENCES model_passport_publications(id),
        footprint_id uuid NOT NULL REFERENCES footprints(id),
        jws text NOT NULL,
        note text,
        published_at timestamptz NOT NULL,
        published_by uuid NOT NULL REFERENCES organizations(id),
        CONSTRAINT uq_batch_passport_publications_batch_seq UNIQUE (batch_id, seq),
        CONSTRAINT ck_batch_passport_publications_first CHECK ((seq = 1) = (previous_sha256 IS NULL))
      )`);
    // The foreign keys' referencing side, so that a model publication or a footprint is never held up on a scan.
    await q.query(`CREATE INDEX ix_batch_passport_publications_model_publication ON batch_passport_publications (model_publication_id)`);
    await q.query(`CREATE INDEX ix_batch_passport_publications_footprint ON batch_passport_publications (footprint_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE batch_passport_publications`);
  }
}
