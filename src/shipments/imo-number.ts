/**
 * IMO ship identification numbers (docs/methods/identifiers.md): `IMO` + 7 digits; the last digit is
 * (d1·7 + d2·6 + d3·5 + d4·4 + d5·3 + d6·2) mod 10.
 */
const IMO_FORMAT = /^(?:IMO)?([0-9]{7})$/;
const WEIGHTS = [7, 6, 5, 4, 3, 2];

export function imoCheckDigit(firstSix: string): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(firstSix[i]) * WEIGHTS[i];
  return sum % 10;
}

export type ImoParse = { ok: true; digits: string } | { ok: false; message: string; expected?: number };

/** Accepts `IMO 9319466`, `IMO9319466` or `9319466`; answers the 7 digits or what is wrong. */
export function parseImoNumber(raw: string): ImoParse {
  const m = IMO_FORMAT.exec(raw.replace(/\s+/g, '').toUpperCase());
  if (!m) return { ok: false, message: `"${raw.slice(0, 30)}" is not an IMO number (IMO followed by 7 digits)` };
  const digits = m[1];
  const expected = imoCheckDigit(digits);
  if (Number(digits[6]) !== expected) {
    return { ok: false, expected, message: `IMO ${digits} has check digit ${digits[6]}; it should be ${expected}` };
  }
  return { ok: true, digits };
}

export const formatImoNumber = (digits: string): string => `IMO ${digits}`;
