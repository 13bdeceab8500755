import { forbidden } from '../common/errors';
import { canSeeShipment, ShipmentParties } from './access-policy';
import { Actor } from './actor';

/** One shipment (canSeeShipment): FORBIDDEN unless the caller is the administrator or one of its parties. */
export function assertCanSeeShipment(actor: Actor, parties: ShipmentParties, field?: string): void {
  if (!canSeeShipment(actor, parties)) {
    throw forbidden('shipments are seen by their manufacturer, their consignee and the forwarders assigned to them', field, 'NOT_A_PARTY');
  }
}
