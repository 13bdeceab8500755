import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobMetrics } from './job-metrics.service';
import { JobQueues, withTimeout } from './job-queues.service';
import { QUEUE_NAMES } from './job-registry';
import type { JobQueuesModel, JobQueueStateModel } from './job-queues.model';

const TIMEOUT_MS = 1500;

/** What the administrator's queue dashboard (`jobQueues`) shows: counts, recent failures, outbox backlog. */
@Injectable()
export class JobDashboardService {
  constructor(
    private readonly queues: JobQueues,
    private readonly metrics: JobMetrics,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async snapshot(failures: number): Promise<JobQueuesModel> {
    const queues: JobQueueStateModel[] = [];
    for (const name of QUEUE_NAMES) {
      const [counts, failed, mean] = await Promise.all([
        withTimeout(this.queues.counts(name), TIMEOUT_MS, 'counting jobs').catch(() => null),
        withTimeout(this.queues.failedJobs(name, failures), TIMEOUT_MS, 'listing failed jobs').catch(() => []),
        withTimeout(this.metrics.meanCompletedSeconds(name), TIMEOUT_MS, 'reading job durations').catch(() => null),
      ]);
      queues.push({
        name,
        prefix: this.queues.prefix,
        reachable: counts !== null,
        counts: {
          waiting: counts?.waiting ?? 0,
          active: counts?.active ?? 0,
          delayed: counts?.delayed ?? 0,
          prioritized: counts?.prioritized ?? 0,
          waitingChildren: counts?.['waiting-children'] ?? 0,
          completed: counts?.completed ?? 0,
          failed: counts?.failed ?? 0,
        },
        recentFailures: failed.map((j) => ({
          id: String(j.id),
          name: j.name,
          data: JSON.stringify(j.data),
          failedReason: j.failedReason ?? '',
          attemptsMade: j.attemptsMade,
          finishedAt: j.finishedOn ? new Date(j.finishedOn) : null,
        })),
        meanDurationSeconds: mean,
      });
    }
    const [{ n }]: { n: number }[] = await this.db.query('SELECT count(*)::int AS n FROM job_outbox');
    return { queues, outboxPending: n };
  }
}
