import { AppError, badInput, conflict, forbidden } from '../common/errors';
import type { PassportAccessGroup } from '../passports/passport-attributes';
import { passportTier } from '../passports/passport-tier';
import type { Custody } from '../units/unit-custody';
import { canSeePrivate } from './access-policy';
import type { Actor, OrganizationKind } from './actor';
import { hasLegitimateInterest } from './legitimate-interest';
import { readableAccessGroups } from './passport-access';

/**
 * Who writes and who reads a battery's live health data (Regulation (EU) 2023/1542 Art. 14 and
 * Annex XIII point 4; docs/battery-health.md):
 * - the battery's holder (its manufacturer, or the consignee once a shipment delivered it:
 *   units/unit-custody.ts) writes readings, and grants a FLEET_OPERATOR organization the right to
 *   write them (an operation grant, with a reason, until revoked);
 * - a fleet operator with an active operation grant for a battery, and the battery's holder, have a
 *   legitimate interest in it (Art. 77(2)(c)): they read its per-battery data like the persons of
 *   legitimate-interest.ts; a fleet operator has no legitimate interest in batteries it does not
 *   operate.
 */

/** The organization that holds the battery now; null while it is on a shipment. */
export function holderOf(custody: Custody, manufacturerId: string): string | null {
  switch (custody.holder) {
    case 'MANUFACTURER':
      return manufacturerId;
    case 'CONSIGNEE':
      return custody.consigneeId;
    case 'NOBODY':
      return null;
  }
}

/**
 * Only the battery's holder grants its operation, to an organization of kind FLEET_OPERATOR; nobody
 * while the battery is on a shipment (its custody is about to change hands).
 */
export function assertCanGrantBatteryOperation(
  actor: Actor,
  holderId: string | null,
  operator: { id: string; kind: OrganizationKind },
  field: string,
): void {
  if (actor.type !== 'ORGANIZATION') throw forbidden("only the battery's holder grants its operation", field, 'NOT_HOLDER');
  if (holderId === null) {
    throw conflict(
      'the battery is on a shipment: its holder grants its operation once it is delivered or returned',
      field,
      'NOT_IN_CUSTODY',
    );
  }
  if (actor.organizationId !== holderId) {
    throw forbidden(
      "only the battery's holder (its manufacturer, or the consignee once delivered) grants its operation",
      field,
      'NOT_HOLDER',
    );
  }
  if (operator.kind !== 'FLEET_OPERATOR') {
    throw badInput(
      'input.operatorOrganizationId',
      `is an organization of kind ${operator.kind}, not FLEET_OPERATOR`,
      'NOT_A_FLEET_OPERATOR',
    );
  }
}

/** The organization that granted, or the battery's holder now, revokes; a grant is revoked once. */
export function assertCanRevokeBatteryOperation(
  actor: Actor,
  grant: { grantorOrganizationId: string; revokedAt: Date | null },
  holderId: string | null,
): void {
  const orgId = actor.type === 'ORGANIZATION' ? actor.organizationId : null;
  if (orgId === null || (orgId !== grant.grantorOrganizationId && orgId !== holderId)) {
    throw forbidden(
      "only the organization that granted the operation, or the battery's holder now, revokes it",
      'input.grantId',
      'NOT_HOLDER',
    );
  }
  if (grant.revokedAt) {
    throw conflict(`the grant was already revoked at ${grant.revokedAt.toISOString()}`, 'input.grantId', 'GRANT_ALREADY_REVOKED');
  }
}

/** Health readings are written with an organization's key (the holder's or the operator's); not by the administrator. */
export function requireHealthWriter(actor: Actor): Actor & { type: 'ORGANIZATION' } {
  if (actor.type !== 'ORGANIZATION') {
    throw forbidden(
      "health readings are written by a battery's holder or its fleet operator, with their organization's key",
      undefined,
      'WRONG_ORGANIZATION_KIND',
    );
  }
  return actor;
}

/** Writes a battery's health readings: its holder, or an organization with an active operation grant for it. */
export function mayWriteHealthReadings(actor: Actor, holderId: string | null, hasOperationGrant: boolean): boolean {
  if (actor.type !== 'ORGANIZATION') return false;
  return hasOperationGrant || (holderId !== null && holderId === actor.organizationId);
}

/** FORBIDDEN for an upload line whose battery the caller neither holds nor operates. */
export function notOperatorError(line: number, where: string, serial: string): AppError {
  return new AppError(
    'FORBIDDEN',
    `${where}: battery "${serial}" is neither held by the caller nor operated by it under an active operation grant`,
    where,
    { line },
    'NOT_OPERATOR',
  );
}

export interface HealthReadFacts {
  manufacturerId: string;
  /** The organization holding the battery now (null: on a shipment). */
  holderId: string | null;
  /** The caller holds an active operation grant for the battery. */
  operates: boolean;
  /** The caller holds an active passport access grant for the battery, its batch or its model (legitimate-interest.ts). */
  passportGrant: boolean;
}

/**
 * The passport access groups a caller reads of one battery, the same way the passport route computes
 * them (passports.service.ts): the owner (manufacturer, administrator) reads all; anyone else its
 * tier's groups, and the legitimate-interest groups with a legitimate interest: by kind, by a passport
 * access grant, by operating the battery, or by holding it.
 */
export function healthReadGroups(actor: Actor, facts: HealthReadFacts): readonly PassportAccessGroup[] {
  const tier = passportTier(actor, { manufacturerId: facts.manufacturerId, certifierIds: [] });
  const isOwner = canSeePrivate(actor, facts.manufacturerId);
  return readableAccessGroups(tier, isOwner, hasLegitimateInterest(actor, facts.passportGrant || interestInBattery(actor, facts)));
}

/**
 * A legitimate interest in one battery that comes from the battery itself, not from the caller's kind
 * or a grant for its batch or model: the caller operates it under an active operation grant, holds
 * it now (its manufacturer before shipping, the consignee once delivered), or holds an active passport
 * access grant its manufacturer made for this one battery (legitimate-interest.ts). Health routes and
 * the battery's passport both read it, so the two answer the same groups to the same caller; the
 * batch's passport never does (an interest in one battery is not one in its batch).
 */
export function interestInBattery(
  actor: Actor,
  facts: { operates: boolean; holderId: string | null; batteryPassportGrant?: boolean },
): boolean {
  if (actor.type !== 'ORGANIZATION') return false;
  return facts.operates || facts.batteryPassportGrant === true || (facts.holderId !== null && facts.holderId === actor.organizationId);
}

/** The history of an attribute is for the callers whose groups read it: FORBIDDEN otherwise. */
export function assertCanReadHealthAttribute(
  groups: readonly PassportAccessGroup[],
  attribute: { key: string; accessGroup: PassportAccessGroup },
): void {
  if (!groups.includes(attribute.accessGroup)) {
    throw forbidden(
      `${attribute.key} is in the passport access group ${attribute.accessGroup}, which the caller does not read (it reads ${groups.join(', ')})`,
      'attribute',
      'NOT_ALLOWED',
    );
  }
}
