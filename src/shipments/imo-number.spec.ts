import fc from 'fast-check';
import { formatImoNumber, imoCheckDigit, parseImoNumber } from './imo-number';

const sixDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }).map((d) => d.join(''));
const valid = sixDigits.map((s) => s + String(imoCheckDigit(s)));
const WEIGHTS = [7, 6, 5, 4, 3, 2];

describe('IMO ship numbers (docs/methods/identifiers.md)', () => {
  it('accepts IMO 9319466 and IMO 8814275, refuses IMO 8814274 saying the check digit should be 5', () => {
    expect(parseImoNumber('IMO 9319466')).toEqual({ ok: true, digits: '9319466' });
    expect(parseImoNumber('imo8814275')).toEqual({ ok: true, digits: '8814275' });
    expect(parseImoNumber('IMO 8814274')).toEqual({ ok: false, expected: 5, message: 'IMO 8814274 has check digit 4; it should be 5' });
    // 9·7 + 3·6 + 1·5 + 9·4 + 4·3 + 6·2 = 63 + 18 + 5 + 36 + 12 + 12 = 146 → 6
    expect(imoCheckDigit('931946')).toBe(6);
  });

  it('refuses malformed numbers', () => {
    expect(parseImoNumber('IMO 931946').ok).toBe(false);
    expect(parseImoNumber('MMSI 9319466').ok).toBe(false);
    expect(parseImoNumber('IMO 93194660').ok).toBe(false);
  });

  it('property: any number built with its check digit is valid and formats back to itself', () => {
    fc.assert(fc.property(valid, (n) => parseImoNumber(formatImoNumber(n)).ok && formatImoNumber(n) === `IMO ${n}`));
  });

  it('property: changing the check digit is always detected', () => {
    fc.assert(
      fc.property(valid, fc.integer({ min: 0, max: 9 }), (n, d) => {
        fc.pre(String(d) !== n[6]);
        return !parseImoNumber(n.slice(0, 6) + d).ok;
      }),
    );
  });

  // A change Δ in digit i moves the sum by Δ·wᵢ; it is missed exactly when Δ·wᵢ ≡ 0 (mod 10),
  // e.g. weight 5 with an even Δ, or weights 2, 4, 6 with Δ = 5. The property states that exactly.
  it('property: a single digit change is detected unless Δ × weight is a multiple of 10', () => {
    fc.assert(
      fc.property(valid, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 }), (n, i, d) => {
        fc.pre(String(d) !== n[i]);
        const changed = n.slice(0, i) + d + n.slice(i + 1);
        const missed = ((d - Number(n[i])) * WEIGHTS[i]) % 10 === 0;
        return parseImoNumber(changed).ok === missed;
      }),
    );
  });
});
