import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { STATUS_LIST_BYTES, withStatusBit } from './bitstring-status-list';
import { CREDENTIAL_TYPE, signCredential, VC_CONTEXT } from './credential';
import { buildDidDocument } from './did-document';
import { OfflineVerifier, verifyBundle } from './offline-verify';
import { parseDuration } from './offline-verify-text';
import { buildStatusListCredential } from './status-list-credential';
import {
  AnchorError,
  anchorsFromDidDocument,
  anchorsFromTrustList,
  mergeAnchors,
  signTrustList,
  TRUST_LIST_FORMAT,
  TRUST_LIST_TYPE,
  TrustAnchors,
  TrustListDocument,
  TrustListPayload,
} from './trust-anchors';

/**
 * Offline verification against anchors (issue 11), with keys made here: the trust list and DID
 * document readers, the key's active window, status list rules and the freshness policy.
 */
const ORG = '0b0e5c1e-2f3a-4b5c-8d9e-0123456789ab';
const DID = `did:web:battrace.example:certifiers:${ORG}`;
const LIST = 'https://battrace.example/status-lists/5a5a5a5a-0000-4000-8000-000000000001';
const SUSP = 'https://battrace.example/status-lists/5a5a5a5a-0000-4000-8000-000000000002';
const ISSUED = '2026-03-01T00:00:00.000Z';
const NOW = new Date('2026-03-02T00:00:00Z');

interface Key {
  privateKey: KeyObject;
  publicJwk: JWK;
  thumbprint: string;
  kid: string;
}
async function newKey(did = DID): Promise<Key> {
  const k = generateKeyPairSync('ed25519');
  const jwk = await exportJWK(k.publicKey);
  const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  const thumbprint = await calculateJwkThumbprint(publicJwk, 'sha256');
  return { privateKey: k.privateKey, publicJwk, thumbprint, kid: `${did}#${thumbprint}` };
}

const credential = (over: Record<string, unknown> = {}) => ({
  '@context': [VC_CONTEXT],
  id: 'urn:uuid:c1',
  type: ['VerifiableCredential', CREDENTIAL_TYPE],
  issuer: { id: DID, name: 'Spec Certifier' },
  validFrom: ISSUED,
  validUntil: '2027-03-01T00:00:00.000Z',
  credentialSubject: {
    id: 'urn:uuid:batch',
    certificate: { id: '5f2a8c1e-7b3d-4e6f-9a0b-c1d2e3f4a5b6', number: 'BTC-2026-000001', issuedAt: ISSUED },
    footprint: {
      id: '3d0b6a52-5b1e-4a57-9d0e-8f1b2c3d4e5f',
      batchId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      version: 1,
      rulesetId: 'EU-2023-1542-v1',
      stagesKgCo2e: { MAIN_PRODUCTION: 3000 },
      kgCo2eAbsolute: 3000,
      kgCo2ePerKWhCapacity: 50,
      kgCo2ePerKWhLifetime: 0.03,
      lifetimeEnergyKWh: 100000,
      inputsSha256: 'a'.repeat(64),
      sha256: 'b'.repeat(64),
    },
  },
  credentialStatus: [
    { id: `${LIST}#7`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '7', statusListCredential: LIST },
    { id: `${SUSP}#7`, type: 'BitstringStatusListEntry', statusPurpose: 'suspension', statusListIndex: '7', statusListCredential: SUSP },
  ],
  ...over,
});

async function statusLists(key: Key, at: string, revoked = false, did = DID) {
  const bits = withStatusBit(Buffer.alloc(STATUS_LIST_BYTES), 7, revoked);
  return [
    {
      purpose: 'revocation' as const,
      url: LIST,
      snapshotAt: at,
      credential: await signCredential(buildStatusListCredential(LIST, did, 'revocation', bits, new Date(at)), key.privateKey, key.kid),
    },
    {
      purpose: 'suspension' as const,
      url: SUSP,
      snapshotAt: at,
      credential: await signCredential(
        buildStatusListCredential(SUSP, did, 'suspension', Buffer.alloc(STATUS_LIST_BYTES), new Date(at)),
        key.privateKey,
        key.kid,
      ),
    },
  ];
}

async function trustListOf(
  platform: Key,
  keys: { key: Key; activeFrom: string; retiredAt: string | null }[],
  did = DID,
): Promise<TrustListDocument> {
  const payload: TrustListPayload = {
    type: TRUST_LIST_TYPE,
    publisher: 'https://battrace.example',
    issuedAt: '2026-03-01T12:00:00.000Z',
    platformKey: platform.thumbprint,
    issuers: [
      {
        did,
        organizationId: ORG,
        name: 'Spec Certifier',
        keys: keys.map((k) => ({
          kid: k.key.kid,
          thumbprint: k.key.thumbprint,
          publicJwk: k.key.publicJwk,
          activeFrom: k.activeFrom,
          retiredAt: k.retiredAt,
        })),
      },
    ],
  };
  return {
    format: TRUST_LIST_FORMAT,
    platformKey: { thumbprint: platform.thumbprint, publicJwk: platform.publicJwk },
    jws: await signTrustList(payload, platform),
  };
}

let platform: Key;
let key: Key;
let list: TrustListDocument;
let anchors: TrustAnchors;

beforeAll(async () => {
  platform = await newKey();
  key = await newKey();
  list = await trustListOf(platform, [{ key, activeFrom: '2026-01-01T00:00:00.000Z', retiredAt: null }]);
  anchors = await anchorsFromTrustList(list, platform.thumbprint);
});

const bundleWith = async (signer: Key, lists: unknown, vc = credential()) => ({
  format: 'battrace-certificate-bundle/1',
  credential: await signCredential(vc, signer.privateKey, signer.kid),
  didDocument: buildDidDocument(DID, { id: ORG, kind: 'CERTIFIER', name: 'Spec Certifier' }, [
    { keyId: signer.thumbprint, publicJwk: signer.publicJwk, activeFrom: new Date('2026-01-01T00:00:00Z'), retiredAt: null },
  ]),
  statusLists: lists,
});

describe('offline verification against trust anchors', () => {
  it('VALID with the trust list; the same from the DID document as anchor', async () => {
    const b = await bundleWith(key, await statusLists(key, '2026-03-01T06:00:00.000Z'));
    expect(await verifyBundle(b, anchors, { now: NOW })).toMatchObject({
      outcome: 'VALID',
      exitCode: 0,
      certificateId: '5f2a8c1e-7b3d-4e6f-9a0b-c1d2e3f4a5b6',
    });
    const didAnchors = await anchorsFromDidDocument(b.didDocument);
    expect(await verifyBundle(b, didAnchors, { now: NOW })).toMatchObject({ outcome: 'VALID' });
  });

  it('refuses a key outside its active window, and status lists signed after the key was retired', async () => {
    const retiring = await trustListOf(platform, [{ key, activeFrom: '2026-01-01T00:00:00.000Z', retiredAt: '2026-02-01T00:00:00.000Z' }]);
    const a = await anchorsFromTrustList(retiring, null);
    const b = await bundleWith(key, await statusLists(key, '2026-03-01T06:00:00.000Z'));
    const r = await verifyBundle(b, a, { now: NOW });
    expect(r).toMatchObject({ outcome: 'INVALID', exitCode: 1 });
    expect(r.checks.find((c) => c.check === 'KEY_CURRENT_AT_ISSUANCE')).toMatchObject({ ok: false });
    expect(r.statusListProblems.join()).toMatch(/outside the active window/);
    const notYet = await trustListOf(platform, [{ key, activeFrom: '2026-04-01T00:00:00.000Z', retiredAt: null }]);
    expect((await verifyBundle(b, await anchorsFromTrustList(notYet, null), { now: NOW })).exitCode).toBe(1);
  });

  it('revoked, stale, and a list older than the credential', async () => {
    const revoked = await bundleWith(key, await statusLists(key, '2026-03-01T06:00:00.000Z', true));
    expect(await verifyBundle(revoked, anchors, { now: NOW })).toMatchObject({ outcome: 'INVALID', status: 'REVOKED' });
    const b = await bundleWith(key, await statusLists(key, '2026-03-01T06:00:00.000Z'));
    const v = new OfflineVerifier(anchors, parseDuration('12h')!);
    expect(await v.verify(b, NOW)).toMatchObject({ outcome: 'STALE', exitCode: 4, statusSnapshotAgeSeconds: 18 * 3600 });
    expect(await v.verify(b, new Date('2026-03-01T12:00:00Z'))).toMatchObject({ outcome: 'VALID' });
    // A revoked certificate with a stale snapshot is revoked, not stale.
    expect(await v.verify(revoked, NOW)).toMatchObject({ outcome: 'INVALID', status: 'REVOKED' });
    const old = await bundleWith(key, await statusLists(key, '2026-02-28T23:59:59.000Z'));
    expect(await verifyBundle(old, anchors, { now: NOW })).toMatchObject({ outcome: 'INVALID', status: 'STATUS_UNKNOWN' });
  });

  it('a self-consistent bundle of an issuer no anchor knows is UNANCHORED (3); a forged key of an anchored issuer is INVALID (1)', async () => {
    const otherDid = `did:web:elsewhere.example:certifiers:${ORG}`;
    const stranger = await newKey(otherDid);
    const vc = credential({ issuer: { id: otherDid, name: 'x' } });
    const b = await bundleWith(stranger, await statusLists(stranger, '2026-03-01T06:00:00.000Z', false, otherDid), vc);
    b.didDocument = buildDidDocument(otherDid, { id: ORG, kind: 'CERTIFIER', name: 'x' }, [
      { keyId: stranger.thumbprint, publicJwk: stranger.publicJwk, activeFrom: new Date('2026-01-01T00:00:00Z'), retiredAt: null },
    ]);
    const r = await verifyBundle(b, anchors, { now: NOW });
    expect(r).toMatchObject({ outcome: 'UNANCHORED', exitCode: 3, valid: false, status: 'UNANCHORED_KEY' });
    expect(r.claims?.credentialSubject.certificate.number).toBe('BTC-2026-000001');
    // The same bundle with its DID document emptied: nothing matches, INVALID.
    expect((await verifyBundle({ ...b, didDocument: null }, anchors, { now: NOW })).exitCode).toBe(1);

    const forger = await newKey();
    const forged = await bundleWith(forger, await statusLists(forger, '2026-03-01T06:00:00.000Z'));
    const f = await verifyBundle(forged, anchors, { now: NOW });
    expect(f).toMatchObject({ outcome: 'INVALID', exitCode: 1, status: 'UNKNOWN_KID', claims: null });
  });
});

describe('trust anchors', () => {
  it('refuses a trust list that is tampered, signed by another platform key, or with a wrong thumbprint', async () => {
    await expect(anchorsFromTrustList(list, (await newKey()).thumbprint)).rejects.toThrow(/not by the pinned key/);
    const [h, p, s] = list.jws.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as TrustListPayload;
    payload.issuers[0].keys[0].retiredAt = null;
    payload.issuedAt = '2030-01-01T00:00:00.000Z';
    const tampered = { ...list, jws: `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}` };
    await expect(anchorsFromTrustList(tampered, null)).rejects.toThrow(AnchorError);
    const other = await newKey();
    await expect(anchorsFromTrustList({ ...list, platformKey: { ...list.platformKey, publicJwk: other.publicJwk } }, null)).rejects.toThrow(
      /thumbprint/,
    );
    // A list re-signed by another platform key is accepted only unpinned (the buyer then sees its thumbprint).
    const resigned = await trustListOf(other, [{ key, activeFrom: '2026-01-01T00:00:00.000Z', retiredAt: null }]);
    await expect(anchorsFromTrustList(resigned, platform.thumbprint)).rejects.toThrow(/pinned/);
    expect((await anchorsFromTrustList(resigned, null)).descriptions[0]).toContain('NOT pinned');
    // A listed key whose thumbprint is not its JWK's.
    const liar = await trustListOf(platform, [{ key: { ...key, thumbprint: other.thumbprint }, activeFrom: ISSUED, retiredAt: null }]);
    await expect(anchorsFromTrustList(liar, null)).rejects.toThrow(/thumbprint/);
    // b64 in the trust list's header.
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const input = `${enc({ alg: 'EdDSA', kid: platform.thumbprint, typ: 'trust-list+jwt', b64: false, crit: ['b64'] })}.${p}`;
    const b64 = { ...list, jws: `${input}.${sign(null, Buffer.from(input), platform.privateKey).toString('base64url')}` };
    await expect(anchorsFromTrustList(b64, null)).rejects.toThrow(/b64/);
    await expect(anchorsFromTrustList({ format: 'x' }, null)).rejects.toThrow(AnchorError);
  });

  it('reads only a DID document’s own Ed25519 assertion keys, and refuses two anchors that disagree on a kid', async () => {
    const doc = buildDidDocument(DID, { id: ORG, kind: 'CERTIFIER', name: 'Spec' }, [
      { keyId: key.thumbprint, publicJwk: key.publicJwk, activeFrom: new Date('2026-01-01T00:00:00Z'), retiredAt: null },
    ]);
    expect([...(await anchorsFromDidDocument(doc)).issuers.get(DID)!.keys.keys()]).toEqual([key.kid]);
    await expect(
      anchorsFromDidDocument({ ...doc, verificationMethod: [{ ...doc.verificationMethod[0], controller: 'did:web:evil.example' }] }),
    ).rejects.toThrow(/controller/);
    await expect(
      anchorsFromDidDocument({
        ...doc,
        verificationMethod: [{ ...doc.verificationMethod[0], publicKeyJwk: { ...key.publicJwk, d: 'x' } }],
      }),
    ).rejects.toThrow(/Ed25519 public/);
    await expect(anchorsFromDidDocument({ ...doc, assertionMethod: [] })).rejects.toThrow(/no Ed25519 assertion key/);
    await expect(anchorsFromDidDocument({ ...doc, id: 'did:key:z6Mk' })).rejects.toThrow(/did:web/);

    const impostor = await newKey();
    const clash = buildDidDocument(DID, { id: ORG, kind: 'CERTIFIER', name: 'Spec' }, [
      { keyId: key.thumbprint, publicJwk: impostor.publicJwk, activeFrom: new Date('2026-01-01T00:00:00Z'), retiredAt: null },
    ]);
    await expect(
      anchorsFromDidDocument(clash).then(async (a) => mergeAnchors([anchors, a, await anchorsFromDidDocument(doc)])),
    ).rejects.toThrow(/different keys/);
    const retired = buildDidDocument(DID, { id: ORG, kind: 'CERTIFIER', name: 'Spec' }, [
      {
        keyId: key.thumbprint,
        publicJwk: key.publicJwk,
        activeFrom: new Date('2026-01-01T00:00:00Z'),
        retiredAt: new Date('2026-02-01T00:00:00Z'),
      },
    ]);
    const merged = mergeAnchors([anchors, await anchorsFromDidDocument(retired)]);
    expect(merged.issuers.get(DID)!.keys.get(key.kid)!.retiredAt).toEqual(new Date('2026-02-01T00:00:00Z'));
  });

  it('parses durations', () => {
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('45s')).toBe(45_000);
    expect(parseDuration('1ms')).toBe(1);
    for (const bad of ['0d', '-1d', '7', 'd', '7 days', '1.5h', '']) expect(parseDuration(bad)).toBeNull();
  });
});
