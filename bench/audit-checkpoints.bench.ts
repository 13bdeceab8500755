import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { auditEntryHash, GENESIS_HASH } from '../src/audit/audit-chain';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { apiEnv, gql, newAdminKey } from './support/world';

/**
 * Audit checkpoints (issue 12 targets):
 * 1. A mutation's latency with checkpoints signed every second (the worst case of the timer)
 *    within 10% of the same mutation with checkpointing off: two API children, each on its own
 *    database, measured in interleaved rounds of createOrganization (one audit append each).
 * 2. verifyAuditChain over a chain of BENCH_AUDIT_ENTRIES entries (default 1,000,000) against
 *    its checkpoints (one every BENCH_AUDIT_CHECKPOINT_EVERY entries) in under 10 s, beside the
 *    same walk without checkpoints. The entries are computed in Node with correct version-2 hashes
 *    and inserted directly with SQL; each checkpoint is signed by the API (signAuditCheckpoint).
 */
const MUTATIONS = Number(process.env.BENCH_AUDIT_MUTATIONS ?? 300);
const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 1_000_000);
const CHECKPOINT_EVERY = Number(process.env.BENCH_AUDIT_CHECKPOINT_EVERY ?? 10_000);
const INSERT_BATCH = 50_000;
const VERIFY_TARGET_MS = 10_000;

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
const SIGN = `mutation { signAuditCheckpoint { seq } }`;
const VERIFY = `query($c: [String!]) { verifyAuditChain(checkpoints: $c) { intact entriesChecked checkpointsMatched reason } }`;

/** Input digests for the written entries (what a mutation's canonical input hashes to; their contents do not matter here). */
const DIGESTS = Array.from({ length: 16 }, (_, i) => createHash('sha256').update(`input ${i}`).digest('hex'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startApi(name: string, databaseUrl: string, adminKey: string, interval: string): Promise<ChildServer> {
  return startServer({
    name,
    script: 'dist/src/main.js',
    env: apiEnv(databaseUrl, adminKey, { AUDIT_CHECKPOINT_INTERVAL_SECONDS: interval }),
    ready: healthReady,
  });
}

export async function run(): Promise<BenchResult[]> {
  return [await appendLatency(), await verifyLargeChain()];
}

async function appendLatency(): Promise<BenchResult> {
  const adminKey = newAdminKey();
  const dbOff = freshDatabaseUrl();
  const dbOn = freshDatabaseUrl();
  const servers: ChildServer[] = [];
  try {
    servers.push(await startApi('audit-off', dbOff, adminKey, '0'));
    servers.push(await startApi('audit-on', dbOn, adminKey, '1'));
    const [off, on] = servers;
    const create = async (url: string, i: number, tag: string) => {
      const t0 = performance.now();
      await gql(url, CREATE_ORG, { input: { kind: 'BUYER', name: `bench-${tag}-${i}`, country: 'DE' } }, adminKey);
      return performance.now() - t0;
    };
    // Warm both up, then alternate so that the machine's noise falls on both alike.
    for (let i = 0; i < 20; i++) {
      await create(off.url, i, 'warm');
      await create(on.url, i, 'warm');
    }
    const msOff: number[] = [];
    const msOn: number[] = [];
    for (let i = 0; i < MUTATIONS; i++) {
      if (i % 2 === 0) {
        msOff.push(await create(off.url, i, 'm'));
        msOn.push(await create(on.url, i, 'm'));
      } else {
        msOn.push(await create(on.url, i, 'm'));
        msOff.push(await create(off.url, i, 'm'));
      }
    }
    const client = new Client({ connectionString: dbOn });
    await client.connect();
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM audit_checkpoints`)).rows as { n: number }[];
    await client.end();
    return result(
      'createOrganization latency with audit checkpoints signed every second (median)',
      median(msOn),
      'ms',
      { value: median(msOff), unit: 'ms', what: 'the same mutation with checkpointing off, interleaved in the same run' },
      { note: 'target (issue 12): ratio ≤ 1.10', mutations: MUTATIONS, checkpointsSignedMeanwhile: n },
    );
  } finally {
    for (const s of servers) await s.stop();
    await dropDatabase(dbOff);
    await dropDatabase(dbOn);
  }
}

async function verifyLargeChain(): Promise<BenchResult> {
  const adminKey = newAdminKey();
  const db = freshDatabaseUrl();
  let server: ChildServer | null = null;
  const client = new Client({ connectionString: db });
  try {
    server = await startApi('audit-verify', db, adminKey, '0');
    await client.connect();
    await client.query(`DELETE FROM audit_events`);
    note(`audit: writing a ${ENTRIES}-entry chain, a checkpoint every ${CHECKPOINT_EVERY}`);
    const t0 = performance.now();
    const start = 1_767_225_600_000_000n;
    let prev = GENESIS_HASH;
    let seq = 0;
    let checkpoints = 0;
    while (seq < ENTRIES) {
      const n = Math.min(INSERT_BATCH, ENTRIES - seq, CHECKPOINT_EVERY - (seq % CHECKPOINT_EVERY));
      const cols: string[][] = Array.from({ length: 10 }, () => []);
      for (let i = 0; i < n; i++) {
        seq += 1;
        const e = {
          seq: String(seq),
          atMicros: (start + BigInt(seq) * 1_137n).toString(),
          hashVersion: 2,
          actorType: 'ORGANIZATION',
          actorId: `org-${seq % 97}`,
          action: 'registerUnits',
          subjectType: 'Batch',
          subjectId: `batch-${seq % 1009}`,
          inputDigest: DIGESTS[seq % DIGESTS.length],
        };
        const hash = auditEntryHash(prev, e)!;
        [e.seq, e.atMicros, e.actorType, e.actorId, e.action, e.subjectType, e.subjectId, e.inputDigest, prev, hash].forEach((v, k) =>
          cols[k].push(v),
        );
        prev = hash;
      }
      await client.query(
        `INSERT INTO audit_events (seq, at, hash_version, actor_type, actor_id, action, subject_type, subject_id, input_digest, prev_hash, hash)
         SELECT s, 'epoch'::timestamptz + us * interval '1 microsecond', 2, a, b, c, d, e, f, g, h
           FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
             AS t(s, us, a, b, c, d, e, f, g, h)`,
        cols,
      );
      if (seq % CHECKPOINT_EVERY === 0 || seq === ENTRIES) {
        await gql(server.url, SIGN, {}, adminKey);
        checkpoints += 1;
      }
    }
    await client.query(`VACUUM ANALYZE audit_events`);
    note(`audit: chain written in ${((performance.now() - t0) / 1000).toFixed(1)} s; verifying`);

    const timeVerify = async (given?: string[]) => {
      const t1 = performance.now();
      const r = await gql<{
        verifyAuditChain: { intact: boolean; entriesChecked: number; checkpointsMatched: number; reason: string | null };
      }>(server!.url, VERIFY, given ? { c: given } : {}, adminKey);
      const ms = performance.now() - t1;
      if (!r.verifyAuditChain.intact || r.verifyAuditChain.entriesChecked !== ENTRIES) {
        throw new Error(`the bench chain did not verify: ${JSON.stringify(r.verifyAuditChain)}`);
      }
      return { ms, matched: r.verifyAuditChain.checkpointsMatched };
    };
    await timeVerify([]); // warms PostgreSQL's cache, so that neither timed walk pays for the first read
    const plain = await timeVerify([]);
    const anchored = await timeVerify();
    if (anchored.matched !== checkpoints) throw new Error(`matched ${anchored.matched} of ${checkpoints} checkpoints`);
    return result(
      `verifyAuditChain over ${ENTRIES} entries against ${checkpoints} signed checkpoints`,
      anchored.ms / 1000,
      's',
      { value: plain.ms / 1000, unit: 's', what: 'the same walk without checkpoints' },
      { note: `target (issue 12): < ${VERIFY_TARGET_MS / 1000} s for 1,000,000 entries`, entries: ENTRIES, checkpoints },
    );
  } finally {
    await client.end().catch(() => undefined);
    if (server) await server.stop();
    await dropDatabase(db);
  }
}
