import { languageOfTag, negotiateLanguage, parseAcceptLanguage } from './i18n';

describe('page language', () => {
  it('reads a tag by its primary subtag', () => {
    expect(languageOfTag('de-CH')).toBe('de');
    expect(languageOfTag('zh-Hans-CN')).toBe('zh');
    expect(languageOfTag('ZH_cn')).toBe('zh');
    expect(languageOfTag('en')).toBe('en');
    expect(languageOfTag('fr')).toBeNull();
    expect(languageOfTag('')).toBeNull();
  });

  it('orders Accept-Language ranges by q, keeping header order on ties, dropping q=0 and bad weights', () => {
    expect(parseAcceptLanguage('fr;q=0.9, de;q=0.95, zh, en;q=0.9')).toEqual([
      { range: 'zh', q: 1 },
      { range: 'de', q: 0.95 },
      { range: 'fr', q: 0.9 },
      { range: 'en', q: 0.9 },
    ]);
    expect(parseAcceptLanguage('de;q=0, en;q=2, zh;q=abc, fr')).toEqual([{ range: 'fr', q: 1 }]);
    expect(parseAcceptLanguage('not a tag!, *;q=0.1')).toEqual([{ range: '*', q: 0.1 }]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });

  it('?lang= overrides Accept-Language; an unsupported ?lang= is English', () => {
    expect(negotiateLanguage('de', 'zh-CN')).toBe('de');
    expect(negotiateLanguage('zh-CN', 'de')).toBe('zh');
    expect(negotiateLanguage('fr', 'de')).toBe('en');
    expect(negotiateLanguage('', 'de')).toBe('en');
    expect(negotiateLanguage(['de', 'zh'], 'de')).toBe('en');
  });

  it('takes the first language battrace has from Accept-Language, by weight', () => {
    expect(negotiateLanguage(undefined, 'fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7')).toBe('de');
    expect(negotiateLanguage(undefined, 'zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(negotiateLanguage(undefined, 'en;q=0.5, de-AT')).toBe('de');
    expect(negotiateLanguage(undefined, 'de;q=0, zh;q=0.1')).toBe('zh');
  });

  it('falls back to English: no header, nothing supported, or * first', () => {
    expect(negotiateLanguage(undefined, undefined)).toBe('en');
    expect(negotiateLanguage(undefined, 'fr, es;q=0.5')).toBe('en');
    expect(negotiateLanguage(undefined, '*, de;q=0.5')).toBe('en');
  });
});
