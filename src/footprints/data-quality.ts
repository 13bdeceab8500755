/**
 * PEF data quality rating (docs/methods/footprint.md): DQR = (TeR + GeR + TiR + P) / 4, each criterion rated
 * from 1 (best) to 5: technological, geographical and time representativeness, and precision.
 */
export interface DataQualityRatings {
  teR: number;
  geR: number;
  tiR: number;
  p: number;
}

export const DQR_CRITERIA = ['teR', 'geR', 'tiR', 'p'] as const;

export function dataQualityRating(r: DataQualityRatings): number {
  return (r.teR + r.geR + r.tiR + r.p) / 4;
}

/** The first criterion outside 1..5, or null when all are valid. */
export function invalidDqrCriterion(r: DataQualityRatings): (typeof DQR_CRITERIA)[number] | null {
  for (const c of DQR_CRITERIA) if (!Number.isFinite(r[c]) || r[c] < 1 || r[c] > 5) return c;
  return null;
}
