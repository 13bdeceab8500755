/**
 * The order of shipment events, as a small state machine. A shipment's status is its last event
 * (CREATED before any). The order is enforced: nothing is loaded before it entered the terminal,
 * nothing arrives before it departed; a transshipment is followed by a new departure; customs
 * clearance comes after discharge and before delivery. Times never go backwards.
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
] as const;
export type ShipmentEventType = (typeof SHIPMENT_EVENT_TYPES)[number];
export const SHIPMENT_STATUSES = ['CREATED', ...SHIPMENT_EVENT_TYPES] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

const NEXT: Record<ShipmentStatus, readonly ShipmentEventType[]> = {
  CREATED: ['BOOKED'],
  BOOKED: ['GATE_IN'],
  GATE_IN: ['LOADED'],
  LOADED: ['DEPARTED'],
  DEPARTED: ['TRANSSHIPPED', 'ARRIVED'],
  TRANSSHIPPED: ['DEPARTED'],
  ARRIVED: ['DISCHARGED'],
  DISCHARGED: ['CUSTOMS_CLEARED'],
  CUSTOMS_CLEARED: ['DELIVERED'],
  DELIVERED: [],
};

export const nextEvents = (status: ShipmentStatus): readonly ShipmentEventType[] => NEXT[status];

export interface LastEvent {
  type: ShipmentEventType;
  occurredAt: Date;
}

export interface EventProblem {
  field: 'type' | 'occurredAt';
  message: string;
}

/** Null when `type` at `occurredAt` may follow `last`, else which input is wrong and why. */
export function eventProblem(last: LastEvent | null, type: ShipmentEventType, occurredAt: Date): EventProblem | null {
  if (Number.isNaN(occurredAt.getTime())) return { field: 'occurredAt', message: 'is not a valid time' };
  const status: ShipmentStatus = last?.type ?? 'CREATED';
  const allowed = NEXT[status];
  if (!allowed.includes(type)) {
    return {
      field: 'type',
      message: allowed.length
        ? `${type} cannot follow ${status}; the next event must be ${allowed.join(' or ')}`
        : `${type} cannot follow ${status}: the shipment is delivered`,
    };
  }
  if (last && occurredAt.getTime() < last.occurredAt.getTime()) {
    return {
      field: 'occurredAt',
      message: `${type} at ${occurredAt.toISOString()} is before the last event (${last.type} at ${last.occurredAt.toISOString()})`,
    };
  }
  return null;
}

/** Whether the cargo has been shipped on board (the bill of lading's shipped-on-board event). */
export const isShippedOnBoard = (type: ShipmentEventType): boolean => type === 'LOADED';
