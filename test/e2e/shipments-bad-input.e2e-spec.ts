import { newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { containerNumber, CREATE_SHIPMENT, glecFactorId, newPackedBatch, RECORD_EVENT, sailingInput } from '../support/shipments';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

/** Every refusal of issue 4's "Bad input" section, each leaving the database exactly as it was. */
describe('shipments: bad input is refused and writes nothing', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;
  let forwarder: OrgHandle;
  let otherForwarder: OrgHandle;
  let batch: { id: string; batchNumber: string };
  let glec: string;
  let shipmentId: string;
  let serial = 100;

  const freshContainer = () => containerNumber('BTR', serial++);
  /** A valid input for one pack of the test batch, with `overrides` applied on top. */
  const input = (overrides: Record<string, unknown> = {}, packs = 1) => {
    const c = freshContainer();
    return sailingInput({
      consigneeId: buyer.id,
      glecFactorId: glec,
      forwarderIds: [forwarder.id],
      containers: [{ containerNumber: c, sealNumber: 'SEAL-1', sizeType: '22G1', grossMassKg: 3000 }],
      cargoLines: [{ batchId: batch.id, containerNumber: c, packCount: packs, grossMassKg: 400 * packs }],
      overrides,
    });
  };
  /** Runs `call`, expects `code`, and checks that no table changed. */
  async function refused(call: () => Promise<GqlResult>, code: string) {
    const before = await t.snapshot();
    const err = expectError(await call(), code);
    expect(await t.snapshot()).toEqual(before);
    return err;
  }
  const create = (inp: Record<string, unknown>, key = w.manufacturer.key) => t.gql(CREATE_SHIPMENT, { input: inp }, key);
  const record = (type: string, occurredAt: string, key: string) =>
    t.gql(RECORD_EVENT, { input: { shipmentId, type, occurredAt, place: 'Tianjin Xingang', locode: 'CNTXG' } }, key);

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    forwarder = await newOrganization(t, 'FORWARDER');
    otherForwarder = await newOrganization(t, 'FORWARDER');
    batch = await newPackedBatch(t, w, 4);
    glec = await glecFactorId(t);
    const r = await create(input({}, 3));
    expect(r.errors).toBeUndefined();
    shipmentId = (r.data as { createShipment: { id: string } }).createShipment.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a container number with a wrong check digit: says which number and what the check digit should be', async () => {
    const inp = input();
    (inp.containers as { containerNumber: string }[])[0].containerNumber = 'MSCU6639871';
    const err = await refused(() => create(inp), 'BAD_USER_INPUT');
    expect(err.message).toBe(
      'input.containers[0].containerNumber: container number MSCU6639871 has check digit 1; by ISO 6346 it should be 0',
    );
    expect(err.extensions).toMatchObject({ field: 'input.containers[0].containerNumber', expectedCheckDigit: 0 });
  });

  it('an IMO number with a wrong check digit', async () => {
    const err = await refused(() => create(input({ vesselImo: 'IMO 8814274' })), 'BAD_USER_INPUT');
    expect(err.message).toBe('input.vesselImo: IMO 8814274 has check digit 4; it should be 5');
  });

  it('a malformed UN/LOCODE', async () => {
    const err = await refused(() => create(input({ portOfDischarge: 'NLRT1' })), 'BAD_USER_INPUT');
    expect(err.extensions?.field).toBe('input.portOfDischarge');
    expect(err.message).toMatch(/"NLRT1" is not a UN\/LOCODE/);
  });

  it('a purchase order number that is empty, too long or not printable', async () => {
    for (const po of ['  ', 'P'.repeat(65), 'PO\n42', 'PO\u200b42']) {
      const err = await refused(() => create(input({ purchaseOrderNumber: po })), 'BAD_USER_INPUT');
      expect(err.extensions?.field).toBe('input.purchaseOrderNumber');
    }
    // 64 characters is the most, and is kept as given (trimmed); booked from a batch of its own,
    // so that the last pack of the test batch stays for the tests below.
    const own = await newPackedBatch(t, w, 1);
    const c = freshContainer();
    const valid = sailingInput({
      consigneeId: buyer.id,
      glecFactorId: glec,
      containers: [{ containerNumber: c, sealNumber: 'SEAL-1', sizeType: '22G1', grossMassKg: 3000 }],
      cargoLines: [{ batchId: own.id, containerNumber: c, packCount: 1, grossMassKg: 400 }],
      overrides: { purchaseOrderNumber: ` ${'P'.repeat(64)} ` },
    });
    const ok = await t.gql<{ createShipment: { id: string; purchaseOrderNumber: string | null } }>(
      `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { id purchaseOrderNumber } }`,
      { input: valid },
      w.manufacturer.key,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createShipment.purchaseOrderNumber).toBe('P'.repeat(64));
    const [row]: { purchase_order_number: string }[] = await t.db.query(`SELECT purchase_order_number FROM shipments WHERE id = $1`, [
      ok.data!.createShipment.id,
    ]);
    expect(row.purchase_order_number).toBe('P'.repeat(64));
  });

  it('an unknown Incoterm', async () => {
    const err = await refused(() => create(input({ incoterm: 'FOX Tianjin Incoterms 2020' })), 'BAD_USER_INPUT');
    expect(err.message).toMatch(/^input\.incoterm: unknown Incoterm "FOX"/);
  });

  it('an HS code that is not six digits', async () => {
    const err = await refused(() => create(input({ hsCode: '8507.6' })), 'BAD_USER_INPUT');
    expect(err.message).toBe('input.hsCode: "8507.6" is not a six-digit HS code (e.g. 8507.60)');
  });

  it('a leg with neither a factor row nor an override: names the leg', async () => {
    const inp = input();
    const legs = inp.legs as Record<string, unknown>[];
    delete legs[0].factorOverride;
    const err = await refused(() => create(inp), 'BAD_USER_INPUT');
    expect(err.extensions?.field).toBe('input.legs[0]');
    expect(err.message).toMatch(/leg 1 \(RAIL Ordos, Mengsu Economic Development Zone → CNTXG\) has no emission factor/);
  });

  it('a factor row that is not a TRANSPORT factor', async () => {
    const grid = await t.gql<{ emissionFactors: { nodes: { id: string; code: string }[] } }>(
      `{ emissionFactors(filter: { kind: ELECTRICITY }) { nodes { id code } } }`,
    );
    const inp = input();
    (inp.legs as Record<string, unknown>[])[1].factorId = grid.data!.emissionFactors.nodes[0].id;
    const err = await refused(() => create(inp), 'BAD_USER_INPUT');
    expect(err.extensions?.field).toBe('input.legs[1].factorId');
    expect(err.message).toMatch(/is of kind ELECTRICITY, not TRANSPORT/);
  });

  it('an Asia–Europe sea leg without its routing', async () => {
    const inp = input();
    delete (inp.legs as Record<string, unknown>[])[1].routing;
    const err = await refused(() => create(inp), 'BAD_USER_INPUT');
    expect(err.message).toBe('input.legs[1].routing: an Asia–Europe sea leg must give its routing: SUEZ or CAPE');
  });

  it('the same container on two shipments that are both in transit: CONFLICT', async () => {
    const first = input();
    expect((await create(first)).errors).toBeUndefined();
    const container = (first.containers as { containerNumber: string }[])[0].containerNumber;
    const again = input({ containers: [{ containerNumber: container, sealNumber: 'SEAL-9', sizeType: '22G1', grossMassKg: 3000 }] });
    (again.cargoLines as { containerNumber: string }[])[0].containerNumber = container;
    // batch now has 4 packs, 3 + 1 shipped: ask for a pack of a fresh batch so only the container clashes.
    const other = await newPackedBatch(t, w, 1);
    (again.cargoLines as { batchId: string }[])[0].batchId = other.id;
    const err = await refused(() => create(again), 'CONFLICT');
    expect(err.message).toMatch(
      new RegExp(`container ${container} is already on shipment EXP-\\w+ \\(status CREATED\\), which is not delivered yet`),
    );
  });

  it('cargo beyond what the batch still has unshipped: CONFLICT with the numbers', async () => {
    const err = await refused(() => create(input({}, 2)), 'CONFLICT');
    expect(err.message).toBe(
      `batch ${batch.batchNumber} has 4 packs registered, 4 already on other shipments and 0 unshipped; this shipment asks for 2`,
    );
    expect(err.extensions).toMatchObject({ registered: 4, alreadyShipped: 4, unshipped: 0, requested: 2 });
  });

  it('two bookings racing for the last packs: exactly one wins', async () => {
    const racing = await newPackedBatch(t, w, 2);
    const one = () => {
      const inp = input({}, 2);
      (inp.cargoLines as { batchId: string }[])[0].batchId = racing.id;
      return create(inp);
    };
    const results = await Promise.all([one(), one()]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(
      expectError(
        results.find((r) => r.errors)!,
        'CONFLICT',
      ).message,
    ).toMatch(/2 packs registered, 2 already on other shipments/);
  });

  it('another manufacturer cannot ship the batch', async () => {
    const rival = await newWorld(t);
    const err = await refused(() => create(input(), rival.manufacturer.key), 'FORBIDDEN');
    expect(err.extensions?.field).toBe('input.cargoLines[0].batchId');
  });

  it('an event out of order, or in the past of the last one: BAD_USER_INPUT', async () => {
    let err = await refused(() => record('ARRIVED', '2026-04-10T00:00:00Z', forwarder.key), 'BAD_USER_INPUT');
    expect(err.message).toBe('input.type: ARRIVED cannot follow CREATED; the next event must be BOOKED');
    expect((await record('BOOKED', '2026-04-01T00:00:00Z', forwarder.key)).errors).toBeUndefined();
    expect((await record('GATE_IN', '2026-04-02T00:00:00Z', forwarder.key)).errors).toBeUndefined();
    err = await refused(() => record('LOADED', '2026-04-01T23:59:59Z', forwarder.key), 'BAD_USER_INPUT');
    expect(err.message).toBe(
      'input.occurredAt: LOADED at 2026-04-01T23:59:59.000Z is before the last event (GATE_IN at 2026-04-02T00:00:00.000Z), ' +
        'and it cannot come earlier in the journey: GATE_IN cannot follow LOADED; the next event must be DEPARTED',
    );
    err = await refused(() => record('ARRIVED', '2026-04-20T00:00:00Z', forwarder.key), 'BAD_USER_INPUT');
    expect(err.message).toMatch(/ARRIVED cannot follow GATE_IN/);
  });

  it('a buyer or an unassigned forwarder recording events: FORBIDDEN', async () => {
    await refused(() => record('LOADED', '2026-04-03T00:00:00Z', buyer.key), 'FORBIDDEN');
    const err = await refused(() => record('LOADED', '2026-04-03T00:00:00Z', otherForwarder.key), 'FORBIDDEN');
    expect(err.message).toMatch(/manufacturer or a forwarder assigned to it/);
    const rival = await newWorld(t);
    await refused(() => record('LOADED', '2026-04-03T00:00:00Z', rival.manufacturer.key), 'FORBIDDEN');
  });
});
