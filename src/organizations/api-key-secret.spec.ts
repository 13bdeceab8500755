import { displayPrefix, generateApiKey, hashApiKey, safeEqual } from './api-key-secret';

describe('API key secrets', () => {
  it('generates distinct, well-formed keys', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a).toMatch(/^btk_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(displayPrefix(a)).toBe(a.slice(0, 12));
  });

  it('hashes deterministically and never returns the key', () => {
    const k = generateApiKey();
    expect(hashApiKey(k)).toBe(hashApiKey(k));
    expect(hashApiKey(k)).not.toContain(k.slice(4));
    expect(hashApiKey(k)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('compares in constant time and tells keys apart', () => {
    expect(safeEqual('same-key-123', 'same-key-123')).toBe(true);
    expect(safeEqual('same-key-123', 'same-key-124')).toBe(false);
    expect(safeEqual('short', 'a-much-longer-key')).toBe(false);
  });
});
