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
 * Plans a run: counts the packs of its batch groups with one indexed query (count, min id, max
 * id over the partial pack index), cuts them into unit-id ranges of about
 * DISPLACEMENT_CHUNK_PACKS packs, adds one chunk for the groups whose vehicles are known already
 * (shipment lines, a what-if), writes the chunks once, and enqueues a job per chunk not yet done.
 * Idempotent: a second run of the job (retry, crash after writing) finds the chunks and only
 * re-enqueues the unfinished ones, whose ids BullMQ deduplicates.
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
    }
    async plan(runId, ctx) {
        const groups = await this.db.query('SELECT batch_id, fixed_vehicles FROM displacement_run_groups WHERE run_id = $1 ORDER BY group_no', [runId]);
        const counted = groups.filter((g) => g.batch_id !== null && g.fixed_vehicles === null).map((g) => g.batch_id);
        const fixed = groups.filter((g) => g.fixed_vehicles !== null);
        let total = 0;
        let ranges = [];
        if (counted.length) {
            const [c] = await this.db.query('SELECT count(*) AS n, min(id) AS lo, max(id) AS hi FROM units WHERE kind = 3 AND batch_id = ANY($1::uuid[])', [counted]);
            total = Number(c.n);
            if (total > 0)
                ranges = (0, chunk_plan_1.planUnitIdRanges)(total, BigInt(c.lo), BigInt(c.hi), this.config.jobs.displacementChunkPacks);
        }
        const fixedVehicles = fixed.reduce((s, g) => s + Number(g.fixed_vehicles), 0);
        // The groups known already (or an empty scope) get one chunk without a unit range.
        const chunks = [...ranges];
        if (fixed.length || chunks.length === 0)
            chunks.push({ chunkNo: ranges.length, loUnitId: null, hiUnitId: null });
        if (ctx.signal.aborted)
            await ctx.release();
        await this.db.transaction(async (em) => {
            const [locked] = await em.query('SELECT chunks_total, status FROM displacement_runs WHERE id = $1 FOR UPDATE', [runId]);
            if (locked.chunks_total !== null || locked.status !== 'QUEUED')
                return; // planned by an earlier attempt
            await em.query(`INSERT INTO displacement_chunks (run_id, chunk_no, lo_unit_id, hi_unit_id)
         SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::bigint[])`, [runId, chunks.map((c) => c.chunkNo), chunks.map((c) => c.loUnitId), chunks.map((c) => c.hiUnitId)]);
            await em.query(`UPDATE displacement_runs SET status = 'RUNNING', started_at = now(), chunks_total = $2, units_total = $3 WHERE id = $1`, [runId, chunks.length, total + fixedVehicles]);
        });
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