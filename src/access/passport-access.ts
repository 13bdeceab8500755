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
 * No battrace caller is a person with a legitimate interest yet (recyclers, repairers, second-life
 * operators come with the next step of issue 14).
 */
export const TIER_ACCESS_GROUPS: Readonly<Record<PassportTier, readonly PassportAccessGroup[]>> = {
  PUBLIC: ['PUBLIC'],
  CERTIFIER: ['PUBLIC'],
  AUTHORITY: ['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'],
};

/** The access groups a caller of this tier reads; the owner reads all four. */
export function readableAccessGroups(tier: PassportTier, isOwner: boolean): readonly PassportAccessGroup[] {
  return isOwner ? PASSPORT_ACCESS_GROUPS : TIER_ACCESS_GROUPS[tier];
}

export function canReadAccessGroup(group: PassportAccessGroup, tier: PassportTier, isOwner: boolean): boolean {
  return readableAccessGroups(tier, isOwner).includes(group);
}

/** The keys of the attributes a caller may read, in the catalogue's order. */
export function visibleAttributes(tier: PassportTier, isOwner: boolean): PassportAttributeKey[] {
  const groups = readableAccessGroups(tier, isOwner);
  return PASSPORT_ATTRIBUTES.filter((a) => groups.includes(a.accessGroup)).map((a) => a.key);
}

/**
 * A copy of a passport record (attribute keys to values) holding only what the caller may read:
 * every other attribute is absent, not null. Fails closed: a key that is no attribute of the
 * catalogue is dropped as well, so that nothing reaches a caller without an access group.
 */
export function filterPassport<T extends Readonly<Record<string, unknown>>>(record: T, tier: PassportTier, isOwner: boolean): Partial<T> {
  const groups = readableAccessGroups(tier, isOwner);
  const out: Partial<T> = {};
  for (const key of Object.keys(record) as (keyof T & string)[]) {
    const attribute = PASSPORT_ATTRIBUTE_BY_KEY.get(key);
    if (attribute && groups.includes(attribute.accessGroup)) out[key] = record[key];
  }
  return out;
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
