import fc from 'fast-check';
import {
  CSET82_CHARACTERS,
  CSET82_SYMBOLS,
  GS1_SERIAL_SQL_PATTERN,
  gs1SerialProblem,
  isCset82,
  isGs1Serial,
  keyQualifierProblem,
} from './gs1-serial';

/** Any GS1 serial: 1 to 20 characters of character set 82. */
const cset82Value = fc.array(fc.constantFrom(...CSET82_CHARACTERS), { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));

describe('GS1 serial numbers (AI 21) and character set 82 (GS1 General Specifications; docs/identifiers.md)', () => {
  it('character set 82 has exactly 82 characters: digits, Latin letters and twenty symbols', () => {
    expect(CSET82_CHARACTERS).toHaveLength(82);
    expect(CSET82_CHARACTERS.filter((c) => !/[0-9A-Za-z]/.test(c)).join('')).toBe(`!"%&'()*+,-./:;<=>?_`);
    for (const c of [' ', '#', '$', '@', '[', '\\', ']', '^', '`', '{', '|', '}', '~']) expect(isCset82(c)).toBe(false);
  });

  it('accepts serials of battery manufacturers written in the 82 characters, up to 20 of them', () => {
    for (const s of ['A', 'CATL-2024-000123', 'pack.07/B', CSET82_SYMBOLS, '12345678901234567890']) expect(gs1SerialProblem(s)).toBeNull();
  });

  it('refuses an empty serial, one over 20 characters, and names the first forbidden character', () => {
    expect(gs1SerialProblem('')).toEqual({ reason: 'GS1_VALUE_LENGTH', message: 'AI 21 (serial number) must not be empty' });
    expect(gs1SerialProblem('123456789012345678901')).toEqual({
      reason: 'GS1_VALUE_LENGTH',
      message: 'AI 21 (serial number) "123456789012345678901" has 21 characters; GS1 allows at most 20',
    });
    expect(gs1SerialProblem('AB 12')).toEqual({
      reason: 'GS1_FORBIDDEN_CHARACTER',
      message: `AI 21 (serial number) "AB 12" has " " (U+0020) at position 3, which is not in GS1 AI encodable character set 82 (digits, Latin letters and !"%&'()*+,-./:;<=>?_)`,
    });
    expect(gs1SerialProblem('SN#1')?.message).toContain('"#" (U+0023) at position 3');
    expect(gs1SerialProblem('Zelle-é')?.message).toContain('"é" (U+00E9) at position 7');
    expect(gs1SerialProblem('电池1')?.message).toContain('(U+7535) at position 1');
    expect(gs1SerialProblem('A\u0000')?.reason).toBe('GS1_FORBIDDEN_CHARACTER');
  });

  it('applies the same rule to AI 10 (lot) and AI 22 (variant), naming the AI', () => {
    expect(keyQualifierProblem('10', 'LOT~1')?.message).toMatch(/^AI 10 \(batch or lot number\)/);
    expect(keyQualifierProblem('22', 'V'.repeat(21))?.message).toMatch(/^AI 22 \(consumer product variant\)/);
    expect(keyQualifierProblem('10', '2024-W07')).toBeNull();
  });

  it('property: any 1 to 20 characters of set 82 are a valid serial', () => {
    fc.assert(fc.property(cset82Value, (s) => isGs1Serial(s)));
  });

  it('property: adding any character outside set 82 anywhere is refused', () => {
    const outside = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((c) => !isCset82(c));
    fc.assert(
      fc.property(cset82Value, outside, fc.nat(), (s, c, k) => {
        const i = k % (s.length + 1);
        const t = s.slice(0, i) + c + s.slice(i);
        const p = gs1SerialProblem(t);
        return p !== null && (p.reason === 'GS1_FORBIDDEN_CHARACTER' || [...t].length > 20);
      }),
    );
  });

  it('property: more than 20 characters is refused for length whatever they are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CSET82_CHARACTERS), { minLength: 21, maxLength: 60 }),
        (cs) => gs1SerialProblem(cs.join(''))?.reason === 'GS1_VALUE_LENGTH',
      ),
    );
  });
});

describe('GS1_SERIAL_SQL_PATTERN', () => {
  // The same bracket expression means the same in JavaScript and PostgreSQL regular expressions.
  const sql = new RegExp(GS1_SERIAL_SQL_PATTERN, 'u');
  it('agrees with gs1SerialProblem on every ASCII character, on lengths and on non-ASCII letters', () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      expect([ch, sql.test(ch)]).toEqual([ch, gs1SerialProblem(ch) === null]);
    }
    for (const s of ['', 'A'.repeat(20), 'A'.repeat(21), 'Ä1', 'PACK-0001', 'a b']) {
      expect([s, sql.test(s)]).toEqual([s, gs1SerialProblem(s) === null]);
    }
  });
});
