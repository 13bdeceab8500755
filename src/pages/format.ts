import { Language, LOCALE } from './i18n';

/**
 * Numbers, percentages and dates as each language writes them (Intl with Node's full ICU):
 * `12,345.6` in English, `12.345,6` in German, `12,345.6` in Chinese; dates in UTC, spelled out
 * per language (`1 December 2026`, `1. Dezember 2026`, `2026年12月1日`). Pure; formatters are
 * built once per language and option set.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f;
}

/** A number with exactly `decimals` digits after the decimal sign; '—' for a missing or non-finite value. */
export function formatNumber(lang: Language, value: number | null | undefined, decimals: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  // -0 after rounding reads as "-0": show 0.
  const v = Object.is(Math.round(value * 10 ** decimals), -0) ? 0 : value;
  return numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(v);
}

/** A number to `significant` significant digits (at most 6 decimals), for figures shown alone. */
export function formatSignificant(lang: Language, value: number | null | undefined, significant = 4): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return formatNumber(lang, value, decimalsFor(value, significant));
}

/** How many decimals show `significant` significant digits of a value of this size (0 to 6). */
export function decimalsFor(value: number, significant = 4): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return Math.min(6, Math.max(0, significant - 1 - magnitude));
}

/** A share (0.8 = 80 %) as a percentage with `decimals` decimals, spaced as the language does. */
export function formatPercent(lang: Language, share: number | null | undefined, decimals = 1): string {
  if (typeof share !== 'number' || !Number.isFinite(share)) return '—';
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(share);
}

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' })));
  return f;
}

const asDate = (v: Date | string | null | undefined): Date | null => {
  if (v === null || v === undefined) return null;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** The calendar date (UTC) as the language writes it; '—' when missing or not a date. */
export function formatDate(lang: Language, v: Date | string | null | undefined): string {
  const d = asDate(v);
  return d ? dateFormat(lang, { dateStyle: 'long' }).format(d) : '—';
}

/** Date and time (UTC, to the minute) as the language writes it, with "UTC" after it. */
export function formatDateTime(lang: Language, v: Date | string | null | undefined): string {
  const d = asDate(v);
  return d ? `${dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(d)} UTC` : '—';
}

/** The machine-readable form for `<time datetime>`. */
export const isoDateTime = (v: Date | string | null | undefined): string => asDate(v)?.toISOString() ?? '';
