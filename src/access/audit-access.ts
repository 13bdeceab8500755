import { forbidden } from '../common/errors';
import { Actor } from './actor';

/**
 * Who reads the audit trail of a subject: the administrator, and the organization that owns it
 * (the organization itself, or its plants, models, batches, shipments, and the certificates and
 * certification requests it is a party to). `owners` are the owners the database gives for the
 * subject id (AuditAccess, audit-access.service.ts): none for an unknown subject or an id
 * that is not a uuid; the caller's own id for a certificate or request it is a party to.
 */
export function assertCanReadAuditTrail(actor: Actor, subjectId: string, owners: readonly string[]): void {
  if (actor.type === 'ADMIN') return;
  if (actor.type !== 'ORGANIZATION') throw forbidden('the audit trail needs an API key');
  if (subjectId === actor.organizationId) return;
  if (owners.length > 0 && owners.every((o) => o === actor.organizationId)) return;
  throw forbidden(`the audit trail of ${subjectId} belongs to another organization`);
}

/** Whether the audit-trail rule needs the subject's owners from the database (only for an organization asking about another id). */
export function auditTrailNeedsOwners(actor: Actor, subjectId: string): actor is Extract<Actor, { type: 'ORGANIZATION' }> {
  return actor.type === 'ORGANIZATION' && subjectId !== actor.organizationId;
}
