import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { JobContext, JobHandler, JobHandlerOf } from '../../jobs/job-handler';
import { JobQueues } from '../../jobs/job-queues.service';
import { JobName, JobPayloads } from '../../jobs/job-registry';
import { planUnitIdRanges } from '../chunk-plan';
import { markRunFailed } from './run-state';

/**
 * Plans a run: counts the packs of its batch groups with one indexed query (count, min id, max
 * id over the partial pack index), cuts them into unit-id ranges of about
 * DISPLACEMENT_CHUNK_PACKS packs, adds one chunk for the groups whose vehicles are known already
 * (shipment lines, a what-if), writes the chunks once, and enqueues a job per chunk not yet done.
 * Idempotent: a second run of the job (retry, crash after writing) finds the chunks and only
 * re-enqueues the unfinished ones, whose ids BullMQ deduplicates.
 */
@Injectable()
@JobHandler(JobName.DisplacementPlan)
export class DisplacementPlanHandler implements JobHandlerOf<JobName.DisplacementPlan> {
  private readonly log = new Logger('DisplacementPlan');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: JobQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ runId }: JobPayloads[JobName.DisplacementPlan], ctx: JobContext): Promise<void> {
    const [run]: { status: string; chunks_total: number | null }[] = await this.db.query(
      'SELECT status, chunks_total FROM displacement_runs WHERE id = $1',
      [runId],
    );
    if (!run) {
      this.log.warn(`run ${runId} does not exist: nothing to plan`);
      return;
    }
    if (run.status === 'COMPLETED' || run.status === 'FAILED') return;
    if (run.chunks_total === null) await this.plan(runId, ctx);
    const pending: { chunk_no: number }[] = await this.db.query(
      'SELECT chunk_no FROM displacement_chunks WHERE run_id = $1 AND done_at IS NULL ORDER BY chunk_no',
      [runId],
    );
    await this.queues.addBulk(pending.map((c) => ({ name: JobName.DisplacementChunk, data: { runId, chunkNo: c.chunk_no } })));
  }

  private async plan(runId: string, ctx: JobContext): Promise<void> {
    const groups: { batch_id: string | null; fixed_vehicles: number | null }[] = await this.db.query(
      'SELECT batch_id, fixed_vehicles FROM displacement_run_groups WHERE run_id = $1 ORDER BY group_no',
      [runId],
    );
    const counted = groups.filter((g) => g.batch_id !== null && g.fixed_vehicles === null).map((g) => g.batch_id!);
    const fixed = groups.filter((g) => g.fixed_vehicles !== null);
    let total = 0;
    let ranges: ReturnType<typeof planUnitIdRanges> = [];
    if (counted.length) {
      const [c]: { n: string; lo: string | null; hi: string | null }[] = await this.db.query(
        'SELECT count(*) AS n, min(id) AS lo, max(id) AS hi FROM units WHERE kind = 3 AND batch_id = ANY($1::uuid[])',
        [counted],
      );
      total = Number(c.n);
      if (total > 0) ranges = planUnitIdRanges(total, BigInt(c.lo!), BigInt(c.hi!), this.config.jobs.displacementChunkPacks);
    }
    const fixedVehicles = fixed.reduce((s, g) => s + Number(g.fixed_vehicles), 0);
    // The groups known already (or an empty scope) get one chunk without a unit range.
    const chunks = [...ranges];
    if (fixed.length || chunks.length === 0) chunks.push({ chunkNo: ranges.length, loUnitId: null as never, hiUnitId: null as never });
    if (ctx.signal.aborted) await ctx.release();
    await this.db.transaction(async (em) => {
      const [locked]: { chunks_total: number | null; status: string }[] = await em.query(
        'SELECT chunks_total, status FROM displacement_runs WHERE id = $1 FOR UPDATE',
        [runId],
      );
      if (locked.chunks_total !== null || locked.status !== 'QUEUED') return; // planned by an earlier attempt
      await em.query(
        `INSERT INTO displacement_chunks (run_id, chunk_no, lo_unit_id, hi_unit_id)
         SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::bigint[])`,
        [runId, chunks.map((c) => c.chunkNo), chunks.map((c) => c.loUnitId), chunks.map((c) => c.hiUnitId)],
      );
      await em.query(
        `UPDATE displacement_runs SET status = 'RUNNING', started_at = now(), chunks_total = $2, units_total = $3 WHERE id = $1`,
        [runId, chunks.length, total + fixedVehicles],
      );
    });
  }

  async onFinalFailure({ runId }: JobPayloads[JobName.DisplacementPlan], error: Error): Promise<void> {
    await markRunFailed(this.db, runId, `planning failed: ${error.message}`);
  }
}
