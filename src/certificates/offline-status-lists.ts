import { decodeStatusList, statusBit } from './bitstring-status-list';
import { credentialKid, VerifierCache, verifyJwsWith } from './credential';
import { parseCertifierKid } from './did-web';
import type { StatusListCredential } from './status-list-credential';
import type { AnchoredKey, TrustAnchors } from './trust-anchors';

/** A status snapshot dated this much after the verifier's clock is refused (clocks differ a little, not by days). */
export const STATUS_CLOCK_SKEW_MS = 5 * 60_000;

export type ListAnswer = { bit: boolean; at: Date } | { problem: string };

interface SignedList {
  kid: string;
  signerDid: string;
  key: AnchoredKey;
  vc: StatusListCredential;
  at: Date;
  /** The decoded bitstring, or why it cannot be decoded. */
  bits: Buffer | string;
}

/**
 * The status lists of certificate bundles, read offline (issue 11): each must be signed by an
 * anchored key of the same issuer, current when the list was dated, be no older than the
 * credential's issuance and no later than the verifier's clock. Lists are remembered by their
 * exact token, so that bundles sharing a status snapshot verify and decompress it once.
 */
export class OfflineStatusLists {
  private readonly lists = new Map<string, SignedList>();

  constructor(
    private readonly anchors: TrustAnchors,
    private readonly credentials: VerifierCache,
  ) {}

  /** The bit of one credential status entry in a status list credential of the bundle, and as of when; or why the list is refused. */
  async answer(
    jws: unknown,
    entry: { statusListCredential: string; statusPurpose: string; statusListIndex: string },
    issuerDid: unknown,
    credentialIssuedAt: Date | null,
    now: Date,
  ): Promise<ListAnswer> {
    const list = await this.signedList(jws);
    if ('problem' in list) return list;
    const { vc, at, key } = list;
    if (list.signerDid !== issuerDid) return { problem: `signed by ${list.kid}, not by the credential’s issuer ${String(issuerDid)}` };
    if (vc.issuer !== issuerDid || vc.id !== entry.statusListCredential || vc.credentialSubject?.statusPurpose !== entry.statusPurpose) {
      return { problem: `it is not the ${entry.statusPurpose} list ${entry.statusListCredential} of ${String(issuerDid)}` };
    }
    if (at < key.activeFrom || (key.retiredAt && at >= key.retiredAt))
      return { problem: `dated ${at.toISOString()}, outside the active window of the key that signed it` };
    if (credentialIssuedAt && at < credentialIssuedAt) {
      return {
        problem: `its snapshot (${at.toISOString()}) is older than the credential’s issuance (${credentialIssuedAt.toISOString()})`,
      };
    }
    if (at.getTime() > now.getTime() + STATUS_CLOCK_SKEW_MS) return { problem: `dated ${at.toISOString()}, in the future` };
    if (typeof list.bits === 'string') return { problem: `its bits cannot be read: ${list.bits}` };
    try {
      return { bit: statusBit(list.bits, Number(entry.statusListIndex)), at };
    } catch (e) {
      return { problem: `its bits cannot be read: ${(e as Error).message}` };
    }
  }

  /**
   * A status list credential whose signature verifies with an anchored key of the issuer its kid
   * names, decoded. Remembered by its exact token (the anchors never change for this verifier):
   * bundles sharing a snapshot verify and decompress it once.
   */
  private async signedList(jws: unknown): Promise<SignedList | { problem: string }> {
    const hit = typeof jws === 'string' ? this.lists.get(jws) : undefined;
    if (hit) return hit;
    const head = credentialKid(jws);
    if ('malformed' in head) return { problem: head.malformed };
    const signer = parseCertifierKid(head.kid);
    const key = signer ? this.anchors.issuers.get(signer.did)?.keys.get(head.kid) : undefined;
    if (!signer || !key) return { problem: `signed by ${head.kid}, a key no anchor vouches for` };
    const verified = await verifyJwsWith(head.token, head.kid, key.publicJwk, this.credentials);
    if (!('payload' in verified)) return { problem: 'its signature does not verify with the anchored key' };
    const vc = verified.payload as StatusListCredential;
    if (typeof vc !== 'object' || vc === null || !Array.isArray(vc.type) || !vc.type.includes('BitstringStatusListCredential')) {
      return { problem: 'it is not a BitstringStatusListCredential' };
    }
    const at = new Date(vc.validFrom);
    if (Number.isNaN(at.getTime())) return { problem: 'it has no snapshot time (validFrom)' };
    let bits: Buffer | string;
    try {
      bits = decodeStatusList(String(vc.credentialSubject?.encodedList));
    } catch (e) {
      bits = (e as Error).message;
    }
    const list: SignedList = { kid: head.kid, signerDid: signer.did, key, vc, at, bits };
    if (this.lists.size >= 64) this.lists.clear();
    this.lists.set(head.token, list);
    return list;
  }
}
