import { handlerCoverageProblems } from './job-handler';
import { bullJob, JOB_NAMES, JobName, JOBS } from './job-registry';

describe('job registry', () => {
  it('accepts exactly one handler per job', () => {
    expect(
      handlerCoverageProblems(
        ['a', 'b'],
        [
          { name: 'a', handler: 'A' },
          { name: 'b', handler: 'B' },
        ],
      ),
    ).toEqual([]);
  });

  it('refuses a job without a handler, a job with two, and a handler for an unknown job', () => {
    expect(handlerCoverageProblems(['a', 'b'], [{ name: 'a', handler: 'A' }])).toEqual(['job b has no handler']);
    expect(
      handlerCoverageProblems(
        ['a'],
        [
          { name: 'a', handler: 'A1' },
          { name: 'a', handler: 'A2' },
        ],
      ),
    ).toEqual(['job a has 2 handlers: A1, A2']);
    expect(
      handlerCoverageProblems(
        ['a'],
        [
          { name: 'a', handler: 'A' },
          { name: 'z', handler: 'Z' },
        ],
      ),
    ).toEqual(['Z handles z, which is not in the job registry']);
  });

  it('gives every job a deterministic id BullMQ accepts, retries with backoff and keeps failures', () => {
    const runId = '3f1d6c1e-8a4b-4b7e-9a53-0c2f5d7e9b10';
    const plan = bullJob({ name: JobName.DisplacementPlan, data: { runId } });
    expect(plan.opts.jobId).toBe(runId);
    const chunk = bullJob({ name: JobName.DisplacementChunk, data: { runId, chunkNo: 7 } });
    expect(chunk.opts.jobId).toBe(`${runId}-c7`);
    expect(bullJob({ name: JobName.DisplacementChunk, data: { runId, chunkNo: 7 } }).opts.jobId).toBe(chunk.opts.jobId);
    for (const name of JOB_NAMES) {
      const o = JOBS[name].options;
      expect(o.removeOnFail).toBe(false);
      expect(o.attempts).toBeGreaterThan(1);
      expect(o.backoff).toMatchObject({ type: 'exponential' });
      const data = name === JobName.DisplacementChunk ? { runId, chunkNo: 1 } : { runId };
      const id = bullJob({ name, data } as never).opts.jobId!;
      expect(id).not.toContain(':');
      expect(String(parseInt(id, 10))).not.toBe(id);
    }
  });

  it('gives a job enqueued again by the reconciler a new id per generation, the first one unchanged', () => {
    const runId = '3f1d6c1e-8a4b-4b7e-9a53-0c2f5d7e9b10';
    const id = (data: { runId: string; chunkNo?: number; generation?: number }) =>
      bullJob(
        data.chunkNo === undefined
          ? { name: JobName.DisplacementPlan, data }
          : { name: JobName.DisplacementChunk, data: { ...data, chunkNo: data.chunkNo } },
      ).opts.jobId;
    expect(id({ runId, generation: 0 })).toBe(runId);
    expect(id({ runId, generation: 2 })).toBe(`${runId}-g2`);
    expect(id({ runId, chunkNo: 7, generation: 0 })).toBe(`${runId}-c7`);
    expect(id({ runId, chunkNo: 7, generation: 1 })).toBe(`${runId}-c7-g1`);
    expect(id({ runId, chunkNo: 17 })).not.toBe(id({ runId, chunkNo: 1, generation: 7 }));
  });
});
