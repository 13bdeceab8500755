import { calculateJwkThumbprint, compactVerify, importJWK, type JWK } from 'jose';
import { AuditCheckpoints1763901300000 } from '../../migrations/1763901300000-AuditCheckpoints';
import { auditEntryHash, AuditChainEntry } from '../../src/audit/audit-chain';
import { AuditService } from '../../src/audit/audit.service';
import { newOrganization } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';

interface Report {
  intact: boolean;
  entriesChecked: number;
  brokenAtSeq: string | null;
  breakKind: string | null;
  reason: string | null;
  headSeq: string;
  checkpointsGiven: number;
  checkpointsMatched: number;
  anchoredThroughSeq: string | null;
  entriesAfterLastCheckpoint: string;
}
interface Checkpoint {
  seq: string;
  headHash: string;
  signedAt: string;
  jws: string;
}

const REPORT = `intact entriesChecked brokenAtSeq breakKind reason headSeq checkpointsGiven checkpointsMatched anchoredThroughSeq entriesAfterLastCheckpoint`;
const VERIFY = `query($c: [String!]) { verifyAuditChain(checkpoints: $c) { ${REPORT} } }`;
const SIGN = `mutation { signAuditCheckpoint { seq headHash signedAt jws } }`;
const EXPORT = `query($after: String, $first: Int) { auditCheckpoints(afterSeq: $after, first: $first) { seq headHash signedAt jws } }`;

/** The columns a forger reads to recompute hashes (the time as microseconds, as the chain hashes it). */
const ROWS = `SELECT seq::text AS seq, (extract(epoch FROM at) * 1000000)::bigint::text AS "atMicros", hash_version AS "hashVersion",
  actor_type AS "actorType", actor_id AS "actorId", action, subject_type AS "subjectType", subject_id AS "subjectId",
  input_digest AS "inputDigest", prev_hash AS "prevHash", hash FROM audit_events`;

describe('audit checkpoints: history that cannot be rewritten unseen', () => {
  let t: TestApp;
  /** The signed checkpoints of the genuine chain (seq 3, 6, then its head). */
  let checkpoints: Checkpoint[];
  let head: number;

  const verify = async (given?: string[]): Promise<Report> => {
    const r = await t.gql<{ verifyAuditChain: Report }>(VERIFY, given ? { c: given } : {}, t.adminKey);
    expect(r.errors).toBeUndefined();
    return r.data!.verifyAuditChain;
  };
  const sign = async (): Promise<Checkpoint> => {
    const r = await t.gql<{ signAuditCheckpoint: Checkpoint }>(SIGN, {}, t.adminKey);
    expect(r.errors).toBeUndefined();
    return r.data!.signAuditCheckpoint;
  };
  const rows = async (fromSeq = 1): Promise<AuditChainEntry[]> =>
    t.db.query(`${ROWS} WHERE seq >= $1 ORDER BY audit_events.seq`, [fromSeq]);
  /** What a database writer without the platform key can do: recompute every hash from `fromSeq` to the end. */
  const rehashFrom = async (fromSeq: number): Promise<void> => {
    const [before]: { hash: string }[] = await t.db.query(`SELECT hash FROM audit_events WHERE seq = $1`, [fromSeq - 1]);
    let prev = before?.hash ?? '0'.repeat(64);
    for (const r of await rows(fromSeq)) {
      const hash = auditEntryHash(prev, r)!;
      await t.db.query(`UPDATE audit_events SET prev_hash = $1, hash = $2 WHERE seq = $3`, [prev, hash, r.seq]);
      prev = hash;
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    checkpoints = [];
    for (let i = 0; i < 3; i++) {
      await newOrganization(t, 'BUYER');
      await newOrganization(t, 'FORWARDER');
      await newOrganization(t, 'CERTIFIER');
      checkpoints.push(await sign());
    }
    await newOrganization(t, 'BUYER');
    checkpoints.push(await sign());
    head = Number(checkpoints[checkpoints.length - 1].seq);
    // Kept to put the genuine chain back after each tampering.
    await t.db.query(`CREATE TABLE genuine_audit_events AS SELECT * FROM audit_events`);
  });
  afterEach(async () => {
    await t.db.query(`DELETE FROM audit_events`);
    await t.db.query(`INSERT INTO audit_events SELECT * FROM genuine_audit_events`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs each checkpoint at the head it covers, with the entries hashed at version 2 to the microsecond', async () => {
    expect(checkpoints.map((c) => c.seq)).toEqual(['3', '6', '9', '10']);
    for (const c of checkpoints) {
      const [row]: { hash: string }[] = await t.db.query(`SELECT hash FROM audit_events WHERE seq = $1`, [c.seq]);
      expect(c.headHash).toBe(row.hash);
    }
    const all = await rows();
    expect(all.every((r) => r.hashVersion === 2)).toBe(true);
    // The stored time is what was hashed, to the microsecond: recomputing each hash from the rows gives it back.
    let prev = '0'.repeat(64);
    for (const r of all) {
      expect(auditEntryHash(prev, r)).toBe(r.hash);
      prev = r.hash;
    }
    const trail = await t.gql<{ auditTrail: { atMicros: string; hashVersion: number; hash: string }[] }>(
      `query($s: ID!) { auditTrail(subjectId: $s) { atMicros hashVersion hash } }`,
      { s: all[0].subjectId },
      t.adminKey,
    );
    expect(trail.data!.auditTrail[0]).toEqual({ atMicros: all[0].atMicros, hashVersion: 2, hash: all[0].hash });
  });

  it('verifies the genuine chain against every stored checkpoint', async () => {
    expect(await verify()).toEqual({
      intact: true,
      entriesChecked: head,
      brokenAtSeq: null,
      breakKind: null,
      reason: null,
      headSeq: String(head),
      checkpointsGiven: 4,
      checkpointsMatched: 4,
      anchoredThroughSeq: String(head),
      entriesAfterLastCheckpoint: '0',
    });
  });

  it('walks the chain in pages of any size, carrying the checkpoints across page boundaries', async () => {
    const audit = t.app.get(AuditService);
    const heads = checkpoints.map((c) => ({ seq: c.seq, headHash: c.headHash }));
    for (const size of [1, 2, 3, 4, head, head + 1]) {
      expect(await audit.verifyChain(heads, size)).toMatchObject({ intact: true, entries: head, checkpointsMatched: 4 });
    }
    await t.db.query(`UPDATE audit_events SET action = 'edited' WHERE seq = 5`);
    await rehashFrom(5);
    for (const size of [1, 2, 3, 4, head]) {
      expect(await audit.verifyChain(heads, size)).toMatchObject({
        intact: false,
        entries: 5,
        break: { seq: '6', kind: 'CHECKPOINT_MISMATCH' },
      });
    }
    await t.db.query(`DELETE FROM audit_events WHERE seq >= 9`);
    for (const size of [1, 2, 4, 8]) {
      expect(await audit.verifyChain(heads.slice(0, 1).concat(heads.slice(2)), size)).toMatchObject({
        intact: false,
        break: { seq: '9', kind: 'TRUNCATED' },
      });
    }
  });

  it('finds the last entry deleted: a truncation, at the first missing seq', async () => {
    await t.db.query(`DELETE FROM audit_events WHERE seq = $1`, [head]);
    expect(await verify()).toMatchObject({ intact: false, breakKind: 'TRUNCATED', brokenAtSeq: String(head), entriesChecked: head - 1 });
  });

  it('finds a forged entry with a correctly recomputed hash put in place of the checkpointed last one', async () => {
    await t.db.query(`UPDATE audit_events SET action = 'createOrganizationForged' WHERE seq = $1`, [head]);
    await rehashFrom(head);
    const r = await verify();
    expect(r).toMatchObject({ intact: false, breakKind: 'CHECKPOINT_MISMATCH', brokenAtSeq: String(head), anchoredThroughSeq: '9' });
    expect(r.reason).toMatch(/after seq 9/);
  });

  it('reports an entry appended after the last checkpoint, hash recomputed, as not yet anchored; a truncation of it is then invisible', async () => {
    const [last] = await rows(head);
    const forged = { ...last, seq: String(head + 1), action: 'forged', prevHash: last.hash };
    const hash = auditEntryHash(last.hash, forged)!;
    await t.db.query(
      `INSERT INTO audit_events (seq, at, hash_version, actor_type, actor_id, action, subject_type, subject_id, input_digest, prev_hash, hash)
       SELECT $1, at, 2, actor_type, actor_id, 'forged', subject_type, subject_id, input_digest, $2, $3 FROM audit_events WHERE seq = $4`,
      [head + 1, last.hash, hash, head],
    );
    expect(await verify()).toMatchObject({
      intact: true,
      headSeq: String(head + 1),
      anchoredThroughSeq: String(head),
      entriesAfterLastCheckpoint: '1',
    });
  });

  it('finds an entry edited and every later one re-hashed, at the first checkpoint after the edit', async () => {
    await t.db.query(`UPDATE audit_events SET subject_id = 'someone-else' WHERE seq = 4`);
    // Without re-hashing, the chain itself shows it.
    expect(await verify()).toMatchObject({ intact: false, breakKind: 'CONTENT', brokenAtSeq: '4' });
    await rehashFrom(4);
    const r = await verify();
    expect(r).toMatchObject({
      intact: false,
      breakKind: 'CHECKPOINT_MISMATCH',
      brokenAtSeq: '6',
      entriesChecked: 5,
      anchoredThroughSeq: '3',
    });
    expect(r.reason).toMatch(/after seq 3/);
  });

  it('finds a time moved by 400 µs, in the entry itself and, once every later hash is recomputed, against a checkpoint', async () => {
    await t.db.query(`UPDATE audit_events SET at = at + interval '400 microseconds' WHERE seq = 8`);
    expect(await verify()).toMatchObject({ intact: false, breakKind: 'CONTENT', brokenAtSeq: '8' });
    await rehashFrom(8);
    expect(await verify()).toMatchObject({ intact: false, breakKind: 'CHECKPOINT_MISMATCH', brokenAtSeq: '9', anchoredThroughSeq: '6' });
  });

  it('verifies against checkpoints given as input, kept outside: a writer who also deletes the stored ones is still found', async () => {
    const exported = await t.gql<{ auditCheckpoints: Checkpoint[] }>(EXPORT, {}, t.adminKey);
    expect(exported.errors).toBeUndefined();
    expect(exported.data!.auditCheckpoints).toEqual(checkpoints);
    const page = await t.gql<{ auditCheckpoints: Checkpoint[] }>(EXPORT, { after: '3', first: 2 }, t.adminKey);
    expect(page.data!.auditCheckpoints.map((c) => c.seq)).toEqual(['6', '9']);
    const outside = exported.data!.auditCheckpoints.map((c) => c.jws);

    expect(await verify(outside)).toMatchObject({ intact: true, checkpointsGiven: 4, checkpointsMatched: 4 });
    await t.db.query(`UPDATE audit_events SET input_digest = repeat('0', 64) WHERE seq = 2`);
    await rehashFrom(2);
    await t.db.query(`CREATE TABLE kept_checkpoints AS SELECT * FROM audit_checkpoints`);
    await t.db.query(`DELETE FROM audit_checkpoints`);
    try {
      // With the stored checkpoints gone, the database alone looks intact...
      expect(await verify()).toMatchObject({
        intact: true,
        checkpointsGiven: 0,
        anchoredThroughSeq: null,
        entriesAfterLastCheckpoint: String(head),
      });
      // ...but not against the copies kept outside.
      expect(await verify(outside)).toMatchObject({ intact: false, breakKind: 'CHECKPOINT_MISMATCH', brokenAtSeq: '3' });
      expect(await verify([outside[3]])).toMatchObject({ intact: false, breakKind: 'CHECKPOINT_MISMATCH', brokenAtSeq: String(head) });
    } finally {
      await t.db.query(`INSERT INTO audit_checkpoints SELECT * FROM kept_checkpoints`);
      await t.db.query(`DROP TABLE kept_checkpoints`);
    }
  });

  it('refuses a given checkpoint that is not signed by the platform key (BAD_USER_INPUT naming it), changing nothing', async () => {
    const before = await t.snapshot();
    const [h, p, s] = checkpoints[1].jws.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, headHash: 'f'.repeat(64) })).toString('base64url')}.${s}`;
    for (const bad of [forged, 'not-a-jws', `${h}.${p}.${s.slice(0, -4)}AAAA`]) {
      const err = expectError(await t.gql(VERIFY, { c: [checkpoints[0].jws, bad] }, t.adminKey), 'BAD_USER_INPUT');
      expect(err.message).toMatch(/checkpoints\[1\]/);
    }
    expectError(await t.gql(EXPORT, { first: 0 }, t.adminKey), 'BAD_USER_INPUT');
    expectError(await t.gql(EXPORT, { after: '-1' }, t.adminKey), 'BAD_USER_INPUT');
    expect(await t.snapshot()).toEqual(before);
  });

  it('finds a stored checkpoint whose signature was tampered with', async () => {
    const [h, p, s] = checkpoints[1].jws.split('.');
    await t.db.query(`UPDATE audit_checkpoints SET jws = $1 WHERE seq = 6`, [`${h}.${p}.${s.slice(0, -4)}AAAA`]);
    try {
      expect(await verify()).toMatchObject({ intact: false, breakKind: 'CHECKPOINT_INVALID', brokenAtSeq: '6' });
    } finally {
      await t.db.query(`UPDATE audit_checkpoints SET jws = $1 WHERE seq = 6`, [checkpoints[1].jws]);
    }
  });

  it('publishes the latest checkpoint at a public URL as a compact JWS that verifies with the platform key', async () => {
    const res = await t.http('/audit/checkpoint.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { format: string; platformKey: { thumbprint: string; publicJwk: JWK }; jws: string };
    expect(doc.format).toBe('battrace-audit-checkpoint/1');
    expect(await calculateJwkThumbprint(doc.platformKey.publicJwk, 'sha256')).toBe(doc.platformKey.thumbprint);
    // The same platform key as the trust list's.
    const trust = (await (await t.http('/trust/issuers.json')).json()) as { platformKey: { thumbprint: string } };
    expect(doc.platformKey.thumbprint).toBe(trust.platformKey.thumbprint);
    const { payload, protectedHeader } = await compactVerify(doc.jws, await importJWK(doc.platformKey.publicJwk, 'EdDSA'));
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: doc.platformKey.thumbprint, typ: 'audit-checkpoint+jwt' });
    const body = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
    const [last]: { hash: string }[] = await t.db.query(`SELECT hash FROM audit_events WHERE seq = $1`, [head]);
    expect(body).toMatchObject({
      type: 'BattraceAuditCheckpoint',
      seq: String(head),
      headHash: last.hash,
      platformKey: doc.platformKey.thumbprint,
    });
    expect(body.signedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('signs on demand for the administrator only, and not again while the chain has not moved', async () => {
    const before = await t.snapshot();
    expect((await sign()).seq).toBe(String(head));
    expect(await t.snapshot()).toEqual(before);
    const org = await newOrganization(t, 'BUYER');
    expectError(await t.gql(SIGN, {}, org.key), 'FORBIDDEN');
    expectError(await t.gql(SIGN), 'UNAUTHENTICATED');
    expectError(await t.gql(EXPORT, {}, org.key), 'FORBIDDEN');
    expectError(await t.gql(VERIFY, {}, org.key), 'FORBIDDEN');
    await t.db.query(`DELETE FROM audit_checkpoints WHERE seq > $1`, [head]);
  });
});

describe('audit checkpoints across API processes', () => {
  it('two processes on one database sign each head once, and the timer signs only when the chain moved', async () => {
    const a = await startTestApp();
    const b = await startTestApp({ DATABASE_URL: a.config.databaseUrl, AUDIT_CHECKPOINT_INTERVAL_SECONDS: '1' });
    try {
      expect((await a.http('/audit/checkpoint.json')).status).toBe(404);
      expectError(await a.gql(SIGN, {}, a.adminKey), 'CONFLICT');
      await newOrganization(a, 'BUYER');
      await newOrganization(b, 'BUYER');
      const signs = await Promise.all([a, b, a, b, a, b].map((x) => x.gql<{ signAuditCheckpoint: Checkpoint }>(SIGN, {}, x.adminKey)));
      expect(signs.every((r) => r.errors === undefined)).toBe(true);
      expect(new Set(signs.map((r) => r.data!.signAuditCheckpoint.jws)).size).toBe(1);
      expect(await a.db.query(`SELECT seq::text AS seq FROM audit_checkpoints`)).toEqual([{ seq: '2' }]);

      // Process b's timer checkpoints the next head by itself.
      await newOrganization(a, 'FORWARDER');
      let seqs: { seq: string }[] = [];
      for (let i = 0; i < 100 && seqs.length < 2; i++) {
        await new Promise((r) => setTimeout(r, 100));
        seqs = await a.db.query(`SELECT seq::text AS seq FROM audit_checkpoints ORDER BY audit_checkpoints.seq`);
      }
      expect(seqs).toEqual([{ seq: '2' }, { seq: '3' }]);
    } finally {
      await b.close();
      await a.close();
    }
  });
});

describe('AuditCheckpoints migration on a database that already holds a chain', () => {
  it('keeps the older entries verifying under hash version 1, and new entries follow them at version 2', async () => {
    const t = await startTestApp();
    const qr = t.db.createQueryRunner();
    try {
      const migration = new AuditCheckpoints1763901300000();
      await migration.down(qr);
      // Entries as the code before this migration wrote them: time in milliseconds, hashed as version 1.
      let prev = '0'.repeat(64);
      for (let seq = 1; seq <= 3; seq++) {
        const e = {
          seq: String(seq),
          atMicros: String(1_767_225_600_123_000 + seq * 1000),
          hashVersion: 1,
          actorType: 'ADMIN',
          actorId: 'admin',
          action: 'createOrganization',
          subjectType: 'Organization',
          subjectId: `old-${seq}`,
          inputDigest: 'a'.repeat(64),
        };
        const hash = auditEntryHash(prev, e)!;
        await qr.query(
          `INSERT INTO audit_events (seq, at, actor_type, actor_id, action, subject_type, subject_id, input_digest, prev_hash, hash)
           VALUES ($1, to_timestamp($2::bigint / 1000000.0), $3, $4, $5, $6, $7, $8, $9, $10)`,
          [e.seq, e.atMicros, e.actorType, e.actorId, e.action, e.subjectType, e.subjectId, e.inputDigest, prev, hash],
        );
        prev = hash;
      }
      await migration.up(qr);
      await newOrganization(t, 'BUYER');
      const versions: { v: number }[] = await t.db.query(`SELECT hash_version AS v FROM audit_events ORDER BY audit_events.seq`);
      expect(versions.map((r) => r.v)).toEqual([1, 1, 1, 2]);
      const cp = await t.gql<{ signAuditCheckpoint: Checkpoint }>(SIGN, {}, t.adminKey);
      expect(cp.data!.signAuditCheckpoint.seq).toBe('4');
      const r = await t.gql<{ verifyAuditChain: Report }>(VERIFY, {}, t.adminKey);
      expect(r.data!.verifyAuditChain).toMatchObject({ intact: true, entriesChecked: 4, checkpointsMatched: 1 });
    } finally {
      await qr.release();
      await t.close();
    }
  });
});
