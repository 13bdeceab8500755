import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * battrace's own signing key (issue 11): the Ed25519 key that signs the trust list of the
 * certifiers it hosts (GET /trust/issuers.json). Its id is its RFC 7638 thumbprint, the private
 * half wrapped under CERT_KEK as certifiers' keys are. At most one key is CURRENT: the first API
 * process to start generates it and every other process (sharing the database) reads the same
 * row. A new table, so no existing row is touched.
 */
export class PlatformTrust1763900700000 implements MigrationInterface {
  name = 'PlatformTrust1763900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE platform_signing_keys (
        id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{43}$'),
        public_jwk jsonb NOT NULL,
        private_key_wrapped text NOT NULL,
        status text NOT NULL CHECK (status IN ('CURRENT','RETIRED')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        retired_at timestamptz,
        CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX platform_signing_keys_one_current ON platform_signing_keys ((true)) WHERE status = 'CURRENT'`);
    await q.query(
      `COMMENT ON TABLE platform_signing_keys IS 'battrace''s own Ed25519 key (id = RFC 7638 thumbprint) signing the trust list of hosted certifiers'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE platform_signing_keys`);
  }
}
