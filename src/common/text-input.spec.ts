import {
  bidiControlProblem,
  controlCharacterProblem,
  isWellFormedText,
  lineTextProblem,
  loneSurrogateAt,
  loneSurrogateProblem,
  nameTextProblem,
} from './text-input';

describe('text input checks', () => {
  it('finds a lone surrogate, high or low, anywhere; a proper pair is one character', () => {
    expect(loneSurrogateAt('abc')).toBe(-1);
    expect(loneSurrogateAt('a\u{1F600}b')).toBe(-1); // 😀 is the pair \ud83d\ude00
    expect(loneSurrogateAt('\ud800')).toBe(0);
    expect(loneSurrogateAt('ab\udc00')).toBe(2);
    expect(loneSurrogateAt('x\ud83d')).toBe(1); // a high surrogate at the end
    expect(loneSurrogateAt('\ude00\ud83d')).toBe(0); // a low before a high is not a pair
    expect(loneSurrogateAt('\ud83d\ud83d\ude00')).toBe(0);
  });

  it('agrees with the native well-formedness check on every surrogate arrangement', () => {
    const native = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();
    const parts = ['a', '\ud800', '\udbff', '\udc00', '\udfff', '\u{10FFFF}'];
    for (const a of parts)
      for (const b of parts)
        for (const c of parts) {
          const s = a + b + c;
          expect(loneSurrogateAt(s) < 0).toBe(native(s));
          expect(isWellFormedText(s)).toBe(native(s));
        }
  });

  it('names the code point and its position', () => {
    expect(loneSurrogateProblem('ok')).toBeNull();
    expect(loneSurrogateProblem('ab\ud800')).toBe(
      'must not contain a lone UTF-16 surrogate (U+D800 at position 2): it is not a Unicode character',
    );
    expect(controlCharacterProblem('a\u0000b')).toBe('must not contain control characters (U+0000 at position 1)');
    expect(controlCharacterProblem('tab\there')).toMatch(/U\+0009/);
    expect(controlCharacterProblem('c1\u0085')).toMatch(/U\+0085/);
    expect(controlCharacterProblem('Zürich – 上海 😀')).toBeNull();
  });

  it('refuses every bidi embedding, override and isolate control in names, and nothing else', () => {
    for (let c = 0x202a; c <= 0x202e; c++) expect(bidiControlProblem(`ACME${String.fromCharCode(c)}Cells`)).not.toBeNull();
    for (let c = 0x2066; c <= 0x2069; c++) expect(bidiControlProblem(String.fromCharCode(c))).not.toBeNull();
    expect(bidiControlProblem('ACME\u202eslleC')).toBe(
      'must not contain bidirectional override or isolate characters (U+202E at position 4)',
    );
    // Right-to-left scripts themselves and the marks U+200E/U+200F are text, not overrides.
    expect(bidiControlProblem('شركة البطاريات')).toBeNull();
    expect(bidiControlProblem('חברה\u200f')).toBeNull();
    expect(bidiControlProblem('\u2029\u2070')).toBeNull();
  });

  it('a line of text may hold bidi controls (free text in a right-to-left language); a name may not', () => {
    expect(lineTextProblem('note \u2067عربي\u2069 end')).toBeNull();
    expect(nameTextProblem('note \u2067عربي\u2069 end')).toMatch(/U\+2067/);
    expect(nameTextProblem('\ud800\u202e')).toMatch(/surrogate/); // the first problem is reported
    expect(lineTextProblem('a\nb')).toMatch(/U\+000A/);
  });
});
