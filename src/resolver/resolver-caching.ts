/**
 * The resolver's HTTP caching rules (docs/resolver.md). Pure.
 *
 * An anonymous caller's answer is the public one, the same for every anonymous caller: a shared
 * cache (a CDN) may keep it for PUBLIC_MAX_AGE_S seconds. A caller with an API key may read more
 * access groups: their answer is theirs alone (`private`), and a browser revalidates it each time
 * (`no-cache`), which the ETag makes cheap.
 */
export const PUBLIC_MAX_AGE_S = 60;

export const cacheControl = (signedIn: boolean): string => (signedIn ? 'private, no-cache' : `public, max-age=${PUBLIC_MAX_AGE_S}`);

/** Whether an If-None-Match header matches `etag` (`*`, or one of its entity tags, weak comparison as RFC 9110 §13.1.2 asks). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .slice(0, 50)
    .some((t) => {
      const tag = t.trim();
      return tag === '*' || tag.replace(/^W\//, '') === bare;
    });
}
