import fc from 'fast-check';
import {
  decodeStatusList,
  encodeStatusList,
  STATUS_LIST_BYTES,
  STATUS_LIST_MIN_ENTRIES,
  statusBit,
  withStatusBit,
} from './bitstring-status-list';

describe('Bitstring Status List encoding', () => {
  it('index 0 is the left-most bit, and the list has at least 131,072 entries', () => {
    expect(STATUS_LIST_BYTES * 8).toBeGreaterThanOrEqual(STATUS_LIST_MIN_ENTRIES);
    const bits = withStatusBit(Buffer.alloc(STATUS_LIST_BYTES), 0, true);
    expect(bits[0]).toBe(0x80);
    expect(withStatusBit(bits, 9, true)[1]).toBe(0x40);
  });

  it('round-trips through gzip + multibase base64url and flips exactly one bit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: STATUS_LIST_MIN_ENTRIES - 1 }), (i) => {
        const bits = withStatusBit(Buffer.alloc(STATUS_LIST_BYTES), i, true);
        const enc = encodeStatusList(bits);
        expect(enc).toMatch(/^u[A-Za-z0-9_-]+$/);
        const back = decodeStatusList(enc);
        expect(statusBit(back, i)).toBe(true);
        expect(statusBit(back, i === 0 ? 1 : i - 1)).toBe(false);
        expect(statusBit(withStatusBit(back, i, false), i)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('rejects indexes outside the list and lists without the multibase prefix', () => {
    expect(() => statusBit(Buffer.alloc(2), 16)).toThrow(RangeError);
    expect(() => decodeStatusList('H4sI')).toThrow(/prefix u/);
  });
});
