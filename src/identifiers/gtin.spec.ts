import fc from 'fast-check';
import { gs1CheckDigit, gtinCompanyPrefixProblem, gtinProblem, isValidGtin, toGtin14 } from './gtin';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Any valid GTIN of any of the four lengths, built with its check digit. */
const validGtin = fc
  .constantFrom(8, 12, 13, 14)
  .chain((n) => digits(n - 1))
  .map((data) => data + String(gs1CheckDigit(data)));
const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

describe('GTIN check digits and forms (GS1 General Specifications; docs/identifiers.md)', () => {
  it('accepts published examples of each length', () => {
    // GS1's own example GTIN-14 and its GTIN-13, an EAN-13, a UPC-A (GTIN-12) and an EAN-8.
    for (const g of ['09506000134352', '9506000134352', '4006381333931', '036000291452', '96385074']) expect(gtinProblem(g)).toBeNull();
  });

  it('computes the check digit by hand for 950600013435 (weights 3,1 from the right)', () => {
    // Digits right to left: 5 3 4 3 1 0 0 0 6 0 5 9, weights 3 1 3 1 …:
    // 15 + 3 + 12 + 3 + 3 + 0 + 0 + 0 + 18 + 0 + 15 + 9 = 78; 80 − 78 = 2.
    expect(gs1CheckDigit('950600013435')).toBe(2);
    expect(gs1CheckDigit('0950600013435')).toBe(2);
    // A weighted sum that is already a multiple of ten gives 0, not 10.
    expect(gs1CheckDigit('0000000')).toBe(0);
  });

  it('says what is wrong: the length, a non-digit, the check digit it should have', () => {
    expect(gtinProblem('0950600013435')).toEqual({
      reason: 'GTIN_CHECK_DIGIT',
      message: 'GTIN 0950600013435 has check digit 5; by the GS1 mod-10 algorithm (GS1 General Specifications) it should be 9',
    });
    expect(gtinProblem('09506000134353')?.message).toContain('should be 2');
    expect(gtinProblem('123456789')?.reason).toBe('MALFORMED_GTIN');
    expect(gtinProblem('0950600013435X')?.reason).toBe('MALFORMED_GTIN');
    expect(gtinProblem('')?.reason).toBe('MALFORMED_GTIN');
    expect(gtinProblem(' 09506000134352')?.reason).toBe('MALFORMED_GTIN');
    expect(gtinProblem('０９５０６０００１３４３５２')?.reason).toBe('MALFORMED_GTIN'); // full-width digits
    expect(() => gs1CheckDigit('12a')).toThrow('digits only');
  });

  it('normalizes to GTIN-14 by left-padding, and refuses an invalid GTIN', () => {
    expect(toGtin14('96385074')).toEqual({ gtin14: '00000096385074' });
    expect(toGtin14('036000291452')).toEqual({ gtin14: '00036000291452' });
    expect(toGtin14('9506000134352')).toEqual({ gtin14: '09506000134352' });
    expect(toGtin14('09506000134352')).toEqual({ gtin14: '09506000134352' });
    expect(toGtin14('9506000134353')).toEqual({ problem: expect.objectContaining({ reason: 'GTIN_CHECK_DIGIT' }) });
  });

  it('checks that a GTIN carries its company prefix (after the indicator digit; GTIN-8 exempt)', () => {
    expect(gtinCompanyPrefixProblem('9506000134352', '9506000')).toBeNull();
    expect(gtinCompanyPrefixProblem('09506000134352', '9506000')).toBeNull();
    expect(gtinCompanyPrefixProblem('19506000134359', '9506000')).toBeNull(); // indicator digit 1
    expect(gtinCompanyPrefixProblem('036000291452', '0036000')).toBeNull(); // U.P.C. prefix 036000
    expect(gtinCompanyPrefixProblem('96385074', '9506000')).toBeNull();
    expect(gtinCompanyPrefixProblem('4006381333931', '9506000')).toEqual({
      reason: 'GTIN_PREFIX_MISMATCH',
      message:
        'GTIN 4006381333931 was not allocated under GS1 company prefix 9506000: in its 14-digit form 04006381333931, digits 2 to 8 are 4006381',
    });
    expect(gtinCompanyPrefixProblem('4006381333932', '4006381')?.reason).toBe('GTIN_CHECK_DIGIT');
    expect(() => gtinCompanyPrefixProblem('4006381333931', '40063X')).toThrow('4 to 12 digits');
  });

  it('property: any GTIN built with its check digit is valid, in any of the four lengths and as GTIN-14', () => {
    fc.assert(
      fc.property(validGtin, (g) => {
        const n = toGtin14(g);
        return isValidGtin(g) && 'gtin14' in n && isValidGtin(n.gtin14) && n.gtin14.endsWith(g);
      }),
    );
  });

  it('property: any single-digit change is detected', () => {
    fc.assert(
      fc.property(validGtin, fc.nat(), digit, (g, k, d) => {
        const i = k % g.length;
        fc.pre(g[i] !== d);
        return gtinProblem(replaceAt(g, i, d))?.reason === 'GTIN_CHECK_DIGIT';
      }),
    );
  });

  it('property: swapping two adjacent digits is detected unless they differ by 5 or are equal', () => {
    // With weights 3 and 1, swapping a and b changes the sum by 2(a − b), a multiple of 10 only
    // when a − b is 0 or ±5: the known blind spot of the mod-10 scheme.
    fc.assert(
      fc.property(validGtin, fc.nat(), (g, k) => {
        const i = k % (g.length - 1);
        const a = Number(g[i]);
        const b = Number(g[i + 1]);
        fc.pre(Math.abs(a - b) !== 5 && a !== b);
        return !isValidGtin(g.slice(0, i) + g[i + 1] + g[i] + g.slice(i + 2));
      }),
    );
  });
});
