import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Access } from '../access/access.decorator';
import { DisplacementReconciler } from '../displacement/jobs/displacement-reconciler.service';
import { MetricsService } from '../metrics/metrics.service';
import { REDIS } from '../redis/redis.module';

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
  ) {}

  /**
   * 200 when PostgreSQL and Redis both answer, 503 otherwise, with each one's state, and how many
   * unfinished displacement runs have work the reconciler enqueued again (null if not readable).
   */
  @Get('health')
  @Access.public()
  async health(@Res() reply: FastifyReply): Promise<void> {
    let runsReconciling: number | null = null;
    const [postgres, redis] = await Promise.all([
      probe(async () => {
        runsReconciling = await this.reconciler.runsReconciling();
      }),
      probe(() => this.redis.ping()),
    ]);
    const ok = postgres.status === 'up' && redis.status === 'up';
    await reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', postgres, redis, reconciliation: { runsReconciling } });
  }

  @Get('metrics')
  @Access.public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
