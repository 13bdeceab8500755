import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { nonFinitePaths } from '../../common/physical-bounds';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { JobContext, JobHandler, JobHandlerOf } from '../../jobs/job-handler';
import { JobName, JobPayloads } from '../../jobs/job-registry';
import type { UnitSegment } from '../chunk-plan';
import { computeDisplacement, PackGroup } from '../displacement-formula';
import { formulaParameters, RunParameters } from '../run-parameters';
import { markRunFailed } from './run-state';
import { UNIT_KIND_CODE } from '../../units/unit-kind';
import { RUN_STATUS } from '../displacement-run.entity';

interface GroupRow {
  group_no: number;
  batch_id: string | null;
  pack_kwh: number;
  battery_kg_co2e_per_kwh: number;
  fixed_vehicles: number | null;
}

/**
 * One chunk of a run. It counts the packs of its unit-id range per batch with one index-only
 * query (or takes the vehicles known at request time), checks the chunk's own figures are finite,
 * then, in one transaction, writes the chunk once (keyed by run and chunk: a chunk already done is
 * left alone, so a retried job or a job redelivered after a crash never counts a pack twice) and
 * adds its packs to the run's progress. The chunk that completes the run reduces it in the same
 * transaction: the per-group vehicle totals of all chunks, then the docs/methods/displacement.md formulas once over
 * the groups in order, so the result does not depend on how the packs were chunked or by how
 * many workers.
 */
@Injectable()
@JobHandler(JobName.DisplacementChunk)
export class DisplacementChunkHandler implements JobHandlerOf<JobName.DisplacementChunk> {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ runId, chunkNo }: JobPayloads[JobName.DisplacementChunk], ctx: JobContext): Promise<void> {
    const [chunk]: { segments: UnitSegment[] | null; done_at: Date | null }[] = await this.db.query(
      'SELECT segments, done_at FROM displacement_chunks WHERE run_id = $1 AND chunk_no = $2',
      [runId, chunkNo],
    );
    if (!chunk || chunk.done_at) return;
    const [run]: { status: string; parameters: RunParameters }[] = await this.db.query(
      'SELECT status, parameters FROM displacement_runs WHERE id = $1',
      [runId],
    );
    if (!run || run.status !== RUN_STATUS.RUNNING) return;
    // Taken: a start counted and a lease, so that the reconciler leaves the chunk alone while it runs.
    await this.db.query(
      `UPDATE displacement_chunks SET starts = starts + 1, lease_until = now() + make_interval(secs => $3::float8 / 1000)
        WHERE run_id = $1 AND chunk_no = $2 AND done_at IS NULL`,
      [runId, chunkNo, this.config.jobs.chunkLeaseMs],
    );
    const groups: GroupRow[] = await this.db.query(
      `SELECT group_no, batch_id, pack_kwh, battery_kg_co2e_per_kwh, fixed_vehicles
         FROM displacement_run_groups WHERE run_id = $1 ORDER BY group_no`,
      [runId],
    );

    const vehicles = new Map<number, number>();
    if (chunk.segments !== null) {
      const groupOfBatch = new Map(
        groups.filter((g) => g.batch_id !== null && g.fixed_vehicles === null).map((g) => [g.batch_id!, g.group_no]),
      );
      // One index-only range scan of units_pack_batch_id_idx per segment (a correlated count, so
      // that the planner never turns it into a join over the whole units table).
      const rows: { batch_id: string; n: string }[] = await this.db.query(
        `SELECT s.batch_id, (SELECT count(*) FROM units u WHERE u.kind = ${UNIT_KIND_CODE.PACK} AND u.batch_id = s.batch_id AND u.id BETWEEN s.lo AND s.hi) AS n
           FROM unnest($1::uuid[], $2::bigint[], $3::bigint[]) AS s(batch_id, lo, hi)`,
        [chunk.segments.map((x) => x.batchId), chunk.segments.map((x) => x.lo), chunk.segments.map((x) => x.hi)],
      );
      for (const r of rows) {
        const g = groupOfBatch.get(r.batch_id)!;
        vehicles.set(g, (vehicles.get(g) ?? 0) + Number(r.n));
      }
    } else {
      for (const g of groups) if (g.fixed_vehicles !== null) vehicles.set(g.group_no, Number(g.fixed_vehicles));
    }
    if (ctx.signal.aborted) await ctx.release();

    const params = formulaParameters(run.parameters);
    // The chunk's own figures: not stored (the run's result is computed from the counts), only checked.
    const figures = computeDisplacement(
      params,
      groups.map((g) => toPackGroup(g, vehicles.get(g.group_no) ?? 0)),
    );
    const groupVehicles = Object.fromEntries([...vehicles].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
    const packs = [...vehicles.values()].reduce((s, v) => s + v, 0);
    // JSON writes NaN and ±Infinity as null: a figure that overflowed fails the run instead.
    const bad = nonFinitePaths({ packs, ...figures });
    if (bad.length > 0) {
      await markRunFailed(this.db, runId, nonFiniteReason(`chunk ${chunkNo}`, bad, groups));
      return;
    }

    await this.db.transaction(async (em) => {
      const [locked]: { done_at: Date | null }[] = await em.query(
        'SELECT done_at FROM displacement_chunks WHERE run_id = $1 AND chunk_no = $2 FOR UPDATE',
        [runId, chunkNo],
      );
      if (!locked || locked.done_at) return;
      await em.query(
        `UPDATE displacement_chunks SET packs = $3, group_vehicles = $4, done_at = now() WHERE run_id = $1 AND chunk_no = $2`,
        [runId, chunkNo, packs, JSON.stringify(groupVehicles)],
      );
      // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
      const [[progress]]: [{ chunks_done: number; chunks_total: number }[], number] = await em.query(
        `UPDATE displacement_runs SET units_done = units_done + $2, chunks_done = chunks_done + 1
          WHERE id = $1 AND status = '${RUN_STATUS.RUNNING}' RETURNING chunks_done, chunks_total`,
        [runId, packs],
      );
      if (progress && progress.chunks_done === progress.chunks_total) await this.reduce(em, runId, run.parameters, groups);
    });
  }

  private async reduce(em: EntityManager, runId: string, parameters: RunParameters, groups: GroupRow[]): Promise<void> {
    const chunks: { group_vehicles: Record<string, number> }[] = await em.query(
      'SELECT group_vehicles FROM displacement_chunks WHERE run_id = $1 ORDER BY chunk_no',
      [runId],
    );
    const totals = new Map<number, number>();
    for (const c of chunks)
      for (const [k, v] of Object.entries(c.group_vehicles ?? {})) totals.set(Number(k), (totals.get(Number(k)) ?? 0) + v);
    const result = computeDisplacement(
      formulaParameters(parameters),
      groups.map((g) => toPackGroup(g, totals.get(g.group_no) ?? 0)),
    );
    const bad = nonFinitePaths({ totals: [...totals.values()], ...result });
    if (bad.length > 0) {
      await markRunFailed(em, runId, nonFiniteReason('the run total', bad, groups));
      return;
    }
    await em.query(
      `UPDATE displacement_run_groups g SET vehicles = v.n
         FROM unnest($2::int[], $3::float8[]) AS v(group_no, n) WHERE g.run_id = $1 AND g.group_no = v.group_no`,
      [runId, groups.map((g) => g.group_no), groups.map((g) => totals.get(g.group_no) ?? 0)],
    );
    // The progress total is the packs counted, should the plan job not have written it yet.
    await em.query(
      `UPDATE displacement_runs SET status = '${RUN_STATUS.COMPLETED}', result = $2, completed_at = now(), units_total = coalesce(units_total, units_done)
        WHERE id = $1`,
      [runId, JSON.stringify(result)],
    );
  }

  async onFinalFailure({ runId, chunkNo }: JobPayloads[JobName.DisplacementChunk], error: Error): Promise<void> {
    await markRunFailed(this.db, runId, `chunk ${chunkNo} failed: ${error.message}`);
  }
}

/** Why a run failed on a figure that is not a finite number, naming the figures and the pack sizes behind them. */
export function nonFiniteReason(where: string, paths: string[], groups: Pick<GroupRow, 'pack_kwh' | 'battery_kg_co2e_per_kwh'>[]): string {
  const packs = [...new Set(groups.map((g) => `${Number(g.pack_kwh)} kWh at ${Number(g.battery_kg_co2e_per_kwh)} kg CO2e/kWh`))];
  return (
    `non-finite result: ${where} computed ${paths.slice(0, 5).join(', ')} beyond what a number can hold, so no result was stored; ` +
    `check the pack sizes and factors of the scope (${packs.slice(0, 5).join('; ')})`
  );
}

function toPackGroup(g: GroupRow, vehicles: number): PackGroup {
  return { vehicles, packKWh: Number(g.pack_kwh), batteryKgCo2ePerKWhCapacity: Number(g.battery_kg_co2e_per_kwh) };
}
