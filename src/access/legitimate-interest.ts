import { badInput, conflict, forbidden } from '../common/errors';
import type { PassportAccessGroup } from '../passports/passport-attributes';
import type { Actor, OrganizationKind } from './actor';

/**
 * Persons with a legitimate interest in a battery passport (Regulation (EU) 2023/1542 Art. 77(2),
 * docs/passport-attributes.md "Legitimate interest"). A caller has one for a battery when
 * - its organization is of a kind the administrator creates for them: recyclers, repairers,
 *   second-life operators (repurposing) and independent operators, for every battery; or
 * - the battery's manufacturer granted its organization access to the battery's model, its batch or
 *   the battery itself (an active grant in `passport_access_grants`). A grant for one battery adds to
 *   that battery's passport (and health routes) only, never to its batch's passport.
 */
export const LEGITIMATE_INTEREST_KINDS: readonly OrganizationKind[] = [
  'RECYCLER',
  'REPAIRER',
  'SECOND_LIFE_OPERATOR',
  'INDEPENDENT_OPERATOR',
];

/**
 * What a person with a legitimate interest reads: the public group (Annex XIII point 1), the group of
 * persons with a legitimate interest and the Commission (point 2: dismantling information, part
 * numbers, safety measures) and the group of persons with a legitimate interest (point 4: the
 * per-battery state of health, status, negative events, detailed composition). Not the test
 * reports (`AUTHORITY`, point 3), which Art. 77(2) keeps for notified bodies, market surveillance
 * authorities and the Commission.
 */
export const LEGITIMATE_INTEREST_GROUPS: readonly PassportAccessGroup[] = [
  'PUBLIC',
  'LEGITIMATE_INTEREST',
  'LEGITIMATE_INTEREST_AND_COMMISSION',
];

export function isLegitimateInterestKind(kind: OrganizationKind): boolean {
  return LEGITIMATE_INTEREST_KINDS.includes(kind);
}

/** The caller's organization is of a legitimate-interest kind: it reads every battery's legitimate-interest groups. */
export function hasKindLegitimateInterest(actor: Actor): boolean {
  return actor.type === 'ORGANIZATION' && isLegitimateInterestKind(actor.organizationKind);
}

/**
 * Whether the passport route must look for an active grant: only an organization that is neither of
 * a legitimate-interest kind nor the battery's manufacturer can gain anything from one (the owner
 * reads everything already).
 */
export function needsGrantLookup(actor: Actor, manufacturerId: string): boolean {
  return actor.type === 'ORGANIZATION' && !hasKindLegitimateInterest(actor) && actor.organizationId !== manufacturerId;
}

/** The caller has a legitimate interest in this battery: by its kind, or by an active grant to its organization. */
export function hasLegitimateInterest(actor: Actor, hasActiveGrant: boolean): boolean {
  return hasKindLegitimateInterest(actor) || (actor.type === 'ORGANIZATION' && hasActiveGrant);
}

/** What a passport access grant covers: every battery of a model, the batteries of a batch, or one battery (by its serial). */
export type GrantSubject = { modelId: string } | { batchId: string } | { serial: string };

/** A grant names exactly one of a model, a batch and a battery's serial. */
export function grantSubject(input: { modelId?: string | null; batchId?: string | null; serial?: string | null }): GrantSubject {
  const named = (['modelId', 'batchId', 'serial'] as const).filter((k) => input[k] !== undefined && input[k] !== null);
  if (named.length !== 1) {
    throw badInput('input', 'name exactly one of modelId (every battery of the model), batchId (one batch) and serial (one battery)');
  }
  const key = named[0];
  if (key === 'modelId') return { modelId: input.modelId! };
  if (key === 'batchId') return { batchId: input.batchId! };
  return { serial: input.serial! };
}

/**
 * Only the manufacturer of the model, batch or battery grants access to its passports (not another
 * manufacturer, not the administrator: it is the manufacturer's decision, audited in its name);
 * and not to itself.
 */
export function assertCanGrantPassportAccess(
  actor: Actor,
  subject: { manufacturerId: string },
  granteeOrganizationId: string,
  field: string,
): void {
  if (actor.type !== 'ORGANIZATION' || actor.organizationId !== subject.manufacturerId) {
    throw forbidden("only the battery's manufacturer grants access to its passports", field, 'OTHER_MANUFACTURER');
  }
  if (granteeOrganizationId === subject.manufacturerId) {
    throw badInput('input.granteeOrganizationId', 'a manufacturer reads its own passports already: grant access to another organization');
  }
}

/** Only the manufacturer that granted revokes; a grant is revoked once. */
export function assertCanRevokePassportAccess(actor: Actor, grant: { manufacturerId: string; revokedAt: Date | null }): void {
  if (actor.type !== 'ORGANIZATION' || actor.organizationId !== grant.manufacturerId) {
    throw forbidden('only the manufacturer that granted the access revokes it', 'input.grantId', 'OTHER_MANUFACTURER');
  }
  if (grant.revokedAt)
    throw conflict(`the grant was already revoked at ${grant.revokedAt.toISOString()}`, 'input.grantId', 'GRANT_ALREADY_REVOKED');
}
