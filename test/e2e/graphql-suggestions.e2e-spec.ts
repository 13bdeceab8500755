import { randomBytes } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';

/** Mistyped names of every kind graphql-js would suggest a near name for. */
const MISTAKES: { query: string; variables?: Record<string, unknown> }[] = [
  { query: '{ batche { id } }' },
  { query: '{ me { actorTyp } }' },
  { query: '{ batches(firs: 1) { totalCount } }' },
  { query: 'query($f: BatchFiltr) { batches(filter: $f) { totalCount } }' },
  { query: 'query($f: BatchFilter) { batches(filter: $f) { totalCount } }', variables: { f: { statu: 'SHIPPED' } } },
  { query: '{ batches(filter: { status: DELIVERD }) { totalCount } }' },
];

async function messages(t: TestApp): Promise<string[]> {
  const out: string[] = [];
  for (const m of MISTAKES) {
    const r = await t.gql(m.query, m.variables ?? {});
    expect(r.errors?.length).toBeGreaterThan(0);
    out.push(...r.errors!.map((e) => e.message));
  }
  return out;
}

describe('GraphQL field suggestions', () => {
  it('are given outside production (so the mistakes below do draw suggestions)', async () => {
    const t = await startTestApp();
    try {
      const all = await messages(t);
      expect(all.filter((m) => /Did you mean/.test(m)).length).toBeGreaterThanOrEqual(MISTAKES.length);
    } finally {
      await t.close();
    }
  });

  it('are cut in production, the rest of each message kept', async () => {
    const t = await startTestApp({
      NODE_ENV: 'production',
      CERT_KEK: randomBytes(32).toString('base64'),
      SEED_DEMO: 'false',
    });
    try {
      expect(t.config.nodeEnv).toBe('production');
      const all = await messages(t);
      for (const m of all) expect(m).not.toMatch(/Did you mean|"actorType"|"first"|"status"|"DELIVERED"/);
      expect(all).toContain('Cannot query field "batche" on type "Query".');
      expect(all).toContain('Unknown argument "firs" on field "Query.batches".');
      expect(all).toContain('Value "DELIVERD" does not exist in "BatchStatus" enum.');
    } finally {
      await t.close();
    }
  });
});
