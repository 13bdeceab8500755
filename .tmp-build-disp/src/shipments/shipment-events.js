"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isShippedOnBoard = exports.nextEvents = exports.SHIPMENT_STATUSES = exports.SHIPMENT_EVENT_TYPES = void 0;
exports.eventProblem = eventProblem;
/**
 * The order of shipment events, as a small state machine. A shipment's status is its last event
 * (CREATED before any). The order is enforced: nothing is loaded before it entered the terminal,
 * nothing arrives before it departed; a transshipment is followed by a new departure; customs
 * clearance comes after discharge and before delivery. Times never go backwards.
 */
exports.SHIPMENT_EVENT_TYPES = [
    'BOOKED',
    'GATE_IN',
    'LOADED',
    'DEPARTED',
    'TRANSSHIPPED',
    'ARRIVED',
    'DISCHARGED',
    'CUSTOMS_CLEARED',
    'DELIVERED',
];
exports.SHIPMENT_STATUSES = ['CREATED', ...exports.SHIPMENT_EVENT_TYPES];
const NEXT = {
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
const nextEvents = (status) => NEXT[status];
exports.nextEvents = nextEvents;
/** Null when `type` at `occurredAt` may follow `last`, else which input is wrong and why. */
function eventProblem(last, type, occurredAt) {
    if (Number.isNaN(occurredAt.getTime()))
        return { field: 'occurredAt', message: 'is not a valid time' };
    const status = last?.type ?? 'CREATED';
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
const isShippedOnBoard = (type) => type === 'LOADED';
exports.isShippedOnBoard = isShippedOnBoard;
//# sourceMappingURL=shipment-events.js.map