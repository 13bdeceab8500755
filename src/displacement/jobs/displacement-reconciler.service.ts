import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { enqueueInTransaction } from '../../jobs/job-outbox';
import { JobQueues, withTimeout } from '../../jobs/job-queues.service';
import { bullJob, JobItem, JobName, QueueName } from '../../jobs/job-registry';
import { QueueJobState, reconcileAction, ReconcileAction } from '../../jobs/reconcile-decision';
import { MetricsService } from '../../metrics/metrics.service';
import { markRunFailed } from './run-state';
import { RUN_STATUS } from '../displacement-run.entity';

/** One reconciler pass at a time over all worker processes (a session advisory lock). */
const LOCK_KEY = 'battrace:displacement-reconcile';
/** Unfinished jobs looked at per pass (the rest wait for the next pass). */
const PER_PASS = 5000;
const REDIS_TIMEOUT_MS = 5000;

export interface ReconcilePass {
  /** False when the pass did not run (Redis not connected, or another worker's pass in progress). */
  ran: boolean;
  /** Jobs found neither done, nor queued, nor running within their lease. */
  stranded: number;
  requeued: number;
  runsRequeued: number;
  runsFailed: number;
}

interface Work {
  runId: string;
  /** null: the run's plan job. */
  chunkNo: number | null;
  generation: number;
  everTaken: boolean;
}

/**
 * The database decides what work is left. PostgreSQL holds every unfinished run (QUEUED: its
 * plan; RUNNING: its chunks not done); BullMQ may have lost their jobs (Redis restarted without
 * persistence, a job failed for good by the stall checker, which never tells the handler). In the
 * worker processes, at startup and every RECONCILE_INTERVAL_MS, this compares the two: a job
 * neither done, nor waiting in the outbox, nor held by the queue, nor running within its lease is
 * enqueued again through the outbox with the next generation (a new job id), or, when it can
 * never finish (failed for good, or lost too often), its run is marked FAILED with the reason.
 * Chunk results stay idempotent: a chunk done twice counts once (displacement-chunk.handler.ts).
 */
@Injectable()
export class DisplacementReconciler implements OnModuleInit, BeforeApplicationShutdown {
  private readonly log = new Logger('DisplacementReconciler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private lastFailureLog = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: JobQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    const registry = this.metrics.registry;
    if (registry.getSingleMetric('battrace_displacement_runs_reconciling')) return;
    const count = () => this.runsReconciling();
    new Gauge({
      name: 'battrace_displacement_runs_reconciling',
      help: 'Unfinished displacement runs with work the reconciler enqueued again (lost by the queue, or past its lease)',
      registers: [registry],
      async collect() {
        this.set(await count().catch(() => -1));
      },
    });
  }

  /** Unfinished runs some of whose work the reconciler has enqueued again. */
  async runsReconciling(): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM displacement_runs r
        WHERE r.status IN ('${RUN_STATUS.QUEUED}', '${RUN_STATUS.RUNNING}')
          AND (r.plan_generation > 0 OR EXISTS (SELECT 1 FROM displacement_chunks c WHERE c.run_id = r.id AND c.generation > 0))`,
    );
    return n;
  }

  /** Processes that run workers: a pass now, then one every RECONCILE_INTERVAL_MS. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.config.jobs.reconcileIntervalMs);
    this.kick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private kick(): void {
    if (this.running || !this.timer) return;
    this.running = this.reconcileOnce()
      .catch((err: Error) => this.logFailure(err))
      .finally(() => {
        this.running = null;
      });
  }

  async reconcileOnce(): Promise<ReconcilePass> {
    const pass: ReconcilePass = { ran: false, stranded: 0, requeued: 0, runsRequeued: 0, runsFailed: 0 };
    // Without Redis nothing can be told apart from lost: wait for it.
    if (this.queues.redis().status !== 'ready') return pass;
    const qr = this.db.createQueryRunner();
    await qr.connect();
    try {
      const [{ locked }]: { locked: boolean }[] = await qr.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [LOCK_KEY]);
      if (!locked) return pass;
      try {
        pass.ran = true;
        await this.pass(pass);
      } finally {
        await qr.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_KEY]);
      }
    } finally {
      await qr.release();
    }
    if (pass.stranded) {
      this.log.warn(
        `reconciled ${pass.stranded} stranded job(s): ${pass.requeued} enqueued again (${pass.runsRequeued} run(s)), ${pass.runsFailed} run(s) failed`,
      );
    }
    return pass;
  }

  private async pass(pass: ReconcilePass): Promise<void> {
    // What PostgreSQL says is left, minus what waits in the outbox or runs within its lease.
    const plans: { run_id: string; generation: number }[] = await this.db.query(
      `SELECT r.id AS run_id, r.plan_generation AS generation FROM displacement_runs r
        WHERE r.status = '${RUN_STATUS.QUEUED}'
          AND NOT EXISTS (SELECT 1 FROM job_outbox o WHERE o.job_name = $1 AND o.payload->>'runId' = r.id::text)
        ORDER BY r.created_at LIMIT $2`,
      [JobName.DisplacementPlan, PER_PASS],
    );
    const chunks: { run_id: string; chunk_no: number; generation: number; starts: number }[] = await this.db.query(
      `SELECT c.run_id, c.chunk_no, c.generation, c.starts
         FROM displacement_runs r JOIN displacement_chunks c ON c.run_id = r.id
        WHERE r.status = '${RUN_STATUS.RUNNING}' AND c.done_at IS NULL
          AND (c.lease_until IS NULL OR c.lease_until <= now())
          AND NOT EXISTS (SELECT 1 FROM job_outbox o
                           WHERE o.job_name = $1 AND o.payload->>'runId' = c.run_id::text AND (o.payload->>'chunkNo')::int = c.chunk_no)
        ORDER BY r.created_at, c.chunk_no LIMIT $2`,
      [JobName.DisplacementChunk, PER_PASS],
    );
    const work: Work[] = [
      ...plans.map((p) => ({ runId: p.run_id, chunkNo: null, generation: p.generation, everTaken: false })),
      ...chunks.map((c) => ({ runId: c.run_id, chunkNo: c.chunk_no, generation: c.generation, everTaken: c.starts > 0 })),
    ];
    if (work.length === 0) return;

    // What the queue holds of it.
    const ids = work.map((w) => bullJob(jobOf(w)).opts.jobId!);
    const states = await withTimeout(this.queues.jobStates(QueueName.Displacement, ids), REDIS_TIMEOUT_MS, 'reading job states');

    const byRun = new Map<string, { work: Work; action: ReconcileAction }[]>();
    work.forEach((w, i) => {
      const s = states.get(ids[i])!;
      const action = reconcileAction(
        {
          inOutbox: false,
          leaseLive: false,
          everTaken: w.everTaken,
          jobState: s.state as QueueJobState,
          failedReason: s.failedReason,
          generation: w.generation,
        },
        this.config.jobs.reconcileMaxRequeues,
      );
      if (action.action === 'leave') return;
      pass.stranded++;
      byRun.set(w.runId, [...(byRun.get(w.runId) ?? []), { work: w, action }]);
    });

    for (const [runId, items] of byRun) {
      const fail = items.find((x) => x.action.action === 'fail');
      if (fail) {
        const what = fail.work.chunkNo === null ? 'planning' : `chunk ${fail.work.chunkNo}`;
        await markRunFailed(this.db, runId, `${what} cannot finish: ${(fail.action as { reason: string }).reason}`);
        pass.runsFailed++;
        continue;
      }
      const n = await this.requeue(
        runId,
        items.map((x) => x.work),
      );
      pass.requeued += n;
      if (n) pass.runsRequeued++;
    }
  }

  /**
   * Enqueues a run's lost jobs again, with the next generation, through the outbox. Each job is
   * re-checked under its row lock (a chunk being written is skipped, not waited for): still not
   * done, not leased, and of the generation seen, so a concurrent finish or pass wins.
   */
  private async requeue(runId: string, work: Work[]): Promise<number> {
    return this.db.transaction(async (em) => {
      const items: JobItem[] = [];
      const plan = work.find((w) => w.chunkNo === null);
      if (plan) {
        const [rows]: [{ plan_generation: number }[], number] = await em.query(
          `UPDATE displacement_runs SET plan_generation = plan_generation + 1
            WHERE id = $1 AND status = '${RUN_STATUS.QUEUED}' AND plan_generation = $2 RETURNING plan_generation`,
          [runId, plan.generation],
        );
        for (const r of rows) items.push({ name: JobName.DisplacementPlan, data: { runId, generation: r.plan_generation } });
      }
      const chunks = work.filter((w) => w.chunkNo !== null);
      if (chunks.length) {
        const [rows]: [{ chunk_no: number; generation: number }[], number] = await em.query(
          `WITH seen AS (
             SELECT c.run_id, c.chunk_no FROM displacement_chunks c
               JOIN unnest($2::int[], $3::int[]) AS x(chunk_no, generation) ON x.chunk_no = c.chunk_no AND x.generation = c.generation
              WHERE c.run_id = $1 AND c.done_at IS NULL AND (c.lease_until IS NULL OR c.lease_until <= now())
              FOR UPDATE OF c SKIP LOCKED)
           UPDATE displacement_chunks d SET generation = d.generation + 1
             FROM seen WHERE d.run_id = seen.run_id AND d.chunk_no = seen.chunk_no
           RETURNING d.chunk_no, d.generation`,
          [runId, chunks.map((c) => c.chunkNo), chunks.map((c) => c.generation)],
        );
        for (const r of rows)
          items.push({ name: JobName.DisplacementChunk, data: { runId, chunkNo: r.chunk_no, generation: r.generation } });
      }
      await enqueueInTransaction(em, items);
      return items.length;
    });
  }

  private logFailure(err: Error): void {
    if (Date.now() - this.lastFailureLog < 10_000) return;
    this.lastFailureLog = Date.now();
    this.log.warn(`reconciler: ${err.message} (retried at the next pass)`);
  }
}

function jobOf(w: Work): JobItem {
  return w.chunkNo === null
    ? { name: JobName.DisplacementPlan, data: { runId: w.runId, generation: w.generation } }
    : { name: JobName.DisplacementChunk, data: { runId: w.runId, chunkNo: w.chunkNo, generation: w.generation } };
}
