import { newBatch, newModel, newPlant, newWorld, World } from '../support/factories';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

const REGISTER_BATCH = `mutation($input: RegisterBatchInput!) {
  registerBatch(input: $input) { id batchNumber status manufacturerId modelId plantId productionStart productionEnd
    declaredCellCount declaredModuleCount declaredPackCount }
}`;
const REGISTER_UNITS = `mutation($input: RegisterUnitsInput!) { registerUnits(input: $input) { batchId received inserted alreadyPresent } }`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface UnitIn {
  serial: string;
  kind: 'CELL' | 'MODULE' | 'PACK';
  parentSerial?: string | null;
}

/** One pack of `modules` modules of `cells` cells, serials prefixed by `prefix`. */
function packOf(prefix: string, modules: number, cells: number): UnitIn[] {
  const out: UnitIn[] = [{ serial: `${prefix}-P`, kind: 'PACK' }];
  for (let m = 0; m < modules; m++) {
    out.push({ serial: `${prefix}-M${m}`, kind: 'MODULE', parentSerial: `${prefix}-P` });
    for (let c = 0; c < cells; c++) out.push({ serial: `${prefix}-M${m}-C${c}`, kind: 'CELL', parentSerial: `${prefix}-M${m}` });
  }
  return out;
}

describe('batches and units through GraphQL', () => {
  let t: TestApp;
  let w: World;
  let seq = 0;
  const batchInput = (overrides: Record<string, unknown> = {}) => ({
    batchNumber: `ORD-2026-${String(++seq).padStart(4, '0')}`,
    modelId: w.model.id,
    plantId: w.plant.id,
    productionStart: '2026-03-01T00:00:00Z',
    productionEnd: '2026-03-15T00:00:00Z',
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Runs a request that must be refused with `code`; asserts nothing at all was written. */
  async function refused(code: string, run: () => Promise<GqlResult>) {
    const before = await t.snapshot();
    const err = expectError(await run(), code);
    expect(await t.snapshot()).toEqual(before);
    return err;
  }

  it('registers a batch with cells in modules in a pack and reads it back', async () => {
    const units = packOf('A1', 2, 3);
    const r = await t.gql<{ registerBatch: Record<string, unknown> & { id: string } }>(
      REGISTER_BATCH,
      { input: batchInput({ batchNumber: 'ORD-A1', declaredCellCount: 6, declaredModuleCount: 2, declaredPackCount: 1, units }) },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerBatch).toMatchObject({
      batchNumber: 'ORD-A1',
      status: 'REGISTERED',
      manufacturerId: w.manufacturer.id,
      modelId: w.model.id,
      plantId: w.plant.id,
      productionStart: '2026-03-01T00:00:00.000Z',
      productionEnd: '2026-03-15T00:00:00.000Z',
      declaredCellCount: 6,
      declaredModuleCount: 2,
      declaredPackCount: 1,
    });
    const read = await t.gql<{
      batch: {
        unitCounts: { cells: number; modules: number; packs: number };
        units: {
          nodes: { serial: string; kind: string; parentSerial: string | null; batchId: string }[];
          pageInfo: { hasNextPage: boolean };
        };
      };
    }>(
      `query($id: ID!) { batch(id: $id) { unitCounts { cells modules packs }
         units(first: 100) { nodes { serial kind parentSerial batchId } pageInfo { hasNextPage } } } }`,
      { id: r.data!.registerBatch.id },
      w.manufacturer.key,
    );
    expect(read.data!.batch.unitCounts).toEqual({ cells: 6, modules: 2, packs: 1 });
    const byserial = Object.fromEntries(read.data!.batch.units.nodes.map((u) => [u.serial, u]));
    expect(Object.keys(byserial).sort()).toEqual(units.map((u) => u.serial).sort());
    expect(byserial['A1-P']).toMatchObject({ kind: 'PACK', parentSerial: null, batchId: r.data!.registerBatch.id });
    expect(byserial['A1-M1']).toMatchObject({ kind: 'MODULE', parentSerial: 'A1-P' });
    expect(byserial['A1-M1-C2']).toMatchObject({ kind: 'CELL', parentSerial: 'A1-M1' });
    expect(read.data!.batch.units.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through units with first / after and filters them by kind', async () => {
    const b = await newBatch(t, w, { batchNumber: 'ORD-PAGED', units: packOf('PG', 2, 2) });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: GqlResult<{ batch: { units: { nodes: { serial: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }> =
        await t.gql(
          `query($id: ID!, $after: String) { batch(id: $id) { units(first: 3, after: $after) { nodes { serial } pageInfo { hasNextPage endCursor } } } }`,
          { id: b.id, after },
          w.manufacturer.key,
        );
      seen.push(...r.data!.batch.units.nodes.map((n) => n.serial));
      if (!r.data!.batch.units.pageInfo.hasNextPage) break;
      after = r.data!.batch.units.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(
      packOf('PG', 2, 2)
        .map((u) => u.serial)
        .sort(),
    );
    const modules = await t.gql<{ batch: { units: { nodes: { serial: string }[] } } }>(
      `query($id: ID!) { batch(id: $id) { units(kind: MODULE) { nodes { serial } } } }`,
      { id: b.id },
      w.manufacturer.key,
    );
    expect(modules.data!.batch.units.nodes.map((n) => n.serial).sort()).toEqual(['PG-M0', 'PG-M1']);
    expectError(
      await t.gql(`query($id: ID!) { batch(id: $id) { units(after: "forged") { nodes { serial } } } }`, { id: b.id }, w.manufacturer.key),
      'BAD_USER_INPUT',
    );
  });

  it('lists batches newest first with a filter and a cursor', async () => {
    const other = await newWorld(t);
    const b1 = await newBatch(t, other);
    const b2 = await newBatch(t, other);
    const first = await t.gql<{ batches: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `query($m: ID!) { batches(filter: { manufacturerId: $m }, first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { m: other.manufacturer.id },
    );
    expect(first.data!.batches.nodes).toEqual([{ id: b2.id }]);
    expect(first.data!.batches.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<{ batches: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }>(
      `query($m: ID!, $a: String) { batches(filter: { manufacturerId: $m }, first: 1, after: $a) { nodes { id } pageInfo { hasNextPage } } }`,
      { m: other.manufacturer.id, a: first.data!.batches.pageInfo.endCursor },
    );
    expect(second.data!.batches).toEqual({ nodes: [{ id: b1.id }], pageInfo: { hasNextPage: false } });
  });

  it('adds units to an existing batch with registerUnits, idempotently, with parents already registered', async () => {
    const b = await newBatch(t, w, { units: [{ serial: 'RU-P', kind: 'PACK' }] });
    const units: UnitIn[] = [
      { serial: 'RU-M', kind: 'MODULE', parentSerial: 'RU-P' },
      { serial: 'RU-C1', kind: 'CELL', parentSerial: 'RU-M' },
      { serial: 'RU-C2', kind: 'CELL', parentSerial: 'RU-P' },
    ];
    const r1 = await t.gql<{ registerUnits: Record<string, unknown> }>(
      REGISTER_UNITS,
      { input: { batchId: b.id, units } },
      w.manufacturer.key,
    );
    expect(r1.data!.registerUnits).toEqual({ batchId: b.id, received: 3, inserted: 3, alreadyPresent: 0 });
    const before = await t.snapshot();
    const r2 = await t.gql<{ registerUnits: Record<string, unknown> }>(
      REGISTER_UNITS,
      { input: { batchId: b.id, units } },
      w.manufacturer.key,
    );
    expect(r2.data!.registerUnits).toEqual({ batchId: b.id, received: 3, inserted: 0, alreadyPresent: 3 });
    // Only the audit entry of the second call was added.
    expect(await t.snapshot()).toEqual({ ...before, audit_events: before.audit_events + 1 });
  });

  it('refuses an unknown model or plant with NOT_FOUND naming the field', async () => {
    const m = await refused('NOT_FOUND', () => t.gql(REGISTER_BATCH, { input: batchInput({ modelId: UNKNOWN_ID }) }, w.manufacturer.key));
    expect(m.extensions?.field).toBe('input.modelId');
    const p = await refused('NOT_FOUND', () => t.gql(REGISTER_BATCH, { input: batchInput({ plantId: UNKNOWN_ID }) }, w.manufacturer.key));
    expect(p.extensions?.field).toBe('input.plantId');
    const malformed = await refused('BAD_USER_INPUT', () =>
      t.gql(REGISTER_BATCH, { input: batchInput({ plantId: 'plant-7' }) }, w.manufacturer.key),
    );
    expect(malformed.extensions?.field).toBe('input.plantId');
  });

  it("refuses another manufacturer's plant or model with FORBIDDEN", async () => {
    const other = await newWorld(t);
    const plant = await refused('FORBIDDEN', () =>
      t.gql(REGISTER_BATCH, { input: batchInput({ plantId: other.plant.id }) }, w.manufacturer.key),
    );
    expect(plant.extensions?.field).toBe('input.plantId');
    const model = await refused('FORBIDDEN', () =>
      t.gql(REGISTER_BATCH, { input: batchInput({ modelId: other.model.id }) }, w.manufacturer.key),
    );
    expect(model.extensions?.field).toBe('input.modelId');
    // Not a manufacturer at all, or no key.
    await refused('FORBIDDEN', () => t.gql(REGISTER_BATCH, { input: batchInput() }, t.adminKey));
    await refused('UNAUTHENTICATED', () => t.gql(REGISTER_BATCH, { input: batchInput() }));
  });

  it('refuses a duplicate batch number with CONFLICT naming it; another manufacturer may reuse it', async () => {
    await newBatch(t, w, { batchNumber: 'ORD-DUP-7' });
    const err = await refused('CONFLICT', () =>
      t.gql(REGISTER_BATCH, { input: batchInput({ batchNumber: 'ORD-DUP-7' }) }, w.manufacturer.key),
    );
    expect(err.message).toContain('ORD-DUP-7');
    expect(err.extensions?.field).toBe('input.batchNumber');
    // The refused batch also carried units: none of them were kept.
    await refused('CONFLICT', () =>
      t.gql(REGISTER_BATCH, { input: batchInput({ batchNumber: 'ORD-DUP-7', units: packOf('DUPB', 1, 1) }) }, w.manufacturer.key),
    );
    const other = await newWorld(t);
    await newBatch(t, other, { batchNumber: 'ORD-DUP-7' });
  });

  it('refuses reversed production dates and negative declared counts with the field path', async () => {
    const err = await refused('BAD_USER_INPUT', () =>
      t.gql(
        REGISTER_BATCH,
        { input: batchInput({ productionStart: '2026-03-15T00:00:00Z', productionEnd: '2026-03-01T00:00:00Z' }) },
        w.manufacturer.key,
      ),
    );
    expect(err.extensions?.field).toBe('input.productionEnd');
    const count = await refused('BAD_USER_INPUT', () =>
      t.gql(REGISTER_BATCH, { input: batchInput({ declaredCellCount: -1 }) }, w.manufacturer.key),
    );
    expect(count.extensions?.field).toBe('input.declaredCellCount');
    const number = await refused('BAD_USER_INPUT', () =>
      t.gql(REGISTER_BATCH, { input: batchInput({ batchNumber: ' ' }) }, w.manufacturer.key),
    );
    expect(number.extensions?.field).toBe('input.batchNumber');
  });

  it('refuses a serial with a control character or over 64 characters, naming input.units[i].serial', async () => {
    for (const bad of ['CELL\u0000X', 'CELL\tX', 'CELL\u007fX', 'C'.repeat(65)]) {
      const units: UnitIn[] = [
        { serial: 'SER-P', kind: 'PACK' },
        { serial: 'SER-C0', kind: 'CELL', parentSerial: 'SER-P' },
        { serial: bad, kind: 'CELL', parentSerial: 'SER-P' },
      ];
      const err = await refused('BAD_USER_INPUT', () => t.gql(REGISTER_BATCH, { input: batchInput({ units }) }, w.manufacturer.key));
      expect(err.extensions?.field).toBe('input.units[2].serial');
    }
    // 64 characters is fine.
    expect(
      (await t.gql(REGISTER_BATCH, { input: batchInput({ units: [{ serial: 'S'.repeat(64), kind: 'CELL' }] }) }, w.manufacturer.key))
        .errors,
    ).toBeUndefined();
  });

  it('refuses a parent of the wrong kind with BAD_USER_INPUT naming the parentSerial', async () => {
    const packInCell = await refused('BAD_USER_INPUT', () =>
      t.gql(
        REGISTER_BATCH,
        {
          input: batchInput({
            units: [
              { serial: 'WK-C', kind: 'CELL' },
              { serial: 'WK-P', kind: 'PACK', parentSerial: 'WK-C' },
            ],
          }),
        },
        w.manufacturer.key,
      ),
    );
    expect(packInCell.extensions?.field).toBe('input.units[1].parentSerial');
    const moduleInCell = await refused('BAD_USER_INPUT', () =>
      t.gql(
        REGISTER_BATCH,
        {
          input: batchInput({
            units: [
              { serial: 'WK-C2', kind: 'CELL' },
              { serial: 'WK-X', kind: 'CELL' },
              { serial: 'WK-M2', kind: 'MODULE', parentSerial: 'WK-C2' },
            ],
          }),
        },
        w.manufacturer.key,
      ),
    );
    expect(moduleInCell.extensions?.field).toBe('input.units[2].parentSerial');
    expect(moduleInCell.message).toMatch(/MODULE cannot sit inside CELL/);
    const cellInCell = await refused('BAD_USER_INPUT', () =>
      t.gql(
        REGISTER_BATCH,
        {
          input: batchInput({
            units: [
              { serial: 'WK-C3', kind: 'CELL' },
              { serial: 'WK-C4', kind: 'CELL', parentSerial: 'WK-C3' },
            ],
          }),
        },
        w.manufacturer.key,
      ),
    );
    expect(cellInCell.extensions?.field).toBe('input.units[1].parentSerial');
    const missingParent = await refused('BAD_USER_INPUT', () =>
      t.gql(
        REGISTER_BATCH,
        { input: batchInput({ units: [{ serial: 'WK-C5', kind: 'CELL', parentSerial: 'NO-SUCH-MODULE' }] }) },
        w.manufacturer.key,
      ),
    );
    expect(missingParent.extensions?.field).toBe('input.units[0].parentSerial');
    expect(missingParent.message).toContain('NO-SUCH-MODULE');
  });

  it('refuses a duplicate serial with CONFLICT naming it, within one call and against registered units', async () => {
    const inCall = await refused('CONFLICT', () =>
      t.gql(
        REGISTER_BATCH,
        {
          input: batchInput({
            units: [
              { serial: 'DS-P', kind: 'PACK' },
              { serial: 'DS-C1', kind: 'CELL', parentSerial: 'DS-P' },
              { serial: 'DS-C1', kind: 'CELL' },
            ],
          }),
        },
        w.manufacturer.key,
      ),
    );
    expect(inCall.message).toContain('"DS-C1"');
    expect(inCall.extensions?.field).toBe('input.units[2].serial');

    // Twice with the very same facts is still two units with one serial.
    const twin = await refused('CONFLICT', () =>
      t.gql(
        REGISTER_BATCH,
        {
          input: batchInput({
            units: [
              { serial: 'DS-TWIN', kind: 'CELL' },
              { serial: 'DS-TWIN', kind: 'CELL' },
            ],
          }),
        },
        w.manufacturer.key,
      ),
    );
    expect(twin.message).toContain('"DS-TWIN"');
    expect(twin.extensions?.field).toBe('input.units[1].serial');

    await newBatch(t, w, { units: [{ serial: 'DS-TAKEN', kind: 'CELL' }] });
    const taken = await refused('CONFLICT', () =>
      t.gql(REGISTER_BATCH, { input: batchInput({ units: [{ serial: 'DS-TAKEN', kind: 'CELL' }] }) }, w.manufacturer.key),
    );
    expect(taken.message).toContain('"DS-TAKEN"');
    expect(taken.extensions?.field).toBe('input.units[0].serial');

    // A serial is unique per manufacturer: another manufacturer may use it.
    const other = await newWorld(t);
    await newBatch(t, other, { units: [{ serial: 'DS-TAKEN', kind: 'CELL' }] });
  });

  it('refuses more than 10,000 units in one GraphQL call and writes nothing', async () => {
    const units = Array.from({ length: 10_001 }, (_, i) => ({ serial: `X${i}`, kind: 'CELL' }));
    const err = await refused('BAD_USER_INPUT', () => t.gql(REGISTER_BATCH, { input: batchInput({ units }) }, w.manufacturer.key));
    expect(err.extensions?.field).toBe('input.units');
    expect(err.message).toMatch(/10000/);
    const b = await newBatch(t, w);
    await refused('BAD_USER_INPUT', () => t.gql(REGISTER_UNITS, { input: { batchId: b.id, units } }, w.manufacturer.key));
  });

  it('refuses registerUnits on an unknown batch, another manufacturer’s batch, or without a key', async () => {
    const other = await newWorld(t);
    const theirs = await newBatch(t, other);
    const units = [{ serial: 'RX-1', kind: 'CELL' }];
    const nf = await refused('NOT_FOUND', () => t.gql(REGISTER_UNITS, { input: { batchId: UNKNOWN_ID, units } }, w.manufacturer.key));
    expect(nf.extensions?.field).toBe('input.batchId');
    const fb = await refused('FORBIDDEN', () => t.gql(REGISTER_UNITS, { input: { batchId: theirs.id, units } }, w.manufacturer.key));
    expect(fb.extensions?.field).toBe('input.batchId');
    await refused('UNAUTHENTICATED', () => t.gql(REGISTER_UNITS, { input: { batchId: theirs.id, units } }));
  });

  it('refuses to put a unit under a parent of another manufacturer', async () => {
    const other = await newWorld(t);
    await newBatch(t, other, { units: [{ serial: 'FOREIGN-P', kind: 'PACK' }] });
    const err = await refused('BAD_USER_INPUT', () =>
      t.gql(
        REGISTER_BATCH,
        { input: batchInput({ units: [{ serial: 'MINE-M', kind: 'MODULE', parentSerial: 'FOREIGN-P' }] }) },
        w.manufacturer.key,
      ),
    );
    expect(err.extensions?.field).toBe('input.units[0].parentSerial');
  });

  it('uses the factories: a second plant and model of the same manufacturer work', async () => {
    const plant = await newPlant(t, w.manufacturer, w.park.id);
    const model = await newModel(t, w.manufacturer, { name: 'NMC pack', chemistry: 'NMC811' });
    const b = await newBatch(t, w, { plantId: plant.id, modelId: model.id });
    const r = await t.gql<{ batch: { plant: { id: string }; model: { name: string; chemistry: string } } }>(
      `query($id: ID!) { batch(id: $id) { plant { id } model { name chemistry } } }`,
      { id: b.id },
    );
    expect(r.data!.batch).toEqual({ plant: { id: plant.id }, model: { name: 'NMC pack', chemistry: 'NMC811' } });
  });
});
