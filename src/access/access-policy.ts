import { forbidden, unauthenticated } from '../common/errors';
import { Actor, OrganizationKind } from './actor';

/**
 * The access rules of battrace, in one place (DOMAIN.md §1). Resolvers declare who may call an
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
    throw forbidden(`${operation} is for ${rule.organizationKinds.join(' or ')} organizations, not the platform administrator`);
  }
  if (rule.kind === 'ADMIN') throw forbidden(`${operation} is for the platform administrator only`);
  if (!rule.organizationKinds.includes(actor.organizationKind)) {
    throw forbidden(`${operation} is for ${rule.organizationKinds.join(' or ')} organizations; the caller is a ${actor.organizationKind}`);
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
  throw forbidden(`${operation} is for manufacturers only`);
}

/** FORBIDDEN unless the actor is the manufacturer that owns the record (or the administrator). */
export function assertOwner(actor: Actor, ownerId: string, what: string, field?: string): void {
  if (actor.type === 'ADMIN') return;
  if (actor.type === 'ORGANIZATION' && actor.organizationId === ownerId) return;
  throw forbidden(`${what} belongs to another manufacturer`, field);
}

/** The manufacturer whose records a write acts on: the caller itself, never another. */
export function assertWritesOwn(actor: Actor, ownerId: string, what: string, field?: string): void {
  if (actor.type === 'ORGANIZATION' && actor.organizationId === ownerId) return;
  throw forbidden(`${what} belongs to another manufacturer`, field);
}
