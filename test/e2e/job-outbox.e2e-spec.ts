import { randomUUID } from 'node:crypto';
import { enqueueInTransaction } from '../../src/jobs/job-outbox';
import { JobQueues } from '../../src/jobs/job-queues.service';
import { InvalidJobError, JobItem, JobName, QueueName } from '../../src/jobs/job-registry';
import { JobRelay } from '../../src/jobs/job-relay.service';
import { testQueuePrefix } from '../support/displacement';
import { startTestApp, TestApp } from '../support/test-app';
import { dropQueueKeys } from '../support/worker-process';

/** The outbox refuses a payload that does not fit its job at insert time, and the relay never enqueues one. */
describe('job outbox: payloads checked against the job registry', () => {
  let t: TestApp;
  let queues: JobQueues;
  const prefix = testQueuePrefix('outbox');
  beforeAll(async () => {
    t = await startTestApp({ BULLMQ_PREFIX: prefix, RUN_WORKERS: 'false' });
    queues = t.app.get(JobQueues);
    const redis = queues.redis();
    if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
  });
  afterAll(async () => {
    await t?.close();
    await dropQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
  });

  const outbox = () =>
    t.db.query<{ job_name: string; payload: unknown; attempts: number; last_error: string | null }[]>(
      'SELECT job_name, payload, attempts, last_error FROM job_outbox ORDER BY id',
    );

  it('refuses a bad payload at insert time, and the transaction writes nothing', async () => {
    const runId = randomUUID();
    const items = [
      { name: JobName.DisplacementPlan, data: { runId } },
      { name: JobName.DisplacementChunk, data: { runId, chunkNo: -1 } },
    ] as JobItem[];
    const write = t.db.transaction((em) => enqueueInTransaction(em, items));
    await expect(write).rejects.toThrow(InvalidJobError);
    await expect(t.db.transaction((em) => enqueueInTransaction(em, items))).rejects.toThrow(
      'job displacement-chunk does not fit the job registry: chunkNo: must be a whole number ≥ 0, got -1',
    );
    expect(await outbox()).toEqual([]);
  });

  it('relays the rows that fit and keeps each row that does not, with its reason, out of the queue', async () => {
    const good = randomUUID();
    const bad = randomUUID();
    // Rows as an older or faulty writer could have left them (the insert path would refuse these).
    await t.db.query(
      `INSERT INTO job_outbox (queue, job_name, payload) VALUES
         ('displacement', 'displacement-plan', $1::jsonb), ('displacement', 'displacement-chunk', $2::jsonb),
         ('displacement', 'no-such-job', $3::jsonb)`,
      [JSON.stringify({ runId: good }), JSON.stringify({ runId: bad }), JSON.stringify({ runId: bad })],
    );
    const relay = new JobRelay(t.db, queues, t.config);
    expect(await relay.relayOnce(100)).toBe(1);

    expect(await outbox()).toEqual([
      { job_name: 'displacement-chunk', payload: { runId: bad }, attempts: 1, last_error: 'chunkNo: missing' },
      { job_name: 'no-such-job', payload: { runId: bad }, attempts: 1, last_error: 'unknown job name' },
    ]);
    const queue = queues.queue(QueueName.Displacement);
    expect((await queue.getJob(good))?.data).toEqual({ runId: good });
    const ids = (await queue.getJobs(['waiting', 'delayed', 'prioritized', 'active'])).map((j) => j.id);
    expect(ids).toEqual([good]);
  });
});
