import { decodeStatusList, statusBit } from './bitstring-status-list';
import { CheckResult, evaluateCredential, statusInWords } from './certificate-checks';
import type { CertificateBundle } from './certificate-verification.service';
import { credentialKid, inspectCredentialJws, KnownKey, VerifierCache, verifyJwsWith } from './credential';
import { keysOfDidDocument } from './did-document';
import type { StatusListCredential } from './status-list-credential';

export interface OfflineVerification {
  valid: boolean;
  status: string;
  statusText: string;
  checks: CheckResult[];
  certificateId: string | null;
  /** The oldest status snapshot's time and age: what "not revoked" is as of. */
  statusSnapshotAt: string | null;
  statusSnapshotAgeSeconds: number | null;
}

/**
 * Verifies a certificate bundle with nothing but its contents (no network, no battrace): the
 * credential against the key its kid names in the bundled DID document, and its status bits in
 * the bundled status list credentials, each of which must itself be signed by a key of the same
 * DID document. Supersession and the stored footprint hash need battrace and are not checked.
 */
export async function verifyBundle(bundle: CertificateBundle, now: Date = new Date()): Promise<OfflineVerification> {
  const keys = new Map<string, KnownKey>();
  if (bundle?.didDocument && Array.isArray(bundle.didDocument.verificationMethod)) {
    for (const k of keysOfDidDocument(bundle.didDocument)) keys.set(k.kid, k);
  }
  const cache = new VerifierCache();
  const inspected = await inspectCredentialJws(String(bundle?.credential ?? ''), (kid) => keys.get(kid) ?? null, cache);
  const vc = inspected.credential;
  const bits: { revocation: boolean | null; suspension: boolean | null } = { revocation: null, suspension: null };
  let snapshotAt: Date | null = null;
  if (vc) {
    for (const entry of vc.credentialStatus ?? []) {
      const list = (bundle.statusLists ?? []).find((l) => l.url === entry.statusListCredential && l.purpose === entry.statusPurpose);
      if (!list) continue;
      const li = await inspectStatusList(list.credential, keys, cache, vc.issuer.id);
      if (!li || li.credentialSubject?.statusPurpose !== entry.statusPurpose || li.id !== entry.statusListCredential) continue;
      try {
        bits[entry.statusPurpose] = statusBit(decodeStatusList(li.credentialSubject.encodedList), Number(entry.statusListIndex));
      } catch {
        continue;
      }
      const at = new Date(li.validFrom);
      if (!snapshotAt || at.getTime() < snapshotAt.getTime()) snapshotAt = at;
    }
  }
  const checks = evaluateCredential(
    inspected.facts,
    { revoked: bits.revocation, suspended: bits.suspension, superseded: null, footprintHashMatches: null },
    now,
  );
  const words = statusInWords(checks);
  return {
    valid: words.valid,
    status: words.status,
    statusText: words.words,
    checks,
    certificateId: vc?.credentialSubject.certificate.id ?? null,
    statusSnapshotAt: snapshotAt?.toISOString() ?? null,
    statusSnapshotAgeSeconds: snapshotAt ? Math.max(0, Math.round((now.getTime() - snapshotAt.getTime()) / 1000)) : null,
  };
}

async function inspectStatusList(
  jws: string,
  keys: Map<string, KnownKey>,
  cache: VerifierCache,
  issuerDid: string,
): Promise<StatusListCredential | null> {
  const head = credentialKid(jws);
  if ('malformed' in head) return null;
  const key = keys.get(head.kid);
  if (!key || key.did !== issuerDid) return null;
  const verified = await verifyJwsWith(head.token, head.kid, key.publicJwk, cache);
  if (!('payload' in verified)) return null;
  const vc = verified.payload as StatusListCredential;
  return vc.issuer === issuerDid && Array.isArray(vc.type) && vc.type.includes('BitstringStatusListCredential') ? vc : null;
}

/** Human-readable lines for the CLI. */
export function describeOfflineVerification(r: OfflineVerification): string[] {
  const age = r.statusSnapshotAgeSeconds;
  const ageText =
    age === null
      ? 'no status snapshot in the bundle: revocation could not be checked'
      : `status snapshot taken ${r.statusSnapshotAt} (${age < 120 ? `${age} s` : age < 7200 ? `${Math.round(age / 60)} min` : age < 172800 ? `${Math.round(age / 3600)} h` : `${Math.round(age / 86400)} days`} ago)`;
  return [
    `${r.valid ? 'VALID' : 'INVALID'}: ${r.statusText}`,
    `certificate: ${r.certificateId ?? 'unknown'}`,
    ageText,
    ...r.checks.map((c) => `  [${c.ok ? 'ok' : 'FAIL'}] ${c.check}${c.reason ? ` (${c.reason})` : ''}: ${c.message}`),
    '  (not checked offline: supersession by a newer footprint and the stored footprint hash; verify online for those)',
  ];
}
