import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { bullJob, JobItem, QueueName } from './job-registry';

/**
 * An ioredis connection for BullMQ, from REDIS_URL. `maxRetriesPerRequest: null` (BullMQ's
 * requirement) makes a command wait through a Redis outage instead of failing, so every caller
 * that must not hang bounds its wait (see `withTimeout`).
 */
export function createJobRedis(redisUrl: string, connectionName: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, connectionName, connectTimeout: 5000 });
}

export class TimeoutError extends Error {}

export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  // If the timeout wins, a later rejection of `work` must not become an unhandled rejection.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer from Redis within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * The queues of battrace, opened lazily on one shared connection (an API process that never
 * touches them opens no Redis connection for them). Enqueueing goes through here, typed by the
 * job registry; the API process itself only reads (metrics, the admin `jobQueues` query):
 * requests reach the queues through the job outbox.
 */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly log = new Logger('JobQueues');
  private connection: Redis | null = null;
  private readonly queues = new Map<QueueName, Queue>();
  private lastErrorLog = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get prefix(): string {
    return this.config.jobs.queuePrefix;
  }

  /** The shared connection (also used by the job metrics store). */
  redis(): Redis {
    if (!this.connection) {
      this.connection = createJobRedis(this.config.redisUrl, `battrace:${process.pid}:queues`);
      this.connection.on('error', (err) => this.logError(err));
    }
    return this.connection;
  }

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.redis(), prefix: this.prefix });
      q.on('error', (err) => this.logError(err));
      this.queues.set(name, q);
    }
    return q;
  }

  async add(item: JobItem): Promise<void> {
    await this.addBulk([item]);
  }

  /** Adds jobs with their registry id and options; an id that exists already is skipped by BullMQ. */
  async addBulk(items: readonly JobItem[]): Promise<void> {
    const byQueue = new Map<QueueName, ReturnType<typeof bullJob>[]>();
    for (const item of items) {
      const j = bullJob(item);
      byQueue.set(j.queue, [...(byQueue.get(j.queue) ?? []), j]);
    }
    for (const [queue, jobs] of byQueue) {
      await this.queue(queue).addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: j.opts })));
    }
  }

  async counts(name: QueueName): Promise<Record<JobState, number>> {
    const c = await this.queue(name).getJobCounts(...JOB_STATES);
    return Object.fromEntries(JOB_STATES.map((s) => [s, c[s] ?? 0])) as Record<JobState, number>;
  }

  /**
   * The state of each job id in a queue ('unknown' when the queue holds no such job, e.g. after
   * Redis lost its data) and, for a failed job, BullMQ's reason.
   */
  async jobStates(name: QueueName, ids: readonly string[]): Promise<Map<string, { state: string; failedReason: string | null }>> {
    const q = this.queue(name);
    const states = await Promise.all(ids.map((id) => q.getJobState(id)));
    const out = new Map<string, { state: string; failedReason: string | null }>();
    await Promise.all(
      ids.map(async (id, i) => {
        const failedReason = states[i] === 'failed' ? ((await q.getJob(id))?.failedReason ?? null) : null;
        out.set(id, { state: states[i], failedReason });
      }),
    );
    return out;
  }

  /**
   * Who serves a queue and how long its work waits: live workers (BullMQ lists the Redis clients
   * named as this queue's workers, so a dead process drops out with its connection), waiting and
   * active jobs, and when the oldest waiting job was added (epoch ms, null when none waits).
   */
  async liveness(name: QueueName): Promise<{ workers: number; waiting: number; active: number; oldestWaitingAddedAt: number | null }> {
    const q = this.queue(name);
    const [workers, counts, oldest] = await Promise.all([q.getWorkersCount(), q.getJobCounts('waiting', 'active'), q.getWaiting(0, 0)]);
    return { workers, waiting: counts.waiting ?? 0, active: counts.active ?? 0, oldestWaitingAddedAt: oldest[0]?.timestamp ?? null };
  }

  async failedJobs(name: QueueName, first: number): Promise<Job[]> {
    return this.queue(name).getFailed(0, Math.max(0, first - 1));
  }

  async onApplicationShutdown(): Promise<void> {
    for (const q of this.queues.values()) await q.close().catch(() => undefined);
    this.queues.clear();
    if (this.connection) {
      await withTimeout(this.connection.quit(), 2000, 'closing the queue connection').catch(() => this.connection?.disconnect());
      this.connection = null;
    }
  }

  private logError(err: Error): void {
    // A Redis outage makes ioredis report every reconnect attempt: log one line per 10 s.
    if (Date.now() - this.lastErrorLog < 10_000) return;
    this.lastErrorLog = Date.now();
    this.log.warn(`queue connection: ${err.message}`);
  }
}
