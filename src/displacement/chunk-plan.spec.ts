import fc from 'fast-check';
import { planUnitIdRanges } from './chunk-plan';

describe('planUnitIdRanges', () => {
  it('cuts 1,000,000 packs into 20 chunks of 50,000', () => {
    const r = planUnitIdRanges(1_000_000, 1n, 1_000_000n, 50_000);
    expect(r).toHaveLength(20);
    expect(r[0]).toEqual({ chunkNo: 0, loUnitId: '1', hiUnitId: '50000' });
    expect(r[19]).toEqual({ chunkNo: 19, loUnitId: '950001', hiUnitId: '1000000' });
  });

  it('gives one chunk for a small scope and none without packs', () => {
    expect(planUnitIdRanges(3, 10n, 99n, 50_000)).toEqual([{ chunkNo: 0, loUnitId: '10', hiUnitId: '99' }]);
    expect(planUnitIdRanges(0, 0n, 0n, 50_000)).toEqual([]);
  });

  it('covers the id span exactly once, in order, with about total/size chunks (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.bigInt({ min: 0n, max: 10n ** 7n }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1000, max: 100_000 }),
        (min, extra, total, size) => {
          const max = min + extra;
          const r = planUnitIdRanges(total, min, max, size);
          expect(BigInt(r[0].loUnitId)).toBe(min);
          expect(BigInt(r[r.length - 1].hiUnitId)).toBe(max);
          const broken = r.findIndex(
            (c, i) =>
              c.chunkNo !== i ||
              BigInt(c.loUnitId) > BigInt(c.hiUnitId) ||
              (i > 0 && BigInt(c.loUnitId) !== BigInt(r[i - 1].hiUnitId) + 1n),
          );
          expect(broken).toBe(-1);
          expect(r.length).toBeLessThanOrEqual(Math.ceil(total / size));
        },
      ),
      { numRuns: 200 },
    );
  });
});
