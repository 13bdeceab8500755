import { AppError } from './errors';
import { BOUNDS } from './physical-bounds';
import {
  isUuid,
  optionalName,
  optionalQuantity,
  optionalText,
  requireCountry,
  requireDateOrder,
  requireId,
  requireName,
  requireNonNegativeInt,
  requireQuantity,
  requirePositive,
  requireRange,
  requireText,
} from './validate';

/** Runs `fn`, expects a BAD_USER_INPUT AppError naming `field`; returns its message. */
function badInputOf(fn: () => unknown, field: string): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_USER_INPUT');
    expect((err as AppError).field).toBe(field);
    expect((err as AppError).httpStatus).toBe(400);
    expect((err as AppError).message.startsWith(`${field}: `)).toBe(true);
    return (err as AppError).message;
  }
  throw new Error(`expected BAD_USER_INPUT on ${field}`);
}

describe('input checks', () => {
  it('requirePositive refuses zero, negatives and non-finite numbers', () => {
    expect(() => requirePositive('input.massKg', 0.001)).not.toThrow();
    expect(badInputOf(() => requirePositive('input.massKg', 0), 'input.massKg')).toBe('input.massKg: must be greater than 0, got 0');
    expect(badInputOf(() => requirePositive('input.energyKWh', -5), 'input.energyKWh')).toContain('got -5');
    badInputOf(() => requirePositive('x', Number.NaN), 'x');
    badInputOf(() => requirePositive('x', Number.POSITIVE_INFINITY), 'x');
  });

  it('requireNonNegativeInt takes 0 and whole numbers only', () => {
    expect(() => requireNonNegativeInt('n', 0)).not.toThrow();
    expect(() => requireNonNegativeInt('n', 12)).not.toThrow();
    badInputOf(() => requireNonNegativeInt('n', -1), 'n');
    badInputOf(() => requireNonNegativeInt('n', 1.5), 'n');
  });

  it('requireRange includes both ends', () => {
    expect(() => requireRange('input.latitude', -90, -90, 90)).not.toThrow();
    expect(() => requireRange('input.latitude', 90, -90, 90)).not.toThrow();
    expect(badInputOf(() => requireRange('input.latitude', 90.0001, -90, 90), 'input.latitude')).toBe(
      'input.latitude: must be between -90 and 90, got 90.0001',
    );
    badInputOf(() => requireRange('input.longitude', Number.NaN, -180, 180), 'input.longitude');
  });

  it('requireText trims, and refuses empty, too long and control characters', () => {
    expect(requireText('input.name', '  Ordos park  ')).toBe('Ordos park');
    expect(requireText('input.name', 'x'.repeat(200))).toHaveLength(200);
    badInputOf(() => requireText('input.name', '   '), 'input.name');
    expect(badInputOf(() => requireText('input.name', 'x'.repeat(11), 10), 'input.name')).toContain('at most 10 characters, got 11');
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\n'])
      badInputOf(() => requireText('input.name', `a${c}b`), 'input.name');
    expect(requireText('input.name', '鄂尔多斯 零碳产业园')).toBe('鄂尔多斯 零碳产业园');
  });

  it('requireText refuses a lone surrogate; requireName also bidirectional controls, naming the field', () => {
    expect(badInputOf(() => requireText('input.materials[0].material', 'Li\ud800'), 'input.materials[0].material')).toContain(
      'lone UTF-16 surrogate (U+D800 at position 2)',
    );
    expect(requireText('input.note', 'a \u2067عربي\u2069 b')).toBe('a \u2067عربي\u2069 b');
    expect(requireName('input.name', ' ACME Cells ')).toBe('ACME Cells');
    expect(badInputOf(() => requireName('input.name', 'ACME\u202eslleC'), 'input.name')).toContain('(U+202E at position 4)');
    badInputOf(() => requireName('input.name', '\u2066x'), 'input.name');
    badInputOf(() => requireName('input.name', 'a\u0000'), 'input.name');
    expect(optionalName('input.shipper', null)).toBeNull();
    badInputOf(() => optionalName('input.shipper', 'x\u2069'), 'input.shipper');
  });

  it('optionalText gives null for absent or blank text and checks the rest', () => {
    expect(optionalText('f', undefined)).toBeNull();
    expect(optionalText('f', null)).toBeNull();
    expect(optionalText('f', '  ')).toBeNull();
    expect(optionalText('f', ' a ')).toBe('a');
    badInputOf(() => optionalText('f', 'abc', 2), 'f');
  });

  it('requireCountry upper-cases ISO 3166-1 alpha-2 codes and refuses anything else', () => {
    expect(requireCountry('input.country', ' cn ')).toBe('CN');
    for (const bad of ['CHN', 'C', 'C1', '', 'China']) badInputOf(() => requireCountry('input.country', bad), 'input.country');
  });

  it('requireDateOrder accepts equal and ordered dates, refuses reversed and invalid ones', () => {
    const start = new Date('2026-03-01T00:00:00Z');
    expect(() => requireDateOrder('input.productionEnd', start, new Date(start))).not.toThrow();
    expect(() => requireDateOrder('input.productionEnd', start, new Date('2026-03-02T00:00:00Z'))).not.toThrow();
    expect(
      badInputOf(() => requireDateOrder('input.productionEnd', start, new Date('2026-02-28T23:59:59Z')), 'input.productionEnd'),
    ).toContain('must not be before the start');
    badInputOf(() => requireDateOrder('input.productionEnd', new Date('nonsense'), start), 'input.productionEnd');
  });

  it('requireId takes UUIDs in any case and returns them lower-cased', () => {
    expect(requireId('id', '8D9DDAC5-FFD4-44B5-B0A5-EB1132F6354D')).toBe('8d9ddac5-ffd4-44b5-b0a5-eb1132f6354d');
    expect(isUuid('00000000-0000-4000-8000-000000000000')).toBe(true);
    for (const bad of ['', '1', "1' OR '1'='1", '8d9ddac5-ffd4-44b5-b0a5-eb1132f6354', '8d9ddac5ffd444b5b0a5eb1132f6354d'])
      expect(isUuid(bad)).toBe(false);
    // A very long id is cut in the message.
    expect(badInputOf(() => requireId('input.plantId', 'x'.repeat(500)), 'input.plantId').length).toBeLessThan(150);
  });
});

describe('numeric checks refuse what cannot be computed with', () => {
  it('requirePositive and requireRange refuse subnormal numbers', () => {
    expect(badInputOf(() => requirePositive('input.grossMassKg', 5e-324), 'input.grossMassKg')).toBe(
      'input.grossMassKg: must be greater than 0, got 5e-324',
    );
    badInputOf(() => requirePositive('x', 2.225073858507201e-308), 'x');
    expect(() => requirePositive('x', 2.2250738585072014e-308)).not.toThrow();
    badInputOf(() => requireRange('x', 5e-324, 0, 1), 'x');
    badInputOf(() => requireRange('x', -5e-324, -1, 1), 'x');
    expect(() => requireRange('x', 0, 0, 1)).not.toThrow();
  });

  it('requireQuantity names the field and the bound with its unit', () => {
    expect(badInputOf(() => requireQuantity('input.nominalEnergyKWh', 1e308, BOUNDS.batteryEnergyKWh), 'input.nominalEnergyKWh')).toBe(
      'input.nominalEnergyKWh: must be between 0.0001 and 10000 kWh, got 1e+308',
    );
    expect(badInputOf(() => requireQuantity('input.massKg', 5e-324, BOUNDS.batteryMassKg), 'input.massKg')).toBe(
      'input.massKg: must be between 0.001 and 100000 kg, got 5e-324',
    );
    expect(badInputOf(() => requireQuantity('input.share', 1.0000001, BOUNDS.share), 'input.share')).toBe(
      'input.share: must be between 0 and 1, got 1.0000001',
    );
  });

  it('requireQuantity accepts both ends and refuses just outside them', () => {
    const b = BOUNDS.containerGrossMassKg;
    expect(requireQuantity('m', b.min, b)).toBe(b.min);
    expect(requireQuantity('m', b.max, b)).toBe(b.max);
    badInputOf(() => requireQuantity('m', b.max * (1 + 1e-12), b), 'm');
    badInputOf(() => requireQuantity('m', b.min * (1 - 1e-12), b), 'm');
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1]) badInputOf(() => requireQuantity('m', v, b), 'm');
  });

  it('requireQuantity refuses a fraction where the bound counts whole things', () => {
    expect(requireQuantity('input.expectedCycleLife', 2000, BOUNDS.cycleLife)).toBe(2000);
    expect(badInputOf(() => requireQuantity('input.expectedCycleLife', 2000.5, BOUNDS.cycleLife), 'input.expectedCycleLife')).toBe(
      'input.expectedCycleLife: must be a whole number between 1 and 100000 cycles, got 2000.5',
    );
  });

  it('optionalQuantity lets an absent value through as null', () => {
    expect(optionalQuantity('x', null, BOUNDS.share)).toBeNull();
    expect(optionalQuantity('x', undefined, BOUNDS.share)).toBeNull();
    expect(optionalQuantity('x', 0.5, BOUNDS.share)).toBe(0.5);
    badInputOf(() => optionalQuantity('x', 2, BOUNDS.share), 'x');
  });
});
