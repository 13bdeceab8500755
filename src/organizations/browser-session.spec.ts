import { clearedSessionCookie, parseSignInForm, safeReturnTo, sessionCookie, sessionTokenOf, SESSION_TTL_SECONDS } from './browser-session';

const TOKEN = 'A'.repeat(42) + 'w';

describe('sessionTokenOf', () => {
  it('finds bt_session among other cookies', () => {
    expect(sessionTokenOf(`a=1; bt_session=${TOKEN}; b=2`)).toBe(TOKEN);
    expect(sessionTokenOf(`bt_session="${TOKEN}"`)).toBe(TOKEN);
  });
  it('ignores absent, malformed or look-alike cookies', () => {
    expect(sessionTokenOf(undefined)).toBeNull();
    expect(sessionTokenOf('')).toBeNull();
    expect(sessionTokenOf('bt_session=short')).toBeNull();
    expect(sessionTokenOf(`xbt_session=${TOKEN}`)).toBeNull();
    expect(sessionTokenOf(`bt_session=${TOKEN}!`)).toBeNull();
    expect(sessionTokenOf('bt_session')).toBeNull();
  });
});

describe('safeReturnTo', () => {
  it('keeps a passport path with its query', () => {
    expect(safeReturnTo('/passports/batteries/abc')).toBe('/passports/batteries/abc');
    expect(safeReturnTo('/passports/batteries?manufacturerId=1&serial=X')).toBe('/passports/batteries?manufacturerId=1&serial=X');
  });
  it('sends everything else to /', () => {
    for (const bad of [
      undefined,
      42,
      '',
      '/',
      '/graphql',
      'https://evil.example/passports/x',
      '//evil.example/passports/',
      '/passports//evil.example',
      '/passports/\\evil.example',
      '/passports/../graphql',
      '/passports/%2e%2e/graphql',
      '/passports/a\nb',
      '/passports/a b',
      '/passports/' + 'x'.repeat(600),
    ])
      expect(safeReturnTo(bad)).toBe('/');
  });
});

describe('session cookies', () => {
  it('are HttpOnly, SameSite=Strict, Path=/, 8 h, Secure on https', () => {
    expect(SESSION_TTL_SECONDS).toBe(28800);
    expect(sessionCookie(TOKEN, false)).toBe(`bt_session=${TOKEN}; HttpOnly; SameSite=Strict; Path=/; Max-Age=28800`);
    expect(sessionCookie(TOKEN, true)).toMatch(/; Secure$/);
    expect(clearedSessionCookie(false)).toBe('bt_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0');
  });
});

describe('parseSignInForm', () => {
  it('reads the key and a safe returnTo', () => {
    expect(parseSignInForm('apiKey=k_123&returnTo=%2Fpassports%2Fbatteries%2Fx')).toEqual({
      ok: true,
      apiKey: 'k_123',
      returnTo: '/passports/batteries/x',
    });
    expect(parseSignInForm('apiKey=k_123&returnTo=https%3A%2F%2Fevil.example')).toEqual({ ok: true, apiKey: 'k_123', returnTo: '/' });
  });
  it('refuses unknown, repeated, missing or malformed fields', () => {
    expect(parseSignInForm('apiKey=k&admin=1').ok).toBe(false);
    expect(parseSignInForm('apiKey=k&apiKey=j').ok).toBe(false);
    expect(parseSignInForm('returnTo=%2F').ok).toBe(false);
    expect(parseSignInForm('apiKey=a+b').ok).toBe(false);
    expect(parseSignInForm(undefined).ok).toBe(false);
    expect(parseSignInForm('apiKey=' + 'k'.repeat(5000)).ok).toBe(false);
  });
});
