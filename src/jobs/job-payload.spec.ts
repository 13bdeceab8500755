import { bullJob, InvalidJobError, JobItem, jobProblems, JobName } from './job-registry';

const runId = '3f1d6c1e-8a4b-4b7e-9a53-0c2f5d7e9b10';

describe('job payloads checked against the registry', () => {
  it('accepts the payloads the code enqueues', () => {
    expect(jobProblems(JobName.DisplacementPlan, { runId })).toEqual([]);
    expect(jobProblems(JobName.DisplacementPlan, { runId, generation: 3 })).toEqual([]);
    expect(jobProblems(JobName.DisplacementChunk, { runId, chunkNo: 0 })).toEqual([]);
    expect(jobProblems(JobName.DisplacementChunk, { runId, chunkNo: 12, generation: 1 })).toEqual([]);
  });

  it('names each field that is missing, of the wrong kind or not part of the job', () => {
    expect(jobProblems(JobName.DisplacementChunk, { runId })).toEqual(['chunkNo: missing']);
    expect(jobProblems(JobName.DisplacementChunk, { runId: 'run-1', chunkNo: -1 })).toEqual([
      'runId: must be a UUID, got "run-1"',
      'chunkNo: must be a whole number ≥ 0, got -1',
    ]);
    expect(jobProblems(JobName.DisplacementChunk, { runId, chunkNo: '3' })).toEqual(['chunkNo: must be a whole number ≥ 0, got "3"']);
    expect(jobProblems(JobName.DisplacementPlan, { runId, chunkNo: 1 })).toEqual(['chunkNo: not a field of displacement-plan']);
    expect(jobProblems(JobName.DisplacementPlan, { runId, generation: 1.5 })).toEqual(['generation: must be a whole number ≥ 0, got 1.5']);
  });

  it('refuses a payload that is not an object, and a name outside the registry', () => {
    for (const data of [null, 'x', [runId], 7]) {
      expect(jobProblems(JobName.DisplacementPlan, data)).toEqual(['the payload must be an object']);
    }
    expect(jobProblems('no-such-job', { runId })).toEqual(['unknown job name']);
  });

  it('refuses to build a BullMQ job from a payload that does not fit, with a clear error', () => {
    const bad = { name: JobName.DisplacementChunk, data: { runId } } as unknown as JobItem;
    expect(() => bullJob(bad)).toThrow(InvalidJobError);
    expect(() => bullJob(bad)).toThrow('job displacement-chunk does not fit the job registry: chunkNo: missing');
  });
});
