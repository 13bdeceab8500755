import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { containerNumber, CREATE_SHIPMENT, glecFactorId, sailingInput } from '../support/shipments';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

/**
 * Custody of units meets the shipment journey: a return hands custody back to the manufacturer,
 * a delivery taken back by a correction puts the goods back under way, and corrected events
 * (the original stays in the history) never decide custody or event-time bounds.
 */
const UNIT = 'id serial kind status parentId';
const REPACK = `mutation($input: RepackUnitsInput!) { repackUnits(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const DISASSEMBLE = `mutation($input: DisassembleInput!) { disassemble(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const REPURPOSE = `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const RECYCLE = `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { occurredAt eventCount units { ${UNIT} } } }`;
const LINEAGE = `query($serial: String!, $m: ID) { unitLineage(serial: $serial, manufacturerId: $m) {
  chain { serial } shipments { id reference status shippedUnit { serial kind } } } }`;
const EVENTS = 'id status deliveredAt returnedAt events { id type occurredAt correction { reason correctiveEventId } }';
const RECORD = `mutation($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { ${EVENTS} } }`;
const CORRECT = `mutation($input: CorrectShipmentEventInput!) { correctShipmentEvent(input: $input) { ${EVENTS} } }`;

const JUNE = {
  productionStart: '2026-06-01T00:00:00Z',
  productionEnd: '2026-06-30T00:00:00Z',
  declaredCellCount: 6,
  declaredModuleCount: 6,
  declaredPackCount: 6,
};
const PORT: Record<string, string | null> = { GATE_IN: 'CNTXG', LOADED: 'CNTXG', DEPARTED: 'CNTXG', ARRIVED: 'NLRTM', DISCHARGED: 'NLRTM' };
const VOYAGE: [string, string][] = [
  ['BOOKED', '2026-07-01T08:00:00Z'],
  ['GATE_IN', '2026-07-05T10:00:00Z'],
  ['LOADED', '2026-07-06T03:00:00Z'],
  ['DEPARTED', '2026-07-06T18:00:00Z'],
  ['ARRIVED', '2026-08-12T06:00:00Z'],
  ['DISCHARGED', '2026-08-12T20:00:00Z'],
  ['CUSTOMS_CLEARED', '2026-08-13T09:00:00Z'],
  ['DELIVERED', '2026-08-14T15:00:00Z'],
];

interface ShipmentView {
  id: string;
  status: string;
  deliveredAt: string | null;
  returnedAt: string | null;
  events: { id: string; type: string; occurredAt: string; correction: { reason: string; correctiveEventId: string | null } | null }[];
}
interface Lineage {
  unitLineage: { chain: { serial: string }[]; shipments: { id: string; status: string; shippedUnit: { serial: string; kind: string } }[] };
}

describe('custody after a return, and after a delivery taken back by a correction', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;
  let otherBuyer: OrgHandle;
  const P = `R${Date.now().toString(36).toUpperCase()}`;
  /** Carries packs P0 and P1: delivered, then returned. */
  let returned: { id: string; reference: string };
  /** Carries packs P2 and P3: delivered, the delivery then taken back. */
  let retaken: { id: string; reference: string };

  const unitId = async (serial: string): Promise<string> => {
    const rows: { id: string }[] = await t.db.query(`SELECT id::text FROM units WHERE manufacturer_id = $1 AND serial = $2`, [
      w.manufacturer.id,
      serial,
    ]);
    return `Unit:${rows[0].id}`;
  };
  /** Every unit of the test's batch: where it sits and its status (row counts alone miss an update). */
  const unitsState = (): Promise<unknown[]> =>
    t.db.query(`SELECT serial, parent_id::text, status FROM units WHERE manufacturer_id = $1 AND serial LIKE $2 ORDER BY serial`, [
      w.manufacturer.id,
      `${P}-%`,
    ]);
  /** Expects the error code, no row added or removed and no unit changed; returns the error. */
  const refused = async (code: string, run: () => Promise<GqlResult>) => {
    const before = await t.snapshot();
    const units = await unitsState();
    const err = expectError(await run(), code);
    expect(await t.snapshot()).toEqual(before);
    expect(await unitsState()).toEqual(units);
    return err;
  };
  const record = async (shipmentId: string, type: string, occurredAt: string): Promise<ShipmentView> => {
    const r = await t.gql<{ recordShipmentEvent: ShipmentView }>(
      RECORD,
      { input: { shipmentId, type, occurredAt, place: `${type} place`, locode: PORT[type] ?? null } },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordShipmentEvent.status).toBe(type);
    return r.data!.recordShipmentEvent;
  };
  const ok = async <T>(r: Promise<GqlResult<T>>): Promise<T> => {
    const res = await r;
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const lineage = (serial: string, key: string, m: string | null = null) => ok(t.gql<Lineage>(LINEAGE, { serial, m }, key));
  const parentAt = async (serial: string, at: string): Promise<string | null> => {
    const d = await ok(
      t.gql<{ unitAt: { parent: { serial: string } | null } }>(
        `query($s: String!, $at: DateTime!) { unitAt(serial: $s, at: $at) { parent { serial } } }`,
        { s: serial, at },
        w.manufacturer.key,
      ),
    );
    return d.unitAt.parent?.serial ?? null;
  };

  /** Registers `packs` packs of one module of one cell, made in June, through the bulk endpoint. */
  const upload = async (batchId: string, prefix: string, packs: number) => {
    const made = '2026-06-10T00:00:00Z';
    const lines: string[] = [];
    for (let p = 0; p < packs; p++) {
      lines.push(JSON.stringify({ serial: `${prefix}-P${p}`, kind: 'PACK', producedAt: made }));
      lines.push(JSON.stringify({ serial: `${prefix}-P${p}-M0`, kind: 'MODULE', parentSerial: `${prefix}-P${p}`, producedAt: made }));
      lines.push(JSON.stringify({ serial: `${prefix}-P${p}-M0-C0`, kind: 'CELL', parentSerial: `${prefix}-P${p}-M0`, producedAt: made }));
    }
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.join('\n') + '\n',
    });
    expect(res.status).toBe(200);
  };
  /** A shipment to the buyer of the first `packs` unshipped packs of the batch, in one fresh container. */
  const ship = async (batchId: string, container: string, packs: number, first: string, last: string) => {
    const s = await ok(
      t.gql<{ createShipment: { id: string; reference: string; cargoLines: { firstSerial: string; lastSerial: string }[] } }>(
        CREATE_SHIPMENT,
        {
          input: sailingInput({
            consigneeId: buyer.id,
            glecFactorId: await glecFactorId(t),
            containers: [{ containerNumber: container, sealNumber: 'SEAL-R1', sizeType: '22G1', grossMassKg: 3000 }],
            cargoLines: [{ batchId, containerNumber: container, packCount: packs, grossMassKg: 400 * packs }],
          }),
        },
        w.manufacturer.key,
      ),
    );
    expect(s.createShipment.cargoLines).toMatchObject([{ firstSerial: first, lastSerial: last }]);
    return s.createShipment;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    otherBuyer = await newOrganization(t, 'BUYER');
    const batch = await newBatch(t, w, JUNE);
    await upload(batch.id, P, 6);
    returned = await ship(batch.id, containerNumber('BTR', 1), 2, `${P}-P0`, `${P}-P1`);
    retaken = await ship(batch.id, containerNumber('BTR', 2), 2, `${P}-P2`, `${P}-P3`);
    for (const s of [returned, retaken]) for (const [type, at] of VOYAGE) await record(s.id, type, at);
  });
  afterAll(async () => {
    await t.close();
  });

  it('after a return, the former consignee holds nothing: CONFLICT naming the shipment, nothing changed', async () => {
    // While delivered, the consignee takes the module out of P1.
    await ok(
      t.gql(DISASSEMBLE, { input: { serial: `${P}-P1`, manufacturerId: w.manufacturer.id, at: '2026-09-01T00:00:00Z' } }, buyer.key),
    );
    // The return is first recorded with a wrong date, then corrected: the corrected original stays in the history.
    const wrong = await record(returned.id, 'RETURNED', '2026-09-25T10:00:00Z');
    const wrongId = wrong.events.find((e) => e.type === 'RETURNED')!.id;
    const fixed = (
      await ok(
        t.gql<{ correctShipmentEvent: ShipmentView }>(
          CORRECT,
          {
            input: {
              shipmentId: returned.id,
              eventId: wrongId,
              reason: 'dated by the carrier invoice, not by the hand-over at the factory gate',
              replacement: { type: 'RETURNED', occurredAt: '2026-09-15T10:00:00Z', place: 'Ordos factory gate' },
            },
          },
          w.manufacturer.key,
        ),
      )
    ).correctShipmentEvent;
    expect(fixed).toMatchObject({ status: 'RETURNED', returnedAt: '2026-09-15T10:00:00.000Z' });
    expect(fixed.events.filter((e) => e.type === 'RETURNED').map((e) => [e.occurredAt, e.correction?.reason ?? null])).toEqual(
      expect.arrayContaining([
        ['2026-09-25T10:00:00.000Z', 'dated by the carrier invoice, not by the hand-over at the factory gate'],
        ['2026-09-15T10:00:00.000Z', null],
      ]),
    );

    const m = w.manufacturer.id;
    const pack = await refused('CONFLICT', () => t.gql(DISASSEMBLE, { input: { serial: `${P}-P0`, manufacturerId: m } }, buyer.key));
    expect(pack.message).toBe(
      `input.serial: "${P}-P0" went back to its manufacturer with shipment ${returned.reference} (status RETURNED): the consignee no longer holds it`,
    );
    expect(pack.extensions).toMatchObject({
      field: 'input.serial',
      shipmentId: returned.id,
      reference: returned.reference,
      status: 'RETURNED',
    });
    // The module the consignee took out before the return went back with it too.
    const loose = await refused('CONFLICT', () => t.gql(REPURPOSE, { input: { serial: `${P}-P1-M0`, manufacturerId: m } }, buyer.key));
    expect(loose.message).toBe(
      `input.serial: "${P}-P1-M0" (inside "${P}-P1") went back to its manufacturer with shipment ${returned.reference} (status RETURNED): the consignee no longer holds it`,
    );
    await refused('CONFLICT', () => t.gql(RECYCLE, { input: { serial: `${P}-P0-M0`, manufacturerId: m } }, buyer.key));
    // A buyer that never was the consignee does not see the units at all.
    await refused('NOT_FOUND', () => t.gql(DISASSEMBLE, { input: { serial: `${P}-P0`, manufacturerId: m } }, otherBuyer.key));
  });

  it('after a return, the manufacturer repacks again, dated after the return (not before it)', async () => {
    const home = await unitId(`${P}-P4`);
    const early = await refused('BAD_USER_INPUT', () =>
      t.gql(REPACK, { input: { serials: [`${P}-P0-M0`], parentId: home, at: '2026-09-10T00:00:00Z' } }, w.manufacturer.key),
    );
    expect(early.extensions?.field).toBe('input.at');
    expect(early.message).toBe(
      'input.at: 2026-09-10T00:00:00.000Z is before custody was handed over (delivery or return) (2026-09-15T10:00:00.000Z)',
    );
    // After the return as corrected, before the wrong date of the corrected original: accepted.
    const r = await ok(
      t.gql<{ repackUnits: { occurredAt: string; units: { serial: string; parentId: string }[] } }>(
        REPACK,
        { input: { serials: [`${P}-P0-M0`], parentId: home, at: '2026-09-20T00:00:00Z', reason: 'refurbished after the return' } },
        w.manufacturer.key,
      ),
    );
    expect(r.repackUnits.occurredAt).toBe('2026-09-20T00:00:00.000Z');
    expect(r.repackUnits.units).toMatchObject([{ serial: `${P}-P0-M0`, parentId: home }]);
    expect(await parentAt(`${P}-P0-M0`, '2026-09-19T00:00:00Z')).toBe(`${P}-P0`);
    expect(await parentAt(`${P}-P0-M0`, '2026-09-21T00:00:00Z')).toBe(`${P}-P4`);
    // The module the consignee took out, and the returned pack itself, are the manufacturer's again.
    await ok(
      t.gql(
        REPACK,
        { input: { serials: [`${P}-P1-M0`], parentId: await unitId(`${P}-P5`), at: '2026-09-20T00:00:00Z' } },
        w.manufacturer.key,
      ),
    );
    await ok(
      t.gql(
        REPACK,
        { input: { serials: [`${P}-P5-M0`], parentId: await unitId(`${P}-P0`), at: '2026-09-21T00:00:00Z' } },
        w.manufacturer.key,
      ),
    );
  });

  it('keeps the returned shipment in the lineage of what it carried, not of what was packed in after the return', async () => {
    for (const [key, m] of [
      [w.manufacturer.key, null],
      [buyer.key, w.manufacturer.id],
    ] as const) {
      const cell = await lineage(`${P}-P0-M0-C0`, key, m);
      expect(cell.unitLineage.chain.map((u) => u.serial)).toEqual([`${P}-P0-M0-C0`, `${P}-P0-M0`, `${P}-P4`]);
      expect(cell.unitLineage.shipments).toEqual([
        { id: returned.id, reference: returned.reference, status: 'RETURNED', shippedUnit: { serial: `${P}-P0`, kind: 'PACK' } },
      ]);
      const moved = await lineage(`${P}-P1-M0`, key, m);
      expect(moved.unitLineage.shipments).toEqual([
        { id: returned.id, reference: returned.reference, status: 'RETURNED', shippedUnit: { serial: `${P}-P1`, kind: 'PACK' } },
      ]);
    }
    // Packed into the returned pack after the return: the shipment is not its history.
    const after = await lineage(`${P}-P5-M0-C0`, w.manufacturer.key);
    expect(after.unitLineage.chain.map((u) => u.serial)).toEqual([`${P}-P5-M0-C0`, `${P}-P5-M0`, `${P}-P0`]);
    expect(after.unitLineage.shipments).toEqual([]);
    expectError(await t.gql(LINEAGE, { serial: `${P}-P5-M0-C0`, m: w.manufacturer.id }, buyer.key), 'NOT_FOUND');
  });

  it('a delivery corrected away puts the goods back under way; the delivery recorded again hands them over at its own time', async () => {
    const delivered = (
      await ok(t.gql<{ shipment: ShipmentView }>(`query($id: ID!) { shipment(id: $id) { ${EVENTS} } }`, { id: retaken.id }, buyer.key))
    ).shipment.events.find((e) => e.type === 'DELIVERED')!;
    const c = await ok(
      t.gql<{ correctShipmentEvent: ShipmentView }>(
        CORRECT,
        { input: { shipmentId: retaken.id, eventId: delivered.id, reason: 'the consignee had not signed the delivery note' } },
        w.manufacturer.key,
      ),
    );
    expect(c.correctShipmentEvent).toMatchObject({ status: 'CUSTOMS_CLEARED', deliveredAt: null });

    const m = w.manufacturer.id;
    const consignee = await refused('CONFLICT', () => t.gql(DISASSEMBLE, { input: { serial: `${P}-P2`, manufacturerId: m } }, buyer.key));
    expect(consignee.message).toBe(
      `input.serial: "${P}-P2" is on shipment ${retaken.reference} (status CUSTOMS_CLEARED): nobody changes it until the shipment is delivered or returned`,
    );
    expect(consignee.extensions).toMatchObject({ shipmentId: retaken.id, reference: retaken.reference, status: 'CUSTOMS_CLEARED' });
    await refused('CONFLICT', () => t.gql(REPURPOSE, { input: { serial: `${P}-P3-M0`, manufacturerId: m } }, buyer.key));
    const home = await unitId(`${P}-P4`);
    const maker = await refused('CONFLICT', () =>
      t.gql(REPACK, { input: { serials: [`${P}-P2-M0`], parentId: home } }, w.manufacturer.key),
    );
    expect(maker.message).toBe(
      `input.serials[0]: "${P}-P2-M0" (inside "${P}-P2") is on shipment ${retaken.reference} (status CUSTOMS_CLEARED): nobody changes it until the shipment is delivered or returned`,
    );
    // Still in the lineage while under way again.
    expect((await lineage(`${P}-P2-M0-C0`, buyer.key, m)).unitLineage.shipments).toMatchObject([
      { id: retaken.id, status: 'CUSTOMS_CLEARED' },
    ]);

    // The true delivery, earlier than the corrected one: custody passes at its time, not at the corrected original's.
    await record(retaken.id, 'DELIVERED', '2026-08-13T12:00:00Z');
    const before = await refused('BAD_USER_INPUT', () =>
      t.gql(DISASSEMBLE, { input: { serial: `${P}-P2`, manufacturerId: m, at: '2026-08-13T11:00:00Z' } }, buyer.key),
    );
    expect(before.message).toBe(
      'input.at: 2026-08-13T11:00:00.000Z is before custody was handed over (delivery or return) (2026-08-13T12:00:00.000Z)',
    );
    const d = await ok(
      t.gql<{ disassemble: { occurredAt: string } }>(
        DISASSEMBLE,
        { input: { serial: `${P}-P2`, manufacturerId: m, at: '2026-08-14T00:00:00Z' } },
        buyer.key,
      ),
    );
    expect(d.disassemble.occurredAt).toBe('2026-08-14T00:00:00.000Z');
    await refused('CONFLICT', () => t.gql(REPACK, { input: { serials: [`${P}-P2-M0`], parentId: home } }, w.manufacturer.key));
  });

  it('a booking corrected to its true, later date does not claim a unit taken out of the pack before then', async () => {
    const Q = `${P}Q`;
    const batch = await newBatch(t, w, JUNE);
    await upload(batch.id, Q, 2);
    // The cell leaves pack Q0 on 20 June; Q0 is booked on 1 July, but the booking is first typed as 15 June.
    await ok(
      t.gql(
        REPACK,
        { input: { serials: [`${Q}-P0-M0-C0`], parentId: await unitId(`${Q}-P1-M0`), at: '2026-06-20T00:00:00Z' } },
        w.manufacturer.key,
      ),
    );
    const s = await ship(batch.id, containerNumber('BTR', 3), 1, `${Q}-P0`, `${Q}-P0`);
    const wrong = await record(s.id, 'BOOKED', '2026-06-15T08:00:00Z');
    expect((await lineage(`${Q}-P0-M0-C0`, w.manufacturer.key)).unitLineage.shipments).toMatchObject([{ id: s.id, status: 'BOOKED' }]);
    await refused('CONFLICT', () => t.gql(REPURPOSE, { input: { serial: `${Q}-P0-M0-C0` } }, w.manufacturer.key));

    const fixed = await ok(
      t.gql<{ correctShipmentEvent: ShipmentView }>(
        CORRECT,
        {
          input: {
            shipmentId: s.id,
            eventId: wrong.events[0].id,
            reason: 'booking date typed from the purchase order',
            replacement: { type: 'BOOKED', occurredAt: '2026-07-01T08:00:00Z', place: 'Ordos' },
          },
        },
        w.manufacturer.key,
      ),
    );
    expect(fixed.correctShipmentEvent.status).toBe('BOOKED');
    expect((await lineage(`${Q}-P0-M0-C0`, w.manufacturer.key)).unitLineage.shipments).toEqual([]);
    const r = await ok(
      t.gql<{ markRepurposed: { units: { serial: string; status: string }[] } }>(
        REPURPOSE,
        { input: { serial: `${Q}-P0-M0-C0` } },
        w.manufacturer.key,
      ),
    );
    expect(r.markRepurposed.units).toMatchObject([{ serial: `${Q}-P0-M0-C0`, status: 'REPURPOSED' }]);
    // The module still in the booked pack stays frozen.
    await refused('CONFLICT', () => t.gql(REPURPOSE, { input: { serial: `${Q}-P0-M0` } }, w.manufacturer.key));
  });
});
