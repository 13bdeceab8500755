/**
 * Harmonized System codes (docs/methods/identifiers.md): six digits, written `8507.60` (lithium-ion
 * accumulators; 8507.90 parts). National tariff extensions (CN 10 digits, EU CN 8, US HTS 10)
 * are a separate field.
 */
export const DEFAULT_HS_CODE = '8507.60';

export type HsParse = { ok: true; code: string } | { ok: false; message: string };

/** `8507.60`, `850760` or `8507 60` → `8507.60`; anything that is not six digits is refused. */
export function parseHsCode(raw: string): HsParse {
  const digits = raw.trim().replace(/[.\s]/g, '');
  if (!/^[0-9]{6}$/.test(digits) || !/^[0-9]{4}[.\s]?[0-9]{2}$/.test(raw.trim())) {
    return { ok: false, message: `"${raw.slice(0, 20)}" is not a six-digit HS code (e.g. 8507.60)` };
  }
  return { ok: true, code: `${digits.slice(0, 4)}.${digits.slice(4)}` };
}

/** A national tariff line: 8 to 10 digits (dots and spaces ignored). */
export function parseTariffCode(raw: string): HsParse {
  const digits = raw.trim().replace(/[.\s]/g, '');
  if (!/^[0-9]{8,10}$/.test(digits)) return { ok: false, message: `"${raw.slice(0, 20)}" is not an 8 to 10 digit national tariff code` };
  return { ok: true, code: digits };
}
