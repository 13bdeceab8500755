import { canonicalJson, sha256Hex } from '../common/canonical-json';

/**
 * The audit log is a hash chain: each entry's hash covers its own fields and the previous
 * entry's hash, so changing, removing or reordering any entry breaks every hash after it.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryFields {
  seq: string;
  at: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  inputDigest: string;
}

export function auditEntryHash(prevHash: string, e: AuditEntryFields): string {
  return sha256Hex(
    `${prevHash}\n${canonicalJson({
      seq: e.seq,
      at: e.at.toISOString(),
      actorType: e.actorType,
      actorId: e.actorId,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      inputDigest: e.inputDigest,
    })}`,
  );
}

export interface ChainBreak {
  seq: string;
  reason: string;
}

/** Checks a run of consecutive entries that follows `prevHash` / `prevSeq`; null when intact. */
export function findChainBreak(
  entries: (AuditEntryFields & { prevHash: string; hash: string })[],
  prevHash: string,
  prevSeq: bigint,
): ChainBreak | null {
  let expectedPrev = prevHash;
  let expectedSeq = prevSeq + 1n;
  for (const e of entries) {
    if (BigInt(e.seq) !== expectedSeq) return { seq: e.seq, reason: `sequence gap: expected ${expectedSeq}, found ${e.seq}` };
    if (e.prevHash !== expectedPrev) return { seq: e.seq, reason: 'prevHash does not match the hash of the entry before it' };
    if (auditEntryHash(e.prevHash, e) !== e.hash) return { seq: e.seq, reason: 'hash does not match the entry contents' };
    expectedPrev = e.hash;
    expectedSeq += 1n;
  }
  return null;
}
