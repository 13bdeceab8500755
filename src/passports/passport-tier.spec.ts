import { ADMIN, ANONYMOUS, Actor, OrganizationKind } from '../access/actor';
import { passportTier } from './passport-tier';

const org = (organizationKind: OrganizationKind, organizationId: string): Actor => ({
  type: 'ORGANIZATION',
  organizationKind,
  organizationId,
  apiKeyId: 'k',
});
const batch = { manufacturerId: 'm1', certifierIds: ['c1'] };

describe('passportTier', () => {
  it('public for anonymous callers, buyers, forwarders, other manufacturers and certifiers not asked', () => {
    expect(passportTier(ANONYMOUS, batch)).toBe('PUBLIC');
    expect(passportTier(org('BUYER', 'b1'), batch)).toBe('PUBLIC');
    expect(passportTier(org('FORWARDER', 'f1'), batch)).toBe('PUBLIC');
    expect(passportTier(org('MANUFACTURER', 'm2'), batch)).toBe('PUBLIC');
    expect(passportTier(org('CERTIFIER', 'c2'), batch)).toBe('PUBLIC');
  });

  it('certifier tier for a certifier asked to certify the batch; authority tier for authorities, the owner and the administrator', () => {
    expect(passportTier(org('CERTIFIER', 'c1'), batch)).toBe('CERTIFIER');
    expect(passportTier(org('AUTHORITY', 'a1'), batch)).toBe('AUTHORITY');
    expect(passportTier(org('MANUFACTURER', 'm1'), batch)).toBe('AUTHORITY');
    expect(passportTier(ADMIN, batch)).toBe('AUTHORITY');
  });
});
