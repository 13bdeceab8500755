import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hash partitions of `battery_health_readings`: a power of two, so that a later split stays even. */
export const HEALTH_READING_PARTITIONS = 8;

/**
 * Live battery-health data (Regulation (EU) 2023/1542 Art. 14, Annex VII and Annex XIII point 4;
 * docs/battery-health.md):
 *
 * - the organization kind FLEET_OPERATOR: the kinds' check constraint is replaced by one that also
 *   allows it; every existing row keeps its kind.
 * - `battery_operation_grants`: the holder of a battery (a PACK unit: its manufacturer, or the
 *   consignee once delivered) grants a fleet operator the right to write the battery's health
 *   readings, with a reason; revoked, never deleted. At most one active grant per operator and
 *   battery (partial unique index), which is also what an upload looks its grants up by.
 * - `battery_health_readings`: one row per battery, attribute (the catalogue number of a dynamic
 *   per-battery attribute, src/passports/passport-attributes.ts) and measurement time; the primary
 *   key makes a repeated reading idempotent and serves "latest value per battery and attribute" and
 *   the history (newest first) as one backward index range. Partitioned by HASH(unit_id): every read
 *   is per battery, so it touches one partition; nothing ages out (the passport keeps the history
 *   for the battery's life), so time ranges would only add partitions to create ahead.
 *
 * `down` drops both tables and puts the old constraint back (refused while an organization of the
 * new kind exists).
 */
export class BatteryHealth1763902300000 implements MigrationInterface {
  name = 'BatteryHealth1763902300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check`);
    await q.query(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_kind_check CHECK (kind IN
         ('MANUFACTURER','CERTIFIER','BUYER','FORWARDER','AUTHORITY','RECYCLER','REPAIRER','SECOND_LIFE_OPERATOR','INDEPENDENT_OPERATOR','FLEET_OPERATOR'))`,
    );
    await q.query(`
      CREATE TABLE battery_operation_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id bigint NOT NULL REFERENCES units(id),
        operator_organization_id uuid NOT NULL REFERENCES organizations(id),
        grantor_organization_id uuid NOT NULL REFERENCES organizations(id),
        reason text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by text NOT NULL,
        revoked_at timestamptz,
        revoked_by text,
        revoke_reason text,
        CONSTRAINT battery_operation_grants_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL) AND (revoked_at IS NULL) = (revoke_reason IS NULL)),
        CONSTRAINT battery_operation_grants_not_self CHECK (operator_organization_id <> grantor_organization_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX battery_operation_grants_active_key ON battery_operation_grants (operator_organization_id, unit_id)
         WHERE revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX battery_operation_grants_unit ON battery_operation_grants (unit_id, granted_at DESC)`);
    await q.query(`CREATE INDEX battery_operation_grants_grantor ON battery_operation_grants (grantor_organization_id, granted_at DESC)`);
    await q.query(`
      CREATE TABLE battery_health_readings (
        unit_id bigint NOT NULL,
        attribute smallint NOT NULL CHECK (attribute BETWEEN 1 AND 93),
        measured_at timestamptz NOT NULL,
        value double precision NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid NOT NULL,
        PRIMARY KEY (unit_id, attribute, measured_at)
      ) PARTITION BY HASH (unit_id)`);
    await q.query(
      `COMMENT ON COLUMN battery_health_readings.attribute IS 'the number of the attribute in the Battery Pass longlist (passport-attributes.ts)'`,
    );
    for (let i = 0; i < HEALTH_READING_PARTITIONS; i++) {
      await q.query(
        `CREATE TABLE battery_health_readings_p${i} PARTITION OF battery_health_readings FOR VALUES WITH (MODULUS ${HEALTH_READING_PARTITIONS}, REMAINDER ${i})`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE battery_health_readings`);
    await q.query(`DROP TABLE battery_operation_grants`);
    await q.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check`);
    await q.query(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_kind_check CHECK (kind IN
         ('MANUFACTURER','CERTIFIER','BUYER','FORWARDER','AUTHORITY','RECYCLER','REPAIRER','SECOND_LIFE_OPERATOR','INDEPENDENT_OPERATOR'))`,
    );
  }
}
