import fc from 'fast-check';
import { BatchPackSpan, planChunks, splitIdRange } from './chunk-plan';

describe('chunk planning', () => {
  it('cuts one batch of 1,000,000 packs into 20 chunks of 50,000', () => {
    const chunks = planChunks([{ batchId: 'a', packs: 1_000_000, lo: 1n, hi: 1_000_000n }], 50_000);
    expect(chunks).toHaveLength(20);
    expect(chunks[0]).toEqual({ chunkNo: 0, segments: [{ batchId: 'a', lo: '1', hi: '50000' }], expectedPacks: 50_000 });
    expect(chunks[19].segments).toEqual([{ batchId: 'a', lo: '950001', hi: '1000000' }]);
  });

  it('puts small batches together and skips batches without packs', () => {
    const chunks = planChunks(
      [
        { batchId: 'a', packs: 10, lo: 100n, hi: 200n },
        { batchId: 'empty', packs: 5, lo: null, hi: null },
        { batchId: 'b', packs: 30, lo: 300n, hi: 400n },
        { batchId: 'c', packs: 20, lo: 500n, hi: 600n },
      ],
      40,
    );
    expect(chunks.map((c) => c.segments.map((s) => s.batchId))).toEqual([['a', 'b'], ['c']]);
    expect(planChunks([{ batchId: 'empty', packs: 0, lo: null, hi: null }], 40)).toEqual([]);
  });

  it('splits an id range into equal parts, never more parts than ids', () => {
    expect(splitIdRange(1n, 10n, 100, 30)).toEqual([
      { lo: 1n, hi: 3n },
      { lo: 4n, hi: 6n },
      { lo: 7n, hi: 9n },
      { lo: 10n, hi: 10n },
    ]);
    expect(splitIdRange(5n, 6n, 1_000, 1)).toEqual([
      { lo: 5n, hi: 5n },
      { lo: 6n, hi: 6n },
    ]);
  });

  it('covers every batch’s id span exactly once, in order, with chunks of at most the size asked (property)', () => {
    const batch = fc.record({
      lo: fc.bigInt({ min: 1n, max: 10n ** 12n }),
      extra: fc.bigInt({ min: 0n, max: 10n ** 7n }),
      packs: fc.integer({ min: 0, max: 300_000 }),
    });
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1000, max: 100_000 }), (bs, size) => {
        const spans: BatchPackSpan[] = bs.map((b, i) => ({ batchId: `b${i}`, packs: b.packs, lo: b.lo, hi: b.lo + b.extra }));
        const chunks = planChunks(spans, size);
        const problems: string[] = [];
        chunks.forEach((c, i) => {
          if (c.chunkNo !== i) problems.push(`chunk ${i} numbered ${c.chunkNo}`);
          if (c.segments.length > 1 && c.expectedPacks > size + 1e-6) problems.push(`chunk ${i} expects ${c.expectedPacks}`);
        });
        for (const s of spans) {
          const segs = chunks.flatMap((c) => c.segments).filter((x) => x.batchId === s.batchId);
          if (BigInt(segs[0].lo) !== s.lo || BigInt(segs[segs.length - 1].hi) !== s.hi) problems.push(`${s.batchId} ends`);
          segs.forEach((x, j) => {
            if (BigInt(x.lo) > BigInt(x.hi)) problems.push(`${s.batchId} segment ${j} reversed`);
            if (j > 0 && BigInt(x.lo) !== BigInt(segs[j - 1].hi) + 1n) problems.push(`${s.batchId} gap or overlap at ${j}`);
          });
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
