import { calculateJwkThumbprint, CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import type { KeyObject } from 'node:crypto';
import { jwsHeader, refusedHeader } from './credential';
import { parseCertifierKid } from './did-web';

/**
 * Trust anchors (issue 11): what an offline verifier holds independently of the bundle it
 * verifies. Either battrace's signed trust list of the certifiers it hosts (GET
 * /trust/issuers.json, checked against the platform key's RFC 7638 thumbprint when the buyer
 * pinned one), or a certifier's DID document the buyer fetched from the issuer's did:web URL.
 * A bundle's own DID document is never one. Keys are compared by their RFC 7638 thumbprint,
 * recomputed here from the JWK (a listed thumbprint is never taken on trust).
 */
export interface AnchoredKey {
  kid: string;
  thumbprint: string;
  publicJwk: JWK;
  activeFrom: Date;
  retiredAt: Date | null;
}

export interface AnchoredIssuer {
  did: string;
  name: string | null;
  /** By kid (`<did>#<keyId>`). */
  keys: Map<string, AnchoredKey>;
  /** Where the buyer got it, in words. */
  source: string;
}

export interface TrustAnchors {
  issuers: Map<string, AnchoredIssuer>;
  /** One line per anchor given, for the CLI's output. */
  descriptions: string[];
}

/** An anchor file that cannot be used: the CLI stops with a usage error (exit 2). */
export class AnchorError extends Error {}

export const TRUST_LIST_FORMAT = 'battrace-trust-list/1';
export const TRUST_LIST_TYP = 'trust-list+jwt';
export const TRUST_LIST_TYPE = 'BattraceTrustList';

/** The signed payload of GET /trust/issuers.json. */
export interface TrustListPayload {
  type: typeof TRUST_LIST_TYPE;
  /** The battrace that publishes it (PUBLIC_BASE_URL). */
  publisher: string;
  issuedAt: string;
  /** RFC 7638 thumbprint of the platform key that signs it. */
  platformKey: string;
  issuers: {
    did: string;
    organizationId: string;
    name: string;
    keys: { kid: string; thumbprint: string; publicJwk: JWK; activeFrom: string; retiredAt: string | null }[];
  }[];
}

/** GET /trust/issuers.json: the platform's public key beside the signed list (a compact JWS). */
export interface TrustListDocument {
  format: typeof TRUST_LIST_FORMAT;
  platformKey: { thumbprint: string; publicJwk: JWK };
  /** The list, signed EdDSA by the platform key (kid = its thumbprint, typ trust-list+jwt); the only part a verifier reads. */
  jws: string;
}

export async function signTrustList(payload: TrustListPayload, key: { thumbprint: string; privateKey: KeyObject }): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.thumbprint, typ: TRUST_LIST_TYP })
    .sign(key.privateKey);
}

const THUMBPRINT = /^[A-Za-z0-9_-]{43}$/;

export const isThumbprint = (s: string): boolean => THUMBPRINT.test(s);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An Ed25519 public JWK reduced to its RFC 7638 members, or null. */
function ed25519Public(jwk: unknown): JWK | null {
  if (!isObject(jwk) || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string' || 'd' in jwk) return null;
  if (Buffer.from(jwk.x, 'base64url').length !== 32 || Buffer.from(jwk.x, 'base64url').toString('base64url') !== jwk.x) return null;
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
}

function instant(v: unknown, what: string): Date {
  const d = typeof v === 'string' ? new Date(v) : null;
  if (!d || Number.isNaN(d.getTime())) throw new AnchorError(`${what}: not a date-time`);
  return d;
}

/**
 * Reads a downloaded trust list: its signature by the platform key it names (and, when the buyer
 * pinned one, that key must be the pinned thumbprint), then every issuer and key in it. Throws
 * AnchorError, naming what is wrong, rather than using a list in part.
 */
export async function anchorsFromTrustList(doc: unknown, pinnedThumbprint: string | null): Promise<TrustAnchors> {
  if (!isObject(doc) || doc.format !== TRUST_LIST_FORMAT)
    throw new AnchorError(`not a battrace trust list (format ${TRUST_LIST_FORMAT}, from GET /trust/issuers.json)`);
  const pk = isObject(doc.platformKey) ? doc.platformKey : {};
  const platformJwk = ed25519Public(pk.publicJwk);
  if (!platformJwk) throw new AnchorError('platformKey.publicJwk: not an Ed25519 public key');
  const thumbprint = await calculateJwkThumbprint(platformJwk, 'sha256');
  if (pk.thumbprint !== thumbprint) throw new AnchorError('platformKey.thumbprint is not the RFC 7638 thumbprint of platformKey.publicJwk');
  if (pinnedThumbprint !== null && thumbprint !== pinnedThumbprint) {
    throw new AnchorError(`the trust list is signed by platform key ${thumbprint}, not by the pinned key ${pinnedThumbprint}`);
  }
  const jws = typeof doc.jws === 'string' ? doc.jws : '';
  const header = jwsHeader(jws.split('.')[0] ?? '');
  if (!header) throw new AnchorError('jws: not a compact JWS');
  const refused = refusedHeader(header);
  if (refused) throw new AnchorError(`jws: ${refused}`);
  if (header.typ !== TRUST_LIST_TYP || header.kid !== thumbprint)
    throw new AnchorError(`jws: expected typ ${TRUST_LIST_TYP} and kid ${thumbprint}`);
  let payload: unknown;
  try {
    const verified = await compactVerify(jws, await importJWK({ ...platformJwk, alg: 'EdDSA' }, 'EdDSA'), { algorithms: ['EdDSA'] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload));
  } catch {
    throw new AnchorError('jws: the signature of the trust list does not verify with its platform key');
  }
  if (!isObject(payload) || payload.type !== TRUST_LIST_TYPE || payload.platformKey !== thumbprint || !Array.isArray(payload.issuers)) {
    throw new AnchorError('jws: the signed payload is not a battrace trust list of this platform key');
  }
  const issuedAt = instant(payload.issuedAt, 'issuedAt');
  const source = `trust list of ${String(payload.publisher)} issued ${issuedAt.toISOString()}, platform key ${thumbprint}${
    pinnedThumbprint ? ' (pinned)' : ' (NOT pinned: compare it with the thumbprint on the verify page, or pass --platform-key)'
  }`;
  const issuers = new Map<string, AnchoredIssuer>();
  for (const [i, raw] of (payload.issuers as unknown[]).entries()) {
    const where = `issuers[${i}]`;
    if (!isObject(raw) || typeof raw.did !== 'string' || !Array.isArray(raw.keys)) throw new AnchorError(`${where}: expected did and keys`);
    const did = raw.did;
    const keys = new Map<string, AnchoredKey>();
    for (const [j, k] of (raw.keys as unknown[]).entries()) {
      const at = `${where}.keys[${j}]`;
      if (!isObject(k)) throw new AnchorError(`${at}: not an object`);
      const key = await anchoredKey(did, k.kid, k.publicJwk, at);
      if (k.thumbprint !== key.thumbprint) throw new AnchorError(`${at}.thumbprint: not the RFC 7638 thumbprint of its publicJwk`);
      key.activeFrom = instant(k.activeFrom, `${at}.activeFrom`);
      key.retiredAt = k.retiredAt === null || k.retiredAt === undefined ? null : instant(k.retiredAt, `${at}.retiredAt`);
      keys.set(key.kid, key);
    }
    issuers.set(did, { did, name: typeof raw.name === 'string' ? raw.name : null, keys, source });
  }
  return { issuers, descriptions: [source] };
}

/**
 * Reads a DID document the buyer fetched from the issuer (did:web, e.g.
 * https://<host>/certifiers/<orgId>/did.json): its assertion keys, each an Ed25519 JWK under
 * `<did>#<keyId>`, with the active window battrace publishes (activeFrom, retiredAt).
 */
export async function anchorsFromDidDocument(doc: unknown): Promise<TrustAnchors> {
  if (!isObject(doc) || typeof doc.id !== 'string' || !doc.id.startsWith('did:web:')) throw new AnchorError('not a did:web DID document');
  const did = doc.id;
  const assertion = new Set(Array.isArray(doc.assertionMethod) ? doc.assertionMethod.filter((a) => typeof a === 'string') : []);
  const keys = new Map<string, AnchoredKey>();
  for (const [i, vm] of (Array.isArray(doc.verificationMethod) ? doc.verificationMethod : []).entries()) {
    const at = `verificationMethod[${i}]`;
    if (!isObject(vm)) throw new AnchorError(`${at}: not an object`);
    if (vm.controller !== did) throw new AnchorError(`${at}.controller: must be ${did}`);
    if (typeof vm.id !== 'string' || !assertion.has(vm.id)) continue; // only keys the document names for assertions sign credentials
    const key = await anchoredKey(did, vm.id, vm.publicKeyJwk, at);
    key.activeFrom = vm.activeFrom === undefined ? new Date(0) : instant(vm.activeFrom, `${at}.activeFrom`);
    key.retiredAt = vm.retiredAt === undefined || vm.retiredAt === null ? null : instant(vm.retiredAt, `${at}.retiredAt`);
    keys.set(key.kid, key);
  }
  if (keys.size === 0) throw new AnchorError(`the DID document ${did} names no Ed25519 assertion key`);
  const name =
    isObject(doc.battraceOrganization) && typeof doc.battraceOrganization.name === 'string' ? doc.battraceOrganization.name : null;
  const source = `DID document of ${did}${name ? ` (${name})` : ''} given with --trust-did`;
  return { issuers: new Map([[did, { did, name, keys, source }]]), descriptions: [source] };
}

async function anchoredKey(did: string, kid: unknown, jwk: unknown, at: string): Promise<AnchoredKey> {
  const parsed = typeof kid === 'string' ? parseCertifierKid(kid) : null;
  if (!parsed || parsed.did !== did) throw new AnchorError(`${at}: the key id must be ${did}#<keyId>`);
  const publicJwk = ed25519Public(jwk);
  if (!publicJwk) throw new AnchorError(`${at}: not an Ed25519 public JWK`);
  return {
    kid: kid as string,
    thumbprint: await calculateJwkThumbprint(publicJwk, 'sha256'),
    publicJwk,
    activeFrom: new Date(0),
    retiredAt: null,
  };
}

/** Every anchor given, together; the same kid with two different keys is refused. */
export function mergeAnchors(all: TrustAnchors[]): TrustAnchors {
  const issuers = new Map<string, AnchoredIssuer>();
  for (const a of all) {
    for (const [did, issuer] of a.issuers) {
      const known = issuers.get(did);
      if (!known) {
        issuers.set(did, { ...issuer, keys: new Map(issuer.keys) });
        continue;
      }
      for (const [kid, key] of issuer.keys) {
        const same = known.keys.get(kid);
        if (same && same.thumbprint !== key.thumbprint) throw new AnchorError(`two anchors give different keys for ${kid}`);
        if (!same) known.keys.set(kid, key);
        // The same key from two anchors: a retirement either of them knows of applies.
        else if (key.retiredAt && (!same.retiredAt || key.retiredAt < same.retiredAt))
          known.keys.set(kid, { ...same, retiredAt: key.retiredAt });
      }
      known.source = `${known.source}; ${issuer.source}`;
    }
  }
  return { issuers, descriptions: all.flatMap((a) => a.descriptions) };
}
