/**
 * The per-battery status of EU Battery Regulation 2023/1542 Annex XIII as summarised in
 * docs/methods/access.md (passport tier 4, legitimate interest, per battery): original / repurposed / reused /
 * remanufactured / waste. battrace records "recycled" as WASTE: a battery handed to recycling
 * is waste in the regulation's sense and nothing further may be done to it.
 */
export const UNIT_STATUSES = ['ORIGINAL', 'REPURPOSED', 'REUSED', 'REMANUFACTURED', 'WASTE'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** The statuses markRepurposed may set (a second life), as opposed to markRecycled (WASTE). */
export const SECOND_LIFE_STATUSES = ['REPURPOSED', 'REUSED', 'REMANUFACTURED'] as const;
export type SecondLifeStatus = (typeof SECOND_LIFE_STATUSES)[number];

/**
 * Null when a unit in `from` may be marked `to`, else the reason. WASTE is final; a second-life
 * status may change to another one (a repurposed pack later remanufactured) but not back to
 * ORIGINAL, and setting the status a unit already has is refused as a no-op.
 */
export function statusChangeProblem(from: UnitStatus, to: UnitStatus): string | null {
  if (from === 'WASTE') return 'the unit is recycled (WASTE): its status is final';
  if (to === 'ORIGINAL') return 'a unit cannot go back to ORIGINAL';
  if (from === to) return `the unit is already ${to}`;
  return null;
}

/** Units that are WASTE take no part in aggregation changes (nothing moves into or out of them). */
export const isRecycled = (status: UnitStatus): boolean => status === 'WASTE';
