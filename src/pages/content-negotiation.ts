import { badInput } from '../common/errors';

/**
 * HTML or JSON for a public page (docs/pages.md): JSON only when asked, by `?format=json` or by
 * an `Accept` header that weighs a JSON type (`application/json`, `application/*+json`) above
 * `text/html`; a browser's Accept (`text/html,…,*\/*;q=0.8`), `*\/*` or no header get HTML.
 * Pure.
 */
export const PAGE_FORMATS = ['html', 'json'] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];

/** The weight an Accept header gives a media type: its best matching range (exact, `type/*`, `*\/*`). */
export function acceptWeight(accept: string | undefined, type: string): number {
  return acceptMatch(accept, type).q;
}

/** The weight and how specific the range that gave it was (3 exact, 2 `+json`, 1 `type/*`, 0 `*\/*`, -1 none). */
function acceptMatch(accept: string | undefined, type: string): { q: number; specificity: number } {
  if (!accept) return { q: 0, specificity: -1 };
  const [main] = type.split('/');
  let best = -1;
  let weight = 0;
  for (const part of accept.split(',').slice(0, 50)) {
    const [rangeRaw, ...params] = part.split(';');
    const range = rangeRaw.trim().toLowerCase();
    const specificity = range === type ? 3 : isJsonSuffix(range, type) ? 2 : range === `${main}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity < 0) continue;
    const qParam = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find((m) => m);
    const q = qParam ? Number(qParam[1]) : 1;
    if (!Number.isFinite(q) || q < 0 || q > 1) continue;
    // The most specific range decides (RFC 9110 §12.5.1): `text/html;q=0` beats `*/*`.
    if (specificity > best) [best, weight] = [specificity, q];
    else if (specificity === best && q > weight) weight = q;
  }
  return { q: weight, specificity: best };
}

/** `application/ld+json` and the like count as JSON (the old page answered them with JSON too). */
const isJsonSuffix = (range: string, type: string): boolean => type === 'application/json' && /^application\/[\w.-]+\+json$/.test(range);

/**
 * True when the Accept header prefers JSON to HTML: a higher weight, or the same weight from a
 * range naming JSON against one that reaches HTML only through a wildcard (axios' default
 * `application/json, text/plain, *\/*`). A tie otherwise (`*\/*`, `application/json, text/html`) is HTML.
 */
export function acceptPrefersJson(accept: string | undefined): boolean {
  const json = acceptMatch(accept, 'application/json');
  const html = acceptMatch(accept, 'text/html');
  return json.q > 0 && (json.q > html.q || (json.q === html.q && json.specificity > html.specificity));
}

/**
 * The answer's format: `?format=` when given (`html` or `json`; anything else is refused, naming
 * query.format), else from the Accept header.
 */
export function pageFormat(accept: string | undefined, formatParam: unknown): PageFormat {
  if (formatParam === undefined) return acceptPrefersJson(accept) ? 'json' : 'html';
  if (typeof formatParam === 'string' && (PAGE_FORMATS as readonly string[]).includes(formatParam)) return formatParam as PageFormat;
  // A repeated `?format=` arrives as a list: refused like any other value.
  throw badInput('query.format', `must be html or json (once), not ${JSON.stringify(formatParam).slice(0, 60)}`, {
    location: 'query',
  });
}

/**
 * The format of a page whose JSON predates its HTML (the battery passport): `?format=` when given,
 * else HTML only when the Accept header names HTML itself (`text/html` or `text/*`, as every
 * browser's navigation does) and does not prefer JSON; `*\/*` alone or no header stays JSON, so
 * API clients that never asked for a format keep their answer.
 */
export function apiPageFormat(accept: string | undefined, formatParam: unknown): PageFormat {
  if (formatParam !== undefined) return pageFormat(accept, formatParam);
  const html = acceptMatch(accept, 'text/html');
  return html.specificity >= 1 && html.q > 0 && !acceptPrefersJson(accept) ? 'html' : 'json';
}
