import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { JobContext, JobHandler, JobHandlerOf } from '../../jobs/job-handler';
import { enqueueInTransaction } from '../../jobs/job-outbox';
import { JobName, JobPayloads } from '../../jobs/job-registry';
import { BatchPackSpan, planChunks, UnitSegment } from '../chunk-plan';
import { markRunFailed } from './run-state';
import { UNIT_KIND_CODE } from '../../units/unit-kind';
import { RUN_STATUS } from '../displacement-run.entity';

/**
 * Plans a run and, in the same transaction, writes a job per chunk to the outbox (so that the
 * chunks exist exactly when their jobs do, and the reconciler can rebuild any of them from
 * PostgreSQL), then counts the run's packs for its progress total. Planning reads no packs: each
 * batch's lowest and highest pack id are two index look-ups, and its declared pack count sizes
 * its chunks (a batch declared without packs is counted exactly instead). The groups whose
 * vehicles are known already (shipment lines, a what-if) get one chunk of their own. The exact total is counted after the chunk jobs are
 * queued, so other workers count chunks meanwhile.
 * Idempotent: a second run of the job (a retry, a crash after writing) finds the run planned and
 * its chunk jobs in the outbox or the queue, and counts only if not counted.
 */
@Injectable()
@JobHandler(JobName.DisplacementPlan)
export class DisplacementPlanHandler implements JobHandlerOf<JobName.DisplacementPlan> {
  private readonly log = new Logger('DisplacementPlan');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    if (run.status === RUN_STATUS.COMPLETED || run.status === RUN_STATUS.FAILED) return;
    if (run.chunks_total === null) await this.plan(runId, ctx);
    await this.countTotal(runId);
  }

  private async plan(runId: string, ctx: JobContext): Promise<void> {
    const groups: { batch_id: string | null; fixed_vehicles: number | null }[] = await this.db.query(
      'SELECT batch_id, fixed_vehicles FROM displacement_run_groups WHERE run_id = $1 ORDER BY group_no',
      [runId],
    );
    const counted = groups.filter((g) => g.batch_id !== null && g.fixed_vehicles === null).map((g) => g.batch_id!);
    const fixed = groups.filter((g) => g.fixed_vehicles !== null);
    const spans: { id: string; declared: number; lo: string | null; hi: string | null }[] = counted.length
      ? await this.db.query(
          `SELECT b.id, b.declared_pack_count AS declared, x.lo, x.hi
             FROM batches b,
                  LATERAL (SELECT min(u.id) AS lo, max(u.id) AS hi FROM units u WHERE u.kind = ${UNIT_KIND_CODE.PACK} AND u.batch_id = b.id) x
            WHERE b.id = ANY($1::uuid[]) ORDER BY b.id`,
          [counted],
        )
      : [];
    // Batches that declared no packs but have some are counted exactly, for sizing.
    const undeclared = spans.filter((s) => s.lo !== null && Number(s.declared) <= 0).map((s) => s.id);
    const exact = new Map<string, number>();
    if (undeclared.length) {
      const rows: { batch_id: string; n: string }[] = await this.db.query(
        `SELECT batch_id, count(*) AS n FROM units WHERE kind = ${UNIT_KIND_CODE.PACK} AND batch_id = ANY($1::uuid[]) GROUP BY batch_id`,
        [undeclared],
      );
      for (const r of rows) exact.set(r.batch_id, Number(r.n));
    }
    const batches: BatchPackSpan[] = spans.map((s) => ({
      batchId: s.id,
      packs: exact.get(s.id) ?? Number(s.declared),
      lo: s.lo === null ? null : BigInt(s.lo),
      hi: s.hi === null ? null : BigInt(s.hi),
    }));
    const chunks: { segments: UnitSegment[] | null }[] = planChunks(batches, this.config.jobs.displacementChunkPacks);
    // The groups known already (or an empty scope) get one chunk without segments.
    if (fixed.length || chunks.length === 0) chunks.push({ segments: null });
    if (ctx.signal.aborted) await ctx.release();
    await this.db.transaction(async (em) => {
      const [locked]: { chunks_total: number | null; status: string }[] = await em.query(
        'SELECT chunks_total, status FROM displacement_runs WHERE id = $1 FOR UPDATE',
        [runId],
      );
      if (locked.chunks_total !== null || locked.status !== RUN_STATUS.QUEUED) return; // planned by an earlier attempt
      await em.query(
        `INSERT INTO displacement_chunks (run_id, chunk_no, segments)
         SELECT $1, c.no - 1, c.segments FROM unnest($2::jsonb[]) WITH ORDINALITY AS c(segments, no)`,
        [runId, chunks.map((c) => (c.segments === null ? null : JSON.stringify(c.segments)))],
      );
      await em.query(`UPDATE displacement_runs SET status = '${RUN_STATUS.RUNNING}', started_at = now(), chunks_total = $2 WHERE id = $1`, [
        runId,
        chunks.length,
      ]);
      await enqueueInTransaction(
        em,
        chunks.map((_, chunkNo) => ({ name: JobName.DisplacementChunk, data: { runId, chunkNo } })),
      );
    });
  }

  /**
   * The progress total: the packs in the planned segments (a correlated count per segment, so that
   * each is one index-only range scan rather than a join the planner could turn into a table scan) (each batch's packs up to its highest
   * id at planning time, so the same packs the chunks count) plus the vehicles known already.
   */
  private async countTotal(runId: string): Promise<void> {
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT coalesce((SELECT sum(fixed_vehicles) FROM displacement_run_groups WHERE run_id = $1), 0)
            + coalesce((SELECT sum((SELECT count(*) FROM units u
                                     WHERE u.kind = ${UNIT_KIND_CODE.PACK} AND u.batch_id = s."batchId" AND u.id BETWEEN s.lo AND s.hi))
                          FROM displacement_chunks c
                          CROSS JOIN LATERAL jsonb_to_recordset(c.segments) AS s("batchId" uuid, lo bigint, hi bigint)
                         WHERE c.run_id = $1), 0) AS n`,
      [runId],
    );
    await this.db.query('UPDATE displacement_runs SET units_total = $2 WHERE id = $1 AND units_total IS NULL', [runId, Number(n)]);
  }

  async onFinalFailure({ runId }: JobPayloads[JobName.DisplacementPlan], error: Error): Promise<void> {
    await markRunFailed(this.db, runId, `planning failed: ${error.message}`);
  }
}
