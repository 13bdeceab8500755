import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { unwrapPrivateKey, wrapPrivateKey } from './key-encryption';

describe('private key wrapping (AES-256-GCM under CERT_KEK)', () => {
  const kek = randomBytes(32);
  const der = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' });

  it('round-trips and never stores the key in the clear', () => {
    const wrapped = wrapPrivateKey(kek, 'key-1', der);
    expect(wrapped).not.toContain(der.toString('base64url'));
    expect(unwrapPrivateKey(kek, 'key-1', wrapped).equals(der)).toBe(true);
    expect(wrapPrivateKey(kek, 'key-1', der)).not.toBe(wrapped);
  });

  it('refuses a wrong KEK, another key id, or any altered byte', () => {
    const wrapped = wrapPrivateKey(kek, 'key-1', der);
    expect(() => unwrapPrivateKey(randomBytes(32), 'key-1', wrapped)).toThrow();
    expect(() => unwrapPrivateKey(kek, 'key-2', wrapped)).toThrow();
    const parts = wrapped.split('.');
    const ct = Buffer.from(parts[3], 'base64url');
    ct[0] ^= 1;
    expect(() => unwrapPrivateKey(kek, 'key-1', [parts[0], parts[1], parts[2], ct.toString('base64url')].join('.'))).toThrow();
    expect(() => wrapPrivateKey(randomBytes(16), 'key-1', der)).toThrow(/32 bytes/);
  });
});
