import { CheckResult, FAILURE_REASONS, statusInWords } from '../certificates/certificate-checks';
import { LANGUAGES } from './i18n';
import { fill, MESSAGES } from './messages';

/** Every text of a catalogue by its dotted key. */
function flatten(o: unknown, at = ''): Record<string, string> {
  if (typeof o === 'string') return { [at]: o };
  return Object.entries(o as Record<string, unknown>).reduce(
    (acc, [k, v]) => ({ ...acc, ...flatten(v, at ? `${at}.${k}` : k) }),
    {} as Record<string, string>,
  );
}
const placeholders = (s: string) => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const en = flatten(MESSAGES.en);

  it.each(LANGUAGES)('%s has every key, each a non-empty text with the same placeholders as English', (lang) => {
    const texts = flatten(MESSAGES[lang]);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(texts)) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it('German and Chinese are translated, not copies of English (units and codes aside)', () => {
    const same = (lang: 'de' | 'zh') =>
      Object.entries(flatten(MESSAGES[lang]))
        .filter(([k, v]) => v === en[k] && !/^(certificate|passport)\.unit/.test(k))
        .map(([k]) => k);
    expect(same('de')).toEqual([]);
    expect(same('zh')).toEqual([]);
  });

  it('the English status words are the words the JSON answer and GraphQL give (statusInWords)', () => {
    const failed = (reason: (typeof FAILURE_REASONS)[number]): CheckResult[] => [{ check: 'FORMAT', ok: false, reason, message: '' }];
    expect(MESSAGES.en.certificate.status.VALID).toBe(statusInWords([]).words);
    for (const r of FAILURE_REASONS) expect(MESSAGES.en.certificate.status[r]).toBe(statusInWords(failed(r)).words);
  });

  it('fill escapes the message and inserts the values as given', () => {
    expect(fill('a <b> {x} & {y}', { x: '<i>1</i>' })).toBe('a &lt;b&gt; <i>1</i> &amp; {y}');
  });
});
