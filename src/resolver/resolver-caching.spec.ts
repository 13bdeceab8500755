import { cacheControl, etagMatches } from './resolver-caching';

describe('resolver caching', () => {
  it('lets a shared cache keep an anonymous answer, only the caller a keyed one', () => {
    expect(cacheControl(false)).toBe('public, max-age=60');
    expect(cacheControl(true)).toBe('private, no-cache');
  });

  it('matches If-None-Match by weak comparison, in a list, and *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});
