import { FONT_CHARACTERS, glyph, GLYPH_COLUMNS, GLYPH_ROWS } from './label-font';

describe('label font', () => {
  it('has every printable ASCII character, each 5 × 8 of # and .', () => {
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    expect([...FONT_CHARACTERS].sort()).toEqual([...ascii].sort());
    for (const c of ascii) {
      const rows = glyph(c);
      expect([c, rows.length]).toEqual([c, GLYPH_ROWS]);
      for (const r of rows) expect([c, r]).toEqual([c, expect.stringMatching(new RegExp(`^[#.]{${GLYPH_COLUMNS}}$`))]);
    }
  });

  it('tells characters apart: no two glyphs alike, only the space blank', () => {
    const drawn = new Map<string, string>();
    for (const c of FONT_CHARACTERS) {
      const key = glyph(c).join('');
      expect([c, drawn.get(key)]).toEqual([c, undefined]);
      drawn.set(key, c);
      expect([c, key.includes('#')]).toEqual([c, c !== ' ']);
    }
  });

  it('draws the rest as ?', () => {
    expect(glyph('é')).toEqual(glyph('?'));
  });
});
