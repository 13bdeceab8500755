import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the job reconciler needs to rebuild displacement work from PostgreSQL alone (issue 12).
 *
 * - `displacement_chunks.generation`: how many times the reconciler has enqueued the chunk again;
 *   part of the chunk job's id, so that a new enqueue is never swallowed by a stale job id that
 *   BullMQ still holds (a failed or completed job), while a doubled relay of one generation still is.
 * - `displacement_chunks.starts` and `lease_until`: a worker taking the chunk counts a start and
 *   leases the chunk; a chunk neither done, nor queued, nor within its lease is stranded.
 * - `displacement_runs.plan_generation`: the same for the run's plan job.
 * - `displacement_runs_unfinished_idx`: the reconciler and /health read unfinished runs only.
 *
 * Existing rows get generation 0 (their jobs keep the ids they were enqueued with) and no lease.
 */
export class JobReconciliation1763901200000 implements MigrationInterface {
  name = 'JobReconciliation1763901200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE displacement_chunks
        ADD COLUMN generation integer NOT NULL DEFAULT 0 CHECK (generation >= 0),
        ADD COLUMN starts integer NOT NULL DEFAULT 0 CHECK (starts >= 0),
        ADD COLUMN lease_until timestamptz`);
    await q.query(`ALTER TABLE displacement_runs ADD COLUMN plan_generation integer NOT NULL DEFAULT 0 CHECK (plan_generation >= 0)`);
    await q.query(`CREATE INDEX displacement_runs_unfinished_idx ON displacement_runs (created_at) WHERE status IN ('QUEUED', 'RUNNING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS displacement_runs_unfinished_idx`);
    await q.query(`ALTER TABLE displacement_runs DROP COLUMN plan_generation`);
    await q.query(`ALTER TABLE displacement_chunks DROP COLUMN generation, DROP COLUMN starts, DROP COLUMN lease_until`);
  }
}
