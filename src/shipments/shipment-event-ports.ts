import type { ShipmentEventType } from './shipment-events';

/**
 * Which port an event happens at. Events that name a port must give the UN/LOCODE of a known port
 * (the ports table) on the shipment's route, in the role the event has there:
 * - GATE_IN, LOADED: the port of loading;
 * - DEPARTED: the port of loading, or a transshipment port (a departure after a transshipment);
 * - TRANSSHIPPED: a transshipment port;
 * - ARRIVED, DISCHARGED: the port of discharge.
 * BOOKED, CUSTOMS_CLEARED, DELIVERED and RETURNED may happen inland (an office, a customs post, the
 * consignee's or the shipper's premises): their UN/LOCODE is optional and only checked for form.
 */
export type PortRole = 'LOADING' | 'TRANSSHIPMENT' | 'DISCHARGE';

export const EVENT_PORT_ROLES: Record<ShipmentEventType, readonly PortRole[]> = {
  BOOKED: [],
  GATE_IN: ['LOADING'],
  LOADED: ['LOADING'],
  DEPARTED: ['LOADING', 'TRANSSHIPMENT'],
  TRANSSHIPPED: ['TRANSSHIPMENT'],
  ARRIVED: ['DISCHARGE'],
  DISCHARGED: ['DISCHARGE'],
  CUSTOMS_CLEARED: [],
  DELIVERED: [],
  RETURNED: [],
};

export const namesPort = (type: ShipmentEventType): boolean => EVENT_PORT_ROLES[type].length > 0;

export interface ShipmentRoute {
  portOfLoading: string;
  portOfDischarge: string;
  /** Where one sea leg ends and the next begins, in leg order. */
  transshipmentPorts: string[];
}

/** The route of a shipment: its sea legs connect the port of loading to the port of discharge (shipment-input.ts). */
export function routeOf(
  portOfLoading: string,
  portOfDischarge: string,
  legs: readonly { legNo: number; mode: string; from: string; to: string }[],
): ShipmentRoute {
  const sea = [...legs].sort((a, b) => a.legNo - b.legNo).filter((l) => l.mode === 'SEA');
  const hubs = sea.slice(0, -1).map((l) => l.to);
  return {
    portOfLoading,
    portOfDischarge,
    transshipmentPorts: [...new Set(hubs)].filter((p) => p !== portOfLoading && p !== portOfDischarge),
  };
}

function portsOf(route: ShipmentRoute, role: PortRole): string[] {
  if (role === 'LOADING') return [route.portOfLoading];
  if (role === 'DISCHARGE') return [route.portOfDischarge];
  return route.transshipmentPorts;
}

function describe(route: ShipmentRoute, roles: readonly PortRole[]): string {
  return roles
    .map((r) => {
      if (r === 'LOADING') return `the port of loading ${route.portOfLoading}`;
      if (r === 'DISCHARGE') return `the port of discharge ${route.portOfDischarge}`;
      return route.transshipmentPorts.length
        ? `a transshipment port of its legs (${route.transshipmentPorts.join(', ')})`
        : 'a transshipment port (its legs have none)';
    })
    .join(' or ');
}

/**
 * Null when `locode` may be the place of `type` on `route`, else why not. `isKnownPort` says whether
 * the ports table has `locode`.
 */
export function portProblem(type: ShipmentEventType, locode: string | null, route: ShipmentRoute, isKnownPort: boolean): string | null {
  const roles = EVENT_PORT_ROLES[type];
  if (!roles.length) return null;
  if (locode === null) return `${type} happens at a port: give the UN/LOCODE of ${describe(route, roles)}`;
  if (!isKnownPort) return `${locode} is not a known port (the ports query lists them)`;
  if (roles.some((r) => portsOf(route, r).includes(locode))) return null;
  return `${locode} is not on this shipment's route where ${type} can happen: it must be ${describe(route, roles)}`;
}
