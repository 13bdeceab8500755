import { EU_CAR_DOMAIN_PARAMETERS } from '../../test/support/domain-fixtures';
import { AppError } from '../common/errors';
import { DISPLACEMENT_DEFAULTS as D } from './displacement-defaults';
import { formulaParameters, resolveRunParameters, validateOverrides } from './run-parameters';

const EU = { market: 'EU' as const, origin: 'DEFAULT' as const, source: 'test' };

function errorOf(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('run parameters', () => {
  it('takes every default from docs/methods/displacement.md for the class and market, with its source', () => {
    const p = resolveRunParameters(D, 'EU_CAR', EU);
    expect(formulaParameters(p)).toEqual(EU_CAR_DOMAIN_PARAMETERS);
    expect(p.defaultsVersion).toBe(D.version);
    expect(p.fuelType).toBe('GASOLINE');
    expect(p.sources.find((s) => s.parameter === 'fuelDensityKgPerL')).toMatchObject({ origin: 'DEFAULT', value: '0.745' });
    expect(p.sources.every((s) => s.source.length > 0)).toBe(true);
  });

  it('uses diesel figures and the heavy-vehicle charging efficiency for a city bus', () => {
    const p = resolveRunParameters(D, 'CITY_BUS', { market: 'CHINA', origin: 'INPUT', source: 'caller' });
    expect(p.fuelType).toBe('DIESEL');
    expect(p.fuelDensityKgPerL).toBe(0.832);
    expect(p.tailpipeKgCo2PerKgFuel).toBe(3.186);
    expect(p.chargingEfficiency).toBe(0.92);
    expect(p.gridKgCo2ePerKWh).toBe(0.5366);
    expect([p.vehicleLifetimeKm, p.fuelLitresPer100Km, p.evKWhPer100Km]).toEqual([720_000, 35, 110]);
  });

  it('lets every override win and records it as an override', () => {
    const p = resolveRunParameters(D, 'EU_CAR', EU, { vehicleLifetimeKm: 0, fuelType: 'DIESEL', gridKgCo2ePerKWh: 0, cycleLife: 1500 });
    expect(p.vehicleLifetimeKm).toBe(0);
    expect(p.fuelType).toBe('DIESEL');
    expect(p.fuelDensityKgPerL).toBe(0.832); // follows the overridden fuel
    expect(p.gridKgCo2ePerKWh).toBe(0);
    expect(p.cycleLife).toBe(1500);
    expect(p.sources.find((s) => s.parameter === 'cycleLife')).toMatchObject({ origin: 'OVERRIDE', value: '1500' });
  });

  it('accepts zero where zero makes sense and refuses it elsewhere, naming the parameter', () => {
    expect(() => validateOverrides({ vehicleLifetimeKm: 0, upstreamUplift: 0, gridKgCo2ePerKWh: 0 })).not.toThrow();
    for (const name of [
      'fuelDensityKgPerL',
      'chargingEfficiency',
      'packKWh',
      'fuelLitresPer100Km',
      'cycleLife',
      'evKWhPer100Km',
    ] as const) {
      const e = errorOf(() => validateOverrides({ [name]: 0 }));
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.overrides.${name}` });
    }
    expect(errorOf(() => validateOverrides({ vehicleLifetimeKm: -1 })).field).toBe('input.overrides.vehicleLifetimeKm');
    expect(errorOf(() => validateOverrides({ chargingEfficiency: 1.05 })).message).toBe(
      'input.overrides.chargingEfficiency: must be between 0.01 and 1, got 1.05',
    );
    expect(errorOf(() => validateOverrides({ averageStateOfHealth: 1.2 })).field).toBe('input.overrides.averageStateOfHealth');
    expect(errorOf(() => validateOverrides({ electricShare: Number.NaN })).field).toBe('input.overrides.electricShare');
  });

  it('refuses figures no vehicle or battery has, and accepts a fractional cycle life', () => {
    expect(errorOf(() => validateOverrides({ packKWh: 1e308 })).message).toBe(
      'input.overrides.packKWh: must be between 0.0001 and 10000 kWh, got 1e+308',
    );
    expect(errorOf(() => validateOverrides({ vehicleLifetimeKm: 5e-324 })).field).toBe('input.overrides.vehicleLifetimeKm');
    expect(errorOf(() => validateOverrides({ tailpipeKgCo2PerKgFuel: 3.7 })).field).toBe('input.overrides.tailpipeKgCo2PerKgFuel');
    expect(errorOf(() => validateOverrides({ gridKgCo2ePerKWh: 11 })).field).toBe('input.overrides.gridKgCo2ePerKWh');
    expect(() => validateOverrides({ cycleLife: 1500.5, tailpipeKgCo2PerKgFuel: 3.16, evKWhPer100Km: 180 })).not.toThrow();
  });
});
