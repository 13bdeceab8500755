import { ADMIN, ANONYMOUS } from './actor';
import { assertOwnsParentUnit, lineageScope } from './unit-access';
import { caught, orgActor as org } from '../../test/support/actors';

const MAKER = '11111111-1111-4111-8111-111111111111';
const RIVAL = '33333333-3333-4333-8333-333333333333';

describe('lineageScope', () => {
  it('scopes a manufacturer to its own units, the administrator and a buyer to the manufacturer they name', () => {
    expect(lineageScope(org(MAKER, 'MANUFACTURER'), null)).toEqual({ manufacturerId: MAKER, consigneeId: null });
    expect(lineageScope(ADMIN, MAKER)).toEqual({ manufacturerId: MAKER, consigneeId: null });
    expect(lineageScope(org(RIVAL, 'BUYER'), MAKER)).toEqual({ manufacturerId: MAKER, consigneeId: RIVAL });
  });

  it('refuses a manufacturer naming another, and buyers where buyers are not admitted', () => {
    expect(caught(() => lineageScope(org(MAKER, 'MANUFACTURER'), RIVAL))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'manufacturerId',
      message: 'a manufacturer reads the lineage of its own units only',
    });
    expect(caught(() => lineageScope(org(RIVAL, 'BUYER'), MAKER, false))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'unit history is for the manufacturer and the administrator',
    });
    expect(caught(() => lineageScope(org(RIVAL, 'CERTIFIER'), MAKER))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'unit lineage is for manufacturers, buyers and the administrator',
    });
  });

  it('asks for a key, and for the manufacturer when the caller does not name one it must', () => {
    expect(caught(() => lineageScope(ANONYMOUS, MAKER))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(caught(() => lineageScope(ADMIN, null))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'manufacturerId' });
    expect(caught(() => lineageScope(org(RIVAL, 'BUYER'), undefined))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'manufacturerId' });
  });
});

describe('assertOwnsParentUnit', () => {
  it('lets a manufacturer pack into its own unit and refuses another’s', () => {
    expect(() => assertOwnsParentUnit(MAKER, MAKER, 'Unit:7', 'input.parentId')).not.toThrow();
    expect(caught(() => assertOwnsParentUnit(MAKER, RIVAL, 'Unit:7', 'input.parentId'))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.parentId',
      message: 'unit Unit:7 belongs to another manufacturer',
    });
  });
});
