import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads } from './job-registry';

export const JOB_HANDLER = 'battrace:job-handler';

/** What a handler gets besides its payload. */
export interface JobContext {
  jobId: string;
  /** 1 for the first run, 2 for the first retry… */
  attempt: number;
  maxAttempts: number;
  /** Aborted when the worker shuts down and the grace period is over: stop, write nothing, call release(). */
  signal: AbortSignal;
  /** Puts the job back in its queue without counting an attempt (for a graceful shutdown). Never returns. */
  release(): Promise<never>;
}

/**
 * A job handler: one provider class per job name, marked with @JobHandler(name). The worker
 * process finds every one at startup and refuses to start if a job has no handler or two.
 */
export interface JobHandlerOf<N extends JobName> {
  handle(data: JobPayloads[N], ctx: JobContext): Promise<void>;
  /** Called once the job has failed for good (last attempt, or an UnrecoverableError). */
  onFinalFailure?(data: JobPayloads[N], error: Error): Promise<void>;
}

export const JobHandler = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER, name);

/** Problems with the set of handlers found: jobs without one, jobs with several. Empty when sound. */
export function handlerCoverageProblems(jobNames: readonly string[], found: readonly { name: string; handler: string }[]): string[] {
  const problems: string[] = [];
  for (const name of jobNames) {
    const handlers = found.filter((f) => f.name === name).map((f) => f.handler);
    if (handlers.length === 0) problems.push(`job ${name} has no handler`);
    if (handlers.length > 1) problems.push(`job ${name} has ${handlers.length} handlers: ${handlers.join(', ')}`);
  }
  for (const f of found) {
    if (!jobNames.includes(f.name)) problems.push(`${f.handler} handles ${f.name}, which is not in the job registry`);
  }
  return problems;
}
