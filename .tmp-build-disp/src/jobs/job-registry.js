"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.QUEUE_NAMES = exports.JOB_NAMES = exports.JOBS = exports.JobName = exports.QueueName = void 0;
exports.isJobName = isJobName;
exports.bullJob = bullJob;
/**
 * Every background job of battrace, in one place: its name, its payload type, its queue, its id
 * and its retry policy. The code that enqueues a job and the handler that runs it share these
 * types, so a payload cannot drift from its handler. Payloads carry ids only: handlers re-read
 * the state they need and are idempotent, because a job may run more than once (a retry, a
 * worker killed mid-job, a relayed outbox row sent twice).
 */
var QueueName;
(function (QueueName) {
    QueueName["Displacement"] = "displacement";
})(QueueName || (exports.QueueName = QueueName = {}));
var JobName;
(function (JobName) {
    /** Counts a run's packs, cuts the run into chunks and enqueues one job per chunk. */
    JobName["DisplacementPlan"] = "displacement-plan";
    /** Counts the packs of one chunk, writes the chunk once and, as the last chunk, reduces the run. */
    JobName["DisplacementChunk"] = "displacement-chunk";
})(JobName || (exports.JobName = JobName = {}));
/** Failed jobs are kept (never removed) so that they stay visible in `jobQueues` and can be retried. */
const KEEP_FAILED = { removeOnFail: false };
/** Completed jobs are kept a day (and at most 10,000) for inspection; their effects live in PostgreSQL. */
const KEEP_COMPLETED_A_DAY = { removeOnComplete: { age: 24 * 3600, count: 10_000 } };
exports.JOBS = {
    [JobName.DisplacementPlan]: {
        queue: QueueName.Displacement,
        // The rule: the run id is the job id of the job the outbox relays.
        jobId: (d) => d.runId,
        options: { attempts: 6, backoff: { type: 'exponential', delay: 1000, jitter: 0.2 }, ...KEEP_COMPLETED_A_DAY, ...KEEP_FAILED },
    },
    [JobName.DisplacementChunk]: {
        queue: QueueName.Displacement,
        jobId: (d) => `${d.runId}-c${d.chunkNo}`,
        options: { attempts: 6, backoff: { type: 'exponential', delay: 1000, jitter: 0.2 }, ...KEEP_COMPLETED_A_DAY, ...KEEP_FAILED },
    },
};
exports.JOB_NAMES = Object.values(JobName);
exports.QUEUE_NAMES = Object.values(QueueName);
function isJobName(v) {
    return exports.JOB_NAMES.includes(v);
}
/** Queue, id and options of a job item, as BullMQ takes them. */
function bullJob(item) {
    const def = exports.JOBS[item.name];
    return { queue: def.queue, name: item.name, data: item.data, opts: { ...def.options, jobId: def.jobId(item.data) } };
}
//# sourceMappingURL=job-registry.js.map