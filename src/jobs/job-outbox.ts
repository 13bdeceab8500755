import type { EntityManager } from 'typeorm';
import { bullJob, JobItem } from './job-registry';

/** Channel on which a committed outbox row wakes the relays (NOTIFY is delivered at commit). */
export const OUTBOX_CHANNEL = 'battrace_job_outbox';

/**
 * Writes jobs to the outbox inside the caller's transaction: they exist exactly when the change
 * they are about commits, and a Redis outage at that moment delays them instead of losing them.
 * The relays in the worker processes (job-relay.service.ts) move them to BullMQ.
 */
export async function enqueueInTransaction(em: EntityManager, items: readonly JobItem[]): Promise<void> {
  if (items.length === 0) return;
  const jobs = items.map(bullJob);
  await em.query(
    `INSERT INTO job_outbox (queue, job_name, payload)
     SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])`,
    [jobs.map((j) => j.queue), jobs.map((j) => j.name), jobs.map((j) => JSON.stringify(j.data))],
  );
  await em.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
}
