import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every reference between rows that the code assumes, held by the database (issue 12 §2).
 *
 * Foreign keys, checked per row, where rows arrive a few per mutation:
 * - `unit_memberships.unit_id`, `unit_memberships.parent_id` → `units.id`;
 * - `unit_events.unit_id`, `.from_parent_id`, `.to_parent_id` → `units.id`;
 * - `batch_transport_emissions.shipment_id`, `displacement_runs.shipment_id` → `shipments.id`;
 * - `displacement_run_groups.batch_id` → `batches.id`.
 *
 * `units`, the million-row table, gets an equivalent check done once per statement instead of once
 * per row (per-row foreign keys on parent and batch took a 1,000,000-row INSERT from 7.0 to 14.9 s): after an
 * INSERT, one set-based query over the inserted rows (a transition table) refuses any unit whose
 * `(batch_id, manufacturer_id)` is not a batch of that manufacturer, or whose `parent_id` is not a
 * unit of the same manufacturer, with SQLSTATE 23503 (foreign_key_violation) like a foreign key
 * would. A change of `parent_id`, `batch_id` or `manufacturer_id` (a repack) is checked per row.
 * A foreign key also locks the row it references so that nobody deletes it meanwhile; here the
 * referenced rows cannot go away at all: units and batches are never deleted (a unit's end of life
 * is a status, a batch is evidence), so DELETE and TRUNCATE of either table, and a change of their
 * ids (or of a batch's manufacturer), are refused.
 *
 * Rows that already break a reference are not deleted and do not stop the migration: each is
 * recorded in `integrity_orphans` (which reference, which row, the missing value), and a foreign
 * key over a column that has any is added NOT VALID (new rows are checked; the old ones wait for a
 * person to repair them and run `ALTER TABLE … VALIDATE CONSTRAINT …`). See
 * docs/referential-integrity.md.
 */
interface Reference {
  /** e.g. `unit_events.from_parent_id` */
  name: string;
  table: string;
  column: string;
  target: string;
  targetColumn: string;
  /** The primary key of `table`, as text, to name an orphan row. */
  rowKey: string;
  constraint: string;
}

const FOREIGN_KEYS: Reference[] = [
  ref('unit_memberships', 'unit_id', 'units', 'id', `unit_id::text || '@' || valid_from::text`),
  ref('unit_memberships', 'parent_id', 'units', 'id', `unit_id::text || '@' || valid_from::text`),
  ref('unit_events', 'unit_id', 'units', 'id', 'id::text'),
  ref('unit_events', 'from_parent_id', 'units', 'id', 'id::text'),
  ref('unit_events', 'to_parent_id', 'units', 'id', 'id::text'),
  ref('batch_transport_emissions', 'shipment_id', 'shipments', 'id', 'id::text'),
  ref('displacement_runs', 'shipment_id', 'shipments', 'id', 'id::text'),
  ref('displacement_run_groups', 'batch_id', 'batches', 'id', `run_id::text || '#' || group_no::text`),
];

function ref(table: string, column: string, target: string, targetColumn: string, rowKey: string): Reference {
  return { name: `${table}.${column}`, table, column, target, targetColumn, rowKey, constraint: `${table}_${column}_fkey` };
}

export class ReferentialIntegrity1763901100000 implements MigrationInterface {
  name = 'ReferentialIntegrity1763901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE integrity_orphans (
        id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
        reference text NOT NULL,
        row_key text NOT NULL,
        missing text NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        found_by text NOT NULL
      )`);
    await q.query(
      `COMMENT ON TABLE integrity_orphans IS 'Rows found breaking a reference when its constraint was added; reported, never deleted (docs/referential-integrity.md)'`,
    );
    const found = `'migration:${this.name}'`;

    // ---- units: the orphans already stored --------------------------------------------------
    await q.query(`
      INSERT INTO integrity_orphans (reference, row_key, missing, found_by)
      SELECT 'units.parent_id', u.id::text, u.parent_id::text, ${found}
        FROM units u
       WHERE u.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM units p WHERE p.id = u.parent_id AND p.manufacturer_id = u.manufacturer_id)
       ORDER BY u.id`);
    await q.query(`
      INSERT INTO integrity_orphans (reference, row_key, missing, found_by)
      SELECT 'units.batch_id', u.id::text, u.batch_id::text || ' of ' || u.manufacturer_id::text, ${found}
        FROM units u
       WHERE NOT EXISTS (SELECT 1 FROM batches b WHERE b.id = u.batch_id AND b.manufacturer_id = u.manufacturer_id)
       ORDER BY u.id`);

    // ---- units: checked per statement -------------------------------------------------------
    await q.query(`
      CREATE FUNCTION units_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        bad record;
      BEGIN
        -- One pass over the inserted rows, then one lookup per distinct parent and batch.
        SELECT n.id, n.parent_id, n.batch_id,
               n.parent_id IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM units p WHERE p.id = n.parent_id AND p.manufacturer_id = n.manufacturer_id) AS no_parent
          INTO bad
          FROM (SELECT min(id) AS id, parent_id, batch_id, manufacturer_id
                  FROM new_units GROUP BY parent_id, batch_id, manufacturer_id) n
         WHERE (n.parent_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM units p WHERE p.id = n.parent_id AND p.manufacturer_id = n.manufacturer_id))
            OR NOT EXISTS (SELECT 1 FROM batches b WHERE b.id = n.batch_id AND b.manufacturer_id = n.manufacturer_id)
         LIMIT 1;
        IF NOT FOUND THEN
          RETURN NULL;
        ELSIF bad.no_parent THEN
          RAISE EXCEPTION 'unit % has parent_id %, which is not a unit of its manufacturer', bad.id, bad.parent_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'units_parent_id_fkey', TABLE = 'units', COLUMN = 'parent_id';
        END IF;
        RAISE EXCEPTION 'unit % has batch_id %, which is not a batch of its manufacturer', bad.id, bad.batch_id
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'units_batch_id_fkey', TABLE = 'units', COLUMN = 'batch_id';
      END $$`);
    await q.query(`
      CREATE TRIGGER units_check_references AFTER INSERT ON units
        REFERENCING NEW TABLE AS new_units FOR EACH STATEMENT EXECUTE FUNCTION units_check_references()`);
    await q.query(`
      CREATE FUNCTION units_check_moved_references() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.parent_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM units p WHERE p.id = NEW.parent_id AND p.manufacturer_id = NEW.manufacturer_id) THEN
          RAISE EXCEPTION 'unit % has parent_id %, which is not a unit of its manufacturer', NEW.id, NEW.parent_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'units_parent_id_fkey', TABLE = 'units', COLUMN = 'parent_id';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM batches b WHERE b.id = NEW.batch_id AND b.manufacturer_id = NEW.manufacturer_id) THEN
          RAISE EXCEPTION 'unit % has batch_id %, which is not a batch of its manufacturer', NEW.id, NEW.batch_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'units_batch_id_fkey', TABLE = 'units', COLUMN = 'batch_id';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER units_check_moved_references AFTER UPDATE OF parent_id, batch_id, manufacturer_id ON units
        FOR EACH ROW WHEN (NEW.parent_id IS DISTINCT FROM OLD.parent_id OR NEW.batch_id <> OLD.batch_id
                           OR NEW.manufacturer_id <> OLD.manufacturer_id)
        EXECUTE FUNCTION units_check_moved_references()`);

    // ---- units and batches stay: what references them can rely on it -------------------------
    await q.query(`
      CREATE FUNCTION referenced_rows_stay() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION '%: % of row % cannot change: other rows reference it', TG_TABLE_NAME, TG_ARGV[0], OLD.id
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
        END IF;
        RAISE EXCEPTION '% are never deleted (% refused)', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
      END $$`);
    await q.query(`CREATE TRIGGER units_stay BEFORE DELETE ON units FOR EACH ROW EXECUTE FUNCTION referenced_rows_stay()`);
    await q.query(`CREATE TRIGGER units_stay_truncate BEFORE TRUNCATE ON units FOR EACH STATEMENT EXECUTE FUNCTION referenced_rows_stay()`);
    await q.query(`
      CREATE TRIGGER units_id_stays BEFORE UPDATE OF id ON units
        FOR EACH ROW WHEN (NEW.id <> OLD.id) EXECUTE FUNCTION referenced_rows_stay('id')`);
    await q.query(`CREATE TRIGGER batches_stay BEFORE DELETE ON batches FOR EACH ROW EXECUTE FUNCTION referenced_rows_stay()`);
    await q.query(
      `CREATE TRIGGER batches_stay_truncate BEFORE TRUNCATE ON batches FOR EACH STATEMENT EXECUTE FUNCTION referenced_rows_stay()`,
    );
    await q.query(`
      CREATE TRIGGER batches_id_stays BEFORE UPDATE OF id, manufacturer_id ON batches
        FOR EACH ROW WHEN (NEW.id <> OLD.id OR NEW.manufacturer_id <> OLD.manufacturer_id)
        EXECUTE FUNCTION referenced_rows_stay('id or manufacturer_id')`);

    // ---- foreign keys elsewhere ----------------------------------------------------------------
    for (const r of FOREIGN_KEYS) {
      const orphans = `
        FROM ${r.table} x
       WHERE x.${r.column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${r.target} t WHERE t.${r.targetColumn} = x.${r.column})`;
      await q.query(`
        INSERT INTO integrity_orphans (reference, row_key, missing, found_by)
        SELECT '${r.name}', ${r.rowKey}, x.${r.column}::text, ${found} ${orphans}`);
      const [{ n }]: { n: number }[] = await q.query(`SELECT count(*)::int AS n ${orphans}`);
      await q.query(
        `ALTER TABLE ${r.table} ADD CONSTRAINT ${r.constraint} FOREIGN KEY (${r.column}) REFERENCES ${r.target}(${r.targetColumn})${n > 0 ? ' NOT VALID' : ''}`,
      );
    }
    const reported: { reference: string; n: number }[] = await q.query(
      `SELECT reference, count(*)::int AS n FROM integrity_orphans WHERE found_by = ${found} GROUP BY reference ORDER BY reference`,
    );
    if (reported.length) {
      // The migration's own report; the rows stay in integrity_orphans for whoever repairs them.
      console.warn(
        `${this.name}: rows breaking a reference were found and kept (see integrity_orphans): ${reported.map((r) => `${r.reference} ${r.n}`).join(', ')}`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const r of [...FOREIGN_KEYS].reverse()) await q.query(`ALTER TABLE ${r.table} DROP CONSTRAINT IF EXISTS ${r.constraint}`);
    await q.query(`DROP TRIGGER IF EXISTS batches_id_stays ON batches`);
    await q.query(`DROP TRIGGER IF EXISTS batches_stay_truncate ON batches`);
    await q.query(`DROP TRIGGER IF EXISTS batches_stay ON batches`);
    await q.query(`DROP TRIGGER IF EXISTS units_id_stays ON units`);
    await q.query(`DROP TRIGGER IF EXISTS units_stay_truncate ON units`);
    await q.query(`DROP TRIGGER IF EXISTS units_stay ON units`);
    await q.query(`DROP FUNCTION IF EXISTS referenced_rows_stay()`);
    await q.query(`DROP TRIGGER IF EXISTS units_check_moved_references ON units`);
    await q.query(`DROP FUNCTION IF EXISTS units_check_moved_references()`);
    await q.query(`DROP TRIGGER IF EXISTS units_check_references ON units`);
    await q.query(`DROP FUNCTION IF EXISTS units_check_references()`);
    await q.query(`DROP TABLE IF EXISTS integrity_orphans`);
  }
}
