/**
 * HTML escaping for server-rendered pages: every value that did not come from battrace's own
 * templates goes through `escapeHtml`, in text and in double- or single-quoted attributes.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

/** Most values hold none of the five characters: tested first, copied only when they do. */
export const escapeHtml = (v: unknown): string => {
  const s = typeof v === 'string' ? v : String(v ?? '');
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : s;
};
