import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passport access a manufacturer grants per individual battery (Regulation (EU) 2023/1542 Art. 77(2);
 * docs/passport-attributes.md "By grant"): `passport_access_grants.unit_id` names one battery (a
 * PACK of the granting manufacturer, checked by the service), and a grant names exactly one of a
 * model, a batch and a battery. Every existing grant names a model or a batch, so it satisfies the new
 * check: no row is lost or changed. At most one active grant per grantee and battery (a partial unique
 * index, which also serves the battery passport's lookup for a page of batteries).
 *
 * `down` drops the column and puts the old check back (refused while a grant names a battery).
 */
export class PassportGrantsPerBattery1763903000000 implements MigrationInterface {
  name = 'PassportGrantsPerBattery1763903000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE passport_access_grants ADD COLUMN unit_id bigint REFERENCES units(id)`);
    await q.query(`ALTER TABLE passport_access_grants DROP CONSTRAINT passport_access_grants_one_subject`);
    await q.query(
      `ALTER TABLE passport_access_grants ADD CONSTRAINT passport_access_grants_one_subject
         CHECK (num_nonnulls(model_id, batch_id, unit_id) = 1)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX passport_access_grants_active_unit_key ON passport_access_grants (grantee_organization_id, unit_id)
         WHERE revoked_at IS NULL AND unit_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX passport_access_grants_active_unit_key`);
    await q.query(`ALTER TABLE passport_access_grants DROP CONSTRAINT passport_access_grants_one_subject`);
    await q.query(`ALTER TABLE passport_access_grants DROP COLUMN unit_id`);
    await q.query(
      `ALTER TABLE passport_access_grants ADD CONSTRAINT passport_access_grants_one_subject CHECK ((model_id IS NULL) <> (batch_id IS NULL))`,
    );
  }
}
