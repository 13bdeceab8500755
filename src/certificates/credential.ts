import { CompactSign, compactVerify, decodeProtectedHeader, importJWK, type CryptoKey, type JWK } from 'jose';
import type { KeyObject } from 'node:crypto';
import { digestOf } from '../common/canonical-json';
import type { CredentialFacts } from './certificate-checks';
import { parseCertifierKid } from './did-web';

/**
 * The certificate as a W3C Verifiable Credential 2.0 secured with JOSE (DOMAIN.md §4): the JWS
 * payload is the credential itself (VC-JOSE-COSE, `typ: vc+jwt`, `cty: vc`), signed EdDSA over
 * Ed25519 with the certifier's current key, named by `kid` = `<did:web of the certifier>#<keyId>`.
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

/** Facts from the JWS alone (format, key, signature, issuer, dates); status facts are the caller's. */
export type SignatureFacts = Pick<
  CredentialFacts,
  'malformed' | 'keyKnown' | 'signatureValid' | 'issuerIsCertifier' | 'key' | 'issuedAt' | 'validFrom' | 'validUntil'
>;

export interface JwsInspection {
  facts: SignatureFacts;
  kid: string | null;
  /** The credential, only when the signature is valid. */
  credential: CertificateCredential | null;
}

const NOTHING: Omit<SignatureFacts, 'malformed'> = {
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

/** Public keys imported once per kid (a kid names one immutable public key). */
export class PublicKeyCache {
  private readonly keys = new Map<string, Promise<CryptoKey | Uint8Array>>();
  constructor(private readonly max = 10_000) {}
  get(kid: string, jwk: JWK): Promise<CryptoKey | Uint8Array> {
    let k = this.keys.get(kid);
    if (!k) {
      if (this.keys.size >= this.max) this.keys.clear();
      k = importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA');
      this.keys.set(kid, k);
    }
    return k;
  }
}

/**
 * Checks a compact JWS credential up to its signature: never throws, whatever the input (a
 * tampered or malformed credential is an answer, not an error).
 */
export async function inspectCredentialJws(
  jws: string,
  resolveKey: (kid: string) => Promise<KnownKey | null> | KnownKey | null,
  cache: PublicKeyCache,
): Promise<JwsInspection> {
  const malformed = (m: string): JwsInspection => ({ facts: { malformed: m, ...NOTHING }, kid: null, credential: null });
  const token = typeof jws === 'string' ? jws.trim() : '';
  if (token.length === 0 || token.length > 200_000 || token.split('.').length !== 3 || !BASE64URL_DOTS.test(token)) {
    return malformed('not a compact JWS (three base64url parts separated by dots)');
  }
  let header: { alg?: unknown; kid?: unknown };
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return malformed('the JWS header is not valid base64url JSON');
  }
  if (header.alg !== 'EdDSA') return malformed(`alg must be EdDSA, got ${JSON.stringify(header.alg)}`);
  if (typeof header.kid !== 'string' || !parseCertifierKid(header.kid))
    return malformed('kid must be did:web:<host>:certifiers:<orgId>#<keyId>');
  const kid = header.kid;
  const key = await resolveKey(kid);
  if (!key) return { facts: { malformed: null, ...NOTHING }, kid, credential: null };
  let payload: Uint8Array;
  try {
    payload = (await compactVerify(token, await cache.get(kid, key.publicJwk), { algorithms: ['EdDSA'] })).payload;
  } catch {
    return { facts: { malformed: null, ...NOTHING, keyKnown: true }, kid, credential: null };
  }
  let vc: CertificateCredential;
  try {
    vc = JSON.parse(new TextDecoder().decode(payload)) as CertificateCredential;
  } catch {
    return malformed('the signed payload is not JSON');
  }
  if (
    !vc ||
    !Array.isArray(vc['@context']) ||
    vc['@context'][0] !== VC_CONTEXT ||
    !Array.isArray(vc.type) ||
    !vc.type.includes(CREDENTIAL_TYPE) ||
    typeof vc.credentialSubject?.certificate?.id !== 'string'
  ) {
    return malformed(`the payload is not a ${CREDENTIAL_TYPE} Verifiable Credential 2.0`);
  }
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
