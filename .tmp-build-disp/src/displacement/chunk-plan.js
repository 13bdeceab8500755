"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planUnitIdRanges = planUnitIdRanges;
/**
 * `ceil(totalPacks / packsPerChunk)` ranges of equal width over [minUnitId, maxUnitId]. Pack ids
 * are close to evenly spread within a scope (bulk ingest writes a batch's units together), so
 * equal widths give chunks of about `packsPerChunk` packs without a pass over the packs to find
 * exact boundaries. Empty when there are no packs.
 */
function planUnitIdRanges(totalPacks, minUnitId, maxUnitId, packsPerChunk) {
    if (!Number.isInteger(packsPerChunk) || packsPerChunk < 1)
        throw new RangeError(`packsPerChunk must be a positive integer, got ${packsPerChunk}`);
    if (totalPacks <= 0)
        return [];
    if (maxUnitId < minUnitId)
        throw new RangeError(`maxUnitId ${maxUnitId} is below minUnitId ${minUnitId}`);
    const span = maxUnitId - minUnitId + 1n;
    const wanted = BigInt(Math.ceil(totalPacks / packsPerChunk));
    const chunks = wanted < span ? wanted : span;
    const width = (span + chunks - 1n) / chunks;
    const out = [];
    for (let lo = minUnitId, i = 0; lo <= maxUnitId; lo += width, i++) {
        const hi = lo + width - 1n < maxUnitId ? lo + width - 1n : maxUnitId;
        out.push({ chunkNo: i, loUnitId: lo.toString(), hiUnitId: hi.toString() });
    }
    return out;
}
//# sourceMappingURL=chunk-plan.js.map