import { createHash } from 'node:crypto';
import {
  AuditChainEntry,
  auditEntryHash,
  findChainBreak,
  findTruncation,
  GENESIS_HASH,
  indexCheckpoints,
  initialWalkState,
  microsToIso,
} from './audit-chain';

const T0 = 1_767_225_600_000_000n; // 2026-01-01T00:00:00Z in microseconds

function chain(n: number, version = 2): AuditChainEntry[] {
  const out: AuditChainEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = {
      seq: String(i),
      atMicros: (T0 + BigInt(i) * 1_000_123n).toString(),
      hashVersion: version,
      actorType: 'ORGANIZATION',
      actorId: 'org-1',
      action: 'registerBatch',
      subjectType: 'Batch',
      subjectId: `b-${i}`,
      inputDigest: 'd'.repeat(64),
    };
    const hash = auditEntryHash(prev, e)!;
    out.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

/** Recomputes every hash from `from` on, as a writer who rewrites the rest of the chain would. */
function rehashFrom(c: AuditChainEntry[], from: number): void {
  for (let i = from; i < c.length; i++) {
    c[i].prevHash = i === 0 ? GENESIS_HASH : c[i - 1].hash;
    c[i].hash = auditEntryHash(c[i].prevHash, c[i])!;
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const heads = (c: AuditChainEntry[], ...seqs: number[]) => seqs.map((s) => ({ seq: String(s), headHash: c[s - 1].hash }));
const walk = (c: AuditChainEntry[], cps: { seq: string; headHash: string }[] = []) => {
  const state = initialWalkState();
  return findChainBreak(c, state, indexCheckpoints(cps).bySeq) ?? findTruncation(state.prevSeq, cps);
};

describe('audit entry hash', () => {
  it('version 2 is SHA-256 of the version tag, the previous hash and every field in a fixed-order JSON array', () => {
    const e = chain(1)[0];
    const expected = sha(
      `battrace-audit/2\n${GENESIS_HASH}\n["1","${e.atMicros}","ORGANIZATION","org-1","registerBatch","Batch","b-1","${'d'.repeat(64)}"]`,
    );
    expect(e.hash).toBe(expected);
  });

  it('version 1 (older entries) keeps the millisecond canonical JSON it was written with', () => {
    const e = { ...chain(1)[0], atMicros: (T0 + 5_000n).toString(), hashVersion: 1 };
    const expected = sha(
      `${GENESIS_HASH}\n{"action":"registerBatch","actorId":"org-1","actorType":"ORGANIZATION","at":"2026-01-01T00:00:00.005Z","inputDigest":"${'d'.repeat(64)}","seq":"1","subjectId":"b-1","subjectType":"Batch"}`,
    );
    expect(auditEntryHash(GENESIS_HASH, e)).toBe(expected);
  });

  it('version 2 changes when the time moves by 400 µs; version 1 did not see it', () => {
    const e = chain(1)[0];
    const moved = { ...e, atMicros: (BigInt(e.atMicros) + 400n).toString() };
    expect(auditEntryHash(GENESIS_HASH, moved)).not.toBe(e.hash);
    const v1 = { ...e, atMicros: (T0 + 100n).toString(), hashVersion: 1 };
    expect(auditEntryHash(GENESIS_HASH, { ...v1, atMicros: (T0 + 500n).toString() })).toBe(auditEntryHash(GENESIS_HASH, v1));
  });

  it('version 2 covers every field', () => {
    const e = chain(1)[0];
    for (const [k, v] of Object.entries({
      seq: '2',
      actorType: 'ADMIN',
      actorId: null,
      action: 'x',
      subjectType: 'Plant',
      subjectId: 'b-2',
      inputDigest: 'e'.repeat(64),
    })) {
      expect(auditEntryHash(GENESIS_HASH, { ...e, [k]: v })).not.toBe(e.hash);
    }
    expect(auditEntryHash('1'.repeat(64), e)).not.toBe(e.hash);
  });

  it('knows no version other than 1 and 2', () => {
    expect(auditEntryHash(GENESIS_HASH, { ...chain(1)[0], hashVersion: 3 })).toBeNull();
  });

  it('writes microseconds as an exact ISO-8601 time', () => {
    expect(microsToIso('1767225600000001')).toBe('2026-01-01T00:00:00.000001Z');
    expect(microsToIso('1767225600123456')).toBe('2026-01-01T00:00:00.123456Z');
    expect(microsToIso('0')).toBe('1970-01-01T00:00:00.000000Z');
  });
});

describe('audit hash chain', () => {
  it('accepts an untouched chain, and matches every checkpoint of it', () => {
    const c = chain(5);
    const state = initialWalkState();
    expect(findChainBreak(c, state, indexCheckpoints(heads(c, 2, 5)).bySeq)).toBeNull();
    expect(state).toMatchObject({ anchoredSeq: '5', checkpointsMatched: 2, prevSeq: 5n });
  });

  it('accepts version-1 entries followed by version-2 ones, and refuses the reverse', () => {
    const c = [...chain(2, 1), ...chain(4).slice(2)];
    rehashFrom(c, 2);
    expect(walk(c)).toBeNull();
    const down = chain(3);
    down[2].hashVersion = 1;
    rehashFrom(down, 2);
    expect(walk(down)).toMatchObject({ seq: '3', kind: 'VERSION' });
  });

  it('walks a chain in pages with the same state', () => {
    const c = chain(6);
    const state = initialWalkState();
    const cps = indexCheckpoints(heads(c, 2, 5)).bySeq;
    expect(findChainBreak(c.slice(0, 3), state, cps)).toBeNull();
    expect(findChainBreak(c.slice(3), state, cps)).toBeNull();
    expect(state.checkpointsMatched).toBe(2);
  });

  it('finds an edited entry', () => {
    const c = chain(5);
    c[2].subjectId = 'b-forged';
    expect(walk(c)).toEqual({ seq: '3', kind: 'CONTENT', reason: 'hash does not match the entry contents' });
  });

  it('finds a removed entry', () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(walk(c)).toMatchObject({ seq: '3', kind: 'GAP' });
  });

  it('finds an entry whose hash was recomputed but whose successor was not', () => {
    const c = chain(4);
    c[1].action = 'forged';
    c[1].hash = auditEntryHash(c[1].prevHash, c[1])!;
    expect(walk(c)).toMatchObject({ seq: '3', kind: 'LINK' });
  });

  it('finds an edit re-hashed through the end only against a checkpoint, at the first checkpoint after it', () => {
    const c = chain(8);
    const cps = heads(c, 2, 5, 8);
    c[2].subjectId = 'b-forged';
    rehashFrom(c, 2);
    expect(walk(c)).toBeNull();
    const brk = walk(c, cps);
    expect(brk).toMatchObject({ seq: '5', kind: 'CHECKPOINT_MISMATCH' });
    expect(brk!.reason).toMatch(/after seq 2/);
  });

  it('finds a time moved by 400 µs: in the entry itself, or, once re-hashed, against a checkpoint', () => {
    const c = chain(4);
    const cps = heads(c, 4);
    c[1].atMicros = (BigInt(c[1].atMicros) + 400n).toString();
    expect(walk(c)).toMatchObject({ seq: '2', kind: 'CONTENT' });
    rehashFrom(c, 1);
    expect(walk(c, cps)).toMatchObject({ seq: '4', kind: 'CHECKPOINT_MISMATCH' });
  });

  it('finds the last entry deleted as a truncation at the first missing seq', () => {
    const c = chain(5);
    const cps = heads(c, 3, 5);
    expect(walk(c.slice(0, 4), cps)).toMatchObject({ seq: '5', kind: 'TRUNCATED' });
    expect(walk(c.slice(0, 4), cps)!.reason).toMatch(/covers seq 5/);
    expect(walk([], cps)).toMatchObject({ seq: '1', kind: 'TRUNCATED' });
  });

  it('finds a forged tail: the last entry replaced by another with a correctly recomputed hash', () => {
    const c = chain(5);
    const cps = heads(c, 5);
    c[4].action = 'forged';
    rehashFrom(c, 4);
    expect(walk(c)).toBeNull();
    expect(walk(c, cps)).toMatchObject({ seq: '5', kind: 'CHECKPOINT_MISMATCH' });
  });

  it('cannot tell an entry appended after the last checkpoint (it is reported as not anchored)', () => {
    const c = chain(6);
    const state = initialWalkState();
    expect(findChainBreak(c, state, indexCheckpoints(heads(c, 5)).bySeq)).toBeNull();
    expect(state.anchoredSeq).toBe('5');
    expect(state.prevSeq).toBe(6n);
  });

  it('refuses two checkpoints that give different hashes for one seq', () => {
    const c = chain(3);
    expect(indexCheckpoints([...heads(c, 2), { seq: '2', headHash: 'f'.repeat(64) }]).conflict).toMatchObject({
      seq: '2',
      kind: 'CHECKPOINT_MISMATCH',
    });
    expect(indexCheckpoints([...heads(c, 2), ...heads(c, 2)]).conflict).toBeNull();
  });
});
