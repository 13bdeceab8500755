import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Access } from '../access/access.decorator';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { DisplacementReconciler } from '../displacement/jobs/displacement-reconciler.service';
import { JobQueues, withTimeout } from '../jobs/job-queues.service';
import { QUEUE_NAMES } from '../jobs/job-registry';
import { MetricsService } from '../metrics/metrics.service';
import { REDIS } from '../redis/redis.module';
import { QueueHealth, stalledQueues } from './queue-health';

async function probe(
  check: () => Promise<unknown>,
  timeoutMs = 1500,
): Promise<{ status: 'up' | 'down'; latencyMs: number; error?: string }> {
  const start = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - start) * 10) / 10 };
  } catch (err) {
    return { status: 'down', latencyMs: Math.round(performance.now() - start), error: (err as Error).message };
  }
}

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly metrics: MetricsService,
    private readonly reconciler: DisplacementReconciler,
    private readonly queues: JobQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * 200 when PostgreSQL and Redis both answer, 503 otherwise, with each one's state; how many
   * unfinished displacement runs have work the reconciler enqueued again (null if not readable);
   * and each job queue: its live workers (in any process), waiting and active jobs and the age of
   * the oldest waiting one (null when Redis did not answer in time). A queue whose job has waited
   * longer than HEALTH_QUEUE_MAX_WAIT_SECONDS with no live worker is named in `stalledQueues` and
   * makes the status `degraded`, still with 200: the API itself serves, it is the work that waits.
   */
  @Get('health')
  @Access.public()
  async health(@Res() reply: FastifyReply): Promise<void> {
    let runsReconciling: number | null = null;
    const [postgres, redis, queues] = await Promise.all([
      probe(async () => {
        runsReconciling = await this.reconciler.runsReconciling();
      }),
      probe(() => this.redis.ping()),
      this.readQueues(),
    ]);
    const up = postgres.status === 'up' && redis.status === 'up';
    const stalled = stalledQueues(queues ?? [], this.config.jobs.healthMaxWaitSeconds);
    await reply.status(up ? 200 : 503).send({
      status: up && stalled.length === 0 ? 'ok' : 'degraded',
      postgres,
      redis,
      reconciliation: { runsReconciling },
      workers: { inProcess: this.config.runWorkers },
      queues,
      stalledQueues: stalled,
      maxWaitSeconds: this.config.jobs.healthMaxWaitSeconds,
    });
  }

  private async readQueues(): Promise<QueueHealth[] | null> {
    const now = Date.now();
    try {
      const [outbox, live] = await Promise.all([
        this.db.query(
          `SELECT queue, count(*)::int AS n, extract(epoch FROM clock_timestamp() - min(created_at))::float8 AS "ageSeconds"
             FROM job_outbox GROUP BY queue`,
        ) as Promise<{ queue: string; n: number; ageSeconds: number }[]>,
        Promise.all(QUEUE_NAMES.map((name) => withTimeout(this.queues.liveness(name), 1500, `reading queue ${name}`))),
      ]);
      return QUEUE_NAMES.map((name, i) => {
        const q = live[i];
        const o = outbox.find((r) => r.queue === name);
        const ages = [q.oldestWaitingAddedAt === null ? null : (now - q.oldestWaitingAddedAt) / 1000, o ? o.ageSeconds : null];
        const known = ages.filter((a): a is number => a !== null);
        return {
          name,
          workers: q.workers,
          waiting: q.waiting,
          active: q.active,
          outbox: o?.n ?? 0,
          oldestWaitingSeconds: known.length ? Math.round(Math.max(0, ...known) * 10) / 10 : null,
        };
      });
    } catch {
      return null;
    }
  }

  @Get('metrics')
  @Access.public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
