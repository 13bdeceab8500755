import { ADMIN, ANONYMOUS, Actor, ORGANIZATION_KINDS, OrganizationKind } from './actor';
import {
  assertCanGrantPassportAccess,
  assertCanRevokePassportAccess,
  grantSubject,
  hasLegitimateInterest,
  needsGrantLookup,
} from './legitimate-interest';

const org = (organizationKind: OrganizationKind, organizationId: string): Actor => ({
  type: 'ORGANIZATION',
  organizationKind,
  organizationId,
  apiKeyId: 'k',
});

const reasonOf = (f: () => unknown): { code: string; reason: string } | null => {
  try {
    f();
    return null;
  } catch (e) {
    const err = e as { code: string; reason: string };
    return { code: err.code, reason: err.reason };
  }
};

describe('hasLegitimateInterest', () => {
  it('by kind: recyclers, repairers, second-life and independent operators, for every battery; no other kind', () => {
    const withInterest = ORGANIZATION_KINDS.filter((k) => hasLegitimateInterest(org(k, 'x'), false));
    expect(withInterest).toEqual(['RECYCLER', 'REPAIRER', 'SECOND_LIFE_OPERATOR', 'INDEPENDENT_OPERATOR']);
  });

  it('by grant: any organization with an active grant; never an anonymous caller', () => {
    expect(hasLegitimateInterest(org('BUYER', 'b'), true)).toBe(true);
    expect(hasLegitimateInterest(org('BUYER', 'b'), false)).toBe(false);
    expect(hasLegitimateInterest(ANONYMOUS, true)).toBe(false);
  });
});

describe('needsGrantLookup', () => {
  it('only for an organization that is neither of a legitimate-interest kind nor the manufacturer', () => {
    expect(needsGrantLookup(org('BUYER', 'b'), 'm')).toBe(true);
    expect(needsGrantLookup(org('MANUFACTURER', 'm2'), 'm')).toBe(true);
    expect(needsGrantLookup(org('MANUFACTURER', 'm'), 'm')).toBe(false);
    expect(needsGrantLookup(org('RECYCLER', 'r'), 'm')).toBe(false);
    expect(needsGrantLookup(ANONYMOUS, 'm')).toBe(false);
    expect(needsGrantLookup(ADMIN, 'm')).toBe(false);
  });
});

describe('grantSubject', () => {
  it('exactly one of a model, a batch and a serial', () => {
    expect(grantSubject({ modelId: 'a' })).toEqual({ modelId: 'a' });
    expect(grantSubject({ batchId: 'b', modelId: null })).toEqual({ batchId: 'b' });
    expect(grantSubject({ serial: 'S-1', modelId: null, batchId: null })).toEqual({ serial: 'S-1' });
    expect(reasonOf(() => grantSubject({}))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(reasonOf(() => grantSubject({ modelId: 'a', batchId: 'b' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(reasonOf(() => grantSubject({ batchId: 'b', serial: 'S-1' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(reasonOf(() => grantSubject({ modelId: 'a', batchId: 'b', serial: 'S-1' }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
  });
});

describe('granting and revoking', () => {
  it('only the manufacturer grants, to another organization', () => {
    expect(
      reasonOf(() => assertCanGrantPassportAccess(org('MANUFACTURER', 'm'), { manufacturerId: 'm' }, 'b', 'input.batchId')),
    ).toBeNull();
    for (const actor of [org('MANUFACTURER', 'm2'), ADMIN, ANONYMOUS, org('RECYCLER', 'm3')]) {
      expect(reasonOf(() => assertCanGrantPassportAccess(actor, { manufacturerId: 'm' }, 'b', 'input.batchId'))).toEqual({
        code: 'FORBIDDEN',
        reason: 'OTHER_MANUFACTURER',
      });
    }
    expect(reasonOf(() => assertCanGrantPassportAccess(org('MANUFACTURER', 'm'), { manufacturerId: 'm' }, 'm', 'input.batchId'))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
  });

  it('only the granting manufacturer revokes, once', () => {
    const active = { manufacturerId: 'm', revokedAt: null };
    expect(reasonOf(() => assertCanRevokePassportAccess(org('MANUFACTURER', 'm'), active))).toBeNull();
    expect(reasonOf(() => assertCanRevokePassportAccess(org('MANUFACTURER', 'm2'), active))).toEqual({
      code: 'FORBIDDEN',
      reason: 'OTHER_MANUFACTURER',
    });
    expect(reasonOf(() => assertCanRevokePassportAccess(ADMIN, active))).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_MANUFACTURER' });
    expect(
      reasonOf(() => assertCanRevokePassportAccess(org('MANUFACTURER', 'm'), { manufacturerId: 'm', revokedAt: new Date(0) })),
    ).toEqual({
      code: 'CONFLICT',
      reason: 'GRANT_ALREADY_REVOKED',
    });
  });
});
