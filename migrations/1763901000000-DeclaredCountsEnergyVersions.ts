import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrected park-energy records, and which of them each footprint used.
 *
 * - A park-energy period can be superseded by a corrected version: the correction is a new row
 *   (`version` + 1, `supersedes_id` the period it corrects, `correction_reason`), and the period
 *   it corrects gets `superseded_by` / `superseded_at`. Only current versions (not superseded)
 *   may not overlap, so the exclusion constraint now ignores superseded rows. Existing rows
 *   become version 1, current.
 * - `park_energy_supplies.gec_serials` keeps the GEC serials each supply stated, so that a
 *   superseded version still shows its own serials once its claims (`gec_claims`, one per serial
 *   platform-wide) have moved to the correction. Backfilled from the claims.
 * - `footprint_energy_uses` names the period versions each footprint was computed from (the ids
 *   already in its stored document, `inputs.parkEnergy[].id`), backfilled from those documents.
 *
 * Declared unit counts need no schema change: the columns exist (0 = not declared).
 */
export class DeclaredCountsEnergyVersions1763901000000 implements MigrationInterface {
  name = 'DeclaredCountsEnergyVersions1763901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE park_energy_periods
        ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        ADD COLUMN supersedes_id uuid NULL UNIQUE REFERENCES park_energy_periods(id),
        ADD COLUMN superseded_by uuid NULL REFERENCES park_energy_periods(id) DEFERRABLE INITIALLY DEFERRED,
        ADD COLUMN superseded_at timestamptz NULL,
        ADD COLUMN correction_reason text NULL,
        ADD CONSTRAINT park_energy_periods_correction_check
          CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL) AND (supersedes_id IS NULL) = (version = 1)),
        ADD CONSTRAINT park_energy_periods_superseded_check CHECK ((superseded_by IS NULL) = (superseded_at IS NULL))`);
    await q.query(`ALTER TABLE park_energy_periods DROP CONSTRAINT park_energy_periods_no_overlap`);
    await q.query(`
      ALTER TABLE park_energy_periods ADD CONSTRAINT park_energy_periods_no_overlap
        EXCLUDE USING gist (park_id WITH =, daterange(period_start, period_end, '[]') WITH &&) WHERE (superseded_by IS NULL)`);
    await q.query(
      `COMMENT ON COLUMN park_energy_periods.supersedes_id IS 'The period version this one corrects (with correction_reason); null for version 1'`,
    );

    await q.query(`ALTER TABLE park_energy_supplies ADD COLUMN gec_serials text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE park_energy_supplies s SET gec_serials = c.serials
        FROM (SELECT supply_id, array_agg(serial ORDER BY serial) AS serials FROM gec_claims GROUP BY supply_id) c
       WHERE c.supply_id = s.id`);
    await q.query(
      `COMMENT ON COLUMN park_energy_supplies.gec_serials IS 'GEC serials this supply stated; gec_claims holds the one live claim per serial'`,
    );

    await q.query(`
      CREATE TABLE footprint_energy_uses (
        footprint_id uuid NOT NULL REFERENCES footprints(id),
        period_id uuid NOT NULL REFERENCES park_energy_periods(id),
        PRIMARY KEY (footprint_id, period_id)
      )`);
    await q.query(`CREATE INDEX footprint_energy_uses_period_idx ON footprint_energy_uses (period_id)`);
    await q.query(`
      INSERT INTO footprint_energy_uses (footprint_id, period_id)
      SELECT DISTINCT f.id, p.id
        FROM footprints f
        CROSS JOIN LATERAL jsonb_array_elements(coalesce(f.inputs -> 'parkEnergy', '[]'::jsonb)) e
        JOIN park_energy_periods p ON p.id::text = e ->> 'id'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS footprint_energy_uses`);
    await q.query(`ALTER TABLE park_energy_supplies DROP COLUMN IF EXISTS gec_serials`);
    // Refused (exclusion violation) while corrected periods exist: a superseded version overlaps its correction.
    await q.query(`ALTER TABLE park_energy_periods DROP CONSTRAINT park_energy_periods_no_overlap`);
    await q.query(`
      ALTER TABLE park_energy_periods ADD CONSTRAINT park_energy_periods_no_overlap
        EXCLUDE USING gist (park_id WITH =, daterange(period_start, period_end, '[]') WITH &&)`);
    await q.query(`
      ALTER TABLE park_energy_periods
        DROP CONSTRAINT park_energy_periods_superseded_check,
        DROP CONSTRAINT park_energy_periods_correction_check,
        DROP COLUMN correction_reason,
        DROP COLUMN superseded_at,
        DROP COLUMN superseded_by,
        DROP COLUMN supersedes_id,
        DROP COLUMN version`);
  }
}
