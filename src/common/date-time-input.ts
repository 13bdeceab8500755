import { isoTimestampMs } from './iso-time';

/**
 * A date-time given by a caller (GraphQL `DateTime` inputs): an RFC 3339 `date-time` (§5.6) in
 * the profile the API answers with (src/common/iso-time.ts: seconds required, at most three
 * fraction digits, an offset required), naming a real calendar day, within a plausible range.
 * `new Date(text)` would take `2026-02-30` as 2 March, `-000001-01-01` as 2 BC and a bare date
 * as midnight UTC; each is refused here with its reason.
 *
 * The range covers every time battrace records or is asked about: lithium-ion cells have been
 * made since 1991 (so no production, event or certificate can be older than 1990) and a
 * certificate or query may look decades ahead, not centuries. 2100 also keeps every accepted
 * value four-digit and far inside what PostgreSQL `timestamptz` and JavaScript `Date` hold.
 */
export const DATE_TIME_MIN = '1990-01-01T00:00:00Z';
export const DATE_TIME_MAX = '2100-12-31T23:59:59.999Z';
/** The same range for a calendar day written `YYYY-MM-DD` (energy periods). */
export const DAY_MIN = DATE_TIME_MIN.slice(0, 10);
export const DAY_MAX = DATE_TIME_MAX.slice(0, 10);
const MIN_MS = Date.parse(DATE_TIME_MIN);
const MAX_MS = Date.parse(DATE_TIME_MAX);
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export const DATE_TIME_FORMAT_HINT = 'is not an RFC 3339 date-time with seconds and an offset, e.g. 2026-06-14T08:30:00Z';
const RANGE = `is outside the accepted range ${DATE_TIME_MIN} to ${DATE_TIME_MAX}`;

/** Why a value is refused, as a stable reason code (src/common/error-reasons.ts). */
export type DateTimeRefusal = 'MALFORMED_DATE_TIME' | 'NOT_A_CALENDAR_DATE' | 'OUT_OF_RANGE';

export type DateTimeInput = { ok: true; date: Date } | { ok: false; reason: string; refusal: DateTimeRefusal };

const daysIn = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** The value as written, quoted and cut short (it goes into an error message). */
const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A calendar date at the start (`YYYY-MM-DD`, or an ISO 8601 expanded year `±YYYYYY-MM-DD`). */
const DATE_PART = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?![0-9])/;

export function parseDateTimeInput(value: unknown): DateTimeInput {
  if (typeof value !== 'string') {
    const what = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
    return {
      ok: false,
      reason: `must be an RFC 3339 date-time string such as 2026-06-14T08:30:00Z, got ${what}`,
      refusal: 'MALFORMED_DATE_TIME',
    };
  }
  const ms = isoTimestampMs(value);
  if (ms >= MIN_MS && ms <= MAX_MS) return { ok: true, date: new Date(ms) }; // the common case, without a regular expression
  const date = DATE_PART.exec(value);
  if (date) {
    const y = Number(date[1]);
    const m = Number(date[2]);
    const d = Number(date[3]);
    if (m < 1 || m > 12 || d < 1 || d > daysIn(Math.abs(y), m))
      return { ok: false, reason: `${shown(value)} is not a calendar date`, refusal: 'NOT_A_CALENDAR_DATE' };
    if (y < MIN_YEAR || y > MAX_YEAR || date[1].length !== 4)
      return { ok: false, reason: `${shown(value)} ${RANGE}`, refusal: 'OUT_OF_RANGE' };
  }
  if (Number.isNaN(ms)) return { ok: false, reason: `${shown(value)} ${DATE_TIME_FORMAT_HINT}`, refusal: 'MALFORMED_DATE_TIME' };
  // An offset can carry a date at either end of the range across it.
  return { ok: false, reason: `${shown(value)} ${RANGE}`, refusal: 'OUT_OF_RANGE' };
}
