import fc from 'fast-check';
import { eventProblem, LastEvent, nextEvents, SHIPMENT_EVENT_TYPES, ShipmentEventType, ShipmentStatus } from './shipment-events';

const at = (iso: string) => new Date(iso);
const VOYAGE: ShipmentEventType[] = ['BOOKED', 'GATE_IN', 'LOADED', 'DEPARTED', 'ARRIVED', 'DISCHARGED', 'CUSTOMS_CLEARED', 'DELIVERED'];

/** Replays events from CREATED; returns the first refusal or null. */
function replay(events: { type: ShipmentEventType; at: Date }[]): string | null {
  let last: LastEvent | null = null;
  for (const e of events) {
    const p = eventProblem(last, e.type, e.at);
    if (p) return p.message;
    last = { type: e.type, occurredAt: e.at };
  }
  return null;
}

describe('shipment event order', () => {
  it('accepts a voyage in order, with a transshipment and a new departure', () => {
    const t = (d: number) => new Date(Date.UTC(2026, 3, d));
    expect(replay(VOYAGE.map((type, i) => ({ type, at: t(i + 1) })))).toBeNull();
    const withHub: ShipmentEventType[] = ['BOOKED', 'GATE_IN', 'LOADED', 'DEPARTED', 'TRANSSHIPPED', 'DEPARTED', 'ARRIVED'];
    expect(replay(withHub.map((type, i) => ({ type, at: t(i + 1) })))).toBeNull();
  });

  it('refuses an arrival before the departure, and says what may come next', () => {
    const last = { type: 'LOADED' as const, occurredAt: at('2026-04-03T00:00:00Z') };
    expect(eventProblem(last, 'ARRIVED', at('2026-05-01T00:00:00Z'))).toEqual({
      field: 'type',
      message: 'ARRIVED cannot follow LOADED; the next event must be DEPARTED',
    });
    expect(
      eventProblem({ type: 'DELIVERED', occurredAt: at('2026-05-01T00:00:00Z') }, 'ARRIVED', at('2026-05-02T00:00:00Z'))?.message,
    ).toMatch(/the shipment is delivered/);
  });

  it('refuses a time before the last event, allows the same instant', () => {
    const last = { type: 'LOADED' as const, occurredAt: at('2026-04-03T10:00:00Z') };
    const p = eventProblem(last, 'DEPARTED', at('2026-04-03T09:59:59Z'));
    expect(p?.field).toBe('occurredAt');
    expect(p?.message).toMatch(/before the last event \(LOADED at 2026-04-03T10:00:00.000Z\)/);
    expect(eventProblem(last, 'DEPARTED', at('2026-04-03T10:00:00Z'))).toBeNull();
  });

  it('property: any accepted sequence keeps times non-decreasing and never arrives, discharges or delivers before departing', () => {
    const step = fc.record({ type: fc.constantFrom(...SHIPMENT_EVENT_TYPES), minutes: fc.integer({ min: -60, max: 600 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 14 }), (steps) => {
        let t = Date.UTC(2026, 3, 1);
        let last: LastEvent | null = null;
        const accepted: LastEvent[] = [];
        for (const s of steps) {
          t += s.minutes * 60_000;
          const occurredAt = new Date(t);
          if (eventProblem(last, s.type, occurredAt) === null) {
            last = { type: s.type, occurredAt };
            accepted.push(last);
          }
        }
        const types = accepted.map((e) => e.type);
        const firstDeparture = types.indexOf('DEPARTED');
        const timesOk = accepted.every((e, i) => i === 0 || e.occurredAt >= accepted[i - 1].occurredAt);
        const orderOk = (['ARRIVED', 'DISCHARGED', 'CUSTOMS_CLEARED', 'DELIVERED'] as const).every((x) => {
          const i = types.indexOf(x);
          return i === -1 || (firstDeparture !== -1 && firstDeparture < i);
        });
        return timesOk && orderOk && (types.length === 0 || types[0] === 'BOOKED');
      }),
    );
  });

  it('property: from every status, exactly the listed next events are accepted', () => {
    const statuses: ShipmentStatus[] = ['CREATED', ...SHIPMENT_EVENT_TYPES];
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...SHIPMENT_EVENT_TYPES), (status, type) => {
        const last = status === 'CREATED' ? null : { type: status, occurredAt: at('2026-04-01T00:00:00Z') };
        return (eventProblem(last, type, at('2026-04-02T00:00:00Z')) === null) === nextEvents(status).includes(type);
      }),
    );
  });
});
