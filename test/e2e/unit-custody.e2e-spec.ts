import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { CREATE_SHIPMENT, glecFactorId, RECORD_EVENT, sailingInput } from '../support/shipments';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

/**
 * Lifecycle changes dated by event time, and custody on shipments: nothing changes while a unit
 * is on a shipment under way; once delivered, only the consignee changes it; what was shipped
 * stays in the lineage.
 */
const UNIT = 'id serial kind status parentId';
const REPACK = `mutation($input: RepackUnitsInput!) { repackUnits(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const DISASSEMBLE = `mutation($input: DisassembleInput!) { disassemble(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const REPURPOSE = `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const RECYCLE = `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const LINEAGE = `query($serial: String!, $m: ID) { unitLineage(serial: $serial, manufacturerId: $m) {
  unit { serial } chain { serial } shipments { id reference status shippedUnit { serial kind } } } }`;

const JUNE = {
  productionStart: '2026-06-01T00:00:00Z',
  productionEnd: '2026-06-30T00:00:00Z',
  declaredCellCount: 10,
  declaredModuleCount: 10,
  declaredPackCount: 10,
};
const VOYAGE: [string, string, string, string | null][] = [
  ['BOOKED', '2026-07-01T08:00:00Z', 'Ordos', null],
  ['GATE_IN', '2026-07-05T10:00:00Z', 'Tianjin Xingang container terminal', 'CNTXG'],
  ['LOADED', '2026-07-06T03:00:00Z', 'Tianjin Xingang, berth 7', 'CNTXG'],
  ['DEPARTED', '2026-07-06T18:00:00Z', 'Tianjin Xingang', 'CNTXG'],
  ['ARRIVED', '2026-08-12T06:00:00Z', 'Rotterdam Maasvlakte II', 'NLRTM'],
  ['DISCHARGED', '2026-08-12T20:00:00Z', 'Rotterdam Maasvlakte II', 'NLRTM'],
  ['CUSTOMS_CLEARED', '2026-08-13T09:00:00Z', 'Rotterdam customs', 'NLRTM'],
  ['DELIVERED', '2026-08-14T15:00:00Z', 'Rotterdam EV assembly plant', null],
];

interface Traced {
  id: string;
  serial: string;
  kind: string;
  status: string;
  parentId: string | null;
}

describe('event time of lifecycle changes, and custody of shipped units', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;
  let otherBuyer: OrgHandle;
  const P = `K${Date.now().toString(36).toUpperCase()}`;
  let shipment: { id: string; reference: string };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    otherBuyer = await newOrganization(t, 'BUYER');
    const batch = await newBatch(t, w, JUNE);
    const lines: string[] = [];
    for (let p = 0; p < 4; p++) {
      lines.push(JSON.stringify({ serial: `${P}-P${p}`, kind: 'PACK', producedAt: '2026-06-10T00:00:00Z' }));
      lines.push(
        JSON.stringify({ serial: `${P}-P${p}-M0`, kind: 'MODULE', parentSerial: `${P}-P${p}`, producedAt: '2026-06-10T00:00:00Z' }),
      );
      lines.push(
        JSON.stringify({ serial: `${P}-P${p}-M0-C0`, kind: 'CELL', parentSerial: `${P}-P${p}-M0`, producedAt: '2026-06-10T00:00:00Z' }),
      );
    }
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.join('\n') + '\n',
    });
    expect(res.status).toBe(200);
    // A cell taken out of P1 in June, before P1 ships: the shipment is not its history.
    const moved = await t.gql(
      REPACK,
      { input: { serials: [`${P}-P1-M0-C0`], parentId: await unitId(`${P}-P2-M0`), at: '2026-06-20T00:00:00Z' } },
      w.manufacturer.key,
    );
    expect(moved.errors).toBeUndefined();
    // The shipment carries the first two packs (P0, P1) of the batch; P2 and P3 stay home.
    const s = await t.gql<{ createShipment: { id: string; reference: string; cargoLines: { firstSerial: string; lastSerial: string }[] } }>(
      CREATE_SHIPMENT,
      {
        input: sailingInput({
          consigneeId: buyer.id,
          glecFactorId: await glecFactorId(t),
          cargoLines: [{ batchId: batch.id, containerNumber: 'CSQU3054383', packCount: 2, grossMassKg: 800 }],
        }),
      },
      w.manufacturer.key,
    );
    expect(s.errors).toBeUndefined();
    expect(s.data!.createShipment.cargoLines).toMatchObject([{ firstSerial: `${P}-P0`, lastSerial: `${P}-P1` }]);
    shipment = s.data!.createShipment;
  });
  afterAll(async () => {
    await t.close();
  });

  const unitId = async (serial: string): Promise<string> => {
    const rows: { id: string }[] = await t.db.query(`SELECT id::text FROM units WHERE manufacturer_id = $1 AND serial = $2`, [
      w.manufacturer.id,
      serial,
    ]);
    return `Unit:${rows[0].id}`;
  };
  const parentAt = async (serial: string, at: string): Promise<string | null> => {
    const r = await t.gql<{ unitAt: { parent: { serial: string } | null } }>(
      `query($s: String!, $at: DateTime!) { unitAt(serial: $s, at: $at) { parent { serial } } }`,
      { s: serial, at },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.unitAt.parent?.serial ?? null;
  };
  /** Expects the error code and the database unchanged; returns the error. */
  const refused = async (code: string, run: () => Promise<GqlResult>) => {
    const before = await t.snapshot();
    const err = expectError(await run(), code);
    expect(await t.snapshot()).toEqual(before);
    return err;
  };
  const record = async (type: string, occurredAt: string, place: string, locode: string | null) => {
    const r = await t.gql<{ recordShipmentEvent: { status: string } }>(
      RECORD_EVENT,
      { input: { shipmentId: shipment.id, type, occurredAt, place, locode } },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordShipmentEvent.status).toBe(type);
  };

  it('back-dates a repack by its event time, within bounds: not in the future, not before what it changes', async () => {
    const cell = `${P}-P2-M0-C0`;
    const target = await unitId(`${P}-P3-M0`);
    const future = new Date(Date.now() + 3600_000).toISOString();
    const e1 = await refused('BAD_USER_INPUT', () =>
      t.gql(REPACK, { input: { serials: [cell], parentId: target, at: future } }, w.manufacturer.key),
    );
    expect(e1.extensions?.field).toBe('input.at');
    expect(e1.message).toMatch(/is in the future \(now .*, allowed clock skew 300 s\)/);
    const e2 = await refused('BAD_USER_INPUT', () =>
      t.gql(REPACK, { input: { serials: [cell], parentId: target, at: '2026-06-09T00:00:00Z' } }, w.manufacturer.key),
    );
    expect(e2.message).toBe('input.at: 2026-06-09T00:00:00.000Z is before the unit was made (producedAt) (2026-06-10T00:00:00.000Z)');

    const ok = await t.gql<{ repackUnits: { occurredAt: string } }>(
      REPACK,
      { input: { serials: [cell], parentId: target, at: '2026-07-01T00:00:00Z', reason: 'repair' } },
      w.manufacturer.key,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.repackUnits.occurredAt).toBe('2026-07-01T00:00:00.000Z');
    expect(await parentAt(cell, '2026-06-20T00:00:00Z')).toBe(`${P}-P2-M0`);
    expect(await parentAt(cell, '2026-07-02T00:00:00Z')).toBe(`${P}-P3-M0`);
    const recorded: { occurred_at: Date; recorded_at: Date }[] = await t.db.query(
      `SELECT e.occurred_at, e.recorded_at FROM unit_events e JOIN units u ON u.id = e.unit_id WHERE u.serial = $1`,
      [cell],
    );
    expect(recorded[0].occurred_at.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(recorded[0].recorded_at.getTime()).toBeGreaterThan(Date.parse('2026-11-01T00:00:00Z'));

    // Back into its old module, but dated before its current placement began: refused.
    const oldModule = await unitId(`${P}-P2-M0`);
    const e3 = await refused('BAD_USER_INPUT', () =>
      t.gql(REPACK, { input: { serials: [cell], parentId: oldModule, at: '2026-06-25T00:00:00Z' } }, w.manufacturer.key),
    );
    expect(e3.message).toMatch(/before the units' current placement began \(2026-07-01T00:00:00.000Z\)/);

    // A status change may not predate the unit's last recorded change.
    const r = await t.gql(REPURPOSE, { input: { serial: `${P}-P3`, at: '2026-08-01T00:00:00Z' } }, w.manufacturer.key);
    expect(r.errors).toBeUndefined();
    const e4 = await refused('BAD_USER_INPUT', () =>
      t.gql(RECYCLE, { input: { serial: `${P}-P3`, at: '2026-07-15T00:00:00Z' } }, w.manufacturer.key),
    );
    expect(e4.message).toMatch(/before the units' last recorded change \(2026-08-01T00:00:00.000Z\)/);
  });

  it('refuses any change to units on a shipment that is created or under way, naming the shipment and its status', async () => {
    const moduleInShipment = `${P}-P0-M0`;
    const homePack = await unitId(`${P}-P2`);
    const created = await refused('CONFLICT', () =>
      t.gql(REPACK, { input: { serials: [moduleInShipment], parentId: homePack } }, w.manufacturer.key),
    );
    expect(created.message).toBe(
      `input.serials[0]: "${moduleInShipment}" (inside "${P}-P0") is on shipment ${shipment.reference} (status CREATED): nobody changes it until the shipment is delivered or returned`,
    );
    expect(created.extensions).toMatchObject({ shipmentId: shipment.id, reference: shipment.reference, status: 'CREATED' });
    // Nothing is packed into a shipped unit either.
    const shippedPack = await unitId(`${P}-P1`);
    const into = await refused('CONFLICT', () =>
      t.gql(REPACK, { input: { serials: [`${P}-P2-M0`], parentId: shippedPack } }, w.manufacturer.key),
    );
    expect(into.extensions?.field).toBe('input.parentId');

    for (const e of VOYAGE.slice(0, 4)) await record(...e);
    const departed = await refused('CONFLICT', () => t.gql(DISASSEMBLE, { input: { serial: `${P}-P0` } }, w.manufacturer.key));
    expect(departed.message).toMatch(new RegExp(`on shipment ${shipment.reference} \\(status DEPARTED\\)`));
    await refused('CONFLICT', () => t.gql(RECYCLE, { input: { serial: `${P}-P1-M0` } }, w.manufacturer.key));
    // Nor can the consignee, before delivery.
    const early = await refused('CONFLICT', () =>
      t.gql(DISASSEMBLE, { input: { serial: `${P}-P0`, manufacturerId: w.manufacturer.id } }, buyer.key),
    );
    expect(early.message).toMatch(/status DEPARTED/);
  });

  it('once delivered, refuses the manufacturer and lets the consignee disassemble, repurpose and recycle', async () => {
    for (const e of VOYAGE.slice(4)) await record(...e);
    const homePack = await unitId(`${P}-P2`);
    const repack = await refused('CONFLICT', () =>
      t.gql(REPACK, { input: { serials: [`${P}-P0-M0`], parentId: homePack } }, w.manufacturer.key),
    );
    expect(repack.message).toBe(
      `input.serials[0]: "${P}-P0-M0" (inside "${P}-P0") was delivered in shipment ${shipment.reference} (status DELIVERED): only its consignee changes it now, unless the shipment records a return`,
    );
    await refused('CONFLICT', () => t.gql(DISASSEMBLE, { input: { serial: `${P}-P0` } }, w.manufacturer.key));
    await refused('CONFLICT', () => t.gql(RECYCLE, { input: { serial: `${P}-P1` } }, w.manufacturer.key));
    await refused('CONFLICT', () => t.gql(REPURPOSE, { input: { serial: `${P}-P1` } }, w.manufacturer.key));

    // Who may ask: the consignee names the manufacturer; another buyer does not see the unit.
    const missing = await refused('BAD_USER_INPUT', () => t.gql(DISASSEMBLE, { input: { serial: `${P}-P0` } }, buyer.key));
    expect(missing.extensions?.field).toBe('input.manufacturerId');
    await refused('NOT_FOUND', () =>
      t.gql(DISASSEMBLE, { input: { serial: `${P}-P0`, manufacturerId: w.manufacturer.id } }, otherBuyer.key),
    );
    await refused('NOT_FOUND', () => t.gql(DISASSEMBLE, { input: { serial: `${P}-P2`, manufacturerId: w.manufacturer.id } }, buyer.key));
    await refused('FORBIDDEN', () => t.gql(REPACK, { input: { serials: [`${P}-P0-M0`], parentId: homePack } }, buyer.key));
    // Not dated before custody passed to the consignee.
    const beforeDelivery = await refused('BAD_USER_INPUT', () =>
      t.gql(DISASSEMBLE, { input: { serial: `${P}-P0`, manufacturerId: w.manufacturer.id, at: '2026-08-01T00:00:00Z' } }, buyer.key),
    );
    expect(beforeDelivery.message).toMatch(/before custody was handed over \(delivery or return\) \(2026-08-14T15:00:00.000Z\)/);

    const d = await t.gql<{ disassemble: { eventCount: number; units: Traced[] } }>(
      DISASSEMBLE,
      { input: { serial: `${P}-P0`, manufacturerId: w.manufacturer.id, at: '2026-09-01T00:00:00Z', reason: 'second life' } },
      buyer.key,
    );
    expect(d.errors).toBeUndefined();
    expect(d.data!.disassemble.eventCount).toBe(2);
    const actors: { actor_type: string; actor_id: string; manufacturer_id: string }[] = await t.db.query(
      `SELECT DISTINCT e.actor_type, e.actor_id, e.manufacturer_id FROM unit_events e JOIN units u ON u.id = e.unit_id WHERE u.serial = $1`,
      [`${P}-P0`],
    );
    expect(actors).toEqual([{ actor_type: 'ORGANIZATION', actor_id: buyer.id, manufacturer_id: w.manufacturer.id }]);

    // The module left the delivered pack but stays in the consignee's custody.
    await refused('CONFLICT', () => t.gql(REPACK, { input: { serials: [`${P}-P0-M0`], parentId: homePack } }, w.manufacturer.key));
    const rep = await t.gql<{ markRepurposed: { units: Traced[] } }>(
      REPURPOSE,
      { input: { serial: `${P}-P0-M0`, manufacturerId: w.manufacturer.id, status: 'REPURPOSED' } },
      buyer.key,
    );
    expect(rep.errors).toBeUndefined();
    expect(rep.data!.markRepurposed.units).toMatchObject([{ serial: `${P}-P0-M0`, status: 'REPURPOSED' }]);
    const rec = await t.gql<{ markRecycled: { eventCount: number } }>(
      RECYCLE,
      { input: { serial: `${P}-P1`, manufacturerId: w.manufacturer.id } },
      buyer.key,
    );
    expect(rec.errors).toBeUndefined();
    expect(rec.data!.markRecycled.eventCount).toBe(2); // the pack and its module (its cell left in June)
  });

  it('keeps the shipment in the lineage of what it carried, for the consignee too, after the pack was taken apart', async () => {
    type L = {
      unitLineage: {
        chain: { serial: string }[];
        shipments: { id: string; status: string; shippedUnit: { serial: string; kind: string } }[];
      };
    };
    for (const serial of [`${P}-P0-M0-C0`, `${P}-P0-M0`]) {
      for (const [key, m] of [
        [buyer.key, w.manufacturer.id],
        [w.manufacturer.key, null],
      ] as const) {
        const r = await t.gql<L>(LINEAGE, { serial, m }, key);
        expect(r.errors).toBeUndefined();
        expect(r.data!.unitLineage.shipments).toEqual([
          { id: shipment.id, reference: shipment.reference, status: 'DELIVERED', shippedUnit: { serial: `${P}-P0`, kind: 'PACK' } },
        ]);
      }
    }
    const chain = await t.gql<L>(LINEAGE, { serial: `${P}-P0-M0`, m: w.manufacturer.id }, buyer.key);
    expect(chain.data!.unitLineage.chain.map((u) => u.serial)).toEqual([`${P}-P0-M0`]);
    // A unit never shipped stays invisible to the buyer; a unit repacked out of a pack before it shipped is not in its lineage.
    expectError(await t.gql(LINEAGE, { serial: `${P}-P2-M0`, m: w.manufacturer.id }, buyer.key), 'NOT_FOUND');
    const early = await t.gql<L>(LINEAGE, { serial: `${P}-P1-M0-C0` }, w.manufacturer.key);
    expect(early.data!.unitLineage.shipments).toEqual([]);
    expectError(await t.gql(LINEAGE, { serial: `${P}-P1-M0-C0`, m: w.manufacturer.id }, buyer.key), 'NOT_FOUND');
    // ... and stays in its manufacturer's custody.
    const home = await t.gql(RECYCLE, { input: { serial: `${P}-P1-M0-C0` } }, w.manufacturer.key);
    expect(home.errors).toBeUndefined();
    expectError(await t.gql(LINEAGE, { serial: `${P}-P0-M0-C0`, m: w.manufacturer.id }, otherBuyer.key), 'NOT_FOUND');
  });
});
