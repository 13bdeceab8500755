import { createVerifier, TokenError } from 'fast-jwt';
import { CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { digestOf } from '../common/canonical-json';
import type { SignatureFacts } from './certificate-checks';
import { credentialShapeProblem } from './credential-shape';
import { parseCertifierKid } from './did-web';

/**
 * The certificate as a W3C Verifiable Credential 2.0 secured with JOSE (docs/methods/certificates.md): the JWS
 * payload is the credential itself (VC-JOSE-COSE, `typ: vc+jwt`, `cty: vc`), signed EdDSA over
 * Ed25519 with the certifier's current key, named by `kid` = `<did:web of the certifier>#<keyId>`.
 * This file holds the credential's types, signing and verification; carbon-credential.ts builds it.
 */
export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const CREDENTIAL_TYPE = 'CarbonFootprintCertificate';
export const JWS_TYP = 'vc+jwt';

export interface StatusEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation' | 'suspension';
  statusListIndex: string;
  statusListCredential: string;
}

/** The certified footprint figures: what its SHA-256 (footprint.sha256) covers. */
export interface CertifiedFootprint {
  id: string;
  batchId: string;
  version: number;
  rulesetId: string;
  stagesKgCo2e: Record<string, number>;
  kgCo2eAbsolute: number;
  kgCo2ePerKWhCapacity: number;
  kgCo2ePerKWhLifetime: number;
  lifetimeEnergyKWh: number;
  inputsSha256: string;
}

/** SHA-256 of the canonical JSON of the certified footprint figures (recomputed when verifying online). */
export const footprintSha256 = (f: CertifiedFootprint): string => digestOf(f);

export interface CertificateCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: { id: string; name: string };
  validFrom: string;
  validUntil: string;
  credentialSubject: {
    id: string;
    certificate: {
      id: string;
      number: string;
      issuedAt: string;
      [k: string]: unknown;
    };
    footprint: CertifiedFootprint & { sha256: string; functionalUnit: unknown };
    [k: string]: unknown;
  };
  credentialStatus: StatusEntry[];
}

/** Signs a credential (a certificate or a status list) as a compact JWS with the certifier's key. */
export async function signCredential(vc: object, privateKey: KeyObject, kid: string): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(vc)))
    .setProtectedHeader({ alg: 'EdDSA', kid, typ: JWS_TYP, cty: 'vc' })
    .sign(privateKey);
}

/** A signing key as a verifier knows it (from battrace's table or from a DID document). */
export interface KnownKey {
  kid: string;
  did: string;
  organizationId: string;
  publicJwk: JWK;
  activeFrom: Date;
  retiredAt: Date | null;
  issuerIsCertifier: boolean;
}

export interface JwsInspection {
  facts: SignatureFacts;
  kid: string | null;
  /** The credential, only when the signature is valid. */
  credential: CertificateCredential | null;
}

/** The signature facts of a credential nothing could be verified of (with its `malformed` reason). */
export const NOTHING: Omit<SignatureFacts, 'malformed'> = {
  keyKnown: false,
  signatureValid: false,
  issuerIsCertifier: false,
  key: null,
  issuedAt: null,
  validFrom: null,
  validUntil: null,
};

const date = (v: unknown): Date | null => {
  if (typeof v !== 'string') return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
};

const BASE64URL_DOTS = /^[A-Za-z0-9_.-]+$/;

const MEMO_TTL_MS = 10 * 60_000;

/** A synchronous EdDSA verifier for one public key: the JOSE header and the JSON payload of a valid JWS. */
type JwsVerifier = (token: string) => { header: Record<string, unknown>; payload: unknown };

/**
 * One verifier per kid and public key, built once from the JWK.
 *
 * Verification is fast-jwt's (a maintained JOSE library, nearform): it checks the signature
 * synchronously with node:crypto's Ed25519 (OpenSSL), refuses a `crit` extension it does not
 * understand (RFC 7515 §4.1.11) and a `typ` other than vc+jwt. jose's verifier gives the same
 * answers (test: credential.spec.ts) but goes through async WebCrypto, a thread-pool round trip
 * per credential that halved the one-at-a-time rate (issue 5 bench).
 */
export class VerifierCache {
  private readonly verifiers = new Map<string, JwsVerifier>();
  private readonly max: number;
  private readonly memoEntries: number;

  /**
   * `memoEntries` > 0 keeps that many verified JWS per key (fast-jwt's LRU cache, keyed by a
   * SHA-512 digest of the exact token, for `MEMO_TTL_MS`; an entry holds the parsed credential,
   * a few kB). The same bytes under the same key always verify the same way, so a token seen
   * again skips the Ed25519 check. A failed verification is not kept.
   */
  constructor(options: { maxKeys?: number; memoEntries?: number } = {}) {
    this.max = options.maxKeys ?? 10_000;
    this.memoEntries = options.memoEntries ?? 0;
  }

  /** Throws when the JWK is not an Ed25519 public key. */
  get(kid: string, jwk: JWK): JwsVerifier {
    // Keyed by the key itself too: a kid from an untrusted DID document may name another key.
    const id = `${kid}\n${String(jwk?.x)}`;
    let v = this.verifiers.get(id);
    if (!v) {
      if (jwk?.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string' || 'd' in jwk) {
        throw new Error('not an Ed25519 public JWK');
      }
      const pem = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' })
        .export({ type: 'spki', format: 'pem' })
        .toString();
      v = createVerifier({
        key: pem,
        algorithms: ['EdDSA'],
        complete: true,
        checkTyp: JWS_TYP,
        // VC 2.0 states validity in validFrom/validUntil, checked by evaluateCredential.
        ignoreExpiration: true,
        ignoreNotBefore: true,
        cache: this.memoEntries > 0 ? this.memoEntries : false,
        cacheTTL: MEMO_TTL_MS,
      }) as JwsVerifier;
      if (this.verifiers.size >= this.max) this.verifiers.clear();
      this.verifiers.set(id, v);
    }
    return v;
  }
}

/** The kid of a compact JWS whose header asks for EdDSA with a certifier kid, or why not. */
export function credentialKid(jws: unknown): { kid: string; token: string } | { malformed: string } {
  const token = typeof jws === 'string' ? jws.trim() : '';
  const firstDot = token.indexOf('.');
  const lastDot = token.lastIndexOf('.');
  if (
    token.length === 0 ||
    token.length > 200_000 ||
    firstDot <= 0 ||
    lastDot === firstDot ||
    token.indexOf('.', firstDot + 1) !== lastDot ||
    !BASE64URL_DOTS.test(token)
  ) {
    return { malformed: 'not a compact JWS (three base64url parts separated by dots)' };
  }
  const header = jwsHeader(token.slice(0, firstDot));
  if (header === null) return { malformed: 'the JWS header is not valid base64url JSON' };
  const refused = refusedHeader(header);
  if (refused) return { malformed: refused };
  if (typeof header.kid !== 'string' || !parseCertifierKid(header.kid))
    return { malformed: 'kid must be did:web:<host>:certifiers:<orgId>#<keyId>' };
  return { kid: header.kid, token };
}

type JwsHeader = Record<string, unknown>;

/** The decoded protected header of a compact JWS, or null when it is not base64url JSON of an object. */
export function jwsHeader(encoded: string): JwsHeader | null {
  try {
    const h: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    return typeof h === 'object' && h !== null && !Array.isArray(h) ? (h as JwsHeader) : null;
  } catch {
    return null;
  }
}

/**
 * The JOSE pitfalls a verifier refuses before it looks at any key: an algorithm other than
 * EdDSA (`none`, or an HMAC "signed" with the public key: RFC 8725 §2.1, §3.1), any `crit`
 * (RFC 7515 §4.1.11: battrace understands no extension, so none may be critical) and any `b64`
 * (RFC 7797 unencoded payload: with or without `crit`, the bytes signed would not be the bytes
 * read). battrace never writes either; null when the header is acceptable.
 */
export function refusedHeader(header: JwsHeader): string | null {
  if (header.alg !== 'EdDSA') return `alg must be EdDSA, got ${JSON.stringify(header.alg)}`;
  if ('b64' in header) return 'the JWS header has b64 (RFC 7797 unencoded payload), which battrace never uses';
  if ('crit' in header) return 'the JWS names a critical extension that is not understood';
  return null;
}

const ED25519_SIGNATURE_CHARS = 86; // 64 bytes in unpadded base64url

/**
 * Verifies a compact JWS with a known key: the payload (parsed), or why not. A signature must
 * be in canonical base64url (its last character carries 4 unused bits, so four spellings would
 * otherwise decode to the same signature). fast-jwt parses the payload before it checks the
 * signature, so when it refuses the payload as malformed jose settles whether the signature
 * holds: a changed payload byte is a SIGNATURE failure, a signed non-JSON payload is malformed.
 */
export async function verifyJwsWith(
  token: string,
  kid: string,
  jwk: JWK,
  cache: VerifierCache,
): Promise<{ payload: unknown } | { signatureInvalid: true } | { malformed: string }> {
  const signature = token.slice(token.lastIndexOf('.') + 1);
  if (signature.length !== ED25519_SIGNATURE_CHARS || Buffer.from(signature, 'base64url').toString('base64url') !== signature) {
    return { signatureInvalid: true };
  }
  let verifier: JwsVerifier;
  try {
    verifier = cache.get(kid, jwk);
  } catch {
    return { signatureInvalid: true };
  }
  try {
    return { payload: verifier(token).payload };
  } catch (e) {
    const code = e instanceof TokenError ? e.code : null;
    if (code === TokenError.codes.invalidSignature || code === TokenError.codes.verifyError) return { signatureInvalid: true };
    if (code === TokenError.codes.malformed || code === TokenError.codes.invalidPayload) {
      const signed = await compactVerify(token, await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA'), { algorithms: ['EdDSA'] }).then(
        () => true,
        () => false,
      );
      return signed ? { malformed: 'the signed payload is not a JSON object' } : { signatureInvalid: true };
    }
    if (code === TokenError.codes.invalidType) return { malformed: `the JWS typ must be ${JWS_TYP}` };
    if (code === TokenError.codes.invalidCritHeader) return { malformed: 'the JWS names a critical extension that is not understood' };
    return { malformed: e instanceof Error ? e.message : 'the JWS could not be verified' };
  }
}

/**
 * Checks a compact JWS credential up to its signature: never throws, whatever the input (a
 * tampered or malformed credential is an answer, not an error).
 */
export async function inspectCredentialJws(
  jws: string,
  resolveKey: (kid: string) => Promise<KnownKey | null> | KnownKey | null,
  cache: VerifierCache,
): Promise<JwsInspection> {
  const malformed = (m: string): JwsInspection => ({ facts: { malformed: m, ...NOTHING }, kid: null, credential: null });
  const head = credentialKid(jws);
  if ('malformed' in head) return malformed(head.malformed);
  const { kid, token } = head;
  const resolved = resolveKey(kid);
  const key = resolved instanceof Promise ? await resolved : resolved;
  if (!key) return { facts: { malformed: null, ...NOTHING }, kid, credential: null };
  const verified = await verifyJwsWith(token, kid, key.publicJwk, cache);
  if ('signatureInvalid' in verified) return { facts: { malformed: null, ...NOTHING, keyKnown: true }, kid, credential: null };
  if ('malformed' in verified) return malformed(verified.malformed);
  const shape = credentialShapeProblem(verified.payload);
  if (shape) return malformed(`the payload is not a ${CREDENTIAL_TYPE} Verifiable Credential 2.0: ${shape}`);
  const vc = verified.payload as CertificateCredential;
  return {
    kid,
    credential: vc,
    facts: {
      malformed: null,
      keyKnown: true,
      signatureValid: true,
      issuerIsCertifier: key.issuerIsCertifier && vc.issuer?.id === key.did,
      key: { activeFrom: key.activeFrom, retiredAt: key.retiredAt },
      issuedAt: date(vc.credentialSubject.certificate.issuedAt),
      validFrom: date(vc.validFrom),
      validUntil: date(vc.validUntil),
    },
  };
}
