/**
 * The pure parts of browser sign-in (docs/pages.md, "Sign in"): the session cookie, where to go
 * after signing in, and the sign-in form. A session lets a phone browser read pages as its
 * organization's API key would, for GET and HEAD only (http-setup.ts).
 */

export const SESSION_COOKIE = 'bt_session';
/** A browser session lasts 8 hours (a working shift), then the reader signs in again. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;
/** The random part of a session token (32 bytes, base64url: 43 characters). */
export const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The `bt_session` token of a Cookie header (RFC 6265 §5.4), or null when absent or not a well-formed token. */
export function sessionTokenOf(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.slice(0, 8192).split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    return SESSION_TOKEN_PATTERN.test(value) ? value : null;
  }
  return null;
}

/**
 * Where to go after signing in: only a passport page of this site (a relative path under
 * `/passports/`), else `/`. No scheme, host, `//`, backslash, control character or dot segment.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 512) return '/';
  if (!value.startsWith('/passports/')) return '/';
  if (/[\\\u0000-\u001f\u007f\s]/.test(value) || value.includes('//')) return '/';
  const path = value.split(/[?#]/)[0];
  if (/(^|\/)\.\.?(\/|$)/.test(path) || /%2e|%2f|%5c/i.test(path)) return '/';
  return value;
}

/** The Set-Cookie value for a new session; `Secure` when the site is served over https. */
export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_TTL_SECONDS}${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${secure ? '; Secure' : ''}`;
}

export type SignInForm = { ok: true; apiKey: string; returnTo: string } | { ok: false; problem: string };

const SIGN_IN_FIELDS = new Set(['apiKey', 'returnTo']);

/** The sign-in form (application/x-www-form-urlencoded): `apiKey` once, `returnTo` at most once, nothing else. */
export function parseSignInForm(body: unknown): SignInForm {
  if (typeof body !== 'string' || body.length > 4096) return { ok: false, problem: 'the form is missing or too long' };
  const params = new URLSearchParams(body);
  const seen = new Map<string, number>();
  for (const [name] of params) {
    if (!SIGN_IN_FIELDS.has(name)) return { ok: false, problem: `unknown field "${name.slice(0, 40)}"` };
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  if ([...seen.values()].some((n) => n > 1)) return { ok: false, problem: 'a field is repeated' };
  const apiKey = (params.get('apiKey') ?? '').trim();
  if (apiKey === '' || apiKey.length > 256 || /\s/.test(apiKey)) return { ok: false, problem: 'the API key is missing or malformed' };
  return { ok: true, apiKey, returnTo: safeReturnTo(params.get('returnTo')) };
}
