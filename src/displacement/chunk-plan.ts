/**
 * How a run over many packs is cut into chunk jobs. A chunk is a list of segments, each a range
 * of unit ids of one batch; together the chunks cover every pack of every batch of the scope
 * exactly once. Each chunk job counts the packs of its segments with one indexed query, so no
 * process ever holds the list of packs, and planning needs no pass over the packs: it sizes the
 * chunks from each batch's pack id span (two index look-ups) and its pack count (the declared
 * count, or an exact count when none was declared).
 */
export interface UnitSegment {
  batchId: string;
  /** First unit id of the range (inclusive), as a decimal string (ids are bigint). */
  lo: string;
  /** Last unit id of the range (inclusive). */
  hi: string;
}

export interface ChunkPlan {
  chunkNo: number;
  segments: UnitSegment[];
  /** The packs the plan expects in the chunk (the sizing estimate, not a count). */
  expectedPacks: number;
}

export interface BatchPackSpan {
  batchId: string;
  /** Packs expected in the batch: its declared pack count, or an exact count. */
  packs: number;
  /** Lowest and highest pack unit id of the batch; null when it has no packs. */
  lo: bigint | null;
  hi: bigint | null;
}

/** `ceil(packs / packsPerChunk)` equal-width ranges over [lo, hi] (never more ranges than ids). */
export function splitIdRange(lo: bigint, hi: bigint, packs: number, packsPerChunk: number): { lo: bigint; hi: bigint }[] {
  if (hi < lo) throw new RangeError(`range end ${hi} is below its start ${lo}`);
  const span = hi - lo + 1n;
  const wanted = BigInt(Math.max(1, Math.ceil(packs / packsPerChunk)));
  const parts = wanted < span ? wanted : span;
  const width = (span + parts - 1n) / parts;
  const out: { lo: bigint; hi: bigint }[] = [];
  for (let a = lo; a <= hi; a += width) out.push({ lo: a, hi: a + width - 1n < hi ? a + width - 1n : hi });
  return out;
}

/**
 * Chunks of about `packsPerChunk` expected packs: a big batch is split into ranges of that size,
 * and small batches (and the remainders) share chunks, so that a park-year of many small batches
 * does not become one job per batch. Batches without packs get no segment.
 */
export function planChunks(batches: readonly BatchPackSpan[], packsPerChunk: number): ChunkPlan[] {
  if (!Number.isInteger(packsPerChunk) || packsPerChunk < 1)
    throw new RangeError(`packsPerChunk must be a positive integer, got ${packsPerChunk}`);
  const pieces: { segment: UnitSegment; packs: number }[] = [];
  for (const b of batches) {
    if (b.lo === null || b.hi === null) continue;
    const ranges = splitIdRange(b.lo, b.hi, b.packs, packsPerChunk);
    for (const r of ranges)
      pieces.push({ segment: { batchId: b.batchId, lo: r.lo.toString(), hi: r.hi.toString() }, packs: b.packs / ranges.length });
  }
  const chunks: ChunkPlan[] = [];
  let open: ChunkPlan | null = null;
  for (const p of pieces) {
    if (open && open.expectedPacks + p.packs > packsPerChunk) open = null;
    if (!open) {
      open = { chunkNo: chunks.length, segments: [], expectedPacks: 0 };
      chunks.push(open);
    }
    open.segments.push(p.segment);
    open.expectedPacks += p.packs;
  }
  return chunks;
}
