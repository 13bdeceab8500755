import { ShipmentEventsService } from '../../src/shipments/shipment-events.service';
import { ShipmentsModule } from '../../src/shipments/shipments.module';
import { ShipmentsService } from '../../src/shipments/shipments.service';
import { UnitLifecycleService } from '../../src/units/unit-lifecycle.service';
import {
  newBatchWithUnits,
  newOrg,
  newServiceWorld,
  newShipment,
  OrgActor,
  ServiceWorld,
  WORLD_MODULES,
} from '../support/service-factories';
import { createServiceModule, refusal, ServiceModule } from '../support/service-module';

/** ShipmentsService and ShipmentEventsService on the real database: cargo caps, event order, custody. */
describe('ShipmentsService and ShipmentEventsService (service tier)', () => {
  let m: ServiceModule;
  let w: ServiceWorld;
  let buyer: OrgActor;
  let forwarder: OrgActor;
  let events: ShipmentEventsService;

  /** Day `d` of April 2026 at `h` o'clock, UTC. */
  const day = (d: number, h = 0) => new Date(Date.UTC(2026, 3, d, h));
  const PORT_OF: Record<string, string | null> = { DEPARTED: 'CNTXG', GATE_IN: 'CNTXG', LOADED: 'CNTXG', ARRIVED: 'NLRTM' };
  const record = (shipmentId: string, type: string, occurredAt: Date, by = forwarder) =>
    events.recordEvent(by.actor, { shipmentId, type: type as never, occurredAt, place: `${type} place`, locode: PORT_OF[type] ?? null });
  const voyage = async (shipmentId: string, steps: [string, Date][]) => {
    for (const [type, at] of steps) await record(shipmentId, type, at);
  };
  const batchStatus = async (id: string) =>
    ((await m.db.query('SELECT status FROM batches WHERE id = $1', [id])) as { status: string }[])[0].status;
  const journey = async (shipmentId: string) =>
    (
      (await m.db.query('SELECT type FROM shipment_events WHERE shipment_id = $1 AND corrected_at IS NULL ORDER BY journey_position', [
        shipmentId,
      ])) as { type: string }[]
    ).map((e) => e.type);
  const shipBatch = async (packs = 1) => {
    const batch = await newBatchWithUnits(m, w, { packs });
    const s = await newShipment(m, w, { batchId: batch.id, packCount: packs, consigneeId: buyer.id, forwarderIds: [forwarder.id] });
    return { ...s, batchId: batch.id };
  };

  beforeAll(async () => {
    m = await createServiceModule([...WORLD_MODULES, ShipmentsModule]);
    events = m.get(ShipmentEventsService);
    w = await newServiceWorld(m);
    buyer = await newOrg(m, 'BUYER');
    forwarder = await newOrg(m, 'FORWARDER');
  });
  afterAll(async () => {
    await m?.close();
  });

  it('ships each registered pack once: a second shipment beyond what is unshipped is a CONFLICT with the counts, writing nothing', async () => {
    const batch = await newBatchWithUnits(m, w, { packs: 3 });
    await newShipment(m, w, { batchId: batch.id, packCount: 2, consigneeId: buyer.id });
    const before = await m.snapshot();
    const err = await refusal(newShipment(m, w, { batchId: batch.id, packCount: 2, consigneeId: buyer.id }));
    expect(err).toMatchObject({
      code: 'CONFLICT',
      field: 'input.cargoLines[0]',
      details: { registered: 3, alreadyShipped: 2, unshipped: 1, requested: 2 },
    });
    expect(await m.snapshot()).toEqual(before);
    await newShipment(m, w, { batchId: batch.id, packCount: 1, consigneeId: buyer.id });
  });

  it('refuses an event earlier than the event it must follow, and takes a missed event late in its place by time', async () => {
    const s = await shipBatch();
    await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
    ]);
    const before = await m.snapshot();
    const err = await refusal(record(s.id, 'ARRIVED', day(3, 12)));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occurredAt' });
    expect(await m.snapshot()).toEqual(before);
    // GATE_IN was missed: recorded now, it takes its place between BOOKED and DEPARTED; the status stays DEPARTED.
    const after = await record(s.id, 'GATE_IN', day(2));
    expect(after.status).toBe('DEPARTED');
    expect(await journey(s.id)).toEqual(['BOOKED', 'GATE_IN', 'DEPARTED']);
  });

  it('a delivery hands the batch over; taking the delivery back returns the shipment to ARRIVED and the batch to SHIPPED', async () => {
    const s = await shipBatch();
    await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
      ['DELIVERED', day(31)],
    ]);
    expect(await batchStatus(s.batchId)).toBe('DELIVERED');
    const [delivered]: { id: string }[] = await m.db.query(`SELECT id FROM shipment_events WHERE shipment_id = $1 AND type = 'DELIVERED'`, [
      s.id,
    ]);
    const back = await events.correctEvent(forwarder.actor, {
      shipmentId: s.id,
      eventId: delivered.id,
      reason: 'recorded on the wrong shipment',
    });
    expect(back).toMatchObject({ status: 'ARRIVED', deliveredAt: null });
    expect(await batchStatus(s.batchId)).toBe('SHIPPED');
    // Nothing follows a return.
    await record(s.id, 'RETURNED', day(35));
    expect((await refusal(record(s.id, 'DELIVERED', day(36)))).field).toBe('input.type');
  });

  it('a container is on one open shipment at a time; its delivery releases it for the next booking', async () => {
    const first = await shipBatch();
    const batch = await newBatchWithUnits(m, w, { packs: 1 });
    const { containerNumber } = first;
    const err = await refusal(reuse(batch.id, containerNumber));
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'input.containers[0].containerNumber', details: { containerNumber } });
    await voyage(first.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
      ['ARRIVED', day(30)],
      ['DELIVERED', day(31)],
    ]);
    await reuse(batch.id, containerNumber);
  });

  it('only the shipment’s parties record its events: a stranger forwarder is FORBIDDEN and writes nothing', async () => {
    const s = await shipBatch();
    const stranger = await newOrg(m, 'FORWARDER');
    const before = await m.snapshot();
    expect((await refusal(record(s.id, 'BOOKED', day(1), stranger))).code).toBe('FORBIDDEN');
    expect((await refusal(m.get(ShipmentsService).visibleShipment(stranger.actor, s.id))).code).toBe('FORBIDDEN');
    expect(await m.snapshot()).toEqual(before);
    expect((await m.get(ShipmentsService).visibleShipment(buyer.actor, s.id)).id).toBe(s.id);
  });

  it('custody: under way nobody changes the units; delivered, only the consignee does; returned, the manufacturer again', async () => {
    const batch = await newBatchWithUnits(m, w, { packs: 2, modulesPerPack: 1 });
    const s = await newShipment(m, w, { batchId: batch.id, packCount: 2, consigneeId: buyer.id, forwarderIds: [forwarder.id] });
    const lifecycle = m.get(UnitLifecycleService);
    const takeApart = (serial: string, by: OrgActor, at: Date) =>
      lifecycle.disassemble(by.actor, { serial, manufacturerId: by === w.manufacturer ? null : w.manufacturer.id, at });
    await voyage(s.id, [
      ['BOOKED', day(1)],
      ['DEPARTED', day(4)],
    ]);
    const before = await m.snapshot();
    expect((await refusal(takeApart(`${batch.prefix}-P0`, w.manufacturer, day(5)))).code).toBe('CONFLICT');
    expect(await m.snapshot()).toEqual(before);

    await voyage(s.id, [
      ['ARRIVED', day(30)],
      ['DELIVERED', day(31)],
    ]);
    expect((await refusal(takeApart(`${batch.prefix}-P0`, w.manufacturer, day(32)))).code).toBe('CONFLICT');
    expect((await takeApart(`${batch.prefix}-P0`, buyer, day(32))).units.length).toBeGreaterThan(0);

    await record(s.id, 'RETURNED', day(40));
    expect(await refusal(takeApart(`${batch.prefix}-P1`, buyer, day(41)))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.serial',
      details: { shipmentId: s.id, status: 'RETURNED' },
    });
    expect((await takeApart(`${batch.prefix}-P1`, w.manufacturer, day(41))).units.length).toBeGreaterThan(0);
  });

  /** Books `containerNumber` again for one pack of `batchId`. */
  async function reuse(batchId: string, containerNumber: string) {
    return newShipment(m, w, { batchId, packCount: 1, consigneeId: buyer.id, containerNumber });
  }
});
