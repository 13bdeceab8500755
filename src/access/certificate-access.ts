import { forbidden } from '../common/errors';
import { Actor } from './actor';

/**
 * Who may act on certification requests and certificates (issue 5): a manufacturer asks about
 * its own footprints, only the certifier a request is addressed to decides it, and only the
 * certifier that issued a certificate changes its status. Who may call an operation at all
 * (requireManufacturer, requireCertifier) is in access-policy.ts; these decide on the rows.
 */

/** FORBIDDEN unless the footprint belongs to the manufacturer asking for its certification. */
export function assertRequestsOwnFootprint(manufacturerId: string, footprint: { id: string; manufacturerId: string }): void {
  if (footprint.manufacturerId !== manufacturerId)
    throw forbidden(`footprint ${footprint.id} belongs to another manufacturer`, 'input.footprintId', 'OTHER_MANUFACTURER');
}

/** Which certification requests a caller lists: a certifier its queue, a manufacturer its own, the administrator all. */
export type CertificationRequestScope =
  { kind: 'ALL' } | { kind: 'CERTIFIER'; certifierId: string } | { kind: 'MANUFACTURER'; manufacturerId: string };

export function certificationRequestScope(actor: Actor): CertificationRequestScope {
  if (actor.type === 'ADMIN') return { kind: 'ALL' };
  if (actor.type !== 'ORGANIZATION') throw forbidden('certificationRequests needs an API key');
  // The resolver admits only certifiers and manufacturers; any other organization sees what it asked for (nothing).
  return actor.organizationKind === 'CERTIFIER'
    ? { kind: 'CERTIFIER', certifierId: actor.organizationId }
    : { kind: 'MANUFACTURER', manufacturerId: actor.organizationId };
}

/** Whether the caller reads the footprint inputs behind a request: its certifier, its manufacturer, the administrator. */
export function canSeeRequestInputs(actor: Actor, request: { certifierId: string; manufacturerId: string }): boolean {
  if (actor.type === 'ADMIN') return true;
  const me = actor.type === 'ORGANIZATION' ? actor.organizationId : null;
  return me !== null && (me === request.certifierId || me === request.manufacturerId);
}

/** FORBIDDEN unless the request is addressed to this certifier (the only one that may issue or refuse). */
export function assertAddressedCertifier(certifierId: string, request: { id: string; certifierId: string }): void {
  if (request.certifierId !== certifierId)
    throw forbidden(`certification request ${request.id} is addressed to another certifier`, 'input.requestId', 'NOT_A_PARTY');
}

/** FORBIDDEN unless this certifier issued the certificate (the only one that may revoke, suspend or reinstate it). */
export function assertIssuingCertifier(certifierId: string, certificate: { id: string; certifierId: string }): void {
  if (certificate.certifierId !== certifierId)
    throw forbidden(`certificate ${certificate.id} was issued by another certifier`, 'input.certificateId', 'NOT_A_PARTY');
}

/** The certifier whose signing keys the caller manages; FORBIDDEN (with the operation's own refusal) for anyone else. */
export function signingKeyHolder(actor: Actor, refusal: string): string {
  if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'CERTIFIER') return actor.organizationId;
  throw forbidden(refusal);
}
