import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';

/**
 * Who sees what (docs/methods/access.md): a manufacturer sees its own units; public passport data (batch
 * number, model, place of manufacture) is open to anyone; per-battery data is not.
 */
describe('access to batches and units', () => {
  let t: TestApp;
  let a: World;
  let b: World;
  let buyer: OrgHandle;
  let batchId: string;
  beforeAll(async () => {
    t = await startTestApp();
    a = await newWorld(t);
    b = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    batchId = (
      await newBatch(t, a, {
        batchNumber: 'A-SECRET-1',
        units: [
          { serial: 'A-P1', kind: 'PACK' },
          { serial: 'A-M1', kind: 'MODULE', parentSerial: 'A-P1' },
          { serial: 'A-C1', kind: 'CELL', parentSerial: 'A-M1' },
        ],
      })
    ).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const UNITS = `query($id: ID!) { batch(id: $id) { batchNumber units { nodes { serial } } } }`;
  const COUNTS = `query($id: ID!) { batch(id: $id) { batchNumber unitCounts { cells } } }`;
  const PUBLIC = `query($id: ID!) { batch(id: $id) { batchNumber status model { name chemistry } plant { name park { name } } manufacturer { id } } }`;

  it('shows the owner its units and unit counts', async () => {
    const r = await t.gql<{ batch: { units: { nodes: { serial: string }[] } } }>(UNITS, { id: batchId }, a.manufacturer.key);
    expect(r.data!.batch.units.nodes.map((n) => n.serial).sort()).toEqual(['A-C1', 'A-M1', 'A-P1']);
    const c = await t.gql<{ batch: { unitCounts: { cells: number } } }>(COUNTS, { id: batchId }, a.manufacturer.key);
    expect(c.data!.batch.unitCounts).toEqual({ cells: 1 });
    // The administrator may look too.
    expect((await t.gql(UNITS, { id: batchId }, t.adminKey)).errors).toBeUndefined();
  });

  it("refuses another manufacturer A's units and unit counts with FORBIDDEN, leaking no serial", async () => {
    for (const query of [UNITS, COUNTS]) {
      const r = await t.gql(query, { id: batchId }, b.manufacturer.key);
      const err = expectError(r, 'FORBIDDEN');
      expect(err.path).toEqual(['batch', query === UNITS ? 'units' : 'unitCounts']);
      expect(JSON.stringify(r)).not.toContain('A-C1');
    }
    // A buyer has no business with them either.
    expectError(await t.gql(UNITS, { id: batchId }, buyer.key), 'FORBIDDEN');
  });

  it('gives a caller without a key the public batch fields but not the units', async () => {
    const r = await t.gql<{ batch: Record<string, unknown> }>(PUBLIC, { id: batchId });
    expect(r.errors).toBeUndefined();
    const park = await t.gql<{ park: { name: string } }>(`query($id: ID!) { park(id: $id) { name } }`, { id: a.park.id });
    expect(r.data!.batch).toMatchObject({
      batchNumber: 'A-SECRET-1',
      status: 'REGISTERED',
      model: { chemistry: 'LFP' },
      plant: { park: { name: park.data!.park.name } },
      manufacturer: { id: a.manufacturer.id },
    });
    for (const query of [UNITS, COUNTS]) {
      const denied = await t.gql(query, { id: batchId });
      expect(denied.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(denied)).not.toContain('A-P1');
    }
  });

  it('lists batches publicly but keeps units of listed batches private', async () => {
    const list = await t.gql<{ batches: { nodes: { id: string; batchNumber: string }[] } }>(
      `query($m: ID!) { batches(filter: { manufacturerId: $m }) { nodes { id batchNumber } } }`,
      { m: a.manufacturer.id },
    );
    expect(list.data!.batches.nodes).toEqual([{ id: batchId, batchNumber: 'A-SECRET-1' }]);
    const withUnits = await t.gql(
      `query($m: ID!) { batches(filter: { manufacturerId: $m }) { nodes { units { nodes { serial } } } } }`,
      { m: a.manufacturer.id },
      b.manufacturer.key,
    );
    expectError(withUnits, 'FORBIDDEN');
    expect(JSON.stringify(withUnits)).not.toContain('A-P1');
  });

  it("refuses writes to another manufacturer's batch and leaves it unchanged", async () => {
    const before = await t.snapshot();
    expectError(
      await t.gql(
        `mutation($input: RegisterUnitsInput!) { registerUnits(input: $input) { inserted } }`,
        { input: { batchId, units: [{ serial: 'B-INTRUDER', kind: 'CELL', parentSerial: 'A-M1' }] } },
        b.manufacturer.key,
      ),
      'FORBIDDEN',
    );
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      key: b.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: '{"serial":"B-INTRUDER","kind":"CELL"}\n',
    });
    expect(res.status).toBe(403);
    expect(await t.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown batch and BAD_USER_INPUT for a malformed id', async () => {
    expectError(await t.gql(PUBLIC, { id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    const bad = expectError(await t.gql(PUBLIC, { id: "1' OR '1'='1" }), 'BAD_USER_INPUT');
    expect(bad.extensions?.field).toBe('id');
  });

  it("refuses the other manufacturer's audit trail of A's batch", async () => {
    expectError(await t.gql(`query($s: ID!) { auditTrail(subjectId: $s) { seq } }`, { s: batchId }, b.manufacturer.key), 'FORBIDDEN');
  });
});
