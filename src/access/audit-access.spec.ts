import { ADMIN, ANONYMOUS } from './actor';
import { assertCanReadAuditTrail, auditTrailNeedsOwners } from './audit-access';
import { caught, orgActor as org } from '../../test/support/actors';

describe('assertCanReadAuditTrail', () => {
  const me = org('me', 'MANUFACTURER');

  it('lets the administrator read any trail, and an organization its own and its rows’', () => {
    expect(() => assertCanReadAuditTrail(ADMIN, 'anything', [])).not.toThrow();
    expect(() => assertCanReadAuditTrail(me, 'me', [])).not.toThrow();
    expect(() => assertCanReadAuditTrail(me, 'batch-1', ['me'])).not.toThrow();
    expect(() => assertCanReadAuditTrail(me, 'shared-id', ['me', 'me'])).not.toThrow();
  });

  it('refuses an unknown subject, another organization’s row, and an id shared with another’s row', () => {
    for (const owners of [[], ['other'], ['me', 'other']]) {
      expect(caught(() => assertCanReadAuditTrail(me, 'x', owners))).toMatchObject({
        code: 'FORBIDDEN',
        message: 'the audit trail of x belongs to another organization',
      });
    }
  });

  it('refuses an anonymous caller, even with owners given', () => {
    expect(caught(() => assertCanReadAuditTrail(ANONYMOUS, 'me', ['me']))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'the audit trail needs an API key',
    });
  });

  it('asks the database for owners only for an organization asking about another id', () => {
    expect(auditTrailNeedsOwners(ADMIN, 'x')).toBe(false);
    expect(auditTrailNeedsOwners(ANONYMOUS, 'x')).toBe(false);
    expect(auditTrailNeedsOwners(me, 'me')).toBe(false);
    expect(auditTrailNeedsOwners(me, 'x')).toBe(true);
  });
});
