import type { ValidateFunction } from 'ajv';
import { epcisValidator, expectEpcisSchemaValid } from '../support/epcis-schema';
import { newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { containerNumber, newPackedBatch, parseCsv, sailingInput } from '../support/shipments';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

interface EventView {
  id: string;
  seq: number;
  journeyPosition: number;
  type: string;
  occurredAt: string;
  locode: string | null;
  correctsEventId: string | null;
  correction: {
    correctedAt: string;
    correctedByType: string;
    correctedById: string | null;
    reason: string;
    correctiveEventId: string | null;
  } | null;
}
interface ShipmentView {
  id: string;
  reference: string;
  status: string;
  shippedOnBoardAt: string | null;
  departedAt: string | null;
  arrivedAt: string | null;
  deliveredAt: string | null;
  returnedAt: string | null;
  containers: { releasedAt: string | null }[];
  events: EventView[];
}
const FIELDS = `id reference status shippedOnBoardAt departedAt arrivedAt deliveredAt returnedAt containers { releasedAt }
  events { id seq journeyPosition type occurredAt locode correctsEventId
           correction { correctedAt correctedByType correctedById reason correctiveEventId } }`;
const RECORD = `mutation($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { ${FIELDS} } }`;
const CORRECT = `mutation($input: CorrectShipmentEventInput!) { correctShipmentEvent(input: $input) { ${FIELDS} } }`;

/** Day `d` of April 2026 at `h` o'clock, UTC (all in the past of the test run). */
const day = (d: number, h = 0) => new Date(Date.UTC(2026, 3, d, h)).toISOString();
const PORT_OF: Record<string, string | null> = {
  BOOKED: null,
  GATE_IN: 'CNTXG',
  LOADED: 'CNTXG',
  DEPARTED: 'CNTXG',
  ARRIVED: 'NLRTM',
  DISCHARGED: 'NLRTM',
  CUSTOMS_CLEARED: null,
  DELIVERED: null,
  RETURNED: null,
};

describe('shipment events that can be true: event time, ports on the route, late records, corrections, returns', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;
  let forwarder: OrgHandle;
  let otherForwarder: OrgHandle;
  let validate: ValidateFunction;
  let serial = 500;

  /** A shipment of a fresh batch of `packs` packs, all shipped; sea legs as given (default: Tianjin Xingang to Rotterdam). */
  async function newShipment(
    packs = 1,
    legs?: Record<string, unknown>[],
    c = containerNumber('BTE', serial++),
  ): Promise<{ id: string; batchId: string; container: string }> {
    const batch = await newPackedBatch(t, w, packs);
    const input = sailingInput({
      consigneeId: buyer.id,
      glecFactorId: '00000000-0000-4000-8000-000000000000',
      forwarderIds: [forwarder.id],
      containers: [{ containerNumber: c, sealNumber: 'SEAL-1', sizeType: '22G1', grossMassKg: 3000 }],
      cargoLines: [{ batchId: batch.id, containerNumber: c, packCount: packs, grossMassKg: 400 * packs }],
    });
    const override = { value: 0.01, unit: 'KG_CO2E_PER_TONNE_KM', source: 'test input, not a published factor' };
    input.legs = (
      legs ?? [{ mode: 'SEA', from: 'CNTXG', to: 'NLRTM', distanceKm: 19_000, distanceSource: 'test input', routing: 'SUEZ' }]
    ).map((l) => ({ ...l, factorOverride: override }));
    const r = await t.gql<{ createShipment: { id: string } }>(
      `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { id } }`,
      { input },
      w.manufacturer.key,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return { id: r.data!.createShipment.id, batchId: batch.id, container: c };
  }
  const record = (shipmentId: string, type: string, occurredAt: string, locode: string | null = PORT_OF[type], key = forwarder.key) =>
    t.gql<{ recordShipmentEvent: ShipmentView }>(RECORD, { input: { shipmentId, type, occurredAt, place: `${type} place`, locode } }, key);
  async function voyage(shipmentId: string, events: [string, string][]): Promise<ShipmentView> {
    let last: ShipmentView | null = null;
    for (const [type, at] of events) {
      const r = await record(shipmentId, type, at);
      if (r.errors) throw new Error(`${type} at ${at}: ${JSON.stringify(r.errors)}`);
      last = r.data!.recordShipmentEvent;
    }
    return last!;
  }
  const correct = (input: Record<string, unknown>, key = forwarder.key) =>
    t.gql<{ correctShipmentEvent: ShipmentView }>(CORRECT, { input }, key);
  async function refused(call: () => Promise<GqlResult>, code: string, field?: string) {
    const before = await t.snapshot();
    const err = expectError(await call(), code);
    expect(await t.snapshot()).toEqual(before);
    if (field) expect(err.extensions?.field).toBe(field);
    return err;
  }
  const batchStatus = async (id: string) =>
    ((await t.db.query('SELECT status FROM batches WHERE id = $1', [id])) as { status: string }[])[0].status;
  const shipmentOf = async (id: string, key = buyer.key) =>
    (await t.gql<{ shipment: ShipmentView }>(`query($id: ID!) { shipment(id: $id) { ${FIELDS} } }`, { id }, key)).data!.shipment;

  beforeAll(async () => {
    validate = epcisValidator();
    t = await startTestApp();
    w = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    forwarder = await newOrganization(t, 'FORWARDER');
    otherForwarder = await newOrganization(t, 'FORWARDER');
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses an event time in the future beyond the clock skew, accepts one within it', async () => {
    const s = await newShipment();
    const eightMonths = new Date(Date.now() + 240 * 86_400_000).toISOString();
    const err = await refused(() => record(s.id, 'BOOKED', eightMonths), 'BAD_USER_INPUT', 'input.occurredAt');
    expect(err.message).toMatch(/is in the future \(now is .*; at most 300 s of clock skew is allowed\)$/);
    await refused(() => record(s.id, 'BOOKED', new Date(Date.now() + 600_000).toISOString()), 'BAD_USER_INPUT', 'input.occurredAt');
    // A minute ahead is within the skew of a recording device's clock.
    const r = await record(s.id, 'BOOKED', new Date(Date.now() + 60_000).toISOString());
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordShipmentEvent.status).toBe('BOOKED');
  });

  it('refuses an event before the event it follows in the journey', async () => {
    const s = await newShipment();
    await voyage(s.id, [
      ['BOOKED', day(1)],
      ['GATE_IN', day(2)],
      ['LOADED', day(3)],
      ['DEPARTED', day(4)],
    ]);
    const err = await refused(() => record(s.id, 'ARRIVED', day(3, 12)), 'BAD_USER_INPUT', 'input.occurredAt');
    expect(err.message).toBe(
      `input.occurredAt: ARRIVED at ${day(3, 12)} is before the last event (DEPARTED at ${day(4)}), and it cannot come earlier in the journey: ` +
        'ARRIVED cannot follow LOADED; the next event must be DEPARTED',
    );
  });

  it('refuses an unknown port, a port off the route or in the wrong role, and a port event without its UN/LOCODE', async () => {
    const s = await newShipment();
    await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
    ]);
    let err = await refused(() => record(s.id, 'DISCHARGED', day(30, 6), 'NLXXX'), 'BAD_USER_INPUT', 'input.locode');
    expect(err.message).toBe('input.locode: NLXXX is not a known port (the ports query lists them)');
    err = await refused(() => record(s.id, 'DISCHARGED', day(30, 6), 'DEHAM'), 'BAD_USER_INPUT', 'input.locode');
    expect(err.message).toBe(
      "input.locode: DEHAM is not on this shipment's route where DISCHARGED can happen: it must be the port of discharge NLRTM",
    );
    err = await refused(() => record(s.id, 'DISCHARGED', day(30, 6), 'CNTXG'), 'BAD_USER_INPUT', 'input.locode');
    expect(err.message).toMatch(/must be the port of discharge NLRTM$/);
    err = await refused(() => record(s.id, 'DISCHARGED', day(30, 6), null), 'BAD_USER_INPUT', 'input.locode');
    expect(err.message).toBe('input.locode: DISCHARGED happens at a port: give the UN/LOCODE of the port of discharge NLRTM');
    // A malformed code is refused for any event, inland ones included.
    await refused(() => record(s.id, 'DELIVERED', day(31), 'NL-RT'), 'BAD_USER_INPUT', 'input.locode');
    expect((await record(s.id, 'DISCHARGED', day(30, 6), 'NLRTM')).errors).toBeUndefined();
    // Delivery happens inland: any well-formed UN/LOCODE, or none.
    expect((await record(s.id, 'DELIVERED', day(31), 'DEDUI')).errors).toBeUndefined();
  });

  it('knows the transshipment ports of its legs', async () => {
    const s = await newShipment(1, [
      { mode: 'SEA', from: 'CNTXG', to: 'SGSIN', distanceKm: 4_500, distanceSource: 'test input' },
      { mode: 'SEA', from: 'SGSIN', to: 'NLRTM', distanceKm: 15_000, distanceSource: 'test input', routing: 'SUEZ' },
    ]);
    await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(2)],
    ]);
    const err = await refused(() => record(s.id, 'TRANSSHIPPED', day(8), 'MYPKG'), 'BAD_USER_INPUT', 'input.locode');
    expect(err.message).toMatch(/must be a transshipment port of its legs \(SGSIN\)$/);
    expect((await record(s.id, 'TRANSSHIPPED', day(8), 'SGSIN')).errors).toBeUndefined();
    await refused(() => record(s.id, 'DEPARTED', day(9), 'NLRTM'), 'BAD_USER_INPUT', 'input.locode');
    const r = await record(s.id, 'DEPARTED', day(9), 'SGSIN');
    expect(r.data!.recordShipmentEvent).toMatchObject({ status: 'DEPARTED', departedAt: day(2) });
  });

  it('records missed events late, in their place by event time, and derives status and times from the journey', async () => {
    const s = await newShipment(2);
    let view = await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
    ]);
    expect(view).toMatchObject({ status: 'DEPARTED', shippedOnBoardAt: null, departedAt: day(4) });
    expect(await batchStatus(s.batchId)).toBe('SHIPPED');
    // The loading and the gate-in were missed; recorded late, they go before the departure.
    view = (await record(s.id, 'LOADED', day(3))).data!.recordShipmentEvent;
    expect(view).toMatchObject({ status: 'DEPARTED', shippedOnBoardAt: day(3), departedAt: day(4) });
    view = (await record(s.id, 'GATE_IN', day(2))).data!.recordShipmentEvent;
    expect(view.events.map((e) => [e.journeyPosition, e.seq, e.type])).toEqual([
      [1, 1, 'BOOKED'],
      [2, 4, 'GATE_IN'],
      [3, 3, 'LOADED'],
      [4, 2, 'DEPARTED'],
    ]);
    view = await voyage(s.id, [
      ['ARRIVED', day(30)],
      ['DELIVERED', day(32)],
    ]);
    expect(view).toMatchObject({ status: 'DELIVERED', arrivedAt: day(30), deliveredAt: day(32) });
    expect(view.containers.every((c) => c.releasedAt === day(32))).toBe(true);
    expect(await batchStatus(s.batchId)).toBe('DELIVERED');
    // Discharge and customs clearance, recorded after the delivery: the status stays DELIVERED.
    view = (await record(s.id, 'CUSTOMS_CLEARED', day(31))).data!.recordShipmentEvent;
    view = (await record(s.id, 'DISCHARGED', day(30, 8))).data!.recordShipmentEvent;
    expect(view.status).toBe('DELIVERED');
    expect(view.events.map((e) => e.type)).toEqual([
      'BOOKED',
      'GATE_IN',
      'LOADED',
      'DEPARTED',
      'ARRIVED',
      'DISCHARGED',
      'CUSTOMS_CLEARED',
      'DELIVERED',
    ]);
    expect(view.events.map((e) => e.occurredAt)).toEqual([...view.events.map((e) => e.occurredAt)].sort());
  });

  it('refuses a late record that makes the journey impossible', async () => {
    const s = await newShipment(1, [
      { mode: 'SEA', from: 'CNTXG', to: 'SGSIN', distanceKm: 4_500, distanceSource: 'test input' },
      { mode: 'SEA', from: 'SGSIN', to: 'NLRTM', distanceKm: 15_000, distanceSource: 'test input', routing: 'SUEZ' },
    ]);
    await voyage(s.id, [
      ['BOOKED', day(1)],
      ['GATE_IN', day(2)],
      ['LOADED', day(3)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
    ]);
    // A transshipment alone, between the departure and the arrival: the arrival cannot follow it.
    let err = await refused(() => record(s.id, 'TRANSSHIPPED', day(10), 'SGSIN'), 'BAD_USER_INPUT', 'input.type');
    expect(err.message).toBe(
      `input.type: TRANSSHIPPED at ${day(10)} cannot be recorded in its place in the journey: ARRIVED cannot follow TRANSSHIPPED; ` +
        'the next event must be DEPARTED',
    );
    // A second loading after the departure.
    err = await refused(() => record(s.id, 'LOADED', day(5)), 'BAD_USER_INPUT', 'input.type');
    expect(err.message).toMatch(/LOADED cannot follow DEPARTED/);
    // A second booking.
    await refused(() => record(s.id, 'BOOKED', day(1, 1)), 'BAD_USER_INPUT', 'input.type');
  });

  it('corrects a wrong event with a reason; the original stays in the history, the manifest, the audit trail and the EPCIS export', async () => {
    const s = await newShipment();
    const before = await voyage(s.id, [
      ['BOOKED', day(1)],
      ['GATE_IN', day(2)],
      ['LOADED', day(3)],
      ['DEPARTED', day(5)],
      ['ARRIVED', day(30)],
    ]);
    const wrong = before.events.find((e) => e.type === 'DEPARTED')!;
    const reason = "the carrier's sailing report says 4 April";
    const r = await correct({
      shipmentId: s.id,
      eventId: wrong.id,
      reason,
      replacement: { type: 'DEPARTED', occurredAt: day(4), place: 'Tianjin Xingang', locode: 'CNTXG' },
    });
    expect(r.errors).toBeUndefined();
    const after = r.data!.correctShipmentEvent;
    expect(after).toMatchObject({ status: 'ARRIVED', departedAt: day(4) });
    const replacement = after.events.find((e) => e.type === 'DEPARTED' && e.correction === null)!;
    expect(replacement).toMatchObject({ occurredAt: day(4), correctsEventId: wrong.id, seq: 6 });

    // The history, as the consignee reads it: the original is still there, marked as corrected.
    const history = await shipmentOf(s.id);
    const original = history.events.find((e) => e.id === wrong.id)!;
    expect(original).toMatchObject({
      type: 'DEPARTED',
      occurredAt: day(5),
      correction: { correctedByType: 'ORGANIZATION', correctedById: forwarder.id, reason, correctiveEventId: replacement.id },
    });
    expect(history.events.map((e) => e.type)).toEqual(['BOOKED', 'GATE_IN', 'LOADED', 'DEPARTED', 'DEPARTED', 'ARRIVED']);

    // The manifest, JSON and CSV.
    const m = (await (await t.http(`/shipments/${s.id}/manifest.json`, { key: buyer.key })).json()) as {
      shipment: { departedAt: string };
      events: { id: string; correction: { reason: string; correctiveEventId: string } | null; correctsEventId: string | null }[];
    };
    expect(m.shipment.departedAt).toBe(day(4));
    expect(m.events.find((e) => e.id === wrong.id)!.correction).toMatchObject({ reason, correctiveEventId: replacement.id });
    expect(m.events.find((e) => e.id === replacement.id)!.correctsEventId).toBe(wrong.id);
    const rows = parseCsv(await (await t.http(`/shipments/${s.id}/manifest.csv`, { key: buyer.key })).text());
    const col = (row: string[], name: string) => row[rows[0].indexOf(name)];
    const csvOriginal = rows.find((row) => col(row, 'event_id') === wrong.id)!;
    expect([col(csvOriginal, 'record'), col(csvOriginal, 'correction_reason'), col(csvOriginal, 'corrective_event_id')]).toEqual([
      'EVENT',
      reason,
      replacement.id,
    ]);

    // The audit trail of the shipment.
    const trail = await t.gql<{ auditTrail: { action: string; actorId: string }[] }>(
      `query($id: ID!) { auditTrail(subjectId: $id) { action actorId } }`,
      { id: s.id },
      w.manufacturer.key,
    );
    expect(trail.data!.auditTrail.filter((a) => a.action === 'correctShipmentEvent')).toEqual([
      { action: 'correctShipmentEvent', actorId: forwarder.id },
    ]);

    // The EPCIS export: the original shipping event with its error declaration, and the corrective one.
    const res = await t.http(`/epcis/events?shipment=${s.id}`, { key: buyer.key });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { epcisBody: { eventList: Record<string, unknown>[] } };
    expectEpcisSchemaValid(validate, doc);
    const list = doc.epcisBody.eventList;
    expect(list.map((e) => [e.bizStep, e.eventID, e.eventTime])).toEqual([
      ['shipping', `urn:uuid:${replacement.id}`, day(4)],
      ['shipping', `urn:uuid:${wrong.id}`, day(5)],
      ['arriving', expect.stringMatching(/^urn:uuid:/), day(30)],
    ]);
    expect(list[1].errorDeclaration).toEqual({
      declarationTime: original.correction!.correctedAt,
      reason: 'incorrect_data',
      correctiveEventIDs: [`urn:uuid:${replacement.id}`],
    });
    expect(list[0].errorDeclaration).toBeUndefined();

    // The same event cannot be corrected twice.
    const again = await refused(() => correct({ shipmentId: s.id, eventId: wrong.id, reason: 'again' }), 'CONFLICT', 'input.eventId');
    expect(again.message).toMatch(new RegExp(`was already corrected at .* by event ${replacement.id}$`));
  });

  it('refuses a correction of an event that does not exist, of another shipment, by someone who may not record, or that leaves an impossible journey', async () => {
    const s = await newShipment();
    const other = await newShipment();
    const view = await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
    ]);
    const otherView = await voyage(other.id, [['BOOKED', day(1)]]);
    const departed = view.events.find((e) => e.type === 'DEPARTED')!;
    const missing = '00000000-0000-4000-8000-000000000000';
    let err = await refused(() => correct({ shipmentId: s.id, eventId: missing, reason: 'typo' }), 'NOT_FOUND', 'input.eventId');
    expect(err.message).toMatch(/^event 00000000-0000-4000-8000-000000000000 is not an event of shipment EXP-\w+$/);
    // An event of another shipment (one the same forwarder records) is not this shipment's.
    err = await refused(() => correct({ shipmentId: s.id, eventId: otherView.events[0].id, reason: 'typo' }), 'NOT_FOUND', 'input.eventId');
    expect(err.message).toBe(`event ${otherView.events[0].id} is not an event of shipment ${view.reference}`);
    await refused(() => correct({ shipmentId: missing, eventId: departed.id, reason: 'typo' }), 'NOT_FOUND', 'input.shipmentId');
    // The consignee sees the shipment but does not record its events; nor does a forwarder not assigned to it, or another manufacturer.
    await refused(() => correct({ shipmentId: s.id, eventId: departed.id, reason: 'typo' }, buyer.key), 'FORBIDDEN');
    await refused(() => correct({ shipmentId: s.id, eventId: departed.id, reason: 'typo' }, otherForwarder.key), 'FORBIDDEN');
    const rival = await newWorld(t);
    await refused(() => correct({ shipmentId: s.id, eventId: departed.id, reason: 'typo' }, rival.manufacturer.key), 'FORBIDDEN');
    // A reason is required.
    await refused(() => correct({ shipmentId: s.id, eventId: departed.id, reason: '  ' }), 'BAD_USER_INPUT', 'input.reason');
    // Without its departure the arrival is impossible.
    err = await refused(
      () => correct({ shipmentId: s.id, eventId: departed.id, reason: 'did not sail' }),
      'BAD_USER_INPUT',
      'input.replacement',
    );
    expect(err.message).toMatch(/without DEPARTED at .* the journey is impossible \(ARRIVED cannot follow BOOKED/);
    // A replacement is checked like any event: not in the future, in its place, at a port on the route.
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const replacement = (over: Record<string, unknown>) => ({
      shipmentId: s.id,
      eventId: departed.id,
      reason: 'wrong day',
      replacement: { type: 'DEPARTED', occurredAt: day(3), place: 'Tianjin Xingang', locode: 'CNTXG', ...over },
    });
    await refused(() => correct(replacement({ occurredAt: future })), 'BAD_USER_INPUT', 'input.replacement.occurredAt');
    await refused(() => correct(replacement({ occurredAt: day(31) })), 'BAD_USER_INPUT', 'input.replacement.occurredAt');
    await refused(() => correct(replacement({ locode: 'NLXXX' })), 'BAD_USER_INPUT', 'input.replacement.locode');
    await refused(() => correct(replacement({ locode: 'NLRTM' })), 'BAD_USER_INPUT', 'input.replacement.locode');
    // The manufacturer may correct as well as the forwarder.
    const ok = await correct(replacement({}), w.manufacturer.key);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.correctShipmentEvent.departedAt).toBe(day(3));
  });

  it('takes back a delivery recorded by mistake: status, containers and batch follow', async () => {
    const s = await newShipment();
    const view = await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
      ['DELIVERED', day(31)],
    ]);
    expect(await batchStatus(s.batchId)).toBe('DELIVERED');
    const delivered = view.events.find((e) => e.type === 'DELIVERED')!;
    const r = await correct({ shipmentId: s.id, eventId: delivered.id, reason: 'recorded on the wrong shipment' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.correctShipmentEvent).toMatchObject({ status: 'ARRIVED', deliveredAt: null, containers: [{ releasedAt: null }] });
    expect(r.data!.correctShipmentEvent.events.find((e) => e.id === delivered.id)!.correction).toMatchObject({ correctiveEventId: null });
    expect(await batchStatus(s.batchId)).toBe('SHIPPED');
    // EPCIS: a delivery that did not occur.
    const doc = (await (await t.http(`/epcis/events?shipment=${s.id}`, { key: buyer.key })).json()) as {
      epcisBody: { eventList: Record<string, unknown>[] };
    };
    expectEpcisSchemaValid(validate, doc);
    const receiving = doc.epcisBody.eventList.find((e) => e.bizStep === 'receiving')!;
    expect(receiving.errorDeclaration).toMatchObject({ reason: 'did_not_occur' });
    expect(receiving.errorDeclaration).not.toHaveProperty('correctiveEventIDs');
  });

  it('refuses to take back a delivery whose container has since been booked on another shipment', async () => {
    const s = await newShipment();
    const view = await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
      ['DELIVERED', day(31)],
    ]);
    const next = await newShipment(1, undefined, s.container);
    expect(next.container).toBe(s.container);
    const delivered = view.events.find((e) => e.type === 'DELIVERED')!;
    const err = await refused(() => correct({ shipmentId: s.id, eventId: delivered.id, reason: 'typo' }), 'CONFLICT', 'input.eventId');
    expect(err.message).toMatch(
      new RegExp(`^container ${s.container} was released with this shipment's delivery and is now on shipment EXP-\\w+`),
    );
  });

  it('records a return: after delivery or after arrival; status RETURNED; nothing follows it', async () => {
    const s = await newShipment();
    await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
      ['DELIVERED', day(31)],
    ]);
    let view = (await record(s.id, 'RETURNED', day(40))).data!.recordShipmentEvent;
    expect(view).toMatchObject({ status: 'RETURNED', deliveredAt: day(31), returnedAt: day(40) });
    expect(await batchStatus(s.batchId)).toBe('SHIPPED');
    const err = await refused(() => record(s.id, 'DELIVERED', day(41)), 'BAD_USER_INPUT', 'input.type');
    expect(err.message).toMatch(/DELIVERED cannot follow RETURNED: the goods went back to the shipper/);

    const refusedAtPort = await newShipment();
    await voyage(refusedAtPort.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
    ]);
    view = (await record(refusedAtPort.id, 'RETURNED', day(35))).data!.recordShipmentEvent;
    expect(view).toMatchObject({ status: 'RETURNED', deliveredAt: null, returnedAt: day(35), containers: [{ releasedAt: day(35) }] });
    // Not before the goods arrived.
    const early = await newShipment();
    await voyage(early.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
    ]);
    await refused(() => record(early.id, 'RETURNED', day(5)), 'BAD_USER_INPUT', 'input.type');
  });
});
