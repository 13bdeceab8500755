"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DisplacementChunkHandler = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const job_handler_1 = require("../../jobs/job-handler");
const job_registry_1 = require("../../jobs/job-registry");
const displacement_formula_1 = require("../displacement-formula");
const run_parameters_1 = require("../run-parameters");
const run_state_1 = require("./run-state");
/**
 * One chunk of a run. It counts the packs of its unit-id range per batch with one index-only
 * query (or takes the vehicles known at request time), computes the chunk's partial figures,
 * then, in one transaction, writes the chunk once (keyed by run and chunk: a chunk already done is
 * left alone, so a retried job or a job redelivered after a crash never counts a pack twice) and
 * adds its packs to the run's progress. The chunk that completes the run reduces it in the same
 * transaction: the per-group vehicle totals of all chunks, then the DOMAIN.md §6 formulas once over
 * the groups in order, so the result does not depend on how the packs were chunked or by how
 * many workers.
 */
let DisplacementChunkHandler = class DisplacementChunkHandler {
    db;
    constructor(db) {
        this.db = db;
    }
    async handle({ runId, chunkNo }, ctx) {
        const [chunk] = await this.db.query('SELECT segments, done_at FROM displacement_chunks WHERE run_id = $1 AND chunk_no = $2', [runId, chunkNo]);
        if (!chunk || chunk.done_at)
            return;
        const [run] = await this.db.query('SELECT status, parameters FROM displacement_runs WHERE id = $1', [runId]);
        if (!run || run.status !== 'RUNNING')
            return;
        const groups = await this.db.query(`SELECT group_no, batch_id, pack_kwh, battery_kg_co2e_per_kwh, fixed_vehicles
         FROM displacement_run_groups WHERE run_id = $1 ORDER BY group_no`, [runId]);
        const vehicles = new Map();
        if (chunk.segments !== null) {
            const groupOfBatch = new Map(groups.filter((g) => g.batch_id !== null && g.fixed_vehicles === null).map((g) => [g.batch_id, g.group_no]));
            // One index-only range scan of units_pack_batch_id_idx per segment (a correlated count, so
            // that the planner never turns it into a join over the whole units table).
            const rows = await this.db.query(`SELECT s.batch_id, (SELECT count(*) FROM units u WHERE u.kind = 3 AND u.batch_id = s.batch_id AND u.id BETWEEN s.lo AND s.hi) AS n
           FROM unnest($1::uuid[], $2::bigint[], $3::bigint[]) AS s(batch_id, lo, hi)`, [chunk.segments.map((x) => x.batchId), chunk.segments.map((x) => x.lo), chunk.segments.map((x) => x.hi)]);
            for (const r of rows) {
                const g = groupOfBatch.get(r.batch_id);
                vehicles.set(g, (vehicles.get(g) ?? 0) + Number(r.n));
            }
        }
        else {
            for (const g of groups)
                if (g.fixed_vehicles !== null)
                    vehicles.set(g.group_no, Number(g.fixed_vehicles));
        }
        if (ctx.signal.aborted)
            await ctx.release();
        const params = (0, run_parameters_1.formulaParameters)(run.parameters);
        const partial = (0, displacement_formula_1.computeDisplacement)(params, groups.map((g) => toPackGroup(g, vehicles.get(g.group_no) ?? 0)));
        const groupVehicles = Object.fromEntries([...vehicles].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
        const packs = [...vehicles.values()].reduce((s, v) => s + v, 0);
        await this.db.transaction(async (em) => {
            const [locked] = await em.query('SELECT done_at FROM displacement_chunks WHERE run_id = $1 AND chunk_no = $2 FOR UPDATE', [runId, chunkNo]);
            if (!locked || locked.done_at)
                return;
            await em.query(`UPDATE displacement_chunks SET packs = $3, group_vehicles = $4, partial = $5, done_at = now() WHERE run_id = $1 AND chunk_no = $2`, [runId, chunkNo, packs, JSON.stringify(groupVehicles), JSON.stringify(partial)]);
            // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
            const [[progress]] = await em.query(`UPDATE displacement_runs SET units_done = units_done + $2, chunks_done = chunks_done + 1
          WHERE id = $1 AND status = 'RUNNING' RETURNING chunks_done, chunks_total`, [runId, packs]);
            if (progress && progress.chunks_done === progress.chunks_total)
                await this.reduce(em, runId, run.parameters, groups);
        });
    }
    async reduce(em, runId, parameters, groups) {
        const chunks = await em.query('SELECT group_vehicles FROM displacement_chunks WHERE run_id = $1 ORDER BY chunk_no', [runId]);
        const totals = new Map();
        for (const c of chunks)
            for (const [k, v] of Object.entries(c.group_vehicles ?? {}))
                totals.set(Number(k), (totals.get(Number(k)) ?? 0) + v);
        const result = (0, displacement_formula_1.computeDisplacement)((0, run_parameters_1.formulaParameters)(parameters), groups.map((g) => toPackGroup(g, totals.get(g.group_no) ?? 0)));
        await em.query(`UPDATE displacement_run_groups g SET vehicles = v.n
         FROM unnest($2::int[], $3::float8[]) AS v(group_no, n) WHERE g.run_id = $1 AND g.group_no = v.group_no`, [runId, groups.map((g) => g.group_no), groups.map((g) => totals.get(g.group_no) ?? 0)]);
        // The progress total is the packs counted, should the plan job not have written it yet.
        await em.query(`UPDATE displacement_runs SET status = 'COMPLETED', result = $2, completed_at = now(), units_total = coalesce(units_total, units_done)
        WHERE id = $1`, [runId, JSON.stringify(result)]);
    }
    async onFinalFailure({ runId, chunkNo }, error) {
        await (0, run_state_1.markRunFailed)(this.db, runId, `chunk ${chunkNo} failed: ${error.message}`);
    }
};
exports.DisplacementChunkHandler = DisplacementChunkHandler;
exports.DisplacementChunkHandler = DisplacementChunkHandler = __decorate([
    (0, common_1.Injectable)(),
    (0, job_handler_1.JobHandler)(job_registry_1.JobName.DisplacementChunk),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], DisplacementChunkHandler);
function toPackGroup(g, vehicles) {
    return { vehicles, packKWh: Number(g.pack_kwh), batteryKgCo2ePerKWhCapacity: Number(g.battery_kg_co2e_per_kwh) };
}
//# sourceMappingURL=displacement-chunk.handler.js.map