import { CheckResult, evaluateCredential, fail, pass, SignatureFacts, statusInWords } from './certificate-checks';
import type { CertificateBundle } from './certificate-verification.service';
import { credentialShapeProblem } from './credential-shape';
import { CertificateCredential, credentialKid, inspectCredentialJws, KnownKey, NOTHING, VerifierCache, verifyJwsWith } from './credential';
import { keysOfDidDocument } from './did-document';
import { OfflineStatusLists } from './offline-status-lists';
import { parseCertifierKid } from './did-web';
import type { AnchoredIssuer, AnchoredKey, TrustAnchors } from './trust-anchors';

/** Default maximum age of a status snapshot that can make a certificate VALID offline. */
export const DEFAULT_MAX_STATUS_AGE_MS = 7 * 86_400_000;

/**
 * VALID: genuine, anchored, in force, status fresh. INVALID: tampered, forged, revoked,
 * suspended, expired, not yet valid, signed by a key not anchored for its issuer or outside the
 * key's active window, or its status could not be established. UNANCHORED: the signature matches
 * the key the bundle carries for an issuer no anchor knows. STALE: valid as of a status snapshot
 * older than the maximum age.
 */
export type OfflineOutcome = 'VALID' | 'INVALID' | 'UNANCHORED' | 'STALE';

/** Exit codes of `npm run verify` (docs/trust-anchors.md). */
export const EXIT_CODES = { VALID: 0, INVALID: 1, USAGE: 2, UNANCHORED: 3, STALE: 4 } as const;

export interface OfflineVerification {
  outcome: OfflineOutcome;
  exitCode: number;
  /** True only for VALID. */
  valid: boolean;
  status: string;
  statusText: string;
  checks: CheckResult[];
  certificateId: string | null;
  kid: string | null;
  /** The anchor that vouched for the signing key. */
  anchor: string | null;
  /** The signed credential, when its signature verified (with an anchored key, or, for UNANCHORED, with the bundle's own). */
  claims: CertificateCredential | null;
  /** The oldest status snapshot used, and its age: what "not revoked" is as of. */
  statusSnapshotAt: string | null;
  statusSnapshotAgeSeconds: number | null;
  maxStatusAgeSeconds: number;
  /** Why a status list in the bundle was refused. */
  statusListProblems: string[];
}

/**
 * Verifies certificate bundles (GET /certificates/:id/bundle) with no network, against trust
 * anchors the buyer holds (issue 11). The credential's kid must name a key an anchor gives for
 * the credential's issuer, and its signature must verify with that key; the bundle's own DID
 * document is read only to tell "forged" from "self-consistent but unanchored" (UNANCHORED),
 * never to accept anything. Each status list must be signed by an anchored key of the same
 * issuer, current when the list was dated, be no older than the credential's issuance and no
 * later than the verifier's clock; the newest acceptable one of each purpose is used. Supersession
 * and the stored footprint hash need battrace and are not checked offline.
 *
 * One verifier serves many bundles: status lists are remembered by their exact token, so that
 * bundles sharing a status snapshot verify and decompress it once.
 */
export class OfflineVerifier {
  private readonly credentials = new VerifierCache();
  private readonly statusLists: OfflineStatusLists;

  constructor(
    private readonly anchors: TrustAnchors,
    private readonly maxStatusAgeMs: number = DEFAULT_MAX_STATUS_AGE_MS,
  ) {
    this.statusLists = new OfflineStatusLists(anchors, this.credentials);
  }

  async verify(bundleRaw: unknown, now: Date = new Date()): Promise<OfflineVerification> {
    const bundle = (typeof bundleRaw === 'object' && bundleRaw !== null ? bundleRaw : {}) as Partial<CertificateBundle>;
    const jws = typeof bundle.credential === 'string' ? bundle.credential : '';
    const head = credentialKid(jws);
    if ('malformed' in head) {
      const checks = evaluateCredential({ ...NO_FACTS, malformed: head.malformed }, NO_STATUS, now);
      return this.result(checks, { kid: null, anchor: null, claims: null }, null, [], now);
    }
    const { kid, token } = head;
    const did = parseCertifierKid(kid)?.did ?? '';
    const issuer = this.anchors.issuers.get(did);
    const anchored = issuer?.keys.get(kid);
    if (!issuer || !anchored) return this.unanchored(bundle, kid, token, issuer ?? null, now);

    const key = knownKey(anchored, did);
    const inspected = await inspectCredentialJws(token, () => key, this.credentials);
    const vc = inspected.credential;
    const bits: { revocation: boolean | null; suspension: boolean | null } = { revocation: null, suspension: null };
    const problems: string[] = [];
    let snapshotAt: Date | null = null;
    if (vc) {
      const issuedAt = inspected.facts.issuedAt ?? inspected.facts.validFrom;
      for (const entry of Array.isArray(vc.credentialStatus) ? vc.credentialStatus : []) {
        if (entry?.statusPurpose !== 'revocation' && entry?.statusPurpose !== 'suspension') continue;
        const candidates = (Array.isArray(bundle.statusLists) ? bundle.statusLists : []).filter(
          (l) => l?.url === entry.statusListCredential && l?.purpose === entry.statusPurpose,
        );
        if (!candidates.length) {
          problems.push(`${entry.statusPurpose}: no status list ${String(entry.statusListCredential)} in the bundle`);
          continue;
        }
        let best: { bit: boolean; at: Date } | null = null;
        for (const c of candidates) {
          const a = await this.statusLists.answer(c.credential, entry, vc.issuer?.id, issuedAt, now);
          if ('problem' in a) problems.push(`${entry.statusPurpose} list refused: ${a.problem}`);
          else if (!best || a.at > best.at) best = a;
        }
        if (!best) continue;
        bits[entry.statusPurpose] = best.bit;
        if (!snapshotAt || best.at < snapshotAt) snapshotAt = best.at;
      }
    }
    const checks = evaluateCredential(
      inspected.facts,
      { revoked: bits.revocation, suspended: bits.suspension, superseded: null, footprintHashMatches: null },
      now,
    ).map((c) => reword(c, issuer));
    if (snapshotAt && checks.every((c) => c.ok)) {
      const age = now.getTime() - snapshotAt.getTime();
      checks.push(
        age > this.maxStatusAgeMs
          ? fail(
              'STATUS_FRESH',
              'STATUS_STALE',
              `the status snapshot is ${duration(age)} old, older than the maximum ${duration(this.maxStatusAgeMs)}: download a fresh bundle`,
            )
          : pass('STATUS_FRESH', `the status snapshot is ${duration(age)} old (maximum ${duration(this.maxStatusAgeMs)})`),
      );
    }
    return this.result(checks, { kid, anchor: issuer.source, claims: vc }, snapshotAt, problems, now);
  }

  /**
   * No anchor gives this kid. If the issuer is anchored, the key is not one of its keys: a
   * forgery, INVALID. If no anchor knows the issuer and the bundle's own DID document holds a key
   * under this kid that the signature matches: UNANCHORED (the claims are shown, marked unverified).
   */
  private async unanchored(
    bundle: Partial<CertificateBundle>,
    kid: string,
    token: string,
    issuer: AnchoredIssuer | null,
    now: Date,
  ): Promise<OfflineVerification> {
    const own = ownKey(bundle, kid);
    const verified = own ? await verifyJwsWith(token, kid, own.publicJwk, this.credentials) : null;
    const matches = verified !== null && 'payload' in verified;
    const format = pass('FORMAT', 'a compact JWS (EdDSA) carrying a W3C Verifiable Credential 2.0');
    if (issuer) {
      const checks = [
        format,
        fail(
          'KNOWN_KEY',
          'UNKNOWN_KID',
          `the issuer ${issuer.did} is anchored (${issuer.source}) but ${kid} is not one of its keys${
            matches
              ? ': the bundle’s own DID document carries a key no anchor vouches for (a forgery, unless your anchor predates a newer key of the issuer: then get a fresh one)'
              : ''
          }`,
        ),
      ];
      return this.result(checks, { kid, anchor: null, claims: null }, null, [], now);
    }
    if (!matches) {
      const checks = [
        format,
        fail('KNOWN_KEY', 'UNKNOWN_KID', `no anchor you gave knows the issuer of ${kid}, and the bundle holds no key it verifies with`),
      ];
      return this.result(checks, { kid, anchor: null, claims: null }, null, [], now);
    }
    const checks = [
      format,
      fail(
        'KNOWN_KEY',
        'UNANCHORED_KEY',
        `the signature matches the key in the bundle’s own DID document, but no anchor you gave vouches for ${kid}: get the issuer’s DID document (--trust-did) or a trust list that lists it (--trust)`,
      ),
    ];
    const payload = (verified as { payload: unknown }).payload;
    return this.result(
      checks,
      { kid, anchor: null, claims: credentialShapeProblem(payload) === null ? (payload as CertificateCredential) : null },
      null,
      [],
      now,
    );
  }

  private result(
    checks: CheckResult[],
    who: { kid: string | null; anchor: string | null; claims: CertificateCredential | null },
    snapshotAt: Date | null,
    problems: string[],
    now: Date,
  ): OfflineVerification {
    const failed = checks.filter((c) => !c.ok);
    const outcome: OfflineOutcome =
      failed.length === 0
        ? 'VALID'
        : failed.length === 1 && failed[0].reason === 'STATUS_STALE'
          ? 'STALE'
          : failed[0].reason === 'UNANCHORED_KEY'
            ? 'UNANCHORED'
            : 'INVALID';
    const words = statusInWords(checks);
    return {
      outcome,
      exitCode: EXIT_CODES[outcome],
      valid: outcome === 'VALID',
      status: words.status,
      statusText: words.words,
      checks,
      certificateId: who.claims?.credentialSubject?.certificate?.id ?? null,
      kid: who.kid,
      anchor: who.anchor,
      claims: who.claims,
      statusSnapshotAt: snapshotAt?.toISOString() ?? null,
      statusSnapshotAgeSeconds: snapshotAt ? Math.max(0, Math.round((now.getTime() - snapshotAt.getTime()) / 1000)) : null,
      maxStatusAgeSeconds: Math.round(this.maxStatusAgeMs / 1000),
      statusListProblems: problems,
    };
  }
}

/** One bundle against the anchors (a verifier for one use). */
export function verifyBundle(
  bundle: unknown,
  anchors: TrustAnchors,
  options: { now?: Date; maxStatusAgeMs?: number } = {},
): Promise<OfflineVerification> {
  return new OfflineVerifier(anchors, options.maxStatusAgeMs).verify(bundle, options.now);
}

const NO_FACTS: SignatureFacts = { malformed: null, ...NOTHING };
const NO_STATUS = { revoked: null, suspended: null, superseded: null, footprintHashMatches: null };

function knownKey(k: AnchoredKey, did: string): KnownKey {
  return {
    kid: k.kid,
    did,
    organizationId: parseCertifierKid(k.kid)?.organizationId ?? '',
    publicJwk: k.publicJwk,
    activeFrom: k.activeFrom,
    retiredAt: k.retiredAt,
    issuerIsCertifier: true,
  };
}

/** The key the bundle's own DID document gives for this kid (only to tell forged from unanchored). */
function ownKey(bundle: Partial<CertificateBundle>, kid: string): KnownKey | null {
  try {
    const doc = bundle.didDocument;
    if (!doc || !Array.isArray(doc.verificationMethod)) return null;
    return keysOfDidDocument(doc).find((k) => k.kid === kid) ?? null;
  } catch {
    return null;
  }
}

/** The online checks' words, said of anchors instead of battrace's tables. */
function reword(c: CheckResult, issuer: AnchoredIssuer): CheckResult {
  if (c.check === 'KNOWN_KEY' && c.ok) return { ...c, message: `the signing key is anchored: ${issuer.source}` };
  if (c.check === 'ISSUER_IS_CERTIFIER')
    return c.ok
      ? { ...c, message: `the issuer is the anchored certifier ${issuer.did}${issuer.name ? ` (${issuer.name})` : ''}` }
      : { ...c, message: `the credential names another issuer than ${issuer.did}, whose key signed it` };
  if (c.check === 'NOT_REVOKED' && c.reason === 'STATUS_UNKNOWN')
    return { ...c, message: 'no acceptable revocation status list in the bundle (see the status list problems)' };
  if (c.check === 'NOT_SUSPENDED' && c.reason === 'STATUS_UNKNOWN')
    return { ...c, message: 'no acceptable suspension status list in the bundle (see the status list problems)' };
  return c;
}

/** A duration in words: `90 s`, `15 min`, `5 h`, `8 days`. */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} days`;
}
