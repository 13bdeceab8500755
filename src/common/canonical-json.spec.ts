import fc from 'fast-check';
import { canonicalJson, digestOf } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 2, y: null }], c: undefined } })).toBe('{"a":{"d":[1,{"y":null,"z":2}]},"b":1}');
  });

  it('writes dates as ISO strings and refuses non-finite numbers', () => {
    expect(canonicalJson({ at: new Date('2026-03-01T00:00:00Z') })).toBe('{"at":"2026-03-01T00:00:00.000Z"}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/non-finite/);
  });

  it('gives the same digest whatever the key order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(digestOf(reversed)).toBe(digestOf(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
  });
});
