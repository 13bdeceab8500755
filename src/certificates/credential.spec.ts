import fc from 'fast-check';
import { compactVerify, exportJWK, importJWK, type JWK } from 'jose';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import {
  CREDENTIAL_TYPE,
  inspectCredentialJws,
  JwsInspection,
  JWS_TYP,
  KnownKey,
  signCredential,
  VC_CONTEXT,
  VerifierCache,
} from './credential';

/**
 * The verifier of certificate credentials (fast-jwt, synchronous node:crypto) against jose's
 * compactVerify, the reference a buyer outside battrace would use: the same answer for a valid
 * credential and for every one-character change of its payload or signature.
 */
const DID = 'did:web:battrace.example:certifiers:0b0e5c1e-2f3a-4b5c-8d9e-0123456789ab';
const KID = `${DID}#key-1`;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
let key: KnownKey;
let credential: string;

const vc = {
  '@context': [VC_CONTEXT],
  id: 'urn:uuid:spec',
  type: ['VerifiableCredential', CREDENTIAL_TYPE],
  issuer: { id: DID, name: 'Spec Certifier' },
  validFrom: '2026-02-01T00:00:00.000Z',
  validUntil: '2027-02-01T00:00:00.000Z',
  credentialSubject: {
    id: 'urn:uuid:batch',
    certificate: { id: '5f2a8c1e-7b3d-4e6f-9a0b-c1d2e3f4a5b6', number: 'BTC-1', issuedAt: '2026-02-01T00:00:00.000Z' },
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
  credentialStatus: [],
};

beforeAll(async () => {
  const jwk = await exportJWK(publicKey);
  key = {
    kid: KID,
    did: DID,
    organizationId: '0b0e5c1e-2f3a-4b5c-8d9e-0123456789ab',
    publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x },
    activeFrom: new Date('2026-01-01T00:00:00Z'),
    retiredAt: null,
    issuerIsCertifier: true,
  };
  credential = await signCredential(vc, privateKey, KID);
});

const inspect = (jws: string, k: KnownKey = key): Promise<JwsInspection> =>
  inspectCredentialJws(jws, (kid) => (kid === k.kid ? k : null), new VerifierCache());
const joseAccepts = async (jws: string, jwk: JWK = key.publicJwk): Promise<boolean> =>
  compactVerify(jws, await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA'), { algorithms: ['EdDSA'] }).then(
    () => true,
    () => false,
  );
/** Any header, any payload, signed with node:crypto (jose would refuse to sign some of these). */
const signRaw = (header: object, payload: Uint8Array): string => {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  return `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
};

describe('inspectCredentialJws', () => {
  it('accepts a credential signed by the key its kid names, as jose does, with the same payload', async () => {
    const r = await inspect(credential);
    expect(r.facts).toMatchObject({ malformed: null, keyKnown: true, signatureValid: true, issuerIsCertifier: true });
    expect(r.credential).toEqual(vc);
    const { payload } = await compactVerify(credential, await importJWK({ ...key.publicJwk, alg: 'EdDSA' }, 'EdDSA'));
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(r.credential);
  });

  it('answers SIGNATURE (not malformed, never a throw) for any one-character change of payload or signature, and jose refuses it too', async () => {
    const [h, p, s] = credential.split('.');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('payload' as const, 'signature' as const),
        fc.nat(),
        fc.constantFrom(...B64URL),
        async (part, at, ch) => {
          const seg = part === 'payload' ? p : s;
          const i = at % seg.length;
          fc.pre(seg[i] !== ch);
          const changed = seg.slice(0, i) + ch + seg.slice(i + 1);
          const jws = part === 'payload' ? `${h}.${changed}.${s}` : `${h}.${p}.${changed}`;
          const r = await inspect(jws);
          expect(r.facts).toMatchObject({ malformed: null, keyKnown: true, signatureValid: false });
          expect(r.credential).toBeNull();
          // jose decodes the signature leniently: a change confined to the 4 unused bits of its last
          // character still verifies there; battrace refuses any spelling but the canonical one.
          if (!(part === 'signature' && i === s.length - 1)) expect(await joseAccepts(jws)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with a memo, a credential seen again verifies the same, and a memo never vouches for other bytes or another key', async () => {
    const memo = new VerifierCache({ memoEntries: 10 });
    const viaMemo = (jws: string, k: KnownKey = key) => inspectCredentialJws(jws, (kid) => (kid === k.kid ? k : null), memo);
    expect((await viaMemo(credential)).facts.signatureValid).toBe(true);
    expect((await viaMemo(credential)).credential).toEqual(vc);
    const [h, p, s] = credential.split('.');
    const flipped = `${h}.${p.slice(0, 30)}${p[30] === 'A' ? 'B' : 'A'}${p.slice(31)}.${s}`;
    expect((await viaMemo(flipped)).facts).toMatchObject({ keyKnown: true, signatureValid: false });
    const other = await exportJWK(generateKeyPairSync('ed25519').publicKey);
    const impostor = { ...key, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: other.x } };
    expect((await viaMemo(credential, impostor)).facts).toMatchObject({ keyKnown: true, signatureValid: false });
    expect((await viaMemo(credential)).facts.signatureValid).toBe(true);
  });

  it('refuses a non-canonical spelling of the same signature bytes', async () => {
    const [h, p, s] = credential.split('.');
    const last = s[s.length - 1];
    const respelled = s.slice(0, -1) + B64URL[B64URL.indexOf(last) ^ 1];
    expect(Buffer.from(respelled, 'base64url').equals(Buffer.from(s, 'base64url'))).toBe(true);
    expect((await inspect(`${h}.${p}.${respelled}`)).facts).toMatchObject({ malformed: null, keyKnown: true, signatureValid: false });
  });

  it('refuses another key, and a kid whose published key is not Ed25519, as SIGNATURE', async () => {
    const other = await exportJWK(generateKeyPairSync('ed25519').publicKey);
    expect((await inspect(credential, { ...key, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: other.x } })).facts).toMatchObject({
      keyKnown: true,
      signatureValid: false,
    });
    const ec = await exportJWK(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey);
    expect((await inspect(credential, { ...key, publicJwk: ec })).facts).toMatchObject({ keyKnown: true, signatureValid: false });
  });

  it('refuses, as malformed, a validly signed JWS with an unknown critical extension, another typ, or a payload that is not JSON', async () => {
    const payload = new TextEncoder().encode(JSON.stringify(vc));
    const crit = signRaw({ alg: 'EdDSA', kid: KID, typ: JWS_TYP, crit: ['exp-battrace'], 'exp-battrace': 1 }, payload);
    expect((await inspect(crit)).facts.malformed).toMatch(/critical extension/);
    expect(await joseAccepts(crit)).toBe(false);

    const typ = signRaw({ alg: 'EdDSA', kid: KID, typ: 'JWT' }, payload);
    expect((await inspect(typ)).facts.malformed).toBe(`the JWS typ must be ${JWS_TYP}`);

    const notJson = signRaw({ alg: 'EdDSA', kid: KID, typ: JWS_TYP }, new TextEncoder().encode('not json'));
    expect(await joseAccepts(notJson)).toBe(true);
    expect((await inspect(notJson)).facts.malformed).toBe('the signed payload is not a JSON object');

    const notVc = signRaw({ alg: 'EdDSA', kid: KID, typ: JWS_TYP }, new TextEncoder().encode('{"a":1}'));
    expect((await inspect(notVc)).facts.malformed).toMatch(/not a CarbonFootprintCertificate/);
  });

  it('refuses, before any key, b64 with or without crit, any crit, alg none and an HMAC keyed with the public key', async () => {
    const payload = new TextEncoder().encode(JSON.stringify(vc));
    const b64 = signRaw({ alg: 'EdDSA', kid: KID, typ: JWS_TYP, b64: false }, payload);
    const b64Crit = signRaw({ alg: 'EdDSA', kid: KID, typ: JWS_TYP, b64: false, crit: ['b64'] }, payload);
    const b64True = signRaw({ alg: 'EdDSA', kid: KID, typ: JWS_TYP, b64: true }, payload);
    const critB64True = signRaw({ alg: 'EdDSA', kid: KID, typ: JWS_TYP, b64: true, crit: ['b64'] }, payload);
    for (const jws of [b64, b64Crit, b64True, critB64True]) {
      expect((await inspect(jws)).facts).toMatchObject({ malformed: expect.stringMatching(/b64/), signatureValid: false });
    }
    // An unencoded payload (RFC 7797) signed over the raw JSON, as a b64-aware verifier would read it.
    const h = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: KID, typ: JWS_TYP, b64: false, crit: ['b64'] })).toString('base64url');
    const detached = `${h}..${sign(null, Buffer.concat([Buffer.from(`${h}.`), Buffer.from(payload)]), privateKey).toString('base64url')}`;
    expect((await inspect(detached)).facts.malformed).toEqual(expect.any(String));

    const [, p, s] = credential.split('.');
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const none = `${enc({ alg: 'none', kid: KID, typ: JWS_TYP })}.${p}.`;
    expect((await inspect(none)).facts.malformed).toMatch(/alg must be EdDSA/);
    const noneWithSig = `${enc({ alg: 'none', kid: KID, typ: JWS_TYP })}.${p}.${s}`;
    expect((await inspect(noneWithSig)).facts.malformed).toMatch(/alg must be EdDSA/);
    // Algorithm confusion: HS256 keyed with the public key's bytes (as a naive verifier would).
    for (const secret of [String(key.publicJwk.x), Buffer.from(String(key.publicJwk.x), 'base64url'), JSON.stringify(key.publicJwk)]) {
      const input = `${enc({ alg: 'HS256', kid: KID, typ: JWS_TYP })}.${p}`;
      const hmac = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
      expect((await inspect(hmac)).facts.malformed).toMatch(/alg must be EdDSA/);
    }
    const critOnly = signRaw({ alg: 'EdDSA', kid: KID, typ: JWS_TYP, crit: ['exp'], exp: 1 }, payload);
    expect((await inspect(critOnly)).facts.malformed).toMatch(/critical extension/);
  });

  it('refuses a truncated or padded signature as SIGNATURE', async () => {
    const [h, p, s] = credential.split('.');
    for (const sig of [s.slice(0, -1), s.slice(0, 43), s.slice(0, -2), `${s}A`, `${s}==`, '']) {
      const r = await inspect(`${h}.${p}.${sig}`);
      expect(r.facts.signatureValid).toBe(false);
      expect(r.credential).toBeNull();
    }
  });

  it('reads the header before any key: wrong alg, bad kid, unknown kid, garbage', async () => {
    const [, p, s] = credential.split('.');
    const header = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect((await inspect(`${header({ alg: 'ES256', kid: KID })}.${p}.${s}`)).facts.malformed).toMatch(/alg must be EdDSA/);
    expect((await inspect(`${header({ alg: 'EdDSA', kid: 'k1' })}.${p}.${s}`)).facts.malformed).toMatch(/kid must be/);
    expect((await inspect(`${header({ alg: 'EdDSA', kid: `${DID}#other` })}.${p}.${s}`)).facts).toMatchObject({
      malformed: null,
      keyKnown: false,
    });
    for (const garbage of ['', 'a.b', 'a.b.c.d', `${credential}!`, '.x.y', 'bm90IGpzb24.e30.AA']) {
      expect((await inspect(garbage)).facts.malformed).toEqual(expect.any(String));
    }
  });
});
