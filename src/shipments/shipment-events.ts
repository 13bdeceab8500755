/**
 * The journey of a shipment, as a small state machine over its events in event-time order (the
 * time each thing happened, not the time it was typed in). A shipment's status is the last event
 * of its journey (CREATED before any); corrected events are not part of the journey.
 *
 * The machine says which event may follow which. BOOKED comes first; gate-in and loading at the
 * port of loading may be missing (they can be recorded late, in their place); a departure is
 * needed before an arrival; a transshipment is followed by a new departure; after the arrival,
 * discharge and customs clearance may be missing before the delivery; the goods may go back to
 * the shipper (RETURNED) once they have arrived, or after delivery; nothing follows a return.
 * Times never go backwards along the journey.
 */
export const SHIPMENT_EVENT_TYPES = [
  'BOOKED',
  'GATE_IN',
  'LOADED',
  'DEPARTED',
  'TRANSSHIPPED',
  'ARRIVED',
  'DISCHARGED',
  'CUSTOMS_CLEARED',
  'DELIVERED',
  'RETURNED',
] as const;
export type ShipmentEventType = (typeof SHIPMENT_EVENT_TYPES)[number];
export const SHIPMENT_STATUSES = ['CREATED', ...SHIPMENT_EVENT_TYPES] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

const NEXT: Record<ShipmentStatus, readonly ShipmentEventType[]> = {
  CREATED: ['BOOKED'],
  BOOKED: ['GATE_IN', 'LOADED', 'DEPARTED'],
  GATE_IN: ['LOADED', 'DEPARTED'],
  LOADED: ['DEPARTED'],
  DEPARTED: ['TRANSSHIPPED', 'ARRIVED'],
  TRANSSHIPPED: ['DEPARTED'],
  ARRIVED: ['DISCHARGED', 'CUSTOMS_CLEARED', 'DELIVERED', 'RETURNED'],
  DISCHARGED: ['CUSTOMS_CLEARED', 'DELIVERED', 'RETURNED'],
  CUSTOMS_CLEARED: ['DELIVERED', 'RETURNED'],
  DELIVERED: ['RETURNED'],
  RETURNED: [],
};

export const nextEvents = (status: ShipmentStatus): readonly ShipmentEventType[] => NEXT[status];

/** Statuses at which the cargo is on board or further along (its batches are SHIPPED). */
export const SHIPPED_STATUSES: readonly ShipmentStatus[] = [
  'LOADED',
  'DEPARTED',
  'TRANSSHIPPED',
  'ARRIVED',
  'DISCHARGED',
  'CUSTOMS_CLEARED',
  'DELIVERED',
  'RETURNED',
];

export interface JourneyEvent {
  type: ShipmentEventType;
  occurredAt: Date;
}

export interface EventProblem {
  field: 'type' | 'occurredAt';
  message: string;
}

const iso = (d: Date) => d.toISOString();

function cannotFollow(type: ShipmentEventType, status: ShipmentStatus): string {
  const allowed = NEXT[status];
  if (allowed.length) return `${type} cannot follow ${status}; the next event must be ${allowed.join(' or ')}`;
  return `${type} cannot follow ${status}: the goods went back to the shipper, the journey is over`;
}

/**
 * The first step of a journey (events in journey order) that the machine refuses, or null.
 * `checkTimes` false: only the order of the types.
 */
export function journeyProblem(journey: readonly JourneyEvent[], checkTimes = true): { index: number; message: string } | null {
  let status: ShipmentStatus = 'CREATED';
  for (let i = 0; i < journey.length; i++) {
    const e = journey[i];
    if (!NEXT[status].includes(e.type)) return { index: i, message: cannotFollow(e.type, status) };
    const prev = journey[i - 1];
    if (checkTimes && prev && e.occurredAt.getTime() < prev.occurredAt.getTime()) {
      return { index: i, message: `${e.type} at ${iso(e.occurredAt)} is before ${prev.type} at ${iso(prev.occurredAt)}` };
    }
    status = e.type;
  }
  return null;
}

/**
 * Where `event` goes in `journey` (a possible journey, in order): its place by event time. Among
 * events at the same instant it goes as late as the machine allows. Refused (with the input that
 * is wrong) when no place at its time keeps the journey possible.
 */
export function placeEvent(journey: readonly JourneyEvent[], event: JourneyEvent): { index: number } | EventProblem {
  const t = event.occurredAt.getTime();
  if (Number.isNaN(t)) return { field: 'occurredAt', message: 'is not a valid time' };
  let lo = 0;
  while (lo < journey.length && journey[lo].occurredAt.getTime() < t) lo++;
  let hi = lo;
  while (hi < journey.length && journey[hi].occurredAt.getTime() === t) hi++;
  const at = (i: number) => [...journey.slice(0, i), event, ...journey.slice(i)];
  for (let i = hi; i >= lo; i--) if (!journeyProblem(at(i))) return { index: i };

  const why = journeyProblem(at(hi))!.message;
  const when = `${event.type} at ${iso(event.occurredAt)}`;
  if (journeyProblem(journey)) {
    // The journey without a corrected event, which the replacement must make possible again.
    const fits = journey.some((_, i) => !journeyProblem(at(i), false)) || !journeyProblem(at(journey.length), false);
    return { field: fits ? 'occurredAt' : 'type', message: `${when} does not make the journey possible in its place: ${why}` };
  }
  const last = journey[journey.length - 1];
  const status: ShipmentStatus = last?.type ?? 'CREATED';
  if (hi === journey.length) return { field: 'type', message: cannotFollow(event.type, status) };
  if (NEXT[status].includes(event.type)) {
    // It could come last, but its time puts it earlier in the journey, where it cannot be.
    return {
      field: 'occurredAt',
      message: `${when} is before the last event (${last.type} at ${iso(last.occurredAt)}), and it cannot come earlier in the journey: ${why}`,
    };
  }
  return { field: 'type', message: `${when} cannot be recorded in its place in the journey: ${why}` };
}

/** What a shipment shows of its journey: its status and milestone times. */
export interface JourneyMilestones {
  status: ShipmentStatus;
  shippedOnBoardAt: Date | null;
  departedAt: Date | null;
  arrivedAt: Date | null;
  deliveredAt: Date | null;
  returnedAt: Date | null;
}

export function milestones(journey: readonly JourneyEvent[]): JourneyMilestones {
  const first = (type: ShipmentEventType) => journey.find((e) => e.type === type)?.occurredAt ?? null;
  return {
    status: journey[journey.length - 1]?.type ?? 'CREATED',
    shippedOnBoardAt: first('LOADED'),
    departedAt: first('DEPARTED'),
    arrivedAt: first('ARRIVED'),
    deliveredAt: first('DELIVERED'),
    returnedAt: first('RETURNED'),
  };
}

/** An event time is accepted up to `skewSeconds` ahead of `now` (clocks of recording devices drift). */
export function futureProblem(occurredAt: Date, now: Date, skewSeconds: number): string | null {
  if (occurredAt.getTime() <= now.getTime() + skewSeconds * 1000) return null;
  return `${iso(occurredAt)} is in the future (now is ${iso(now)}; at most ${skewSeconds} s of clock skew is allowed)`;
}
