/**
 * Bounds of an event time given by a caller (EPCIS 2.0 §7.4.1 keeps eventTime apart from
 * recordTime): a fact recorded late is back-dated by its event time, but it cannot lie in the
 * future beyond a small clock skew, nor before the facts it depends on (a unit cannot be repacked
 * before it was made, before its current placement began or before its last recorded change).
 */
export interface Predecessor {
  at: Date;
  /** What happened then, e.g. `the units' current placement`. */
  what: string;
}

/** Null when `at` is allowed, else why not (the caller raises BAD_USER_INPUT on the field). */
export function eventTimeProblem(at: Date, now: Date, maxSkewSeconds: number, predecessors: readonly Predecessor[]): string | null {
  if (Number.isNaN(at.getTime())) return 'is not a valid date-time';
  if (at.getTime() > now.getTime() + maxSkewSeconds * 1000) {
    return `${at.toISOString()} is in the future (now ${now.toISOString()}, allowed clock skew ${maxSkewSeconds} s)`;
  }
  let latest: Predecessor | null = null;
  for (const p of predecessors) if (!latest || p.at.getTime() > latest.at.getTime()) latest = p;
  if (latest && at.getTime() < latest.at.getTime()) {
    return `${at.toISOString()} is before ${latest.what} (${latest.at.toISOString()})`;
  }
  return null;
}
