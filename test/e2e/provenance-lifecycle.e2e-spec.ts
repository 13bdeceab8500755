import { newBatch, newOrganization, newWorld, OrgHandle, unitsNdjson, World } from '../support/factories';
import { CREATE_SHIPMENT, glecFactorId, newPackedBatch, sailingInput } from '../support/shipments';
import { expectError, startTestApp, TestApp } from '../support/test-app';

interface Traced {
  id: string;
  serial: string;
  kind: string;
  status: string;
  parentId: string | null;
}
const UNIT = 'id serial kind status batchId parentId';
const REPACK = `mutation($input: RepackUnitsInput!) { repackUnits(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const LINEAGE = `query($serial: String!, $m: ID) { unitLineage(serial: $serial, manufacturerId: $m) {
  unit { ${UNIT} } chain { ${UNIT} } batch { id batchNumber modelName chemistry } manufacturer { id name } plant { id name }
  park { id code } shipments { id billOfLadingNumber vesselImo portOfLoading portOfDischarge consignee { id name } shippedUnit { serial kind } } } }`;

describe('provenance: aggregation changes, membership history and unit lineage', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let buyer: OrgHandle;
  let otherBuyer: OrgHandle;
  const P = `L${Date.now().toString(36).toUpperCase()}`;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    other = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    otherBuyer = await newOrganization(t, 'BUYER');
    const batch = await newBatch(t, w);
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson(P, 4, 2, 2),
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const unitId = async (serial: string, key = w.manufacturer.key): Promise<string> => {
    const r = await t.gql<{ unitLineage: { unit: Traced } }>(LINEAGE, { serial }, key);
    expect(r.errors).toBeUndefined();
    return r.data!.unitLineage.unit.id;
  };
  const memberships = async (serial: string) => {
    const r = await t.gql<{ unitMemberships: { parent: Traced; validFrom: string; validTo: string | null }[] }>(
      `query($s: String!) { unitMemberships(serial: $s) { parent { ${UNIT} } validFrom validTo } }`,
      { s: serial },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.unitMemberships;
  };
  const placement = async (serial: string, at: string) => {
    const r = await t.gql<{ unitAt: { parent: Traced | null; pack: Traced | null; ancestors: Traced[] } }>(
      `query($s: String!, $at: DateTime!) { unitAt(serial: $s, at: $at) { parent { serial } pack { serial } ancestors { serial kind } } }`,
      { s: serial, at },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.unitAt;
  };

  it('records the membership of every ingested unit that has a parent', async () => {
    const m = await memberships(`${P}-P0-M0-C0`);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ parent: { serial: `${P}-P0-M0`, kind: 'MODULE' }, validTo: null });
    expect(await memberships(`${P}-P0`)).toEqual([]);
    // Relations through per-request DataLoaders: every module's parent pack and batch.
    const rel = await t.gql<{
      unitMemberships: { parent: { serial: string; parent: { serial: string } | null; batch: { id: string } } }[];
    }>(
      `query($s: String!) { unitMemberships(serial: $s) { parent { serial parent { serial } batch { id } } } }`,
      { s: `${P}-P0-M1-C1` },
      w.manufacturer.key,
    );
    expect(rel.errors).toBeUndefined();
    expect(rel.data!.unitMemberships[0].parent).toMatchObject({ serial: `${P}-P0-M1`, parent: { serial: `${P}-P0` } });
    expect(rel.data!.unitMemberships[0].parent.batch.id).toMatch(/^[0-9a-f-]{36}$/);
    const [{ n }]: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM unit_membership_history m JOIN units u ON u.id = m.unit_id WHERE u.serial LIKE $1`,
      [`${P}-%`],
    );
    expect(n).toBe(4 * 2 + 4 * 2 * 2); // every module and every cell, none for the packs
  });

  it('follows a cell through a repack: both memberships stay queryable at their times', async () => {
    const cell = `${P}-P0-M0-C0`;
    const target = await unitId(`${P}-P1-M1`);
    const before = await t.snapshot();
    const r = await t.gql<{ repackUnits: { occurredAt: string; eventCount: number; units: Traced[] } }>(
      REPACK,
      { input: { serials: [cell], parentId: target, reason: 'cell swap during repair' } },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.repackUnits).toMatchObject({ eventCount: 1, units: [{ serial: cell, parentId: target, status: 'ORIGINAL' }] });
    const after = await t.snapshot();
    expect(after.unit_events - before.unit_events).toBe(1);
    expect(after.audit_events - before.audit_events).toBe(1);
    // The cell never moved before: its implicit first membership is written out (closed) with the new one.
    expect(after.unit_memberships - before.unit_memberships).toBe(2);

    const m = await memberships(cell);
    expect(m.map((x) => x.parent.serial)).toEqual([`${P}-P0-M0`, `${P}-P1-M1`]);
    expect(m[0].validTo).toBe(m[1].validFrom);
    expect(m[1].validTo).toBeNull();
    expect(m[1].validFrom).toBe(r.data!.repackUnits.occurredAt);

    const then = await placement(cell, m[0].validFrom);
    expect(then).toMatchObject({ parent: { serial: `${P}-P0-M0` }, pack: { serial: `${P}-P0` } });
    expect(then.ancestors.map((a) => a.kind)).toEqual(['MODULE', 'PACK']);
    const now = await placement(cell, m[1].validFrom);
    expect(now).toMatchObject({ parent: { serial: `${P}-P1-M1` }, pack: { serial: `${P}-P1` } });
    // The provenance graph at either time shows the membership of that time only.
    const parentsAt = async (at: string) => {
      const g = await t.gql<{ provenance: { nodes: { label: string; kind: string }[] } }>(
        `query($root: ID!, $at: DateTime) { provenance(rootId: $root, direction: DOWNSTREAM, depth: 1, at: $at, kinds: ["MODULE"]) { nodes { label kind } } }`,
        { root: r.data!.repackUnits.units[0].id, at },
        w.manufacturer.key,
      );
      expect(g.errors).toBeUndefined();
      return g.data!.provenance.nodes.filter((n) => n.kind === 'MODULE').map((n) => n.label);
    };
    expect(await parentsAt(m[0].validFrom)).toEqual([`${P}-P0-M0`]);
    expect(await parentsAt(m[1].validFrom)).toEqual([`${P}-P1-M1`]);
    const beforeBirth = await placement(cell, '2000-01-01T00:00:00Z');
    expect(beforeBirth).toMatchObject({ parent: null, pack: null, ancestors: [] });
  });

  it('refuses a repack into itself, its own child, another manufacturer’s pack or a recycled pack, writing nothing', async () => {
    const mod = `${P}-P2-M0`;
    const modId = await unitId(mod);
    const childCell = await unitId(`${P}-P2-M0-C1`);
    const foreignBatch = await newBatch(t, other);
    const up = await t.http(`/batches/${foreignBatch.id}/units`, {
      method: 'POST',
      key: other.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson(`${P}X`, 1, 1, 1),
    });
    expect(up.status).toBe(200);
    const foreignPack = await unitId(`${P}X-P0`, other.manufacturer.key);
    const recycled = await unitId(`${P}-P3`);
    const rec = await t.gql(
      `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { eventCount units { serial status } } }`,
      { input: { serial: `${P}-P3` } },
      w.manufacturer.key,
    );
    expect(rec.errors).toBeUndefined();
    expect(rec.data).toMatchObject({ markRecycled: { eventCount: 1 + 2 + 4 } });

    const before = await t.snapshot();
    const self = expectError(await t.gql(REPACK, { input: { serials: [mod], parentId: modId } }, w.manufacturer.key), 'BAD_USER_INPUT');
    expect(self.message).toMatch(/into itself/);
    const child = expectError(
      await t.gql(REPACK, { input: { serials: [mod], parentId: childCell } }, w.manufacturer.key),
      'BAD_USER_INPUT',
    );
    expect(child.message).toMatch(/sits inside it/);
    expectError(await t.gql(REPACK, { input: { serials: [mod], parentId: foreignPack } }, w.manufacturer.key), 'FORBIDDEN');
    const waste = expectError(await t.gql(REPACK, { input: { serials: [mod], parentId: recycled } }, w.manufacturer.key), 'CONFLICT');
    expect(waste.message).toMatch(/recycled/);
    expectError(await t.gql(REPACK, { input: { serials: ['NO-SUCH'], parentId: recycled } }, w.manufacturer.key), 'NOT_FOUND');
    expectError(await t.gql(REPACK, { input: { serials: [mod], parentId: 'Unit:99999999999' } }, w.manufacturer.key), 'NOT_FOUND');
    expectError(await t.gql(REPACK, { input: { serials: [mod], parentId: 'Batch:42' } }, w.manufacturer.key), 'BAD_USER_INPUT');
    expectError(
      await t.gql(REPACK, { input: { serials: [mod], parentId: await unitId(`${P}-P1`), at: '2999-01-01T00:00:00Z' } }, w.manufacturer.key),
      'BAD_USER_INPUT',
    );
    expectError(
      await t.gql(
        `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { eventCount } }`,
        { input: { serial: `${P}-P3` } },
        w.manufacturer.key,
      ),
      'CONFLICT',
    );
    expect(await t.snapshot()).toEqual(before);
  });

  it('disassembles a pack and marks a pack repurposed, each an event with actor and time', async () => {
    const d = await t.gql<{ disassemble: { eventCount: number; units: Traced[] } }>(
      `mutation($input: DisassembleInput!) { disassemble(input: $input) { eventCount units { ${UNIT} } } }`,
      { input: { serial: `${P}-P2` } },
      w.manufacturer.key,
    );
    expect(d.errors).toBeUndefined();
    expect(d.data!.disassemble.eventCount).toBe(3);
    expect(d.data!.disassemble.units.filter((u) => u.kind === 'MODULE').map((u) => u.parentId)).toEqual([null, null]);
    expect((await memberships(`${P}-P2-M0`)).map((m) => m.validTo === null)).toEqual([false]);
    const again = expectError(
      await t.gql(
        `mutation($input: DisassembleInput!) { disassemble(input: $input) { eventCount } }`,
        { input: { serial: `${P}-P2` } },
        w.manufacturer.key,
      ),
      'BAD_USER_INPUT',
    );
    expect(again.message).toMatch(/no units inside/);

    const r = await t.gql<{ markRepurposed: { units: Traced[] } }>(
      `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { units { serial status } } }`,
      { input: { serial: `${P}-P1`, status: 'REUSED', reason: 'second life: stationary storage' } },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.markRepurposed.units).toEqual([{ serial: `${P}-P1`, status: 'REUSED' }]);
    const events: { kind: string; actor_type: string; actor_id: string; status: string | null }[] = await t.db.query(
      `SELECT e.kind, e.actor_type, e.actor_id, e.status FROM unit_events e JOIN units u ON u.id = e.unit_id WHERE u.serial = $1`,
      [`${P}-P1`],
    );
    expect(events).toEqual([{ kind: 'STATUS_CHANGED', actor_type: 'ORGANIZATION', actor_id: w.manufacturer.id, status: 'REUSED' }]);
    expectError(
      await t.gql(
        `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { eventCount } }`,
        { input: { serial: `${P}-P1` } },
        other.manufacturer.key,
      ),
      'NOT_FOUND',
    );
  });

  it('answers unitLineage cell → module → pack → batch → plant → park → shipment → buyer, for the owner and its buyer only', async () => {
    const batch = await newPackedBatch(t, w, 2);
    const glec = await glecFactorId(t);
    const s = await t.gql<{ createShipment: { id: string; billOfLadingNumber: string } }>(
      CREATE_SHIPMENT,
      {
        input: sailingInput({
          consigneeId: buyer.id,
          glecFactorId: glec,
          cargoLines: [{ batchId: batch.id, containerNumber: 'CSQU3054383', packCount: 2, grossMassKg: 800 }],
        }),
      },
      w.manufacturer.key,
    );
    expect(s.errors).toBeUndefined();
    const cell = `${batch.prefix}-P1-M0-C0`;
    type L = {
      unitLineage: {
        chain: Traced[];
        batch: { id: string };
        plant: { id: string };
        park: { id: string };
        shipments: { id: string; consignee: { id: string }; shippedUnit: { serial: string; kind: string } }[];
      };
    };
    const own = await t.gql<L>(LINEAGE, { serial: cell }, w.manufacturer.key);
    expect(own.errors).toBeUndefined();
    const l = own.data!.unitLineage;
    expect(l.chain.map((u) => [u.kind, u.serial])).toEqual([
      ['CELL', cell],
      ['MODULE', `${batch.prefix}-P1-M0`],
      ['PACK', `${batch.prefix}-P1`],
    ]);
    expect(l.batch.id).toBe(batch.id);
    expect(l.plant.id).toBe(w.plant.id);
    expect(l.park.id).toBe(w.park.id);
    expect(l.shipments).toEqual([
      expect.objectContaining({
        id: s.data!.createShipment.id,
        consignee: expect.objectContaining({ id: buyer.id }),
        shippedUnit: { serial: `${batch.prefix}-P1`, kind: 'PACK' },
      }),
    ]);

    const asBuyer = await t.gql<L>(LINEAGE, { serial: cell, m: w.manufacturer.id }, buyer.key);
    expect(asBuyer.errors).toBeUndefined();
    expect(asBuyer.data!.unitLineage.shipments.map((x) => x.id)).toEqual([s.data!.createShipment.id]);
    expectError(await t.gql(LINEAGE, { serial: cell, m: w.manufacturer.id }, otherBuyer.key), 'NOT_FOUND');
    expectError(await t.gql(LINEAGE, { serial: `${P}-P0`, m: w.manufacturer.id }, buyer.key), 'NOT_FOUND');
    expectError(await t.gql(LINEAGE, { serial: cell }, other.manufacturer.key), 'NOT_FOUND');
    expectError(await t.gql(LINEAGE, { serial: cell, m: w.manufacturer.id }, other.manufacturer.key), 'FORBIDDEN');
    expectError(await t.gql(LINEAGE, { serial: 'NO-SUCH-SERIAL' }, w.manufacturer.key), 'NOT_FOUND');
    const admin = await t.gql<L>(LINEAGE, { serial: cell, m: w.manufacturer.id }, t.adminKey);
    expect(admin.data!.unitLineage.chain).toHaveLength(3);
  });
});
