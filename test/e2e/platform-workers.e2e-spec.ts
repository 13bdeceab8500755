import { newWorld, World } from '../support/factories';
import { batchWithPacks, mustRequestRun, waitForRun } from '../support/displacement';
import { startTestApp, TestApp } from '../support/test-app';

interface HealthBody {
  status: string;
  workers: { inProcess: boolean };
  queues: { name: string; workers: number; waiting: number; active: number; outbox: number; oldestWaitingSeconds: number | null }[] | null;
  stalledQueues: string[];
  maxWaitSeconds: number;
}

const health = async (t: TestApp): Promise<{ status: number; body: HealthBody }> => {
  const res = await t.http('/health');
  return { status: res.status, body: (await res.json()) as HealthBody };
};

describe('one process, the whole platform (npm start with the default settings)', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs the job workers in the API process', () => {
    expect(t.config.runWorkers).toBe(true);
  });

  it('completes a displacement run with no worker process started', async () => {
    const batch = await batchWithPacks(t, w, 3);
    const queued = await mustRequestRun(t, w.manufacturer.key, { scope: { batchId: batch.id }, vehicleClass: 'EU_CAR' });
    expect(queued.status).toBe('QUEUED');
    const run = await waitForRun(t, w.manufacturer.key, queued.id, 60_000);
    expect(run.error).toBeNull();
    expect(run.status).toBe('COMPLETED');
    expect(run.result!.vehicles).toBeGreaterThan(0);
  });

  it('reports its own workers on the queue in /health, and nothing stalled', async () => {
    const { status, body } = await health(t);
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.workers).toEqual({ inProcess: true });
    expect(body.stalledQueues).toEqual([]);
    const displacement = body.queues!.find((q) => q.name === 'displacement')!;
    expect(displacement.workers).toBeGreaterThanOrEqual(1);
    expect(displacement).toMatchObject({ waiting: 0, outbox: 0, oldestWaitingSeconds: null });
  });
});

describe('an API-only process (RUN_WORKERS=false) with no worker anywhere', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKERS: 'false', HEALTH_QUEUE_MAX_WAIT_SECONDS: '2' });
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('says degraded, naming the queue, once a job has waited past the threshold', async () => {
    const before = await health(t);
    expect(before.body).toMatchObject({ status: 'ok', workers: { inProcess: false }, stalledQueues: [], maxWaitSeconds: 2 });
    expect(before.body.queues!.find((q) => q.name === 'displacement')).toMatchObject({ workers: 0, waiting: 0, outbox: 0 });

    const queued = await mustRequestRun(t, w.manufacturer.key, {
      scope: { energy: { energyKWh: 60, packKWh: 60, chemistry: 'NMC811' } },
      vehicleClass: 'EU_CAR',
    });
    // Nothing relays or runs it: the job waits in the outbox, younger than the threshold at first.
    const young = await health(t);
    expect(young.body.status).toBe('ok');
    expect(young.body.queues!.find((q) => q.name === 'displacement')).toMatchObject({ workers: 0, outbox: 1 });

    const deadline = Date.now() + 15_000;
    let late = young;
    while (late.body.status === 'ok' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      late = await health(t);
    }
    // Still 200: the API itself serves; the work is what waits.
    expect(late.status).toBe(200);
    expect(late.body.status).toBe('degraded');
    expect(late.body.stalledQueues).toEqual(['displacement']);
    expect(late.body.queues!.find((q) => q.name === 'displacement')!.oldestWaitingSeconds).toBeGreaterThan(2);

    const run = await t.gql<{ displacementRun: { status: string } }>(
      `query($id: ID!) { displacementRun(id: $id) { status } }`,
      { id: queued.id },
      w.manufacturer.key,
    );
    expect(run.data?.displacementRun.status).toBe('QUEUED');
  });
});
