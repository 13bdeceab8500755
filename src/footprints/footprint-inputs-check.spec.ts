import { AppError } from '../common/errors';
import { checkFootprintInputs } from './footprint-inputs-check';

const F = '11111111-1111-4111-8111-111111111111';

function fieldOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return `${err.code} ${err.field}`;
    throw err;
  }
  return 'no error';
}

describe('footprint input checks', () => {
  it('accepts a partial record and returns the factor rows to check', () => {
    const c = checkFootprintInputs({
      materials: [
        { material: 'graphite', originCountry: 'cn', massKg: 10, factorId: F },
        { material: 'aluminium', originCountry: 'CN', massKg: 5, declaredKgCo2ePerKg: 8, evidence: 'EPD', recycledShare: 0.5 },
      ],
      endOfLife: { factorId: F },
    });
    expect(c.data.materials[0]).toMatchObject({ originCountry: 'CN', recycledShare: 0, factorId: F, declaredKgCo2ePerKg: null });
    expect(c.data.electricity).toBeNull();
    expect(c.factorRefs).toEqual([
      { id: F, path: 'input.materials[0].factorId', kind: 'MATERIAL' },
      { id: F, path: 'input.endOfLife.factorId', kind: 'END_OF_LIFE' },
    ]);
  });

  it('refuses mass <= 0, a recycled share outside 0..1, and a declared value without evidence', () => {
    expect(fieldOf(() => checkFootprintInputs({ materials: [{ material: 'x', originCountry: 'CN', massKg: 0, factorId: F }] }))).toBe(
      'BAD_USER_INPUT input.materials[0].massKg',
    );
    expect(
      fieldOf(() =>
        checkFootprintInputs({ materials: [{ material: 'x', originCountry: 'CN', massKg: 1, factorId: F, recycledShare: 1.2 }] }),
      ),
    ).toBe('BAD_USER_INPUT input.materials[0].recycledShare');
    expect(
      fieldOf(() => checkFootprintInputs({ materials: [{ material: 'x', originCountry: 'CN', massKg: 1, declaredKgCo2ePerKg: 3 }] })),
    ).toBe('BAD_USER_INPUT input.materials[0].evidence');
    expect(
      fieldOf(() =>
        checkFootprintInputs({
          materials: [{ material: 'x', originCountry: 'CN', massKg: 1, factorId: F, declaredKgCo2ePerKg: 3, evidence: 'e' }],
        }),
      ),
    ).toBe('BAD_USER_INPUT input.materials[0]');
  });

  it('wants metered or allocated electricity, not both', () => {
    expect(fieldOf(() => checkFootprintInputs({ electricity: { meteredKWh: 5, plantMeteredKWh: 10 } }))).toBe(
      'BAD_USER_INPUT input.electricity',
    );
    expect(fieldOf(() => checkFootprintInputs({ electricity: { plantMeteredKWh: 10 } }))).toBe(
      'BAD_USER_INPUT input.electricity.plantOutputEnergyKWh',
    );
    expect(checkFootprintInputs({ electricity: { plantMeteredKWh: 10, plantOutputEnergyKWh: 100 } }).data.electricity).toEqual({
      meteredKWh: null,
      plantMeteredKWh: 10,
      plantOutputEnergyKWh: 100,
      meterIds: [],
    });
  });

  it('checks data quality ratings and keeps offsets apart', () => {
    expect(fieldOf(() => checkFootprintInputs({ dataQuality: { teR: 1, geR: 2, tiR: 7, p: 1 } }))).toBe(
      'BAD_USER_INPUT input.dataQuality.tiR',
    );
    expect(checkFootprintInputs({ offsets: { kgCo2e: 5, scheme: 'VCS' } }).data.offsets).toEqual({ kgCo2e: 5, scheme: 'VCS' });
  });
});
