import {
  canSeeFootprint,
  canSeeFootprintInputs,
  canSeeParkEnergyEvidence,
  canSeePrivate,
  canSeeShipment,
  ShipmentParties,
} from './access-policy';
import { Actor } from './actor';

/**
 * What a caller may see of the provenance graph, each rule twice side by side: `allows`, the
 * TypeScript rule the services apply to one loaded row, and `sql`, the same rule as a predicate on
 * a table alias for the walk's set-based statements (provenance/provenance-sql.ts). The SQL reads
 * the caller from two parameters (`viewerParams`): whether it is the administrator, and its
 * organization (null for an anonymous caller). test/e2e/provenance-visibility.e2e-spec.ts runs
 * both halves on the same rows for every kind of caller and expects the same answers.
 *
 * Parks, plants, battery models, batches, ports, vessels, certificates and certifiers are public
 * (public passport data; anyone may verify a certificate) and have no rule here.
 */
export interface Visibility<Facts> {
  allows(actor: Actor, row: Facts): boolean;
  /** A boolean SQL expression on the row aliased `alias`; `v` names the caller's parameters. */
  sql(alias: string, v?: ViewerParams): string;
}

/** The placeholders of the caller: `admin` a boolean, `org` a uuid (null for an anonymous caller). */
export interface ViewerParams {
  admin: string;
  org: string;
}

/** The walk's placeholders: $1 is the administrator, $2 the caller's organization. */
export const VIEWER: ViewerParams = { admin: '$1', org: '$2' };

/** The values of ViewerParams for an actor, in order [admin, org]. */
export function viewerParams(actor: Actor): [boolean, string | null] {
  return [actor.type === 'ADMIN', actor.type === 'ORGANIZATION' ? actor.organizationId : null];
}

/** Cells, modules and packs (units table): per-battery data of their manufacturer (canSeePrivate). */
export const UNIT_VISIBILITY: Visibility<{ manufacturerId: string }> = {
  allows: (actor, u) => canSeePrivate(actor, u.manufacturerId),
  sql: (u, v = VIEWER) => `(${v.admin} OR ${u}.manufacturer_id = ${v.org}::uuid)`,
};

/**
 * A shipment (shipments table), and through it its containers: its parties (canSeeShipment).
 * shipment_forwarders holds forwarder organizations only (createShipment checks the kind), so the
 * SQL does not re-check the caller's kind.
 */
export const SHIPMENT_VISIBILITY: Visibility<ShipmentParties> = {
  allows: canSeeShipment,
  sql: (s, v = VIEWER) =>
    `(${v.admin} OR ${s}.manufacturer_id = ${v.org}::uuid OR ${s}.consignee_id = ${v.org}::uuid OR EXISTS (SELECT 1 FROM shipment_forwarders sf WHERE sf.shipment_id = ${s}.id AND sf.forwarder_id = ${v.org}::uuid))`,
};

/** A footprint (footprints table): public once declared, even after supersession (canSeeFootprint). */
export const FOOTPRINT_VISIBILITY: Visibility<{ manufacturerId: string; everDeclared: boolean }> = {
  allows: (actor, f) => canSeeFootprint(actor, f.manufacturerId, f.everDeclared),
  sql: (f, v = VIEWER) => `(${v.admin} OR ${f}.declared_at IS NOT NULL OR ${f}.manufacturer_id = ${v.org}::uuid)`,
};

/** A park's energy period (park_energy_periods table): the manufacturers with a plant in the park (canSeeParkEnergyEvidence). */
export const ENERGY_PERIOD_VISIBILITY: Visibility<{ manufacturerIdsInPark: readonly string[] }> = {
  allows: (actor, e) => canSeeParkEnergyEvidence(actor, e.manufacturerIdsInPark),
  sql: (e, v = VIEWER) =>
    `(${v.admin} OR EXISTS (SELECT 1 FROM plants ep WHERE ep.park_id = ${e}.park_id AND ep.manufacturer_id = ${v.org}::uuid))`,
};

/**
 * The footprint inputs of a batch (batches table), hence its material lots and their suppliers:
 * canSeeFootprintInputs. certification_requests.certifier_id names certifier organizations only
 * (requestCertification checks the kind), so the SQL does not re-check the caller's kind.
 */
export const FOOTPRINT_INPUTS_VISIBILITY: Visibility<{ manufacturerId: string; askedCertifier: boolean }> = {
  allows: (actor, b) => canSeeFootprintInputs(actor, b.manufacturerId, b.askedCertifier),
  sql: (b, v = VIEWER) =>
    `(${v.admin} OR ${b}.manufacturer_id = ${v.org}::uuid OR EXISTS (SELECT 1 FROM certification_requests cr WHERE cr.batch_id = ${b}.id AND cr.certifier_id = ${v.org}::uuid))`,
};

/**
 * A buyer (organizations table) as the root of a walk: itself, the administrator, and the
 * manufacturers that shipped to it. (Reached from a shipment, a buyer is shown as its consignee.)
 */
export const BUYER_VISIBILITY: Visibility<{ id: string; shippedToByManufacturerIds: readonly string[] }> = {
  allows: (actor, b) =>
    actor.type === 'ADMIN' ||
    (actor.type === 'ORGANIZATION' && (actor.organizationId === b.id || b.shippedToByManufacturerIds.includes(actor.organizationId))),
  sql: (o, v = VIEWER) =>
    `(${v.admin} OR ${o}.id = ${v.org}::uuid OR EXISTS (SELECT 1 FROM shipments bs WHERE bs.consignee_id = ${o}.id AND bs.manufacturer_id = ${v.org}::uuid))`,
};
