/**
 * The kinds of organization the administrator creates. RECYCLER to INDEPENDENT_OPERATOR are persons
 * with a legitimate interest in battery passports (Regulation (EU) 2023/1542 Art. 77(2);
 * access/legitimate-interest.ts). A FLEET_OPERATOR (a fleet or battery management system operator)
 * writes the live health data of the batteries their holders granted it (battery-health/), and has
 * a legitimate interest in those batteries only (access/battery-health-access.ts).
 */
export const ORGANIZATION_KINDS = [
  'MANUFACTURER',
  'CERTIFIER',
  'BUYER',
  'FORWARDER',
  'AUTHORITY',
  'RECYCLER',
  'REPAIRER',
  'SECOND_LIFE_OPERATOR',
  'INDEPENDENT_OPERATOR',
  'FLEET_OPERATOR',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Who is calling: resolved once per request from the Authorization header. */
export type Actor =
  | { type: 'ADMIN' }
  | { type: 'ORGANIZATION'; organizationId: string; organizationKind: OrganizationKind; apiKeyId: string }
  | { type: 'ANONYMOUS' };

export const ANONYMOUS: Actor = { type: 'ANONYMOUS' };
export const ADMIN: Actor = { type: 'ADMIN' };

/** A stable label for logs, audit entries and rate limiting. */
export function actorId(actor: Actor): string | null {
  switch (actor.type) {
    case 'ADMIN':
      return 'admin';
    case 'ORGANIZATION':
      return actor.organizationId;
    case 'ANONYMOUS':
      return null;
  }
}
