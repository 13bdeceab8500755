import { canSeeFootprintInputs, unitChanger } from './access-policy';
import { ADMIN, ANONYMOUS, OrganizationKind } from './actor';
import { orgActor as org } from '../../test/support/actors';

const MAKER = '11111111-1111-4111-8111-111111111111';

describe('canSeeFootprintInputs', () => {
  it('lets the owner and the administrator read, whether or not a certifier was asked', () => {
    for (const asked of [false, true]) {
      expect(canSeeFootprintInputs(org(MAKER, 'MANUFACTURER'), MAKER, asked)).toBe(true);
      expect(canSeeFootprintInputs(ADMIN, MAKER, asked)).toBe(true);
    }
  });

  it('lets a certifier read only when the owner asked it to certify the batch', () => {
    const certifier = org('22222222-2222-4222-8222-222222222222', 'CERTIFIER');
    expect(canSeeFootprintInputs(certifier, MAKER, true)).toBe(true);
    expect(canSeeFootprintInputs(certifier, MAKER, false)).toBe(false);
  });

  it('never lets another manufacturer, a buyer or an anonymous caller read, even if wrongly told they were asked', () => {
    for (const actor of [
      org('33333333-3333-4333-8333-333333333333', 'MANUFACTURER'),
      org('44444444-4444-4444-8444-444444444444', 'BUYER'),
      ANONYMOUS,
    ]) {
      expect(canSeeFootprintInputs(actor, MAKER, true)).toBe(false);
    }
  });
});

describe('unitChanger', () => {
  const F = 'input.manufacturerId';
  it('lets a manufacturer change its own units, never another manufacturer’s', () => {
    expect(unitChanger(org(MAKER, 'MANUFACTURER'), null, 'disassemble', F)).toEqual({
      manufacturerId: MAKER,
      organizationId: MAKER,
      isManufacturer: true,
    });
    expect(() => unitChanger(org(MAKER, 'MANUFACTURER'), '33333333-3333-4333-8333-333333333333', 'disassemble', F)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', field: F }),
    );
  });

  it('lets a buyer ask as a consignee, naming the manufacturer', () => {
    const buyer = '44444444-4444-4444-8444-444444444444';
    expect(unitChanger(org(buyer, 'BUYER'), MAKER, 'markRecycled', F)).toEqual({
      manufacturerId: MAKER,
      organizationId: buyer,
      isManufacturer: false,
    });
    expect(() => unitChanger(org(buyer, 'BUYER'), null, 'markRecycled', F)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: F }),
    );
  });

  it('refuses certifiers, forwarders, the administrator and anonymous callers', () => {
    for (const kind of ['CERTIFIER', 'FORWARDER'] as OrganizationKind[]) {
      expect(() => unitChanger(org('55555555-5555-4555-8555-555555555555', kind), MAKER, 'disassemble', F)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN' }),
      );
    }
    expect(() => unitChanger(ADMIN, MAKER, 'disassemble', F)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => unitChanger(ANONYMOUS, MAKER, 'disassemble', F)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});
