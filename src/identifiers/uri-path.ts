import { gs1Problem, Gs1IdentifierError, Gs1Problem, quoted } from './gs1-problem';

/**
 * The URI plumbing shared by GS1 Digital Link URIs and battrace's own battery URIs
 * (docs/identifiers.md): the base they are built on, percent-encoding of a path segment, and
 * splitting a URI or a bare path into its segments without letting a URL parser rewrite them.
 */

/**
 * Percent-encodes every character but the RFC 3986 unreserved letters, digits, `-`, `.` and `_`
 * (`~` is unreserved too but is not in GS1 character set 82, so it never needs to survive). GS1
 * Digital Link URI Syntax asks for the symbols of character set 82 other than `-`, `.` and `_` to be
 * percent-encoded in a path; hexadecimal digits are upper case (RFC 3986 §2.1). Characters beyond
 * ASCII (only in battrace serials) are encoded as their UTF-8 bytes.
 */
export function encodeSegment(value: string): string {
  let out = '';
  for (const c of value) {
    if (/[A-Za-z0-9._-]/.test(c)) out += c;
    else for (const byte of Buffer.from(c, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The decoded segment, or the problem when its percent-encoding is broken or not UTF-8. */
export function decodeSegment(segment: string, what: string): { value: string } | { problem: Gs1Problem } {
  try {
    return { value: decodeURIComponent(segment) };
  } catch {
    return {
      problem: gs1Problem('MALFORMED_DIGITAL_LINK', `${what} ${quoted(segment)} is not well-formed percent-encoding (RFC 3986 §2.1)`),
    };
  }
}

/**
 * The base every identifier is built on: an http or https origin with an optional path prefix and
 * no query, fragment or credentials (for example the public base URL, `https://battrace.example`).
 * Returned without a trailing slash. A bad base is a configuration mistake, so it throws.
 */
export function normalizeBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Gs1IdentifierError(gs1Problem('MALFORMED_DIGITAL_LINK', `base ${quoted(base)} is not an absolute URI`));
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
    throw new Gs1IdentifierError(
      gs1Problem(
        'MALFORMED_DIGITAL_LINK',
        `base ${quoted(base)} must be an http(s) origin with an optional path, without query, fragment or credentials`,
      ),
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export interface SplitUri {
  /** The path's segments, still percent-encoded, without the leading empty one. */
  segments: string[];
  /** What follows `?`, without it and without any fragment ('' when there is none). */
  query: string;
}

/**
 * Splits `https://host/a/b?q#f` or `/a/b?q` into its raw path segments and query. The path is taken
 * as written: a WHATWG URL parser would resolve `.` and `..` and re-encode characters, and an
 * identifier must be read exactly as it was given.
 */
export function splitUri(uriOrPath: string): { split: SplitUri } | { problem: Gs1Problem } {
  let rest: string;
  if (uriOrPath.startsWith('/')) rest = uriOrPath;
  else {
    const m = /^https?:\/\/[^/?#\s]+(.*)$/i.exec(uriOrPath);
    if (!m) {
      return {
        problem: gs1Problem('MALFORMED_DIGITAL_LINK', `${quoted(uriOrPath)} is neither an http(s) URI nor a path starting with "/"`),
      };
    }
    rest = m[1];
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const question = rest.indexOf('?');
  const path = question >= 0 ? rest.slice(0, question) : rest;
  const query = question >= 0 ? rest.slice(question + 1) : '';
  if (path === '' || path === '/') {
    return { problem: gs1Problem('MALFORMED_DIGITAL_LINK', `${quoted(uriOrPath)} has no path: expected /01/<GTIN>/21/<serial>`) };
  }
  const segments = path.slice(1).split('/');
  const empty = segments.indexOf('');
  if (empty >= 0) {
    return {
      problem: gs1Problem(
        'MALFORMED_DIGITAL_LINK',
        `path ${quoted(path)} has an empty segment (a doubled or trailing "/") at segment ${empty + 1}`,
      ),
    };
  }
  return { split: { segments, query } };
}
