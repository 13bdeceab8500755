/** One queue as /health reports it. */
export interface QueueHealth {
  name: string;
  /** Live BullMQ workers on the queue (Redis clients named as this queue's workers, any process). */
  workers: number;
  waiting: number;
  active: number;
  /** Jobs for this queue still in the job outbox: a worker process's relay moves them to the queue. */
  outbox: number;
  /** Seconds since the oldest job waiting in the queue or in the outbox for it was added (null when none waits). */
  oldestWaitingSeconds: number | null;
}

/**
 * The queues that need a person: a job has waited longer than `maxWaitSeconds` and no worker
 * anywhere is live on its queue, so nothing will ever take it. A queue with a live worker is busy,
 * not stuck, however long its backlog.
 */
export function stalledQueues(queues: readonly QueueHealth[], maxWaitSeconds: number): string[] {
  return queues
    .filter((q) => q.workers === 0 && q.oldestWaitingSeconds !== null && q.oldestWaitingSeconds > maxWaitSeconds)
    .map((q) => q.name);
}
