import fc from 'fast-check';
import { DEFAULT_HS_CODE, parseHsCode, parseTariffCode } from './hs-code';

describe('HS codes (docs/methods/identifiers.md)', () => {
  it('normalizes the written forms of 8507.60', () => {
    for (const w of ['8507.60', '850760', '8507 60', ' 8507.60 ']) expect(parseHsCode(w)).toEqual({ ok: true, code: DEFAULT_HS_CODE });
  });

  it('refuses anything that is not six digits', () => {
    for (const bad of ['8507.6', '8507.600', '85076', '8507.6O', '85.07.60', '8507600000', '']) expect(parseHsCode(bad).ok).toBe(false);
  });

  it('property: six digits always parse to dddd.dd and back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6}$/), (d) => {
        const p = parseHsCode(d);
        return p.ok && p.code === `${d.slice(0, 4)}.${d.slice(4)}` && parseHsCode(p.code).ok;
      }),
    );
  });

  it('keeps national tariff lines apart: 8 to 10 digits', () => {
    expect(parseTariffCode('8507 60 00 10')).toEqual({ ok: true, code: '8507600010' });
    expect(parseTariffCode('850760').ok).toBe(false);
  });
});
