import { DISPLACEMENT_DEFAULTS } from './displacement-defaults';
import { chooseEmbodiedFactor } from './embodied-factor';

const declared = { value: 52.5, source: 'declared footprint v2 of batch B-1' };

describe('chooseEmbodiedFactor', () => {
  it('takes the override first, even over a declared footprint', () => {
    expect(chooseEmbodiedFactor(DISPLACEMENT_DEFAULTS, { override: 0, declared, chemistry: 'LFP', noDefault: 'x' })).toEqual({
      value: 0,
      source: 'caller override',
    });
  });

  it('takes the declared footprint before the chemistry default', () => {
    expect(chooseEmbodiedFactor(DISPLACEMENT_DEFAULTS, { override: null, declared, chemistry: 'NCA', noDefault: 'x' })).toBe(declared);
  });

  it('falls back to the family default: NMC 75, LFP 60 kg CO2e/kWh', () => {
    const pick = (chemistry: string) =>
      chooseEmbodiedFactor(DISPLACEMENT_DEFAULTS, { override: undefined, declared: null, chemistry, noDefault: 'x' }).value;
    expect(pick('NMC811')).toBe(75);
    expect(pick('NMC532')).toBe(75);
    expect(pick('LFP')).toBe(60);
  });

  it('refuses a chemistry without a default, with the caller’s message, on the override field', () => {
    expect(() =>
      chooseEmbodiedFactor(DISPLACEMENT_DEFAULTS, { override: null, declared: null, chemistry: 'SODIUM_ION', noDefault: 'give it' }),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'input.overrides.batteryKgCo2ePerKWhCapacity',
        message: 'input.overrides.batteryKgCo2ePerKWhCapacity: give it',
      }),
    );
  });
});
