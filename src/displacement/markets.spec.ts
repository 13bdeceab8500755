import { AppError } from '../common/errors';
import { DISPLACEMENT_DEFAULTS as D } from './displacement-defaults';
import { chooseMarket, marketOfCountry } from './markets';

describe('markets', () => {
  it('maps consignee countries to the docs/methods/displacement.md grid markets', () => {
    expect(marketOfCountry('DE')).toBe('EU');
    expect(marketOfCountry('se')).toBe('EU');
    expect(marketOfCountry('US')).toBe('US');
    expect(marketOfCountry('TH')).toBe('SE_ASIA');
    expect(marketOfCountry('MY')).toBe('SE_ASIA');
    expect(marketOfCountry('CN')).toBe('CHINA');
    expect(marketOfCountry('GB')).toBeNull(); // not an EU member state: no grid in the displacement defaults
    expect(marketOfCountry('JP')).toBeNull();
    expect(marketOfCountry(null)).toBeNull();
  });

  it('prefers the caller, then the consignees, then the car class', () => {
    expect(chooseMarket(D, 'EU_CAR', 'US', ['DE'])).toMatchObject({ market: 'US', origin: 'INPUT' });
    expect(chooseMarket(D, 'EU_CAR', null, ['US', 'US'])).toMatchObject({ market: 'US', origin: 'SHIPMENT' });
    expect(chooseMarket(D, 'EU_CAR', null, ['DE', 'FR'])).toMatchObject({ market: 'EU', origin: 'SHIPMENT' });
    expect(chooseMarket(D, 'SE_ASIA_CAR', undefined, [])).toMatchObject({ market: 'SE_ASIA', origin: 'DEFAULT' });
  });

  it('asks for a market when nothing decides it, naming input.market', () => {
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as AppError;
      }
      throw new Error('expected an error');
    };
    expect(fail(() => chooseMarket(D, 'CITY_BUS', null, []))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.market' });
    expect(fail(() => chooseMarket(D, 'EU_CAR', null, ['DE', 'US'])).message).toContain('several markets (EU, US)');
    expect(fail(() => chooseMarket(D, 'EU_CAR', null, ['JP'])).message).toContain('JP');
  });
});
