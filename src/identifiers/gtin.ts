import { gs1Problem, Gs1Problem, quoted } from './gs1-problem';

/**
 * Global Trade Item Numbers (GS1 General Specifications; docs/identifiers.md).
 *
 * A GTIN is 8, 12, 13 or 14 digits, the last of which is a check digit computed by the GS1 mod-10
 * algorithm: from the rightmost data digit leftwards, weights 3, 1, 3, 1, …; the check digit is
 * the amount that brings the weighted sum up to the next multiple of ten, (10 − sum mod 10) mod 10.
 * Because weights count from the right, left-padding with zeros changes neither the sum nor the
 * check digit, which is why any GTIN can be written as a GTIN-14: GS1 Digital Link URIs use that
 * 14-digit form.
 */
export const GTIN_LENGTHS: readonly number[] = [8, 12, 13, 14];

/** The GS1 mod-10 check digit of the data digits (everything but the check digit). */
export function gs1CheckDigit(dataDigits: string): number {
  if (!/^[0-9]+$/.test(dataDigits)) throw new Error(`GS1 check digits are computed over digits only, got ${quoted(dataDigits)}`);
  let sum = 0;
  for (let i = dataDigits.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) sum += (dataDigits.charCodeAt(i) - 48) * weight;
  return (10 - (sum % 10)) % 10;
}

/** Null when `gtin` is a GTIN-8, -12, -13 or -14 with the right check digit, else what is wrong. */
export function gtinProblem(gtin: string): Gs1Problem | null {
  if (!/^[0-9]+$/.test(gtin) || !GTIN_LENGTHS.includes(gtin.length)) {
    return gs1Problem('MALFORMED_GTIN', `GTIN ${quoted(gtin)} must be 8, 12, 13 or 14 digits (GS1 General Specifications)`);
  }
  const expected = gs1CheckDigit(gtin.slice(0, -1));
  const given = Number(gtin[gtin.length - 1]);
  if (given !== expected) {
    return gs1Problem(
      'GTIN_CHECK_DIGIT',
      `GTIN ${gtin} has check digit ${given}; by the GS1 mod-10 algorithm (GS1 General Specifications) it should be ${expected}`,
    );
  }
  return null;
}

export const isValidGtin = (gtin: string): boolean => gtinProblem(gtin) === null;

/** A valid GTIN of any length written as a GTIN-14 (left-padded with zeros). Refuses an invalid one. */
export function toGtin14(gtin: string): { gtin14: string } | { problem: Gs1Problem } {
  const problem = gtinProblem(gtin);
  return problem ? { problem } : { gtin14: gtin.padStart(14, '0') };
}

/**
 * Null when the GTIN was allocated under `companyPrefix`, else the mismatch. In the GTIN-14 form
 * the first digit is the indicator digit (0 for a trade item's own GTIN-12 or GTIN-13) and the GS1
 * company prefix starts at the second; a U.P.C. company prefix of a GTIN-12 is its GS1 company
 * prefix without the leading 0, and padding to 14 digits puts that 0 back. GTIN-8s come from GS1-8
 * prefixes, not company prefixes, so they are not compared.
 */
export function gtinCompanyPrefixProblem(gtin: string, companyPrefix: string): Gs1Problem | null {
  // organizations.gs1_company_prefix is stored as 6 to 12 digits; anything else is a bug upstream.
  if (!/^[0-9]{4,12}$/.test(companyPrefix)) throw new Error(`a GS1 company prefix is 4 to 12 digits, got ${quoted(companyPrefix)}`);
  const problem = gtinProblem(gtin);
  if (problem) return problem;
  if (gtin.length === 8) return null;
  const gtin14 = gtin.padStart(14, '0');
  if (gtin14.slice(1, 1 + companyPrefix.length) === companyPrefix) return null;
  return gs1Problem(
    'GTIN_PREFIX_MISMATCH',
    `GTIN ${gtin} was not allocated under GS1 company prefix ${companyPrefix}: in its 14-digit form ${gtin14}, digits 2 to ${1 + companyPrefix.length} are ${gtin14.slice(1, 1 + companyPrefix.length)}`,
  );
}
