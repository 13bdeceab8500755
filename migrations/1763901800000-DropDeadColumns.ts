import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two columns that were written and never read (issue 13), dropped:
 *
 * - `displacement_chunks.partial`: each chunk's own figures, kept "for inspection". Nothing read
 *   them: a run's result is computed once from the chunks' vehicle counts (`group_vehicles`) when
 *   the last chunk is done, and the same counts with the run's stored parameters give a chunk's
 *   figures again whenever someone wants them. The chunk job still computes them, to fail a run
 *   whose figures are not finite before it writes anything; it no longer stores them.
 * - `job_outbox.job_id`: the BullMQ job id, written with each outbox row. The relay never read it:
 *   it hands the row's job name and payload to the job registry, which derives the id (the one
 *   place ids are made, so they cannot disagree). The reconciler finds a waiting row by its job
 *   name and payload, across generations, which a stored id cannot do.
 *
 * No row is deleted; both columns are derived from data that stays. `down` puts the columns back,
 * `job_id` filled in from the payload the way the registry derives it, `partial` empty.
 */
export class DropDeadColumns1763901800000 implements MigrationInterface {
  name = 'DropDeadColumns1763901800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE displacement_chunks DROP COLUMN partial`);
    await q.query(`ALTER TABLE job_outbox DROP COLUMN job_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE displacement_chunks ADD COLUMN partial jsonb`);
    await q.query(`ALTER TABLE job_outbox ADD COLUMN job_id text`);
    const generation = `CASE WHEN coalesce((payload->>'generation')::int, 0) > 0 THEN '-g' || (payload->>'generation') ELSE '' END`;
    await q.query(
      `UPDATE job_outbox SET job_id = CASE
         WHEN payload ? 'chunkNo' THEN (payload->>'runId') || '-c' || (payload->>'chunkNo') || ${generation}
         ELSE (payload->>'runId') || ${generation} END`,
    );
    await q.query(`UPDATE job_outbox SET job_id = id::text WHERE job_id IS NULL`);
    await q.query(`ALTER TABLE job_outbox ALTER COLUMN job_id SET NOT NULL`);
  }
}
