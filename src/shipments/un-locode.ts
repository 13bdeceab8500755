/**
 * UN/LOCODE (docs/methods/identifiers.md): a country (ISO 3166-1 alpha-2) and 3 characters from [A-Z2-9],
 * e.g. Rotterdam `NLRTM`. Written with or without a space after the country (`NL RTM`).
 */
export const UN_LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;

export type LocodeParse = { ok: true; code: string; country: string } | { ok: false; message: string };

export function parseUnLocode(raw: string): LocodeParse {
  const code = raw
    .trim()
    .toUpperCase()
    .replace(/^([A-Z]{2}) ([A-Z2-9]{3})$/, '$1$2');
  if (!UN_LOCODE.test(code)) {
    return {
      ok: false,
      message: `"${raw.slice(0, 20)}" is not a UN/LOCODE (2-letter country code and 3 characters from A-Z and 2-9, e.g. NLRTM)`,
    };
  }
  return { ok: true, code, country: code.slice(0, 2) };
}
