import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Persons with a legitimate interest in a battery passport (Regulation (EU) 2023/1542 Art. 77(2),
 * docs/passport-attributes.md "Legitimate interest"), two ways:
 *
 * - four organization kinds the administrator creates: RECYCLER, REPAIRER, SECOND_LIFE_OPERATOR
 *   and INDEPENDENT_OPERATOR. The kinds' check constraint is replaced by one that also allows them;
 *   every existing row keeps its kind.
 * - `passport_access_grants`: access a manufacturer grants a named organization to the passports of
 *   one of its models or one of its batches (exactly one of the two), with a reason; revoked, never
 *   deleted (who revoked, when and why stay). At most one active grant per grantee and model or
 *   batch (partial unique indexes); the passport route finds a caller's active grant for a batch or
 *   its model through `passport_access_grants_active_grantee`.
 *
 * `down` drops the table and puts the old constraint back (refused while an organization of a new
 * kind exists).
 */
export class PassportAccessGrants1763902100000 implements MigrationInterface {
  name = 'PassportAccessGrants1763902100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check`);
    await q.query(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_kind_check CHECK (kind IN
         ('MANUFACTURER','CERTIFIER','BUYER','FORWARDER','AUTHORITY','RECYCLER','REPAIRER','SECOND_LIFE_OPERATOR','INDEPENDENT_OPERATOR'))`,
    );
    await q.query(`
      CREATE TABLE passport_access_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        grantee_organization_id uuid NOT NULL REFERENCES organizations(id),
        model_id uuid REFERENCES battery_models(id),
        batch_id uuid REFERENCES batches(id),
        reason text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by text NOT NULL,
        revoked_at timestamptz,
        revoked_by text,
        revoke_reason text,
        CONSTRAINT passport_access_grants_one_subject CHECK ((model_id IS NULL) <> (batch_id IS NULL)),
        CONSTRAINT passport_access_grants_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL) AND (revoked_at IS NULL) = (revoke_reason IS NULL)),
        CONSTRAINT passport_access_grants_not_self CHECK (grantee_organization_id <> manufacturer_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX passport_access_grants_active_model_key ON passport_access_grants (grantee_organization_id, model_id)
         WHERE revoked_at IS NULL AND model_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX passport_access_grants_active_batch_key ON passport_access_grants (grantee_organization_id, batch_id)
         WHERE revoked_at IS NULL AND batch_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX passport_access_grants_manufacturer ON passport_access_grants (manufacturer_id, granted_at DESC)`);
    await q.query(`CREATE INDEX passport_access_grants_grantee ON passport_access_grants (grantee_organization_id, granted_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE passport_access_grants`);
    await q.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check`);
    await q.query(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_kind_check CHECK (kind IN ('MANUFACTURER','CERTIFIER','BUYER','FORWARDER','AUTHORITY'))`,
    );
  }
}
