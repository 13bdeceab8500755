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
exports.DisplacementPlanHandler = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const config_module_1 = require("../../config/config.module");
const job_handler_1 = require("../../jobs/job-handler");
const job_queues_service_1 = require("../../jobs/job-queues.service");
const job_registry_1 = require("../../jobs/job-registry");
const chunk_plan_1 = require("../chunk-plan");
const run_state_1 = require("./run-state");
/**
 * Plans a run, then enqueues a job per chunk not yet done, then counts the run's packs for its
 * progress total. Planning reads no packs: each batch's lowest and highest pack id are two index
 * look-ups, and its declared pack count sizes its chunks (a batch declared without packs is
 * counted exactly instead). The groups whose vehicles are known already (shipment lines, a
 * what-if) get one chunk of their own. The exact total is counted after the chunk jobs are
 * queued, so other workers count chunks meanwhile.
 * Idempotent: a second run of the job (a retry, a crash after writing) finds the chunks, only
 * re-enqueues the unfinished ones (BullMQ deduplicates their ids) and counts only if not counted.
 */
let DisplacementPlanHandler = class DisplacementPlanHandler {
    db;
    queues;
    config;
    log = new common_1.Logger('DisplacementPlan');
    constructor(db, queues, config) {
        this.db = db;
        this.queues = queues;
        this.config = config;
    }
    async handle({ runId }, ctx) {
        const [run] = await this.db.query('SELECT status, chunks_total FROM displacement_runs WHERE id = $1', [runId]);
        if (!run) {
            this.log.warn(`run ${runId} does not exist: nothing to plan`);
            return;
        }
        if (run.status === 'COMPLETED' || run.status === 'FAILED')
            return;
        if (run.chunks_total === null)
            await this.plan(runId, ctx);
        const pending = await this.db.query('SELECT chunk_no FROM displacement_chunks WHERE run_id = $1 AND done_at IS NULL ORDER BY chunk_no', [runId]);
        await this.queues.addBulk(pending.map((c) => ({ name: job_registry_1.JobName.DisplacementChunk, data: { runId, chunkNo: c.chunk_no } })));
        await this.countTotal(runId);
    }
    async plan(runId, ctx) {
        const groups = await this.db.query('SELECT batch_id, fixed_vehicles FROM displacement_run_groups WHERE run_id = $1 ORDER BY group_no', [runId]);
        const counted = groups.filter((g) => g.batch_id !== null && g.fixed_vehicles === null).map((g) => g.batch_id);
        const fixed = groups.filter((g) => g.fixed_vehicles !== null);
        const spans = counted.length
            ? await this.db.query(`SELECT b.id, b.declared_pack_count AS declared, x.lo, x.hi
             FROM batches b,
                  LATERAL (SELECT min(u.id) AS lo, max(u.id) AS hi FROM units u WHERE u.kind = 3 AND u.batch_id = b.id) x
            WHERE b.id = ANY($1::uuid[]) ORDER BY b.id`, [counted])
            : [];
        // Batches that declared no packs but have some are counted exactly, for sizing.
        const undeclared = spans.filter((s) => s.lo !== null && Number(s.declared) <= 0).map((s) => s.id);
        const exact = new Map();
        if (undeclared.length) {
            const rows = await this.db.query('SELECT batch_id, count(*) AS n FROM units WHERE kind = 3 AND batch_id = ANY($1::uuid[]) GROUP BY batch_id', [undeclared]);
            for (const r of rows)
                exact.set(r.batch_id, Number(r.n));
        }
        const batches = spans.map((s) => ({
            batchId: s.id,
            packs: exact.get(s.id) ?? Number(s.declared),
            lo: s.lo === null ? null : BigInt(s.lo),
            hi: s.hi === null ? null : BigInt(s.hi),
        }));
        const chunks = (0, chunk_plan_1.planChunks)(batches, this.config.jobs.displacementChunkPacks);
        // The groups known already (or an empty scope) get one chunk without segments.
        if (fixed.length || chunks.length === 0)
            chunks.push({ segments: null });
        if (ctx.signal.aborted)
            await ctx.release();
        await this.db.transaction(async (em) => {
            const [locked] = await em.query('SELECT chunks_total, status FROM displacement_runs WHERE id = $1 FOR UPDATE', [runId]);
            if (locked.chunks_total !== null || locked.status !== 'QUEUED')
                return; // planned by an earlier attempt
            await em.query(`INSERT INTO displacement_chunks (run_id, chunk_no, segments)
         SELECT $1, c.no - 1, c.segments FROM unnest($2::jsonb[]) WITH ORDINALITY AS c(segments, no)`, [runId, chunks.map((c) => (c.segments === null ? null : JSON.stringify(c.segments)))]);
            await em.query(`UPDATE displacement_runs SET status = 'RUNNING', started_at = now(), chunks_total = $2 WHERE id = $1`, [
                runId,
                chunks.length,
            ]);
        });
    }
    /**
     * The progress total: the packs in the planned segments (a correlated count per segment, so that
     * each is one index-only range scan rather than a join the planner could turn into a table scan) (each batch's packs up to its highest
     * id at planning time, so the same packs the chunks count) plus the vehicles known already.
     */
    async countTotal(runId) {
        const [{ n }] = await this.db.query(`SELECT coalesce((SELECT sum(fixed_vehicles) FROM displacement_run_groups WHERE run_id = $1), 0)
            + coalesce((SELECT sum((SELECT count(*) FROM units u
                                     WHERE u.kind = 3 AND u.batch_id = s."batchId" AND u.id BETWEEN s.lo AND s.hi))
                          FROM displacement_chunks c
                          CROSS JOIN LATERAL jsonb_to_recordset(c.segments) AS s("batchId" uuid, lo bigint, hi bigint)
                         WHERE c.run_id = $1), 0) AS n`, [runId]);
        await this.db.query('UPDATE displacement_runs SET units_total = $2 WHERE id = $1 AND units_total IS NULL', [runId, Number(n)]);
    }
    async onFinalFailure({ runId }, error) {
        await (0, run_state_1.markRunFailed)(this.db, runId, `planning failed: ${error.message}`);
    }
};
exports.DisplacementPlanHandler = DisplacementPlanHandler;
exports.DisplacementPlanHandler = DisplacementPlanHandler = __decorate([
    (0, common_1.Injectable)(),
    (0, job_handler_1.JobHandler)(job_registry_1.JobName.DisplacementPlan),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __param(2, (0, common_1.Inject)(config_module_1.APP_CONFIG)),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        job_queues_service_1.JobQueues, Object])
], DisplacementPlanHandler);
//# sourceMappingURL=displacement-plan.handler.js.map