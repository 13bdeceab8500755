import { hash as oneShotHash } from 'node:crypto';
import { canonicalJson, sha256Hex } from '../common/canonical-json';

/**
 * The audit log is a hash chain: each entry's hash covers its own fields and the previous
 * entry's hash, so changing, removing or reordering any entry breaks every hash after it.
 *
 * Two hash versions exist. Version 1 (entries written before issue 12) covered the time at
 * millisecond precision only. Version 2 covers every column of the entry, the time as the integer
 * number of microseconds since the Unix epoch (PostgreSQL's own precision), and the version
 * itself. An entry keeps verifying under the version it was written with; once a version-2 entry
 * exists, no version-1 entry may follow it (a downgrade would escape the microseconds).
 */
export const GENESIS_HASH = '0'.repeat(64);
export const CURRENT_HASH_VERSION = 2;

export interface AuditEntryFields {
  seq: string;
  /** Microseconds since 1970-01-01T00:00:00Z, as a decimal integer (what PostgreSQL stores). */
  atMicros: string;
  hashVersion: number;
  actorType: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  inputDigest: string;
}

export type AuditChainEntry = AuditEntryFields & { prevHash: string; hash: string };

/** An ISO-8601 UTC time with six fractional digits, exactly `atMicros` (for writing it to PostgreSQL). */
export function microsToIso(atMicros: string): string {
  const us = BigInt(atMicros);
  const ms = us / 1000n - (us % 1000n < 0n ? 1n : 0n);
  const rest = us - ms * 1000n;
  return new Date(Number(ms)).toISOString().replace('Z', `${rest.toString().padStart(3, '0')}Z`);
}

/** Version 1: the time truncated to milliseconds, in canonical JSON (kept to verify old entries). */
function hashV1(prevHash: string, e: AuditEntryFields): string {
  const us = BigInt(e.atMicros);
  const ms = us / 1000n - (us % 1000n < 0n ? 1n : 0n);
  return sha256Hex(
    `${prevHash}\n${canonicalJson({
      seq: e.seq,
      at: new Date(Number(ms)).toISOString(),
      actorType: e.actorType,
      actorId: e.actorId,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      inputDigest: e.inputDigest,
    })}`,
  );
}

/** Version 2: a fixed-order JSON array of every field, prefixed by the version and the previous hash. */
function hashV2(prevHash: string, e: AuditEntryFields): string {
  const body = JSON.stringify([e.seq, e.atMicros, e.actorType, e.actorId, e.action, e.subjectType, e.subjectId, e.inputDigest]);
  return oneShotHash('sha256', `battrace-audit/2\n${prevHash}\n${body}`, 'hex');
}

/** The hash of an entry under its own version; null for a version battrace does not know. */
export function auditEntryHash(prevHash: string, e: AuditEntryFields): string | null {
  if (e.hashVersion === 1) return hashV1(prevHash, e);
  if (e.hashVersion === 2) return hashV2(prevHash, e);
  return null;
}

/** What kind of break: clients branch on this, not on the reason text. */
export type ChainBreakKind = 'GAP' | 'LINK' | 'CONTENT' | 'VERSION' | 'CHECKPOINT_MISMATCH' | 'TRUNCATED' | 'CHECKPOINT_INVALID';

export interface ChainBreak {
  seq: string;
  kind: ChainBreakKind;
  reason: string;
}

/** A signed chain head: the chain's hash at `seq`, as battrace signed it. */
export interface CheckpointHead {
  seq: string;
  headHash: string;
}

export interface ChainWalkState {
  prevHash: string;
  prevSeq: bigint;
  /** Highest hash version seen so far (a later entry may not use a lower one). */
  maxVersion: number;
  /** Highest checkpointed seq the chain has matched so far, or null. */
  anchoredSeq: string | null;
  checkpointsMatched: number;
}

export const initialWalkState = (): ChainWalkState => ({
  prevHash: GENESIS_HASH,
  prevSeq: 0n,
  maxVersion: 1,
  anchoredSeq: null,
  checkpointsMatched: 0,
});

/**
 * Checks a run of consecutive entries that follows `state` (updated in place, so a caller can
 * walk a long chain in pages). `checkpoints` maps a checkpointed seq to the head hash signed for
 * it: an entry at that seq whose hash differs means the chain was rewritten (or its tail forged)
 * since the checkpoint, however consistent it is in itself. Returns the first break, or null.
 */
export function findChainBreak(
  entries: AuditChainEntry[],
  state: ChainWalkState,
  checkpoints: ReadonlyMap<string, string> = new Map(),
): ChainBreak | null {
  for (const e of entries) {
    const expectedSeq = state.prevSeq + 1n;
    if (BigInt(e.seq) !== expectedSeq) return { seq: e.seq, kind: 'GAP', reason: `sequence gap: expected ${expectedSeq}, found ${e.seq}` };
    if (e.prevHash !== state.prevHash)
      return { seq: e.seq, kind: 'LINK', reason: 'prevHash does not match the hash of the entry before it' };
    if (e.hashVersion < state.maxVersion) {
      return { seq: e.seq, kind: 'VERSION', reason: `hash version ${e.hashVersion} after an entry of version ${state.maxVersion}` };
    }
    const computed = auditEntryHash(e.prevHash, e);
    if (computed === null) return { seq: e.seq, kind: 'VERSION', reason: `unknown hash version ${e.hashVersion}` };
    if (computed !== e.hash) return { seq: e.seq, kind: 'CONTENT', reason: 'hash does not match the entry contents' };
    const signed = checkpoints.get(e.seq);
    if (signed !== undefined) {
      if (signed !== e.hash) {
        const since = state.anchoredSeq === null ? 'the start of the chain' : `seq ${state.anchoredSeq}, the last checkpoint that matches`;
        return {
          seq: e.seq,
          kind: 'CHECKPOINT_MISMATCH',
          reason: `the hash at seq ${e.seq} differs from the signed checkpoint: the chain was rewritten or its tail forged after ${since}`,
        };
      }
      state.anchoredSeq = e.seq;
      state.checkpointsMatched += 1;
    }
    state.maxVersion = e.hashVersion;
    state.prevHash = e.hash;
    state.prevSeq = expectedSeq;
  }
  return null;
}

/**
 * After the whole chain was walked (its last seq `headSeq`): a checkpoint beyond the head means
 * entries that were signed are gone (the chain was truncated). Reported at the first missing seq.
 */
export function findTruncation(headSeq: bigint, checkpoints: Iterable<CheckpointHead>): ChainBreak | null {
  let highest: bigint | null = null;
  for (const c of checkpoints) {
    const s = BigInt(c.seq);
    if (s > headSeq && (highest === null || s > highest)) highest = s;
  }
  if (highest === null) return null;
  return {
    seq: (headSeq + 1n).toString(),
    kind: 'TRUNCATED',
    reason: `the chain ends at seq ${headSeq} but a signed checkpoint covers seq ${highest}: entries were removed`,
  };
}

/**
 * Indexes checkpoints by seq. Two that name the same seq with different hashes cannot both be
 * genuine (one chain has one hash per seq): that is reported as a break at that seq.
 */
export function indexCheckpoints(checkpoints: Iterable<CheckpointHead>): { bySeq: Map<string, string>; conflict: ChainBreak | null } {
  const bySeq = new Map<string, string>();
  for (const c of checkpoints) {
    const seen = bySeq.get(c.seq);
    if (seen !== undefined && seen !== c.headHash) {
      return {
        bySeq,
        conflict: { seq: c.seq, kind: 'CHECKPOINT_MISMATCH', reason: `two signed checkpoints give different hashes for seq ${c.seq}` },
      };
    }
    bySeq.set(c.seq, c.headHash);
  }
  return { bySeq, conflict: null };
}
