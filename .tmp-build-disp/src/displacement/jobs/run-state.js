"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.markRunFailed = markRunFailed;
/** FAILED with the error, unless the run already finished (a late failure never overwrites a result). */
async function markRunFailed(db, runId, error) {
    await db.query(`UPDATE displacement_runs SET status = 'FAILED', error = $2, completed_at = now() WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`, [runId, error.slice(0, 2000)]);
}
//# sourceMappingURL=run-state.js.map