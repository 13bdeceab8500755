import { AppError } from '../common/errors';
import { ADMIN, ANONYMOUS } from './actor';
import {
  assertAddressedCertifier,
  assertIssuingCertifier,
  assertRequestsOwnFootprint,
  canSeeRequestInputs,
  certificationRequestScope,
  signingKeyHolder,
} from './certificate-access';
import { orgActor as org } from '../../test/support/actors';

const MAKER = '11111111-1111-4111-8111-111111111111';
const OTHER_MAKER = '33333333-3333-4333-8333-333333333333';
const CERTIFIER = '22222222-2222-4222-8222-222222222222';
const OTHER_CERTIFIER = '55555555-5555-4555-8555-555555555555';

/** The AppError a call throws (fails the test when it throws nothing). */
function thrown(f: () => void): AppError {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a FORBIDDEN error, nothing was thrown');
}

describe('assertRequestsOwnFootprint', () => {
  it('lets a manufacturer ask for its own footprint and refuses another manufacturer’s, naming the footprint', () => {
    expect(() => assertRequestsOwnFootprint(MAKER, { id: 'fp-1', manufacturerId: MAKER })).not.toThrow();
    const e = thrown(() => assertRequestsOwnFootprint(OTHER_MAKER, { id: 'fp-1', manufacturerId: MAKER }));
    expect([e.code, e.message, e.field]).toEqual(['FORBIDDEN', 'footprint fp-1 belongs to another manufacturer', 'input.footprintId']);
  });
});

describe('certificationRequestScope', () => {
  it('gives a certifier its queue, a manufacturer its own requests and the administrator all', () => {
    expect(certificationRequestScope(org(CERTIFIER, 'CERTIFIER'))).toEqual({ kind: 'CERTIFIER', certifierId: CERTIFIER });
    expect(certificationRequestScope(org(MAKER, 'MANUFACTURER'))).toEqual({ kind: 'MANUFACTURER', manufacturerId: MAKER });
    expect(certificationRequestScope(ADMIN)).toEqual({ kind: 'ALL' });
  });

  it('refuses an anonymous caller', () => {
    const e = thrown(() => certificationRequestScope(ANONYMOUS));
    expect([e.code, e.message]).toEqual(['FORBIDDEN', 'certificationRequests needs an API key']);
  });
});

describe('canSeeRequestInputs', () => {
  const request = { certifierId: CERTIFIER, manufacturerId: MAKER };
  it('shows the inputs to the addressed certifier, the asking manufacturer and the administrator', () => {
    expect(canSeeRequestInputs(org(CERTIFIER, 'CERTIFIER'), request)).toBe(true);
    expect(canSeeRequestInputs(org(MAKER, 'MANUFACTURER'), request)).toBe(true);
    expect(canSeeRequestInputs(ADMIN, request)).toBe(true);
  });

  it('hides them from another certifier, another manufacturer, a buyer and an anonymous caller', () => {
    for (const actor of [org(OTHER_CERTIFIER, 'CERTIFIER'), org(OTHER_MAKER, 'MANUFACTURER'), org(MAKER + 'x', 'BUYER'), ANONYMOUS]) {
      expect(canSeeRequestInputs(actor, request)).toBe(false);
    }
  });
});

describe('assertAddressedCertifier', () => {
  it('lets only the addressed certifier decide a request', () => {
    expect(() => assertAddressedCertifier(CERTIFIER, { id: 'req-1', certifierId: CERTIFIER })).not.toThrow();
    const e = thrown(() => assertAddressedCertifier(OTHER_CERTIFIER, { id: 'req-1', certifierId: CERTIFIER }));
    expect([e.code, e.message, e.field]).toEqual([
      'FORBIDDEN',
      'certification request req-1 is addressed to another certifier',
      'input.requestId',
    ]);
  });
});

describe('assertIssuingCertifier', () => {
  it('lets only the issuing certifier change a certificate’s status', () => {
    expect(() => assertIssuingCertifier(CERTIFIER, { id: 'cert-1', certifierId: CERTIFIER })).not.toThrow();
    const e = thrown(() => assertIssuingCertifier(OTHER_CERTIFIER, { id: 'cert-1', certifierId: CERTIFIER }));
    expect([e.code, e.message, e.field]).toEqual([
      'FORBIDDEN',
      'certificate cert-1 was issued by another certifier',
      'input.certificateId',
    ]);
  });
});

describe('signingKeyHolder', () => {
  it('gives a certifier its own organization and refuses anyone else with the operation’s refusal', () => {
    expect(signingKeyHolder(org(CERTIFIER, 'CERTIFIER'), 'no')).toBe(CERTIFIER);
    for (const actor of [org(MAKER, 'MANUFACTURER'), ADMIN, ANONYMOUS]) {
      const e = thrown(() => signingKeyHolder(actor, 'rotateSigningKey is for certifiers only'));
      expect([e.code, e.message]).toEqual(['FORBIDDEN', 'rotateSigningKey is for certifiers only']);
    }
  });
});
