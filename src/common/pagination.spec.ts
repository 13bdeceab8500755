import { decodeCursor, encodeCursor, pageSize, toPage } from './pagination';

describe('cursor pagination', () => {
  it('round-trips cursors and refuses forged ones', () => {
    const c = encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']);
    expect(decodeCursor('after', c, 2)).toEqual(['2026-01-01T00:00:00.000Z', 'abc']);
    expect(() => decodeCursor('after', 'not-a-cursor', 2)).toThrow(/after: is not a cursor/);
    expect(() => decodeCursor('after', encodeCursor(['x']), 2)).toThrow(/not a cursor/);
    expect(decodeCursor('after', null, 2)).toBeNull();
  });

  it('bounds page sizes', () => {
    expect(pageSize('first', undefined)).toBe(50);
    expect(() => pageSize('first', 0)).toThrow(/from 1 to 500/);
    expect(() => pageSize('first', 501)).toThrow(/from 1 to 500/);
  });

  it('builds a page from limit + 1 rows', () => {
    const p = toPage([1, 2, 3], 2, (n) => [n]);
    expect(p.nodes).toEqual([1, 2]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(toPage([1], 2, (n) => [n]).pageInfo.hasNextPage).toBe(false);
  });
});
