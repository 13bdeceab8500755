import { forbidden } from '../common/errors';
import {
  PASSPORT_ACCESS_GROUPS,
  PASSPORT_ATTRIBUTES,
  PASSPORT_ATTRIBUTE_BY_KEY,
  PassportAccessGroup,
  PassportAttributeKey,
} from '../passports/passport-attributes';
import type { PassportTier } from '../passports/passport-tier';
import { canSeePrivate } from './access-policy';
import type { Actor } from './actor';
import { LEGITIMATE_INTEREST_GROUPS } from './legitimate-interest';

/**
 * Which battery-passport attributes a caller may read, per attribute (Regulation (EU) 2023/1542
 * Art. 77(2) and Annex XIII; docs/passport-attributes.md). The caller arrives as its passport tier
 * (passports/passport-tier.ts) and whether it owns the passport (`canSeePrivate`: the battery's
 * manufacturer or the administrator):
 * - PUBLIC (anonymous callers, buyers, forwarders, other manufacturers) reads the public group;
 * - CERTIFIER (a certifier asked to certify the batch) reads the public group too: it verifies the
 *   footprint, which is public, and is none of the persons Art. 77(2) names for the other groups;
 * - AUTHORITY (notified bodies, market surveillance, customs) reads what Art. 77(2)(b) opens to
 *   them, Annex XIII points 1 to 3: the public group, the group of persons with a legitimate interest
 *   and the Commission, and the test reports; not the per-battery data of point 4, which
 *   Art. 77(2)(c) keeps for persons with a legitimate interest;
 * - the owner reads everything.
 * Persons with a legitimate interest (recyclers, repairers, second-life and independent operators,
 * and organizations a manufacturer granted access) read the legitimate-interest groups besides
 * their tier's (readableAccessGroups, legitimate-interest.ts).
 */
export const TIER_ACCESS_GROUPS: Readonly<Record<PassportTier, readonly PassportAccessGroup[]>> = {
  PUBLIC: ['PUBLIC'],
  CERTIFIER: ['PUBLIC'],
  AUTHORITY: ['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'],
};

/**
 * The access groups a caller reads, in the catalogue's order: the owner reads all four; anyone else
 * its tier's groups, and, with a legitimate interest in the battery (its organization's kind or an
 * active grant: legitimate-interest.ts), the legitimate-interest groups besides.
 */
export function readableAccessGroups(tier: PassportTier, isOwner: boolean, legitimateInterest = false): readonly PassportAccessGroup[] {
  if (isOwner) return PASSPORT_ACCESS_GROUPS;
  const tierGroups = TIER_ACCESS_GROUPS[tier];
  return PASSPORT_ACCESS_GROUPS.filter((g) => tierGroups.includes(g) || (legitimateInterest && LEGITIMATE_INTEREST_GROUPS.includes(g)));
}

/** The keys of the attributes readable with these access groups, in the catalogue's order. */
export function visibleAttributes(groups: readonly PassportAccessGroup[]): PassportAttributeKey[] {
  return PASSPORT_ATTRIBUTES.filter((a) => groups.includes(a.accessGroup)).map((a) => a.key);
}

/**
 * A copy of a passport record (attribute keys to values) holding only what the caller's access
 * groups (readableAccessGroups) read: every other attribute is absent, not null. Fails closed: a
 * key that is no attribute of the catalogue is dropped as well, so that nothing reaches a caller
 * without an access group.
 */
export function filterPassport<T extends Readonly<Record<string, unknown>>>(record: T, groups: readonly PassportAccessGroup[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(record) as (keyof T & string)[]) {
    const attribute = PASSPORT_ATTRIBUTE_BY_KEY.get(key);
    if (attribute && groups.includes(attribute.accessGroup)) out[key] = record[key];
  }
  return out;
}

/** Whether these access groups read the catalogue attribute `key`. */
export const readsAttribute = (groups: readonly PassportAccessGroup[], key: PassportAttributeKey): boolean => {
  const attribute = PASSPORT_ATTRIBUTE_BY_KEY.get(key);
  return !!attribute && groups.includes(attribute.accessGroup);
};

/**
 * Who owns one battery's passport (reads every group and its completeness): the battery's
 * manufacturer and the administrator (canSeePrivate), and for a passport started by repurposing or
 * remanufacturing (Art. 77(6)) the organization that did it, the operator responsible for that
 * life (`operatorId`, null for the original passport).
 */
export function ownsBatteryPassport(actor: Actor, manufacturerId: string, operatorId: string | null): boolean {
  return (
    canSeePrivate(actor, manufacturerId) || (operatorId !== null && actor.type === 'ORGANIZATION' && actor.organizationId === operatorId)
  );
}

/**
 * A batch's passport completeness (what its manufacturer still has to record) is the
 * manufacturer's own working data: its manufacturer and the administrator read it, anyone else
 * is FORBIDDEN (the @Access rule has already refused callers that are no manufacturer).
 */
export function assertCanSeePassportCompleteness(actor: Actor, manufacturerId: string): void {
  if (!canSeePrivate(actor, manufacturerId)) {
    throw forbidden("a passport's completeness is for the battery's manufacturer and the administrator", 'batchId', 'OTHER_MANUFACTURER');
  }
}
