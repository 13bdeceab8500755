/**
 * Freight container numbers and size-type codes, ISO 6346 (docs/methods/identifiers.md).
 *
 * A number is a 3-letter owner code, a category letter (`U` freight container, `J` detachable
 * equipment, `Z` trailer or chassis), a 6-digit serial and a check digit. Letters count
 * A=10, B=12 … Z=38, skipping the multiples of 11 (the `ord - 55` shortcut is wrong from L on);
 * the check digit is (Σ value(cᵢ)·2ⁱ for i = 0..9) mod 11, then mod 10.
 */
export const CONTAINER_NUMBER = /^[A-Z]{3}[UJZ][0-9]{6}[0-9]$/;

/** docs/methods/identifiers.md: the letter values of ISO 6346 (multiples of 11 skipped). */
export const ISO6346_LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 10, B: 12, C: 13, D: 14, E: 15, F: 16, G: 17, H: 18, I: 19, J: 20, K: 21, L: 23, M: 24,
  N: 25, O: 26, P: 27, Q: 28, R: 29, S: 30, T: 31, U: 32, V: 34, W: 35, X: 36, Y: 37, Z: 38,
}; // prettier-ignore

function charValue(c: string): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  const v = ISO6346_LETTER_VALUES[c];
  if (v === undefined) throw new Error(`not an ISO 6346 character: ${JSON.stringify(c)}`);
  return v;
}

/** Σ value(cᵢ)·2ⁱ mod 11 over the first ten characters (0..10; 10 gives check digit 0). */
export function containerRemainder(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += charValue(firstTen[i]) * 2 ** i;
  return sum % 11;
}

/** The check digit of the first ten characters (owner code, category, serial). */
export function containerCheckDigit(firstTen: string): number {
  return containerRemainder(firstTen) % 10;
}

/** Upper case, spaces and dashes removed: `csqu 305438-3` → `CSQU3054383`. */
export const normalizeContainerNumber = (raw: string): string => raw.replace(/[\s-]/g, '').toUpperCase();

export type ContainerNumberProblem = { kind: 'FORMAT'; message: string } | { kind: 'CHECK_DIGIT'; message: string; expected: number };

/** Null when `normalized` is a valid container number, else what is wrong with it. */
export function containerNumberProblem(normalized: string): ContainerNumberProblem | null {
  if (!CONTAINER_NUMBER.test(normalized)) {
    return {
      kind: 'FORMAT',
      message: `"${normalized.slice(0, 20)}" is not an ISO 6346 container number (3-letter owner code, U, J or Z, 6 digits, check digit)`,
    };
  }
  const expected = containerCheckDigit(normalized.slice(0, 10));
  const given = Number(normalized[10]);
  if (given !== expected) {
    return {
      kind: 'CHECK_DIGIT',
      expected,
      message: `container number ${normalized} has check digit ${given}; by ISO 6346 it should be ${expected}`,
    };
  }
  return null;
}

export const isValidContainerNumber = (raw: string): boolean => containerNumberProblem(normalizeContainerNumber(raw)) === null;

/**
 * Size-type code, ISO 6346: two size characters (length, then height/width) and a two-character
 * type code, e.g. `22G1` (20 ft general purpose) or `45G1` (40 ft high cube general purpose).
 */
export const SIZE_TYPE_CODE = /^[0-9A-Z]{2}[A-Z][0-9A-Z]$/;

/**
 * Twenty-foot equivalent units of a container, from the length character of its size-type code:
 * `2` is 20 ft (1 TEU by definition), `4` is 40 ft (2 TEU). Other lengths (`L` 45 ft, …) have no
 * agreed TEU count, so null: a per-TEU factor cannot be applied to them.
 */
export function teuOfSizeType(sizeType: string): number | null {
  if (sizeType[0] === '2') return 1;
  if (sizeType[0] === '4') return 2;
  return null;
}
