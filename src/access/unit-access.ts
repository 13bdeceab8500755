import { Actor } from './actor';
import { badInput, forbidden, unauthenticated } from '../common/errors';
import { requireId } from '../common/validate';

/**
 * Whose units a lineage question reads (serials are unique per manufacturer, so a question names
 * the manufacturer unless the caller is one):
 * - a manufacturer: its own units (manufacturerId, if given, must be itself);
 * - the administrator: any manufacturer's, named by manufacturerId;
 * - a buyer (with `buyers`): a manufacturer's units, but only those in shipments consigned to it
 *   (public passport data, docs/methods/access.md); the caller filters on consigneeId.
 * Certifiers are added with the certificate feature.
 */
export interface LineageScope {
  manufacturerId: string;
  /** When set, only shipments consigned to this buyer count, and a unit without one is not found. */
  consigneeId: string | null;
}

export function lineageScope(actor: Actor, manufacturerIdIn: string | null | undefined, buyers = true): LineageScope {
  const named = manufacturerIdIn !== null && manufacturerIdIn !== undefined ? requireId('manufacturerId', manufacturerIdIn) : null;
  if (actor.type === 'ANONYMOUS') throw unauthenticated();
  if (actor.type === 'ADMIN') {
    if (!named) throw badInput('manufacturerId', 'is required for the administrator (serials are unique per manufacturer)');
    return { manufacturerId: named, consigneeId: null };
  }
  if (actor.organizationKind === 'MANUFACTURER') {
    if (named && named !== actor.organizationId)
      throw forbidden('a manufacturer reads the lineage of its own units only', 'manufacturerId', 'OTHER_MANUFACTURER');
    return { manufacturerId: actor.organizationId, consigneeId: null };
  }
  if (actor.organizationKind === 'BUYER' && buyers) {
    if (!named) throw badInput('manufacturerId', 'is required: name the manufacturer of the unit');
    return { manufacturerId: named, consigneeId: actor.organizationId };
  }
  throw forbidden(
    buyers
      ? 'unit lineage is for manufacturers, buyers and the administrator'
      : 'unit history is for the manufacturer and the administrator',
  );
}

/** A manufacturer packs units only into a module or pack of its own; FORBIDDEN when the parent is another manufacturer's. */
export function assertOwnsParentUnit(manufacturerId: string, parentManufacturerId: string, parentId: string, field: string): void {
  if (parentManufacturerId !== manufacturerId)
    throw forbidden(`unit ${parentId} belongs to another manufacturer`, field, 'OTHER_MANUFACTURER');
}
