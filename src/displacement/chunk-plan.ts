/**
 * How a run over many packs is cut into chunk jobs: contiguous, non-overlapping ranges of unit
 * ids that together cover every pack of the scope. Each chunk job counts the packs in its range
 * with one indexed query, so no process ever holds the list of packs.
 */
export interface UnitIdRange {
  chunkNo: number;
  /** First unit id of the range (inclusive), as a decimal string (ids are bigint). */
  loUnitId: string;
  /** Last unit id of the range (inclusive). */
  hiUnitId: string;
}

/**
 * `ceil(totalPacks / packsPerChunk)` ranges of equal width over [minUnitId, maxUnitId]. Pack ids
 * are close to evenly spread within a scope (bulk ingest writes a batch's units together), so
 * equal widths give chunks of about `packsPerChunk` packs without a pass over the packs to find
 * exact boundaries. Empty when there are no packs.
 */
export function planUnitIdRanges(totalPacks: number, minUnitId: bigint, maxUnitId: bigint, packsPerChunk: number): UnitIdRange[] {
  if (!Number.isInteger(packsPerChunk) || packsPerChunk < 1)
    throw new RangeError(`packsPerChunk must be a positive integer, got ${packsPerChunk}`);
  if (totalPacks <= 0) return [];
  if (maxUnitId < minUnitId) throw new RangeError(`maxUnitId ${maxUnitId} is below minUnitId ${minUnitId}`);
  const span = maxUnitId - minUnitId + 1n;
  const wanted = BigInt(Math.ceil(totalPacks / packsPerChunk));
  const chunks = wanted < span ? wanted : span;
  const width = (span + chunks - 1n) / chunks;
  const out: UnitIdRange[] = [];
  for (let lo = minUnitId, i = 0; lo <= maxUnitId; lo += width, i++) {
    const hi = lo + width - 1n < maxUnitId ? lo + width - 1n : maxUnitId;
    out.push({ chunkNo: i, loUnitId: lo.toString(), hiUnitId: hi.toString() });
  }
  return out;
}
