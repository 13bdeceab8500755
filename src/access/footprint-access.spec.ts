import { AppError } from '../common/errors';
import { ADMIN, ANONYMOUS } from './actor';
import { assertCanSeeFootprint, assertCanSeeFootprintInputs } from './footprint-access';
import { orgActor as org } from '../../test/support/actors';

const MAKER = '11111111-1111-4111-8111-111111111111';
const READERS = 'the batch owner, a certifier it asked to certify the batch, and the administrator';

describe('assertCanSeeFootprint', () => {
  it('lets anyone see a declared footprint, and only its owner and the administrator an undeclared one', () => {
    const rival = org('33333333-3333-4333-8333-333333333333', 'MANUFACTURER');
    for (const actor of [ADMIN, ANONYMOUS, rival, org(MAKER, 'MANUFACTURER')])
      expect(() => assertCanSeeFootprint(actor, MAKER, true)).not.toThrow();
    expect(() => assertCanSeeFootprint(org(MAKER, 'MANUFACTURER'), MAKER, false)).not.toThrow();
    expect(() => assertCanSeeFootprint(ADMIN, MAKER, false)).not.toThrow();
    for (const actor of [ANONYMOUS, rival]) {
      expect(() => assertCanSeeFootprint(actor, MAKER, false)).toThrow(
        new AppError('FORBIDDEN', 'an undeclared footprint is visible to its owner and the administrator'),
      );
    }
  });
});

describe('assertCanSeeFootprintInputs', () => {
  const certifier = org('22222222-2222-4222-8222-222222222222', 'CERTIFIER');

  it('lets the owner, the administrator and an asked certifier read', () => {
    expect(() => assertCanSeeFootprintInputs(org(MAKER, 'MANUFACTURER'), MAKER, false, 'INPUTS')).not.toThrow();
    expect(() => assertCanSeeFootprintInputs(ADMIN, MAKER, false, 'INPUTS')).not.toThrow();
    expect(() => assertCanSeeFootprintInputs(certifier, MAKER, true, 'RULESET_COMPARISON')).not.toThrow();
  });

  it('refuses a certifier that was not asked, and names what the inputs were read for', () => {
    let e: unknown;
    try {
      assertCanSeeFootprintInputs(certifier, MAKER, false, 'INPUTS');
    } catch (err) {
      e = err;
    }
    expect(e).toMatchObject({ code: 'FORBIDDEN', message: `footprint inputs are visible to ${READERS}` });
    expect(() => assertCanSeeFootprintInputs(certifier, MAKER, false, 'RULESET_COMPARISON')).toThrow(
      `comparing rulesets reads the batch inputs: ${READERS}`,
    );
  });
});
