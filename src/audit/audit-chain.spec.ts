import { auditEntryHash, findChainBreak, GENESIS_HASH } from './audit-chain';

function chain(n: number) {
  const out = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = {
      seq: String(i),
      at: new Date(Date.UTC(2026, 0, i)),
      actorType: 'ORGANIZATION',
      actorId: 'org-1',
      action: 'registerBatch',
      subjectType: 'Batch',
      subjectId: `b-${i}`,
      inputDigest: 'd'.repeat(64),
    };
    const hash = auditEntryHash(prev, e);
    out.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('accepts an untouched chain', () => {
    expect(findChainBreak(chain(5), GENESIS_HASH, 0n)).toBeNull();
  });

  it('finds an edited entry', () => {
    const c = chain(5);
    c[2].subjectId = 'b-forged';
    expect(findChainBreak(c, GENESIS_HASH, 0n)).toEqual({ seq: '3', reason: 'hash does not match the entry contents' });
  });

  it('finds a removed entry', () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(findChainBreak(c, GENESIS_HASH, 0n)?.seq).toBe('3');
  });

  it('finds an entry whose hash was recomputed but whose successor was not', () => {
    const c = chain(4);
    c[1].action = 'forged';
    c[1].hash = auditEntryHash(c[1].prevHash, c[1]);
    expect(findChainBreak(c, GENESIS_HASH, 0n)).toEqual({ seq: '3', reason: 'prevHash does not match the hash of the entry before it' });
  });
});
