import fc from 'fast-check';
import { parseUnLocode } from './un-locode';

const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const locChar = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789');

describe('UN/LOCODE (docs/methods/identifiers.md)', () => {
  it('accepts the ports of docs/methods/identifiers.md, with or without the space after the country', () => {
    for (const c of ['CNTSN', 'CNTXG', 'CNSHA', 'CNTAO', 'NLRTM', 'DEHAM', 'BEANR', 'SGSIN', 'USLAX', 'USLGB', 'MYPKG', 'THLCH']) {
      expect(parseUnLocode(c)).toEqual({ ok: true, code: c, country: c.slice(0, 2) });
    }
    expect(parseUnLocode('nl rtm')).toEqual({ ok: true, code: 'NLRTM', country: 'NL' });
  });

  it('refuses 0 and 1 (never used, to avoid confusion with O and I), wrong lengths and punctuation', () => {
    for (const bad of ['NLRT1', 'NLRT0', 'NLRT', 'NLRTMX', 'N1RTM', 'NL-RTM', '']) expect(parseUnLocode(bad).ok).toBe(false);
  });

  it('property: two letters and three of [A-Z2-9] parse; a 0 or 1 anywhere does not', () => {
    fc.assert(
      fc.property(fc.array(upper, { minLength: 2, maxLength: 2 }), fc.array(locChar, { minLength: 3, maxLength: 3 }), (c, l) => {
        const code = c.join('') + l.join('');
        return (
          parseUnLocode(code).ok && !parseUnLocode(code.slice(0, 4) + '1').ok && !parseUnLocode(code.slice(0, 2) + '0' + code.slice(3)).ok
        );
      }),
    );
  });
});
