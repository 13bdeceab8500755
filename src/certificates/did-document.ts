import type { JWK } from 'jose';
import { keyIdUrl } from './did-web';
import type { KnownKey } from './credential';

/**
 * A certifier's DID document (did:web, served at /certifiers/:orgId/did.json): every signing key
 * it ever had, as JsonWebKey2020 verification methods. A rotated key stays published, marked
 * `keyStatus: "retired"` with the time it stopped being current (docs/methods/certificates.md), so that
 * certificates signed while it was current still verify and anything it signs later does not.
 */
export interface DidVerificationMethod {
  id: string;
  type: 'JsonWebKey2020';
  controller: string;
  publicKeyJwk: JWK;
  keyStatus: 'current' | 'retired';
  activeFrom: string;
  retiredAt?: string;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  alsoKnownAs?: string[];
  verificationMethod: DidVerificationMethod[];
  assertionMethod: string[];
  /** battrace's statement that this DID belongs to a certifier organization it knows. */
  battraceOrganization: { id: string; kind: string; name: string };
}

export interface KeyRecord {
  keyId: string;
  publicJwk: JWK;
  activeFrom: Date;
  retiredAt: Date | null;
}

export function buildDidDocument(did: string, org: { id: string; kind: string; name: string }, keys: KeyRecord[]): DidDocument {
  const vms = keys.map((k): DidVerificationMethod => ({
    id: keyIdUrl(did, k.keyId),
    type: 'JsonWebKey2020',
    controller: did,
    publicKeyJwk: { kty: k.publicJwk.kty, crv: k.publicJwk.crv, x: k.publicJwk.x, kid: k.keyId, alg: 'EdDSA', use: 'sig' },
    keyStatus: k.retiredAt ? 'retired' : 'current',
    activeFrom: k.activeFrom.toISOString(),
    ...(k.retiredAt ? { retiredAt: k.retiredAt.toISOString() } : {}),
  }));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: vms,
    assertionMethod: vms.map((v) => v.id),
    battraceOrganization: org,
  };
}

/** The keys of a DID document as a verifier uses them (offline: the document is all it has). */
export function keysOfDidDocument(doc: DidDocument): KnownKey[] {
  const isCertifier = doc.battraceOrganization?.kind === 'CERTIFIER';
  return (doc.verificationMethod ?? []).map((vm) => ({
    kid: vm.id,
    did: doc.id,
    organizationId: doc.battraceOrganization?.id,
    publicJwk: vm.publicKeyJwk,
    activeFrom: new Date(vm.activeFrom),
    retiredAt: vm.retiredAt ? new Date(vm.retiredAt) : null,
    issuerIsCertifier: isCertifier && vm.controller === doc.id,
  }));
}
