/**
 * The languages of battrace's public pages and how a request picks one (docs/pages.md): `?lang=`
 * first, then the `Accept-Language` header with its q-values (RFC 9110 §12.5.4), else English.
 * A language battrace does not have is answered in English, never refused. Pure.
 */
export const LANGUAGES = ['en', 'de', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The BCP 47 locale each language formats numbers and dates with (Intl), and names itself by. */
export const LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', de: 'de-DE', zh: 'zh-CN' };
export const NATIVE_NAME: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch', zh: '中文' };

/** The language of one tag by its primary subtag (`de-CH` → de, `zh-Hans-CN` → zh), or null. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** One language range of an Accept-Language header with its weight. */
export interface WeightedRange {
  range: string;
  q: number;
}

/**
 * The ranges of an Accept-Language header, highest weight first (equal weights keep the header's
 * order). A range without `q` weighs 1; a malformed or out-of-range `q` drops that range (a sender
 * that cannot write a weight said nothing we can rank); `q=0` means "not this one" and is dropped.
 */
export function parseAcceptLanguage(header: string | undefined): WeightedRange[] {
  if (!header) return [];
  const out: WeightedRange[] = [];
  for (const part of header.split(',').slice(0, 50)) {
    const [rangeRaw, ...params] = part.split(';');
    const range = rangeRaw.trim();
    if (!/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(range)) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*(\S*)\s*$/i.exec(p);
      if (!m) continue;
      q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(m[1]) ? Number(m[1]) : NaN;
    }
    if (Number.isNaN(q) || q <= 0) continue;
    out.push({ range, q });
  }
  return out
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map(({ range, q }) => ({ range, q }));
}

/**
 * The page language: `?lang=` when given (a language battrace does not have gives English: the
 * caller asked for one language by name, and English is the one every reader is offered), else the
 * first Accept-Language range battrace has, else English. `*` matches the default.
 */
export function negotiateLanguage(langParam: unknown, acceptLanguage: string | undefined): Language {
  // A repeated `?lang=` arrives as a list: it names no one language, so it is English too.
  if (langParam !== undefined) return typeof langParam === 'string' ? (languageOfTag(langParam) ?? DEFAULT_LANGUAGE) : DEFAULT_LANGUAGE;
  for (const { range } of parseAcceptLanguage(acceptLanguage)) {
    if (range === '*') return DEFAULT_LANGUAGE;
    const lang = languageOfTag(range);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}
