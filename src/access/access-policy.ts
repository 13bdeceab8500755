import { badInput, forbidden, unauthenticated } from '../common/errors';
import { Actor, OrganizationKind } from './actor';

/**
 * The access rules of battrace, in one place (docs/methods/access.md). Resolvers declare who may call an
 * operation with @Access (enforced by AccessGuard); services call these functions for ownership
 * and tier decisions on the rows they touch. Later features extend this file, not their resolvers.
 */

/** Who may call an operation at all. */
export type AccessRule =
  | { kind: 'PUBLIC' }
  | { kind: 'AUTHENTICATED' }
  | { kind: 'ADMIN' }
  | { kind: 'ORGANIZATION'; organizationKinds: OrganizationKind[]; orAdmin: boolean };

export function checkAccessRule(rule: AccessRule, actor: Actor, operation: string): void {
  if (rule.kind === 'PUBLIC') return;
  if (actor.type === 'ANONYMOUS') throw unauthenticated(`${operation} needs an API key: send Authorization: Bearer <key>`);
  if (rule.kind === 'AUTHENTICATED') return;
  if (actor.type === 'ADMIN') {
    if (rule.kind === 'ADMIN' || rule.orAdmin) return;
    throw forbidden(
      `${operation} is for ${rule.organizationKinds.join(' or ')} organizations, not the platform administrator`,
      undefined,
      'WRONG_ORGANIZATION_KIND',
    );
  }
  if (rule.kind === 'ADMIN') throw forbidden(`${operation} is for the platform administrator only`, undefined, 'ADMIN_ONLY');
  if (!rule.organizationKinds.includes(actor.organizationKind)) {
    throw forbidden(
      `${operation} is for ${rule.organizationKinds.join(' or ')} organizations; the caller is a ${actor.organizationKind}`,
      undefined,
      'WRONG_ORGANIZATION_KIND',
    );
  }
}

/** Whether the actor may read the private (non-public-tier) data of this manufacturer. */
export function canSeePrivate(actor: Actor, manufacturerId: string): boolean {
  return actor.type === 'ADMIN' || (actor.type === 'ORGANIZATION' && actor.organizationId === manufacturerId);
}

/** The manufacturer the actor acts as; FORBIDDEN for anyone else. */
export function requireManufacturer(actor: Actor, operation: string): string {
  if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'MANUFACTURER') return actor.organizationId;
  if (actor.type === 'ANONYMOUS') throw unauthenticated(`${operation} needs an API key`);
  throw forbidden(`${operation} is for manufacturers only`, undefined, 'WRONG_ORGANIZATION_KIND');
}

/**
 * Who changes a unit's membership or status (custody, issue 11): its manufacturer, or a buyer
 * that is the consignee of a delivered shipment carrying it (the buyer names the manufacturer,
 * serials being unique per manufacturer). Whether the caller holds the unit now is decided on
 * the unit's shipments (units/unit-custody.ts); this decides only who may ask.
 */
export interface UnitChanger {
  /** Whose units the serials name. */
  manufacturerId: string;
  organizationId: string;
  isManufacturer: boolean;
}

export function unitChanger(actor: Actor, manufacturerIdIn: string | null | undefined, operation: string, field: string): UnitChanger {
  if (actor.type === 'ANONYMOUS') throw unauthenticated(`${operation} needs an API key`);
  if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'MANUFACTURER') {
    if (manufacturerIdIn && manufacturerIdIn !== actor.organizationId)
      throw forbidden('a manufacturer changes its own units only', field, 'OTHER_MANUFACTURER');
    return { manufacturerId: actor.organizationId, organizationId: actor.organizationId, isManufacturer: true };
  }
  if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'BUYER') {
    if (!manufacturerIdIn) throw badInput(field, 'is required for a consignee: name the manufacturer of the unit');
    return { manufacturerId: manufacturerIdIn, organizationId: actor.organizationId, isManufacturer: false };
  }
  throw forbidden(`${operation} is for the manufacturer of the unit, or the consignee it was delivered to`, undefined, 'NOT_A_PARTY');
}

/** The certifier organization the actor acts as; FORBIDDEN for anyone else. */
export function requireCertifier(actor: Actor, operation: string): string {
  if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'CERTIFIER') return actor.organizationId;
  throw forbidden(`${operation} is for certifier organizations only`, undefined, 'WRONG_ORGANIZATION_KIND');
}

/** FORBIDDEN unless the actor is the manufacturer that owns the record (or the administrator). */
export function assertOwner(actor: Actor, ownerId: string, what: string, field?: string): void {
  if (actor.type === 'ADMIN') return;
  if (actor.type === 'ORGANIZATION' && actor.organizationId === ownerId) return;
  throw forbidden(`${what} belongs to another manufacturer`, field, 'OTHER_MANUFACTURER');
}

/** The manufacturer whose records a write acts on: the caller itself, never another. */
export function assertWritesOwn(actor: Actor, ownerId: string, what: string, field?: string): void {
  if (actor.type === 'ORGANIZATION' && actor.organizationId === ownerId) return;
  throw forbidden(`${what} belongs to another manufacturer`, field, 'OTHER_MANUFACTURER');
}

/** The parties of a shipment (docs/methods/access.md): its manufacturer, its consignee (a buyer) and its assigned forwarders. */
export interface ShipmentParties {
  manufacturerId: string;
  consigneeId: string;
  forwarderIds: readonly string[];
}

/** Who sees a shipment (and its manifest): the administrator, its manufacturer, its consignee, an assigned forwarder. */
export function canSeeShipment(actor: Actor, s: ShipmentParties): boolean {
  if (actor.type === 'ADMIN') return true;
  if (actor.type !== 'ORGANIZATION') return false;
  const me = actor.organizationId;
  return me === s.manufacturerId || me === s.consigneeId || (actor.organizationKind === 'FORWARDER' && s.forwarderIds.includes(me));
}

/** Who records a shipment's events: its manufacturer or a forwarder assigned to it; FORBIDDEN for anyone else. */
export function assertCanRecordShipmentEvent(actor: Actor, s: ShipmentParties, field?: string): void {
  if (actor.type === 'ORGANIZATION') {
    if (actor.organizationKind === 'MANUFACTURER' && actor.organizationId === s.manufacturerId) return;
    if (actor.organizationKind === 'FORWARDER' && s.forwarderIds.includes(actor.organizationId)) return;
  }
  throw forbidden('only the shipment’s manufacturer or a forwarder assigned to it may record its events', field, 'NOT_A_PARTY');
}

/** Which shipments a list shows the actor: all for the administrator, else those where it is a party. */
export type ShipmentScope =
  { kind: 'ALL' } | { kind: 'MANUFACTURER' | 'CONSIGNEE' | 'FORWARDER'; organizationId: string } | { kind: 'NONE' };

export function shipmentListScope(actor: Actor): ShipmentScope {
  if (actor.type === 'ADMIN') return { kind: 'ALL' };
  if (actor.type !== 'ORGANIZATION') return { kind: 'NONE' };
  switch (actor.organizationKind) {
    case 'MANUFACTURER':
      return { kind: 'MANUFACTURER', organizationId: actor.organizationId };
    case 'BUYER':
      return { kind: 'CONSIGNEE', organizationId: actor.organizationId };
    case 'FORWARDER':
      return { kind: 'FORWARDER', organizationId: actor.organizationId };
    default:
      return { kind: 'NONE' };
  }
}

// ---- Carbon footprints (issue 3) ------------------------------------------------------------

/**
 * Park energy (docs/methods/electricity.md) is recorded by a manufacturer that has a plant in the park, or by
 * the administrator; FORBIDDEN for anyone else.
 */
export function assertCanRecordParkEnergy(actor: Actor, hasPlantInPark: boolean, field?: string): void {
  if (actor.type === 'ADMIN') return;
  if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'MANUFACTURER' && hasPlantInPark) return;
  throw forbidden('park energy is recorded by a manufacturer with a plant in the park, or by the administrator', field, 'NOT_A_PARTY');
}

/** Meter ids and GEC serials behind a park's energy: the administrator and the manufacturers with a plant in the park. */
export function canSeeParkEnergyEvidence(actor: Actor, manufacturerIdsInPark: readonly string[]): boolean {
  return actor.type === 'ADMIN' || (actor.type === 'ORGANIZATION' && manufacturerIdsInPark.includes(actor.organizationId));
}

/**
 * Footprint inputs and their evidence: the owner, the administrator, and a certifier the owner
 * asked to certify the batch (a certification request for it, in any state: the certifier reads
 * the inputs to decide, docs/methods/certificates.md). `askedCertifier` comes from isAskedCertifier
 * (footprint-input-access.ts); FOOTPRINT_INPUTS_VISIBILITY (provenance-visibility.ts) is this rule in SQL.
 */
export function canSeeFootprintInputs(actor: Actor, manufacturerId: string, askedCertifier: boolean): boolean {
  return (
    canSeePrivate(actor, manufacturerId) || (askedCertifier && actor.type === 'ORGANIZATION' && actor.organizationKind === 'CERTIFIER')
  );
}

export const FOOTPRINT_INPUT_READERS = 'the batch owner, a certifier it asked to certify the batch, and the administrator';

/**
 * A footprint's figures are public passport data once declared (docs/methods/access.md, tier 1: carbon
 * footprint and its class), and stay readable after supersession; before declaration only the
 * owner and the administrator see them.
 */
export function canSeeFootprint(actor: Actor, manufacturerId: string, everDeclared: boolean): boolean {
  return everDeclared || canSeePrivate(actor, manufacturerId);
}

// ---- Lifecycle displacement (issue 7) ---------------------------------------------------------

/**
 * Whose packs a displacement run may count. A run discloses how many traced packs a scope holds,
 * and per-battery data is not public-tier (docs/methods/access.md), so:
 * - an energy total ("what if", no packs read): anyone with a key;
 * - a batch: its manufacturer and the administrator (a buyer runs the shipments consigned to it
 *   instead: it sees those packs, not the whole batch; a batch's public passport data does not
 *   include its pack count);
 * - a shipment: whoever sees the shipment (canSeeShipment: administrator, manufacturer,
 *   consignee, assigned forwarders);
 * - a park and year: the administrator over every batch; a manufacturer over its own batches
 *   only (coverage MANUFACTURER); nobody else (park-level totals would reveal the manufacturers').
 * A journalist or buyer can still test the park's public claim as a what-if over an energy total.
 */
export type DisplacementScopeParties =
  { kind: 'ENERGY' } | { kind: 'BATCH'; manufacturerId: string } | { kind: 'SHIPMENT'; parties: ShipmentParties } | { kind: 'PARK_YEAR' };

export type DisplacementCoverage = { coverage: 'WHAT_IF' | 'ALL' } | { coverage: 'MANUFACTURER'; manufacturerId: string };

export function displacementCoverage(actor: Actor, scope: DisplacementScopeParties, field?: string): DisplacementCoverage {
  if (actor.type === 'ANONYMOUS') throw unauthenticated('requestDisplacement needs an API key');
  switch (scope.kind) {
    case 'ENERGY':
      return { coverage: 'WHAT_IF' };
    case 'BATCH':
      if (canSeePrivate(actor, scope.manufacturerId)) return { coverage: 'ALL' };
      throw forbidden(
        'a batch’s packs are counted only by its manufacturer (a buyer runs the shipments consigned to it)',
        field,
        'OTHER_MANUFACTURER',
      );
    case 'SHIPMENT':
      if (canSeeShipment(actor, scope.parties)) return { coverage: 'ALL' };
      throw forbidden('only the parties to a shipment may run displacement over it', field, 'NOT_A_PARTY');
    case 'PARK_YEAR':
      if (actor.type === 'ADMIN') return { coverage: 'ALL' };
      if (actor.organizationKind === 'MANUFACTURER') return { coverage: 'MANUFACTURER', manufacturerId: actor.organizationId };
      throw forbidden(
        'a park-year run is for manufacturers (over their own batches) and the administrator',
        field,
        'WRONG_ORGANIZATION_KIND',
      );
  }
}

/** A run and its result: the organization that requested it, and the administrator. */
export function canReadDisplacementRun(actor: Actor, requestedByOrganizationId: string | null): boolean {
  return actor.type === 'ADMIN' || (actor.type === 'ORGANIZATION' && actor.organizationId === requestedByOrganizationId);
}
