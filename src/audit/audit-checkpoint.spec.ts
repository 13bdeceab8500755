import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { CHECKPOINT_TYPE, CheckpointPayload, signCheckpoint, verifyCheckpoint } from './audit-checkpoint';

async function platformKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = await exportJWK(publicKey);
  const publicJwk: JWK = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  const thumbprint = await calculateJwkThumbprint(publicJwk, 'sha256');
  return { thumbprint, publicJwk, privateKey };
}

const payload = (thumbprint: string): CheckpointPayload => ({
  type: CHECKPOINT_TYPE,
  publisher: 'https://battrace.example',
  seq: '42',
  headHash: 'a'.repeat(64),
  signedAt: '2026-11-30T12:00:00.123456Z',
  platformKey: thumbprint,
});

describe('audit checkpoint JWS', () => {
  it('round-trips through sign and verify with the platform key', async () => {
    const key = await platformKey();
    const jws = await signCheckpoint(payload(key.thumbprint), key);
    await expect(verifyCheckpoint(jws, key)).resolves.toEqual(payload(key.thumbprint));
    const header = JSON.parse(Buffer.from(jws.split('.')[0], 'base64url').toString()) as Record<string, unknown>;
    expect(header).toEqual({ alg: 'EdDSA', kid: key.thumbprint, typ: 'audit-checkpoint+jwt' });
  });

  it('refuses one signed by another key, even when it names the platform key', async () => {
    const key = await platformKey();
    const other = await platformKey();
    const jws = await signCheckpoint(payload(key.thumbprint), { thumbprint: key.thumbprint, privateKey: other.privateKey });
    await expect(verifyCheckpoint(jws, key)).rejects.toThrow(/does not verify/);
    const named = await signCheckpoint(payload(other.thumbprint), other);
    await expect(verifyCheckpoint(named, key)).rejects.toThrow(/not by the platform key/);
  });

  it('refuses a changed payload, a non-JWS and a signed payload of another shape', async () => {
    const key = await platformKey();
    const jws = await signCheckpoint(payload(key.thumbprint), key);
    const [h, , s] = jws.split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload(key.thumbprint), seq: '43' })).toString('base64url');
    await expect(verifyCheckpoint(`${h}.${forged}.${s}`, key)).rejects.toThrow(/does not verify/);
    await expect(verifyCheckpoint('nope', key)).rejects.toThrow(/not a compact JWS/);
    const odd = await signCheckpoint({ ...payload(key.thumbprint), seq: '007' }, key);
    await expect(verifyCheckpoint(odd, key)).rejects.toThrow(/not a battrace audit checkpoint/);
  });
});
