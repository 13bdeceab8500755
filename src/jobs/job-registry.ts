import type { JobsOptions } from 'bullmq';

/**
 * Every background job of battrace, in one place: its name, its payload type, its queue, its id
 * and its retry policy. The code that enqueues a job and the handler that runs it share these
 * types, so a payload cannot drift from its handler. Payloads carry ids only: handlers re-read
 * the state they need and are idempotent, because a job may run more than once (a retry, a
 * worker killed mid-job, a relayed outbox row sent twice).
 */
export enum QueueName {
  Displacement = 'displacement',
}

export enum JobName {
  /** Counts a run's packs, cuts the run into chunks and enqueues one job per chunk. */
  DisplacementPlan = 'displacement-plan',
  /** Counts the packs of one chunk, writes the chunk once and, as the last chunk, reduces the run. */
  DisplacementChunk = 'displacement-chunk',
}

/**
 * `generation`: how many times the reconciler enqueued the job again (absent: 0). It is part of
 * the job id, so that enqueueing lost work again is never swallowed by an id BullMQ still holds.
 */
export interface JobPayloads {
  [JobName.DisplacementPlan]: { runId: string; generation?: number };
  [JobName.DisplacementChunk]: { runId: string; chunkNo: number; generation?: number };
}

/** A job to enqueue: the discriminated union of `{ name, data }` over every job. */
export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

export interface JobDefinition<N extends JobName> {
  queue: QueueName;
  /** The payload's fields and what each must hold, checked before a job is enqueued or relayed. */
  payload: PayloadShape;
  /**
   * The BullMQ job id. Deterministic, because every job here is meant to be deduplicated: BullMQ
   * ignores an add whose id exists, so an outbox row relayed twice or a plan job that re-enqueues
   * its chunks after a crash adds nothing. Ids must not be integers or contain ':'.
   */
  jobId(data: JobPayloads[N]): string;
  /** Attempts, backoff and what to keep: set deliberately per job. */
  options: Omit<JobsOptions, 'jobId'>;
}

/** A payload field's check: null when the value fits, else what it must be. */
type FieldCheck = (v: unknown) => string | null;
/** Every field of a payload; a field marked optional may be absent. No other field is allowed. */
type PayloadShape = Record<string, { check: FieldCheck; optional?: true }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid: FieldCheck = (v) => (typeof v === 'string' && UUID.test(v) ? null : 'must be a UUID');
const count: FieldCheck = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? null : 'must be a whole number ≥ 0');

/** Failed jobs are kept (never removed) so that they stay visible in `jobQueues` and can be retried. */
const KEEP_FAILED = { removeOnFail: false } as const;
/** Completed jobs are kept a day (and at most 10,000) for inspection; their effects live in PostgreSQL. */
const KEEP_COMPLETED_A_DAY = { removeOnComplete: { age: 24 * 3600, count: 10_000 } } as const;

export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  [JobName.DisplacementPlan]: {
    queue: QueueName.Displacement,
    payload: { runId: { check: uuid }, generation: { check: count, optional: true } },
    // The issue's rule: the run id is the job id of the job the outbox relays.
    jobId: (d) => (d.generation ? `${d.runId}-g${d.generation}` : d.runId),
    options: { attempts: 6, backoff: { type: 'exponential', delay: 1000, jitter: 0.2 }, ...KEEP_COMPLETED_A_DAY, ...KEEP_FAILED },
  },
  [JobName.DisplacementChunk]: {
    queue: QueueName.Displacement,
    payload: { runId: { check: uuid }, chunkNo: { check: count }, generation: { check: count, optional: true } },
    jobId: (d) => `${d.runId}-c${d.chunkNo}${d.generation ? `-g${d.generation}` : ''}`,
    options: { attempts: 6, backoff: { type: 'exponential', delay: 1000, jitter: 0.2 }, ...KEEP_COMPLETED_A_DAY, ...KEEP_FAILED },
  },
};

export const JOB_NAMES = Object.values(JobName) as JobName[];
export const QUEUE_NAMES = Object.values(QueueName) as QueueName[];

export function isJobName(v: string): v is JobName {
  return (JOB_NAMES as string[]).includes(v);
}

/** Why a job name and payload do not fit the registry (empty when they do). */
export function jobProblems(name: string, data: unknown): string[] {
  if (!isJobName(name)) return ['unknown job name'];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ['the payload must be an object'];
  const shape = JOBS[name].payload;
  const given = data as Record<string, unknown>;
  const problems = Object.keys(given)
    .filter((k) => !(k in shape))
    .map((k) => `${k}: not a field of ${name}`);
  for (const [field, { check, optional }] of Object.entries(shape)) {
    if (given[field] === undefined) {
      if (!optional) problems.push(`${field}: missing`);
      continue;
    }
    const problem = check(given[field]);
    if (problem) problems.push(`${field}: ${problem}, got ${JSON.stringify(given[field])}`);
  }
  return problems;
}

/** A job whose name or payload does not fit the registry: a bug in the code that enqueues it. */
export class InvalidJobError extends Error {
  constructor(name: string, problems: string[]) {
    super(`job ${name} does not fit the job registry: ${problems.join('; ')}`);
    this.name = 'InvalidJobError';
  }
}

/** Queue, id and options of a job item, as BullMQ takes them; throws InvalidJobError for a payload that does not fit its job. */
export function bullJob(item: JobItem): { queue: QueueName; name: JobName; data: JobItem['data']; opts: JobsOptions } {
  const problems = jobProblems(item.name, item.data);
  if (problems.length > 0) throw new InvalidJobError(item.name, problems);
  const def = JOBS[item.name] as JobDefinition<typeof item.name>;
  return { queue: def.queue, name: item.name, data: item.data, opts: { ...def.options, jobId: def.jobId(item.data as never) } };
}
