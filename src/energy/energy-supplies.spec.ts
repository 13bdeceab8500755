import { AppError } from '../common/errors';
import { checkPeriod, checkSupplies, gecSerialsNeeded, requireDay } from './energy-supplies';

const serials = (n: number, prefix = 'GEC-') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return `${err.code} ${err.field}`;
    throw err;
  }
  return undefined;
}

describe('park energy supplies (docs/methods/electricity.md)', () => {
  it('accepts supplies that add up to the total, with one GEC per started MWh of green trade', () => {
    const out = checkSupplies(100_000, [
      { source: 'DIRECT_LINE', kWh: 80_000, meterIds: ['M-1'] },
      { source: 'GREEN_TRADE', kWh: 20_000, gecSerials: serials(20) },
    ]);
    expect(out.map((s) => [s.source, s.kWh, s.gecSerials.length])).toEqual([
      ['DIRECT_LINE', 80_000, 0],
      ['GREEN_TRADE', 20_000, 20],
    ]);
  });

  it('counts serials as ceil(MWh)', () => {
    expect(gecSerialsNeeded(20_000)).toBe(20);
    expect(gecSerialsNeeded(20_001)).toBe(21);
    expect(gecSerialsNeeded(0.5)).toBe(1);
    expect(gecSerialsNeeded(0)).toBe(0);
  });

  it('refuses too few and too many serials', () => {
    expect(fieldOf(() => checkSupplies(20_500, [{ source: 'GREEN_TRADE', kWh: 20_500, gecSerials: serials(20) }]))).toBe(
      'BAD_USER_INPUT input.supplies[0].gecSerials',
    );
    expect(fieldOf(() => checkSupplies(1_000, [{ source: 'GREEN_TRADE', kWh: 1_000, gecSerials: serials(2) }]))).toBe(
      'BAD_USER_INPUT input.supplies[0].gecSerials',
    );
  });

  it('refuses serials on other sources, duplicates, and malformed serials', () => {
    expect(fieldOf(() => checkSupplies(10, [{ source: 'GRID', kWh: 10, gecSerials: ['X1'] }]))).toBe(
      'BAD_USER_INPUT input.supplies[0].gecSerials',
    );
    expect(
      fieldOf(() =>
        checkSupplies(2000, [
          { source: 'GREEN_TRADE', kWh: 1000, gecSerials: ['A1'] },
          { source: 'GREEN_TRADE', kWh: 1000, gecSerials: ['A1'] },
        ]),
      ),
    ).toBe('BAD_USER_INPUT input.supplies[1].gecSerials[0]');
    expect(fieldOf(() => checkSupplies(1000, [{ source: 'GREEN_TRADE', kWh: 1000, gecSerials: ['has space'] }]))).toBe(
      'BAD_USER_INPUT input.supplies[0].gecSerials[0]',
    );
  });

  it('refuses negative kWh, a zero total and supplies that do not add up', () => {
    expect(fieldOf(() => checkSupplies(10, [{ source: 'GRID', kWh: -1 }]))).toBe('BAD_USER_INPUT input.supplies[0].kWh');
    expect(fieldOf(() => checkSupplies(0, [{ source: 'GRID', kWh: 0 }]))).toBe('BAD_USER_INPUT input.totalKWh');
    expect(
      fieldOf(() =>
        checkSupplies(100, [
          { source: 'GRID', kWh: 60 },
          { source: 'DIRECT_LINE', kWh: 30 },
        ]),
      ),
    ).toBe('BAD_USER_INPUT input.supplies');
    expect(fieldOf(() => checkSupplies(100, []))).toBe('BAD_USER_INPUT input.supplies');
  });

  it('checks days and one-month periods', () => {
    expect(requireDay('d', '2026-03-01')).toBe('2026-03-01');
    expect(fieldOf(() => requireDay('d', '2026-02-30'))).toBe('BAD_USER_INPUT d');
    expect(fieldOf(() => requireDay('d', '03/01/2026'))).toBe('BAD_USER_INPUT d');
    expect(fieldOf(() => requireDay('d', '1989-12-31'))).toBe('BAD_USER_INPUT d');
    expect(fieldOf(() => requireDay('d', '2101-01-01'))).toBe('BAD_USER_INPUT d');
    expect(requireDay('d', '1990-01-01')).toBe('1990-01-01');
    expect(requireDay('d', '2100-12-31')).toBe('2100-12-31');
    expect(checkPeriod('s', 'e', '2026-03-01', '2026-03-31')).toEqual({ periodStart: '2026-03-01', periodEnd: '2026-03-31' });
    expect(fieldOf(() => checkPeriod('s', 'e', '2026-03-10', '2026-03-01'))).toBe('BAD_USER_INPUT e');
    expect(fieldOf(() => checkPeriod('s', 'e', '2026-03-10', '2026-04-01'))).toBe('BAD_USER_INPUT e');
  });
});
