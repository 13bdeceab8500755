import { CredentialFacts, evaluateCredential, statusInWords } from './certificate-checks';

const NOW = new Date('2026-06-01T00:00:00Z');
const GOOD: CredentialFacts = {
  malformed: null,
  keyKnown: true,
  signatureValid: true,
  issuerIsCertifier: true,
  key: { activeFrom: new Date('2026-01-01T00:00:00Z'), retiredAt: null },
  issuedAt: new Date('2026-04-01T00:00:00Z'),
  validFrom: new Date('2026-04-01T00:00:00Z'),
  validUntil: new Date('2027-04-01T00:00:00Z'),
  revoked: false,
  suspended: false,
  superseded: false,
  footprintHashMatches: true,
};
const evaluate = (f: CredentialFacts, now = NOW) => evaluateCredential(f, f, now);
const reasons = (f: Partial<CredentialFacts>, now = NOW) =>
  evaluate({ ...GOOD, ...f }, now)
    .filter((c) => !c.ok)
    .map((c) => c.reason);

describe('evaluateCredential', () => {
  it('passes every check for a good credential, and says so in words', () => {
    const checks = evaluate(GOOD);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks.map((c) => c.check)).toContain('FOOTPRINT_HASH');
    expect(statusInWords(checks)).toMatchObject({ valid: true, status: 'VALID' });
  });

  it('gives each failure its own reason', () => {
    expect(reasons({ malformed: 'not a JWS' })).toEqual(['MALFORMED']);
    expect(reasons({ keyKnown: false })).toEqual(['UNKNOWN_KID']);
    expect(reasons({ signatureValid: false })).toEqual(['SIGNATURE']);
    expect(reasons({ issuerIsCertifier: false })).toEqual(['ISSUER_NOT_CERTIFIER']);
    expect(reasons({ revoked: true })).toEqual(['REVOKED']);
    expect(reasons({ suspended: true })).toEqual(['SUSPENDED']);
    expect(reasons({ superseded: true })).toEqual(['SUPERSEDED']);
    expect(reasons({ footprintHashMatches: false })).toEqual(['FOOTPRINT_HASH_MISMATCH']);
    expect(reasons({ revoked: null })).toEqual(['STATUS_UNKNOWN']);
    expect(statusInWords(evaluate({ ...GOOD, revoked: true }))).toMatchObject({ valid: false, status: 'REVOKED' });
  });

  it('expires exactly at validUntil and is not valid before validFrom', () => {
    const until = GOOD.validUntil!;
    expect(reasons({}, new Date(until.getTime() - 1))).toEqual([]);
    expect(reasons({}, until)).toEqual(['EXPIRED']);
    expect(reasons({}, new Date('2026-03-31T23:59:59Z'))).toEqual(['NOT_YET_VALID']);
  });

  it('accepts a retired key only for certificates issued while it was current', () => {
    const key = { activeFrom: new Date('2026-01-01T00:00:00Z'), retiredAt: new Date('2026-05-01T00:00:00Z') };
    expect(reasons({ key })).toEqual([]);
    expect(reasons({ key, issuedAt: new Date('2026-05-01T00:00:00Z') })).toEqual(['KEY_NOT_CURRENT_AT_ISSUANCE']);
    expect(reasons({ key, issuedAt: new Date('2025-12-31T00:00:00Z') })).toEqual(['KEY_NOT_CURRENT_AT_ISSUANCE']);
  });

  it('leaves out the online-only checks when their facts are unknown (offline)', () => {
    const names = evaluate({ ...GOOD, superseded: null, footprintHashMatches: null }).map((c) => c.check);
    expect(names).not.toContain('NOT_SUPERSEDED');
    expect(names).not.toContain('FOOTPRINT_HASH');
  });
});
