"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitIdRange = splitIdRange;
exports.planChunks = planChunks;
/** `ceil(packs / packsPerChunk)` equal-width ranges over [lo, hi] (never more ranges than ids). */
function splitIdRange(lo, hi, packs, packsPerChunk) {
    if (hi < lo)
        throw new RangeError(`range end ${hi} is below its start ${lo}`);
    const span = hi - lo + 1n;
    const wanted = BigInt(Math.max(1, Math.ceil(packs / packsPerChunk)));
    const parts = wanted < span ? wanted : span;
    const width = (span + parts - 1n) / parts;
    const out = [];
    for (let a = lo; a <= hi; a += width)
        out.push({ lo: a, hi: a + width - 1n < hi ? a + width - 1n : hi });
    return out;
}
/**
 * Chunks of about `packsPerChunk` expected packs: a big batch is split into ranges of that size,
 * and small batches (and the remainders) share chunks, so that a park-year of many small batches
 * does not become one job per batch. Batches without packs get no segment.
 */
function planChunks(batches, packsPerChunk) {
    if (!Number.isInteger(packsPerChunk) || packsPerChunk < 1)
        throw new RangeError(`packsPerChunk must be a positive integer, got ${packsPerChunk}`);
    const pieces = [];
    for (const b of batches) {
        if (b.lo === null || b.hi === null)
            continue;
        const ranges = splitIdRange(b.lo, b.hi, b.packs, packsPerChunk);
        for (const r of ranges)
            pieces.push({ segment: { batchId: b.batchId, lo: r.lo.toString(), hi: r.hi.toString() }, packs: b.packs / ranges.length });
    }
    const chunks = [];
    let open = null;
    for (const p of pieces) {
        if (open && open.expectedPacks + p.packs > packsPerChunk)
            open = null;
        if (!open) {
            open = { chunkNo: chunks.length, segments: [], expectedPacks: 0 };
            chunks.push(open);
        }
        open.segments.push(p.segment);
        open.expectedPacks += p.packs;
    }
    return chunks;
}
//# sourceMappingURL=chunk-plan.js.map