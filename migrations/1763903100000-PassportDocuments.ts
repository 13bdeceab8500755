import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bytes of passport documents (issue 14, docs/passport-documents.md): manuals, declarations and
 * test reports a manufacturer uploads, named by their SHA-256. One row per manufacturer and digest:
 * uploading the same bytes again changes nothing, and two manufacturers uploading the same bytes
 * each keep their own row (who uploaded it decides whose models' passports open it). Nothing
 * existing changes: a new table, empty until a manufacturer uploads.
 */
export class PassportDocuments1763903100000 implements MigrationInterface {
  name = 'PassportDocuments1763903100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE passport_documents (
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        media_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        content bytea NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES organizations(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (manufacturer_id, sha256),
        CONSTRAINT ck_passport_documents_size CHECK (size_bytes = octet_length(content))
      )`);
    await q.query(`CREATE INDEX passport_documents_sha256_idx ON passport_documents (sha256)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE passport_documents`);
  }
}
