import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership history without a row per unit at ingest. A unit's first membership is implicit:
 * its parent since it was registered (`units.parent_id`, `units.created_at`), for as long as it
 * never moved. `unit_memberships` now gets rows only when a membership changes (repack,
 * disassemble): the move first writes the unit's implicit membership out, closed at the move,
 * then the new one. `unit_membership_history` is what every reader uses: the stored rows plus the
 * implicit membership of each unit that has none stored.
 *
 * Bulk ingest of 1,000,000 units spent 3.6 of its 12.7 s writing a membership row per unit
 * (bench/unit-ingest.bench.ts); it now writes none. Rows backfilled or written before this
 * migration stay as they are (the view shows them as before): no row is lost or changed.
 */
export class MembershipChangesOnly1763900600000 implements MigrationInterface {
  name = 'MembershipChangesOnly1763900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW unit_membership_history AS
      SELECT m.unit_id, m.parent_id, m.valid_from, m.valid_to FROM unit_memberships m
      UNION ALL
      SELECT u.id, u.parent_id, u.created_at, NULL::timestamptz FROM units u
       WHERE u.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unit_memberships x WHERE x.unit_id = u.id)`);
    await q.query(
      `COMMENT ON VIEW unit_membership_history IS 'Stored membership changes plus the implicit first membership of units that never moved'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Write the implicit memberships out so that the table alone holds the whole history again.
    await q.query(`
      INSERT INTO unit_memberships (unit_id, parent_id, valid_from)
      SELECT u.id, u.parent_id, u.created_at FROM units u
       WHERE u.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unit_memberships x WHERE x.unit_id = u.id)`);
    await q.query(`DROP VIEW unit_membership_history`);
  }
}
