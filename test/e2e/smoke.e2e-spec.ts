import { newBatch, newWorld, unitsNdjson } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('smoke: a manufacturer registers a batch and uploads its units', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves health and the batch through GraphQL and the bulk endpoint', async () => {
    const health = await t.http('/health');
    expect(health.status).toBe(200);
    const w = await newWorld(t);
    const batch = await newBatch(t, w);
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson('S', 2, 3, 4),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ batchId: batch.id, received: 2 + 6 + 24, inserted: 32, alreadyPresent: 0 });
    const r = await t.gql<{ batch: { unitCounts: { cells: number; modules: number; packs: number } } }>(
      `query($id: ID!) { batch(id: $id) { batchNumber unitCounts { cells modules packs } } }`,
      { id: batch.id },
      w.manufacturer.key,
    );
    expect(r.data?.batch.unitCounts).toEqual({ cells: 24, modules: 6, packs: 2 });
  });
});
