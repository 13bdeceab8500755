import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, Metric } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsService } from '../metrics/metrics.service';
import { JOB_STATES, JobQueues, withTimeout } from './job-queues.service';
import { JOB_NAMES, JobName, JOBS, QUEUE_NAMES, QueueName } from './job-registry';

/** Upper bounds (seconds) of the job duration histogram buckets. */
export const JOB_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
export type JobOutcome = 'completed' | 'failed' | 'released';
const OUTCOMES: JobOutcome[] = ['completed', 'failed', 'released'];
const SCRAPE_TIMEOUT_MS = 1000;

/**
 * Queue depth and job durations for /metrics. Jobs run in the worker processes, which serve no
 * HTTP, while /metrics is served by the API processes; so each worker adds its job durations to a
 * cumulative histogram kept in Redis (one hash per queue, job and outcome: bucket counts, sum,
 * count), and every API process reads those hashes and the queue counts when scraped. All
 * processes therefore report the same, cluster-wide figures.
 */
@Injectable()
export class JobMetrics implements OnModuleInit {
  constructor(
    private readonly queues: JobQueues,
    private readonly metrics: MetricsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  private key(queue: QueueName, job: JobName, outcome: JobOutcome): string {
    return `${this.queues.prefix}:metrics:job-duration:${queue}:${job}:${outcome}`;
  }

  /** Worker side: adds one job's duration. Best effort: a metrics write never fails a job. */
  record(queue: QueueName, job: JobName, outcome: JobOutcome, seconds: number): void {
    const key = this.key(queue, job, outcome);
    const m = this.queues.redis().multi();
    for (const le of JOB_DURATION_BUCKETS) if (seconds <= le) m.hincrby(key, `le:${le}`, 1);
    m.hincrby(key, 'le:+Inf', 1);
    m.hincrby(key, 'count', 1);
    m.hincrbyfloat(key, 'sum', seconds);
    void withTimeout(m.exec(), SCRAPE_TIMEOUT_MS, 'recording a job duration').catch(() => undefined);
  }

  /** Mean processing time of the completed jobs of a queue, over all workers (null before any). */
  async meanCompletedSeconds(queue: QueueName): Promise<number | null> {
    const jobs = JOB_NAMES.filter((job) => JOBS[job].queue === queue);
    const p = this.queues.redis().pipeline();
    for (const job of jobs) p.hmget(this.key(queue, job, 'completed'), 'sum', 'count');
    const replies = (await p.exec()) ?? [];
    let sum = 0;
    let count = 0;
    for (const [, v] of replies) {
      const [s, c] = (v ?? []) as (string | null)[];
      sum += Number(s ?? 0);
      count += Number(c ?? 0);
    }
    return count > 0 ? sum / count : null;
  }

  onModuleInit(): void {
    const registry = this.metrics.registry;
    if (registry.getSingleMetric('battrace_job_queue_jobs')) return;
    const queues = this.queues;
    new Gauge({
      name: 'battrace_job_queue_jobs',
      help: 'Jobs in each BullMQ queue by state (waiting, active, delayed, failed…), read from Redis at scrape time',
      labelNames: ['queue', 'state'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const queue of QUEUE_NAMES) {
          const counts = await withTimeout(queues.counts(queue), SCRAPE_TIMEOUT_MS, 'counting jobs').catch(() => null);
          if (!counts) continue;
          for (const state of JOB_STATES) this.set({ queue, state }, counts[state]);
        }
      },
    });
    const db = this.db;
    new Gauge({
      name: 'battrace_job_outbox_pending',
      help: 'Jobs written to the outbox and not yet relayed to BullMQ',
      registers: [registry],
      async collect() {
        const rows: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM job_outbox').catch(() => [{ n: -1 }]);
        this.set(rows[0].n);
      },
    });
    registry.registerMetric(this.durationHistogram() as unknown as Metric);
  }

  /** A histogram whose buckets live in Redis (prom-client's own Histogram only counts in-process). */
  private durationHistogram() {
    const name = 'battrace_job_duration_seconds';
    const help = 'Job processing time in the worker processes, by queue, job and outcome';
    const read = async () => {
      const series = QUEUE_NAMES.flatMap((queue) =>
        JOB_NAMES.filter((job) => JOBS[job].queue === queue).flatMap((job) => OUTCOMES.map((outcome) => ({ queue, job, outcome }))),
      );
      const p = this.queues.redis().pipeline();
      for (const s of series) p.hgetall(this.key(s.queue, s.job, s.outcome));
      const replies = (await withTimeout(p.exec(), SCRAPE_TIMEOUT_MS, 'reading job durations').catch(() => null)) ?? [];
      const values: { metricName: string; labels: Record<string, string | number>; value: number }[] = [];
      series.forEach((s, i) => {
        const h = (replies[i]?.[1] ?? {}) as Record<string, string>;
        if (!h.count) return;
        const labels = { queue: s.queue, job: s.job, outcome: s.outcome };
        for (const le of JOB_DURATION_BUCKETS)
          values.push({ metricName: `${name}_bucket`, labels: { ...labels, le }, value: Number(h[`le:${le}`] ?? 0) });
        values.push({ metricName: `${name}_bucket`, labels: { ...labels, le: '+Inf' }, value: Number(h['le:+Inf'] ?? 0) });
        values.push({ metricName: `${name}_sum`, labels, value: Number(h.sum ?? 0) });
        values.push({ metricName: `${name}_count`, labels, value: Number(h.count ?? 0) });
      });
      return { name, help, type: 'histogram', aggregator: 'sum', values };
    };
    return { name, help, type: 'histogram', aggregator: 'sum', get: read, reset: () => undefined };
  }
}
