import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carbon certificates (issue 5, docs/methods/certificates.md): certifiers' Ed25519 signing keys (private key
 * wrapped with AES-256-GCM under CERT_KEK; one CURRENT key per certifier, older ones RETIRED and
 * still published), certification requests (the certifier's queue), issued certificates (the
 * signed credential kept verbatim) and Bitstring Status Lists (one revocation and one suspension
 * list per certifier, 131,072 entries each; a certificate has the same index in both).
 * Supersession is not stored: verification computes it from the footprints table.
 */
export class Certificates1763900400000 implements MigrationInterface {
  name = 'Certificates1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certifier_signing_keys (
        id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,100}$'),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        public_jwk jsonb NOT NULL,
        private_key_wrapped text NOT NULL,
        status text NOT NULL CHECK (status IN ('CURRENT','RETIRED')),
        active_from timestamptz NOT NULL DEFAULT clock_timestamp(),
        retired_at timestamptz,
        created_by text NOT NULL,
        CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX certifier_signing_keys_one_current ON certifier_signing_keys (organization_id) WHERE status = 'CURRENT'`,
    );
    await q.query(`CREATE INDEX certifier_signing_keys_org_idx ON certifier_signing_keys (organization_id, active_from)`);

    await q.query(`
      CREATE TABLE status_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        certifier_id uuid NOT NULL REFERENCES organizations(id),
        purpose text NOT NULL CHECK (purpose IN ('revocation','suspension')),
        bits bytea NOT NULL CHECK (octet_length(bits) >= 16384),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (certifier_id, purpose)
      )`);

    await q.query(`
      CREATE TABLE certification_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        footprint_id uuid NOT NULL REFERENCES footprints(id),
        batch_id uuid NOT NULL REFERENCES batches(id),
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        certifier_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ISSUED','REFUSED')),
        note text,
        refusal_reasons text[],
        requested_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_by text,
        decided_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX certification_requests_one_pending ON certification_requests (footprint_id, certifier_id) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX certification_requests_queue_idx ON certification_requests (certifier_id, status, created_at)`);

    await q.query(`CREATE SEQUENCE certificate_number_seq`);
    await q.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE,
        request_id uuid NOT NULL UNIQUE REFERENCES certification_requests(id),
        footprint_id uuid NOT NULL REFERENCES footprints(id),
        batch_id uuid NOT NULL REFERENCES batches(id),
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        certifier_id uuid NOT NULL REFERENCES organizations(id),
        key_id text NOT NULL REFERENCES certifier_signing_keys(id),
        status_index integer NOT NULL CHECK (status_index >= 0 AND status_index < 131072),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','SUSPENDED','REVOKED')),
        status_reason text,
        status_changed_at timestamptz,
        assurance text NOT NULL CHECK (assurance IN ('LIMITED','REASONABLE')),
        materiality_percent double precision NOT NULL CHECK (materiality_percent > 0 AND materiality_percent <= 100),
        statement jsonb NOT NULL,
        footprint_sha256 text NOT NULL CHECK (footprint_sha256 ~ '^[0-9a-f]{64}$'),
        issued_at timestamptz NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_until timestamptz NOT NULL CHECK (valid_until > valid_from),
        credential text NOT NULL,
        created_by text NOT NULL,
        UNIQUE (certifier_id, status_index)
      )`);
    await q.query(`CREATE INDEX certificates_batch_idx ON certificates (batch_id)`);
    await q.query(`CREATE INDEX certificates_footprint_idx ON certificates (footprint_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['certificates', 'certification_requests', 'status_lists', 'certifier_signing_keys'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(`DROP SEQUENCE IF EXISTS certificate_number_seq`);
  }
}
