import fc from 'fast-check';
import { roundParts } from './rounding';

const sumUnits = (xs: number[], decimals: number) => xs.reduce((a, x) => a + Math.round(x * 10 ** decimals), 0);

describe('parts that add up to the total shown', () => {
  it('worked example: three thirds of 100 shown with no decimals are 34 + 33 + 33', () => {
    const r = roundParts([100 / 3, 100 / 3, 100 / 3], 100, 0);
    expect(r).toEqual({ parts: [34, 33, 33], total: 100, decimals: 0, addsUp: true });
  });

  it('worked example: plain rounding would show 1 + 1 + 1 = 2; the largest remainders get the units', () => {
    // 0.6 + 0.6 + 0.8 = 2.0: plain rounding shows 1, 1, 1 (sum 3); the two largest remainders
    // (0.8, then the first 0.6: ties go to the earlier part) get the units.
    const r = roundParts([0.6, 0.6, 0.8], 2, 0);
    expect(r.parts).toEqual([1, 0, 1]);
    expect(r.total).toBe(2);
  });

  it('any non-negative parts: the shown parts add up to the shown total, each within one unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        (xs, d) => {
          const total = xs.reduce((a, b) => a + b, 0);
          const r = roundParts(xs, total, d);
          expect(r.addsUp).toBe(true);
          expect(sumUnits(r.parts, d)).toBe(Math.round(total * 10 ** d));
          r.parts.forEach((p, i) => expect(Math.abs(p - xs[i])).toBeLessThanOrEqual(10 ** -d * 1.000001));
        },
      ),
    );
  });

  it('a negative part (a credit) still adds up', () => {
    const r = roundParts([120.46, 30.27, -5.38], 145.35, 1);
    expect(sumUnits(r.parts, 1)).toBe(1454);
    expect(r.addsUp).toBe(true);
  });

  it('parts whose true sum is not the total are rounded one by one and say so', () => {
    const r = roundParts([1.4, 1.4], 3, 0);
    expect(r).toEqual({ parts: [1, 1], total: 3, decimals: 0, addsUp: false });
  });
});
