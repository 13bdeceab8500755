import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shipment events that can be true (issue 11 §4): events in event-time order, late records in
 * their place, corrections that keep the original, and a recorded return.
 *
 * - `shipment_events.journey_position`: the place of the event in the journey, by event time
 *   (1, 2, …; rewritten when a missed event is recorded late). `seq` keeps its meaning: the order
 *   in which events were recorded. Events recorded before this migration were accepted only in
 *   order and never earlier than the last one, so their journey order is their recording order:
 *   `journey_position = seq`.
 * - A corrected event stays, marked with who corrected it, when, why and, when the correction
 *   gave one, the event that replaces it (`corrective_event_id`; that event names the one it
 *   corrects in `corrects_event_id`). An event is corrected at most once.
 * - Event type and shipment status RETURNED (the goods went back to the shipper), with
 *   `shipments.returned_at`. Existing rows keep their values (no shipment is returned yet).
 */
export class ShipmentEventCorrections1763900900000 implements MigrationInterface {
  name = 'ShipmentEventCorrections1763900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shipments DROP CONSTRAINT IF EXISTS shipments_status_check`);
    await q.query(`
      ALTER TABLE shipments ADD CONSTRAINT shipments_status_check CHECK (status IN
        ('CREATED','BOOKED','GATE_IN','LOADED','DEPARTED','TRANSSHIPPED','ARRIVED','DISCHARGED','CUSTOMS_CLEARED','DELIVERED','RETURNED'))`);
    await q.query(`ALTER TABLE shipments ADD COLUMN returned_at timestamptz NULL`);

    await q.query(`ALTER TABLE shipment_events DROP CONSTRAINT IF EXISTS shipment_events_type_check`);
    await q.query(`
      ALTER TABLE shipment_events ADD CONSTRAINT shipment_events_type_check CHECK (type IN
        ('BOOKED','GATE_IN','LOADED','DEPARTED','TRANSSHIPPED','ARRIVED','DISCHARGED','CUSTOMS_CLEARED','DELIVERED','RETURNED'))`);
    await q.query(`
      ALTER TABLE shipment_events
        ADD COLUMN journey_position integer NULL,
        ADD COLUMN corrected_at timestamptz NULL,
        ADD COLUMN corrected_by_type text NULL,
        ADD COLUMN corrected_by_id text NULL,
        ADD COLUMN correction_reason text NULL,
        ADD COLUMN corrective_event_id uuid NULL REFERENCES shipment_events(id),
        ADD COLUMN corrects_event_id uuid NULL REFERENCES shipment_events(id)`);
    await q.query(`UPDATE shipment_events SET journey_position = seq`);
    await q.query(`ALTER TABLE shipment_events ALTER COLUMN journey_position SET NOT NULL`);
    await q.query(`ALTER TABLE shipment_events ADD CONSTRAINT shipment_events_journey_position_check CHECK (journey_position > 0)`);
    // Deferred: inserting an event in its place shifts the positions after it in one statement.
    await q.query(`
      ALTER TABLE shipment_events ADD CONSTRAINT shipment_events_journey_position_key
        UNIQUE (shipment_id, journey_position) DEFERRABLE INITIALLY DEFERRED`);
    await q.query(`
      ALTER TABLE shipment_events ADD CONSTRAINT shipment_events_correction_check CHECK (
        (corrected_at IS NULL) = (corrected_by_type IS NULL)
        AND (corrected_at IS NULL) = (correction_reason IS NULL)
        AND (corrected_at IS NOT NULL OR (corrected_by_id IS NULL AND corrective_event_id IS NULL))
        AND (corrective_event_id IS NULL OR corrective_event_id <> id)
        AND (corrects_event_id IS NULL OR corrects_event_id <> id))`);
    await q.query(
      `CREATE UNIQUE INDEX shipment_events_corrective_key ON shipment_events (corrective_event_id) WHERE corrective_event_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX shipment_events_corrects_key ON shipment_events (corrects_event_id) WHERE corrects_event_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS shipment_events_corrects_key`);
    await q.query(`DROP INDEX IF EXISTS shipment_events_corrective_key`);
    await q.query(`ALTER TABLE shipment_events DROP CONSTRAINT IF EXISTS shipment_events_correction_check`);
    await q.query(`ALTER TABLE shipment_events DROP CONSTRAINT IF EXISTS shipment_events_journey_position_key`);
    await q.query(`
      ALTER TABLE shipment_events
        DROP COLUMN IF EXISTS corrects_event_id,
        DROP COLUMN IF EXISTS corrective_event_id,
        DROP COLUMN IF EXISTS correction_reason,
        DROP COLUMN IF EXISTS corrected_by_id,
        DROP COLUMN IF EXISTS corrected_by_type,
        DROP COLUMN IF EXISTS corrected_at,
        DROP COLUMN IF EXISTS journey_position`);
    await q.query(`ALTER TABLE shipment_events DROP CONSTRAINT IF EXISTS shipment_events_type_check`);
    await q.query(`
      ALTER TABLE shipment_events ADD CONSTRAINT shipment_events_type_check CHECK (type IN
        ('BOOKED','GATE_IN','LOADED','DEPARTED','TRANSSHIPPED','ARRIVED','DISCHARGED','CUSTOMS_CLEARED','DELIVERED'))`);
    await q.query(`ALTER TABLE shipments DROP COLUMN IF EXISTS returned_at`);
    await q.query(`ALTER TABLE shipments DROP CONSTRAINT IF EXISTS shipments_status_check`);
    await q.query(`
      ALTER TABLE shipments ADD CONSTRAINT shipments_status_check CHECK (status IN
        ('CREATED','BOOKED','GATE_IN','LOADED','DEPARTED','TRANSSHIPPED','ARRIVED','DISCHARGED','CUSTOMS_CLEARED','DELIVERED'))`);
  }
}
