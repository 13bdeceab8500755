"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OUTBOX_CHANNEL = void 0;
exports.enqueueInTransaction = enqueueInTransaction;
const job_registry_1 = require("./job-registry");
/** Channel on which a committed outbox row wakes the relays (NOTIFY is delivered at commit). */
exports.OUTBOX_CHANNEL = 'battrace_job_outbox';
/**
 * Writes jobs to the outbox inside the caller's transaction: they exist exactly when the change
 * they are about commits, and a Redis outage at that moment delays them instead of losing them.
 * The relays in the worker processes (job-relay.service.ts) move them to BullMQ.
 */
async function enqueueInTransaction(em, items) {
    if (items.length === 0)
        return;
    const jobs = items.map(job_registry_1.bullJob);
    await em.query(`INSERT INTO job_outbox (queue, job_name, job_id, payload)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])`, [jobs.map((j) => j.queue), jobs.map((j) => j.name), jobs.map((j) => j.opts.jobId), jobs.map((j) => JSON.stringify(j.data))]);
    await em.query('SELECT pg_notify($1, $2)', [exports.OUTBOX_CHANNEL, '']);
}
//# sourceMappingURL=job-outbox.js.map