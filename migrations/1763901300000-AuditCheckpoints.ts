import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit chain hash version 2 and signed checkpoints (issue 12).
 *
 * - `audit_events.hash_version`: existing entries were hashed with version 1 (time at
 *   millisecond precision) and keep it, so they go on verifying; new entries are written with
 *   version 2 (every field, time in microseconds) by the application, which always names it.
 * - `audit_checkpoints`: one signed chain head per checkpointed seq (the primary key, so two API
 *   processes signing at once cannot store two), the compact JWS as signed by the platform key.
 */
export class AuditCheckpoints1763901300000 implements MigrationInterface {
  name = 'AuditCheckpoints1763901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN hash_version smallint NOT NULL DEFAULT 1 CHECK (hash_version >= 1)`);
    await q.query(`ALTER TABLE audit_events ALTER COLUMN hash_version DROP DEFAULT`);
    await q.query(`
      CREATE TABLE audit_checkpoints (
        seq bigint PRIMARY KEY CHECK (seq >= 1),
        head_hash text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
        signed_at timestamptz NOT NULL,
        platform_key text NOT NULL,
        jws text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_checkpoints`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN hash_version`);
  }
}
