import { ShipmentEventCorrections1763900900000 } from '../../migrations/1763900900000-ShipmentEventCorrections';
import { newOrganization, newWorld } from '../support/factories';
import { containerNumber, glecFactorId, newPackedBatch, RECORD_EVENT, sailingInput } from '../support/shipments';
import { startTestApp, TestApp } from '../support/test-app';

describe('ShipmentEventCorrections migration on a database that already holds shipment events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs forward after down(): keeps every event and shipment, journey order = recording order, nothing corrected', async () => {
    const w = await newWorld(t);
    const buyer = await newOrganization(t, 'BUYER');
    const batch = await newPackedBatch(t, w, 1);
    const c = containerNumber('MIG', 1);
    const created = await t.gql<{ createShipment: { id: string } }>(
      `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { id } }`,
      {
        input: sailingInput({
          consigneeId: buyer.id,
          glecFactorId: await glecFactorId(t),
          containers: [{ containerNumber: c, sealNumber: 'S', sizeType: '22G1', grossMassKg: 3000 }],
          cargoLines: [{ batchId: batch.id, containerNumber: c, packCount: 1, grossMassKg: 400 }],
        }),
      },
      w.manufacturer.key,
    );
    const shipmentId = created.data!.createShipment.id;
    for (const [type, at, locode] of [
      ['BOOKED', '2026-04-01T00:00:00Z', null],
      ['LOADED', '2026-04-02T00:00:00Z', 'CNTXG'],
      ['DEPARTED', '2026-04-03T00:00:00Z', 'CNTXG'],
    ] as const) {
      const r = await t.gql(RECORD_EVENT, { input: { shipmentId, type, occurredAt: at, place: 'x', locode } }, w.manufacturer.key);
      expect(r.errors).toBeUndefined();
    }
    const qr = t.db.createQueryRunner();
    try {
      const migration = new ShipmentEventCorrections1763900900000();
      await migration.down(qr);
      const before: { id: string; seq: number; type: string }[] = await qr.query(
        `SELECT id, seq, type FROM shipment_events WHERE shipment_id = $1 ORDER BY seq`,
        [shipmentId],
      );
      expect(before.map((e) => e.type)).toEqual(['BOOKED', 'LOADED', 'DEPARTED']);
      await migration.up(qr);
      const after: { id: string; seq: number; journey_position: number; corrected_at: Date | null }[] = await qr.query(
        `SELECT id, seq, journey_position, corrected_at FROM shipment_events WHERE shipment_id = $1 ORDER BY seq`,
        [shipmentId],
      );
      expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
      expect(after.map((e) => e.journey_position)).toEqual(before.map((e) => e.seq));
      expect(after.every((e) => e.corrected_at === null)).toBe(true);
      const [s]: { status: string; returned_at: Date | null }[] = await qr.query(
        `SELECT status, returned_at FROM shipments WHERE id = $1`,
        [shipmentId],
      );
      expect(s).toEqual({ status: 'DEPARTED', returned_at: null });
      // The new CHECKs take RETURNED, and still refuse what is not a status.
      await expect(qr.query(`UPDATE shipments SET status = 'LOST' WHERE id = $1`, [shipmentId])).rejects.toThrow(/shipments_status_check/);
    } finally {
      await qr.release();
    }
    // The app works on the migrated rows: the journey goes on.
    const r = await t.gql<{ recordShipmentEvent: { status: string } }>(
      RECORD_EVENT,
      { input: { shipmentId, type: 'ARRIVED', occurredAt: '2026-05-01T00:00:00Z', place: 'Rotterdam', locode: 'NLRTM' } },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordShipmentEvent.status).toBe('ARRIVED');
  });
});
