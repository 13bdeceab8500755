import fc from 'fast-check';
import {
  containerCheckDigit,
  containerNumberProblem,
  containerRemainder,
  ISO6346_LETTER_VALUES,
  isValidContainerNumber,
  normalizeContainerNumber,
  teuOfSizeType,
} from './iso6346';

const LETTERS = Object.keys(ISO6346_LETTER_VALUES);
const letter = fc.constantFrom(...LETTERS);
const digit = fc.integer({ min: 0, max: 9 }).map(String);
/** Owner code, category and serial: the first ten characters of a container number. */
const firstTen = fc
  .tuple(fc.array(letter, { minLength: 3, maxLength: 3 }), fc.constantFrom('U', 'J', 'Z'), fc.array(digit, { minLength: 6, maxLength: 6 }))
  .map(([owner, category, serial]) => owner.join('') + category + serial.join(''));
const validNumber = firstTen.map((t) => t + String(containerCheckDigit(t)));
const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

describe('ISO 6346 container numbers (docs/methods/identifiers.md)', () => {
  it('accepts the valid examples of docs/methods/identifiers.md and refuses MSCU6639871, whose check digit should be 0', () => {
    expect(isValidContainerNumber('CSQU3054383')).toBe(true);
    expect(isValidContainerNumber('ZEPU0037255')).toBe(true);
    expect(isValidContainerNumber('MSCU6639871')).toBe(false);
    expect(containerNumberProblem('MSCU6639871')).toEqual({
      kind: 'CHECK_DIGIT',
      expected: 0,
      message: 'container number MSCU6639871 has check digit 1; by ISO 6346 it should be 0',
    });
  });

  it('uses the letter table, not ord - 55, from L on', () => {
    // CSQU3054383 worked by hand: C13·1 + S30·2 + Q28·4 + U32·8 + 3·16 + 0·32 + 5·64 + 4·128 + 3·256 + 8·512
    // = 13 + 60 + 112 + 256 + 48 + 0 + 320 + 512 + 768 + 4096 = 6185; 6185 mod 11 = 3 (11·562 = 6182).
    expect(containerRemainder('CSQU305438')).toBe(3);
    expect(ISO6346_LETTER_VALUES.L).toBe(23);
    expect(ISO6346_LETTER_VALUES.Z).toBe(38);
    expect(Object.values(ISO6346_LETTER_VALUES).every((v) => v % 11 !== 0)).toBe(true);
  });

  it('normalizes spacing and case, and names a malformed number', () => {
    expect(normalizeContainerNumber(' csqu 305438-3 ')).toBe('CSQU3054383');
    expect(containerNumberProblem('CSQX3054383')?.kind).toBe('FORMAT');
    expect(containerNumberProblem('CSQU305438')?.kind).toBe('FORMAT');
    expect(containerNumberProblem('C5QU3054383')?.kind).toBe('FORMAT');
  });

  it('property: any number built with its check digit is valid', () => {
    fc.assert(fc.property(validNumber, (n) => isValidContainerNumber(n)));
  });

  it('property: changing the check digit to any other digit is always detected', () => {
    fc.assert(
      fc.property(validNumber, digit, (n, d) => {
        fc.pre(d !== n[10]);
        return !isValidContainerNumber(replaceAt(n, 10, d));
      }),
    );
  });

  it('property: a character of the wrong class (digit for letter or letter for digit) is always refused', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 10 }), letter, digit, (n, i, l, d) =>
        i < 4 ? !isValidContainerNumber(replaceAt(n, i, d)) : !isValidContainerNumber(replaceAt(n, i, l)),
      ),
    );
  });

  /*
   * What the check digit can and cannot catch, stated exactly. A change of one character at
   * position i changes the sum by Δ·2ⁱ, and 2ⁱ is invertible mod 11, so the remainder changes
   * iff Δ ≢ 0 (mod 11). Digits differ by 1..9, always caught mod 11; but two letters whose values
   * differ by 11 (A=10/K=21, B=12/L=23, …) are not. The final "mod 10" then maps remainder 10 to
   * 0, so numbers whose check digit is 0 can miss a change between remainders 0 and 10. For every
   * number with a check digit other than 0, the property below is exact.
   */
  it('property: with a check digit other than 0, any single serial-digit change is detected', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 4, max: 9 }), digit, (n, i, d) => {
        fc.pre(n[10] !== '0' && d !== n[i]);
        return !isValidContainerNumber(replaceAt(n, i, d));
      }),
    );
  });

  it('property: with a check digit other than 0, a letter change is detected unless the two letter values differ by 11', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 2 }), letter, (n, i, l) => {
        fc.pre(n[10] !== '0' && l !== n[i]);
        const undetectable = (ISO6346_LETTER_VALUES[l] - ISO6346_LETTER_VALUES[n[i]]) % 11 === 0;
        return isValidContainerNumber(replaceAt(n, i, l)) === undetectable;
      }),
    );
  });

  it('shows the two blind spots the properties exclude, on concrete numbers', () => {
    // A ↔ K (10 vs 21): CSQU3054383 with its owner code's first letter changed is a different, equally valid number.
    const a = 'ASQU305438';
    const k = 'KSQU305438';
    expect(containerCheckDigit(a)).toBe(containerCheckDigit(k));
    // Remainders 0 and 10 share check digit 0: find a serial digit change between them.
    const base = 'MSCU663987';
    expect(containerRemainder(base)).toBe(0); // why MSCU6639871 "should be 0"
    const twin = [...'0123456789'].map((d) => replaceAt(base, 9, d)).find((t) => containerRemainder(t) === 10);
    expect(twin).toBe('MSCU663985');
    expect(containerCheckDigit(twin!)).toBe(0);
  });

  it('counts TEU only where the length defines it', () => {
    expect(teuOfSizeType('22G1')).toBe(1);
    expect(teuOfSizeType('45G1')).toBe(2);
    expect(teuOfSizeType('L5G1')).toBeNull();
  });
});
