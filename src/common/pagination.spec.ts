import { decodeCursor, decodeIdCursor, encodeCursor, pageSize, toPage } from './pagination';

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

  it('reads an id cursor, and refuses one that does not name a row id', () => {
    const id = '3f1d6c1e-8a4b-4b7e-9a53-0c2f5d7e9b10';
    expect(decodeIdCursor('after', encodeCursor([id]))).toBe(id);
    expect(decodeIdCursor('after', null)).toBeNull();
    expect(() => decodeIdCursor('after', encodeCursor(['x']))).toThrow(/after: is not a cursor/);
    expect(() => decodeIdCursor('after', encodeCursor([7]))).toThrow(/after: is not a cursor/);
    expect(() => decodeIdCursor('after', encodeCursor([id, 1]))).toThrow(/after: is not a cursor/);
  });
});
