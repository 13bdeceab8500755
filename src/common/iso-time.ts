/**
 * A strict ISO 8601 / RFC 3339 date-time with its offset, e.g. `2026-06-14T08:30:00Z` or
 * `2026-06-14T10:30:00.250+02:00`: seconds required, fractions to the millisecond (the precision
 * the API gives times out with), an offset required (an event time without one is ambiguous).
 * Read character by character with integer arithmetic, without a regular expression or a Date:
 * the bulk upload checks one per line (bench/unit-ingest.bench.ts; a regular expression with
 * capture groups cost about 0.5 µs a line, half the parse time of a line).
 */

const daysIn = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** The number written by the `n` digits at `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Milliseconds since the epoch, or NaN when `text` is not a strict date-time with offset. */
export function isoTimestampMs(text: string): number {
  const len = text.length;
  if (len < 20 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':') return NaN;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  const s = digits(text, 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return NaN;
  let i = 19;
  let ms = 0;
  if (text[i] === '.') {
    const start = ++i;
    while (i < len && i - start < 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const n = i - start;
    if (n < 1 || n > 3) return NaN;
    ms = digits(text, start, n) * (n === 1 ? 100 : n === 2 ? 10 : 1);
  }
  let offsetMin = 0;
  if (text[i] === 'Z') {
    if (i + 1 !== len) return NaN;
  } else if (text[i] === '+' || text[i] === '-') {
    if (i + 6 !== len || text[i + 3] !== ':') return NaN;
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMin = (text[i] === '-' ? -1 : 1) * (oh * 60 + om);
  } else return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * 60_000;
}

export const ISO_TIMESTAMP_HINT = 'must be an ISO 8601 date-time with seconds and an offset, e.g. 2026-06-14T08:30:00Z';
