/**
 * HTML escaping for server-rendered pages: every value that did not come from battrace's own
 * templates goes through `escapeHtml`, in text and in double- or single-quoted attributes.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
