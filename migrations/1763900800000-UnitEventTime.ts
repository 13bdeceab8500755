import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event time apart from record time (issue 11). `units.created_at` is when battrace learned of a
 * unit (record time); `units.produced_at` is when it was made (event time, EPCIS 2.0 §7.4.1
 * eventTime vs recordTime). Traceability reads event time, audit reads record time.
 *
 * - `units.produced_at`: existing rows get the best event time they have, their batch's
 *   production end, in one UPDATE (no row is lost; every unit has a batch). New units carry the
 *   time from the upload line or default to the batch's production end (unit-ingest.service.ts).
 * - `unit_membership_history`: a unit's implicit first membership now starts when the unit was
 *   made (assembled into its parent), `produced_at`, not when it was uploaded.
 * - Stored first memberships that were written out with the upload time (a repack or disassembly
 *   writes the implicit membership out before closing it) move back to `produced_at` when that
 *   is earlier and still before the membership closed: the same fact, dated by event time.
 */
export class UnitEventTime1763900800000 implements MigrationInterface {
  name = 'UnitEventTime1763900800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units ADD COLUMN produced_at timestamptz`);
    await q.query(`UPDATE units u SET produced_at = b.production_end FROM batches b WHERE b.id = u.batch_id`);
    await q.query(`ALTER TABLE units ALTER COLUMN produced_at SET NOT NULL`);
    await q.query(
      `COMMENT ON COLUMN units.produced_at IS 'Event time: when the unit was made (inside its batch production window); created_at is record time'`,
    );
    await q.query(`
      UPDATE unit_memberships m SET valid_from = u.produced_at
        FROM units u
       WHERE u.id = m.unit_id AND m.valid_from = u.created_at AND u.produced_at < m.valid_from
         AND (m.valid_to IS NULL OR u.produced_at <= m.valid_to)
         AND NOT EXISTS (SELECT 1 FROM unit_memberships e WHERE e.unit_id = m.unit_id AND e.valid_from < m.valid_from)`);
    await q.query(`
      CREATE OR REPLACE VIEW unit_membership_history AS
      SELECT m.unit_id, m.parent_id, m.valid_from, m.valid_to FROM unit_memberships m
      UNION ALL
      SELECT u.id, u.parent_id, u.produced_at, NULL::timestamptz FROM units u
       WHERE u.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unit_memberships x WHERE x.unit_id = u.id)`);
    await q.query(
      `COMMENT ON VIEW unit_membership_history IS 'Stored membership changes plus the implicit first membership (from produced_at) of units that never moved'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE VIEW unit_membership_history AS
      SELECT m.unit_id, m.parent_id, m.valid_from, m.valid_to FROM unit_memberships m
      UNION ALL
      SELECT u.id, u.parent_id, u.created_at, NULL::timestamptz FROM units u
       WHERE u.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unit_memberships x WHERE x.unit_id = u.id)`);
    await q.query(`ALTER TABLE units DROP COLUMN produced_at`);
  }
}
