/**
 * What the reconciler does with one piece of unfinished work (a run's plan, or one of its chunks)
 * that PostgreSQL says is left. PostgreSQL is the truth about what is left; the queue is asked
 * only whether it still holds a job for it. Pure, so that every case is tested on its own.
 */
export type QueueJobState = 'waiting' | 'delayed' | 'prioritized' | 'waiting-children' | 'active' | 'completed' | 'failed' | 'unknown';

export interface UnfinishedWork {
  /** A row for the job waits in job_outbox (not yet relayed): queued in PostgreSQL. */
  inOutbox: boolean;
  /** A worker took it and its lease has not run out (chunks only). */
  leaseLive: boolean;
  /** A worker took it at least once (chunks only; a plan never counts as taken). */
  everTaken: boolean;
  /** State in BullMQ of the job with the current generation's id ('unknown': the queue has no such job). */
  jobState: QueueJobState;
  /** BullMQ's reason when the job failed for good. */
  failedReason?: string | null;
  /** Times the reconciler has enqueued it again already. */
  generation: number;
}

export type ReconcileAction = { action: 'leave' } | { action: 'requeue' } | { action: 'fail'; reason: string };

const QUEUED: QueueJobState[] = ['waiting', 'delayed', 'prioritized', 'waiting-children'];

export function reconcileAction(w: UnfinishedWork, maxRequeues: number): ReconcileAction {
  if (w.inOutbox || w.leaseLive) return { action: 'leave' };
  if (QUEUED.includes(w.jobState)) return { action: 'leave' };
  // Active but never leased: a worker has just taken it and is about to lease it.
  if (w.jobState === 'active' && !w.everTaken) return { action: 'leave' };
  // Failed for good (attempts or stalls exhausted) without the run being failed: it never finishes.
  if (w.jobState === 'failed') return { action: 'fail', reason: `its job failed for good: ${w.failedReason || 'no reason given'}` };
  // Lost by the queue (unknown), completed without its result in PostgreSQL, or running past its lease.
  if (w.generation >= maxRequeues) {
    return { action: 'fail', reason: `lost ${w.generation + 1} times (the reconciler enqueues a job again at most ${maxRequeues} times)` };
  }
  return { action: 'requeue' };
}
