import { CustodyShipment, custodyOf, custodyProblem } from './unit-custody';

const MAKER = 'maker';
const BUYER = 'buyer';
const t = (iso: string) => new Date(iso);

function ship(o: Partial<CustodyShipment> = {}): CustodyShipment {
  return {
    id: 's1',
    reference: 'EXP-1',
    status: 'DEPARTED',
    manufacturerId: MAKER,
    consigneeId: BUYER,
    createdAt: t('2026-07-01T00:00:00Z'),
    handedOverAt: null,
    shippedSerial: 'P1',
    unitSerial: 'P1-M0',
    ...o,
  };
}

describe('custodyOf', () => {
  it('is the manufacturer’s when no shipment concerns the unit', () => {
    expect(custodyOf([])).toEqual({ holder: 'MANUFACTURER', since: null, shipment: null });
    expect(custodyProblem(custodyOf([]), MAKER, true)).toBeNull();
    expect(custodyProblem(custodyOf([]), BUYER, false)).toMatch(/held by its manufacturer/);
  });

  it('is nobody’s while a shipment is created, booked or under way', () => {
    for (const status of ['CREATED', 'BOOKED', 'LOADED', 'DEPARTED', 'ARRIVED', 'CUSTOMS_CLEARED']) {
      const c = custodyOf([ship({ status })]);
      expect(c.holder).toBe('NOBODY');
      expect(custodyProblem(c, MAKER, true)).toBe(
        `"P1-M0" (inside "P1") is on shipment EXP-1 (status ${status}): nobody changes it until the shipment is delivered or returned`,
      );
      expect(custodyProblem(c, BUYER, false)).not.toBeNull();
    }
  });

  it('is the consignee’s once delivered, and the manufacturer’s again after a return', () => {
    const delivered = custodyOf([ship({ status: 'DELIVERED', handedOverAt: t('2026-08-01T00:00:00Z') })]);
    expect(delivered).toMatchObject({ holder: 'CONSIGNEE', consigneeId: BUYER, since: t('2026-08-01T00:00:00Z') });
    expect(custodyProblem(delivered, BUYER, false)).toBeNull();
    expect(custodyProblem(delivered, MAKER, true)).toMatch(/delivered in shipment EXP-1 \(status DELIVERED\): only its consignee/);
    expect(custodyProblem(delivered, 'another-buyer', false)).not.toBeNull();

    const returned = custodyOf([ship({ status: 'RETURNED', handedOverAt: t('2026-08-01T00:00:00Z') })]);
    expect(returned).toMatchObject({ holder: 'MANUFACTURER', since: t('2026-08-01T00:00:00Z') });
    expect(custodyProblem(returned, MAKER, true)).toBeNull();
    expect(custodyProblem(returned, BUYER, false)).toMatch(/went back to its manufacturer/);
  });

  it('reads the latest shipment, and any one still under way wins', () => {
    const first = ship({ id: 'a', status: 'RETURNED', handedOverAt: t('2026-08-01T00:00:00Z') });
    const second = ship({ id: 'b', reference: 'EXP-2', status: 'DELIVERED', createdAt: t('2026-09-01T00:00:00Z') });
    expect(custodyOf([second, first])).toMatchObject({ holder: 'CONSIGNEE', shipment: { id: 'b' } });
    expect(custodyOf([first, ship({ id: 'c', status: 'BOOKED', createdAt: t('2026-06-15T00:00:00Z') })])).toMatchObject({
      holder: 'NOBODY',
      shipment: { id: 'c' },
    });
  });
});
