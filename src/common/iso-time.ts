/**
 * A strict ISO 8601 / RFC 3339 date-time with its offset, e.g. `2026-06-14T08:30:00Z` or
 * `2026-06-14T10:30:00.250+02:00`: seconds required, fractions to the millisecond (the precision
 * the API gives times out with), an offset required (an event time without one is ambiguous).
 * Checked with one regular expression and integer arithmetic, without a Date per value: the bulk
 * upload checks one per line (bench/unit-ingest.bench.ts).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-](\d{2}):(\d{2}))$/;

const daysIn = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Milliseconds since the epoch, or NaN when `text` is not a strict date-time with offset. */
export function isoTimestampMs(text: string): number {
  const g = ISO.exec(text);
  if (!g) return NaN;
  const [y, mo, d, h, mi, s] = [g[1], g[2], g[3], g[4], g[5], g[6]].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return NaN;
  let offsetMin = 0;
  if (g[8] !== 'Z') {
    const oh = Number(g[9]);
    const om = Number(g[10]);
    if (oh > 23 || om > 59) return NaN;
    offsetMin = (g[8][0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = g[7] === undefined ? 0 : Number(g[7].padEnd(3, '0'));
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * 60_000;
}

export const ISO_TIMESTAMP_HINT = 'must be an ISO 8601 date-time with seconds and an offset, e.g. 2026-06-14T08:30:00Z';
