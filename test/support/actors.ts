import type { Actor, OrganizationKind } from '../../src/access/actor';

/** An organization's caller, as the access guard builds it from an API key (for rule specs). */
export const orgActor = (organizationId: string, organizationKind: OrganizationKind): Actor => ({
  type: 'ORGANIZATION',
  organizationId,
  organizationKind,
  apiKeyId: 'k',
});

/** What `run` throws, or null when it throws nothing. */
export const caught = (run: () => void): unknown => {
  try {
    run();
  } catch (e) {
    return e;
  }
  return null;
};
