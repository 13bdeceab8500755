import { newOrganization, newWorld } from '../support/factories';
import { GqlResult, startTestApp, TestApp } from '../support/test-app';
import { displayPrefix, generateApiKey, hashApiKey } from '../../src/organizations/api-key-secret';

const PARK_INPUT = { name: 'Refused park', country: 'CN', province: 'Inner Mongolia', gridRegion: 'CN-NM' };

/** `{ a { b { ... } } }` nesting: plant -> park -> plants -> park ..., `levels` fields deep below `batches.nodes`. */
function nestedBatches(levels: number): string {
  let inner = 'name';
  for (let i = levels; i > 0; i--) inner = `${i % 2 === 1 ? 'park' : 'plants'} { ${inner} }`;
  return `{ batches { nodes { plant { ${inner} } } } }`;
}

describe('GraphQL protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** The document is refused before execution with `code` (no data at all), and nothing is written. */
  async function refused(code: string, query: string, variables: Record<string, unknown> = {}, key: string | null = t.adminKey) {
    const before = await t.snapshot();
    const r: GqlResult = await t.gql(query, variables, key);
    expect(r.data).toBeNull();
    expect(r.errors?.map((e) => e.extensions?.code)).toContain(code);
    expect(r.status).toBe(400);
    expect(await t.snapshot()).toEqual(before);
    return r.errors!.find((e) => e.extensions?.code === code)!;
  }

  const parkExists = async (code: string) =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM parks WHERE code = $1`, [code])) as { n: number }[])[0].n > 0;

  describe('depth', () => {
    it('refuses a query deeper than the limit (10) with QUERY_TOO_DEEP; a shallower one runs', async () => {
      // batches, nodes, plant, 8 levels and the leaf: 12 fields deep.
      const err = await refused('QUERY_TOO_DEEP', nestedBatches(8));
      // The walk stops at the first level past the limit.
      expect(err.message).toBe('query depth of at least 11 exceeds the limit of 10');
      // (The exact boundary is in src/graphql/graphql-protection.spec.ts: deep real queries here also cost too much.)
      const ok = await t.gql(nestedBatches(2));
      expect(ok.errors).toBeUndefined();
    });

    it('counts fragments where they are spread', async () => {
      const q = `fragment P on Plant { park { plants { park { plants { park { plants { park { name } } } } } } } }
                 { batches { nodes { plant { ...P } } } }`;
      await refused('QUERY_TOO_DEEP', q);
    });

    it('refuses a too-deep mutation before its resolver runs: nothing is created', async () => {
      const q = `mutation($input: CreateParkInput!) { createPark(input: $input) {
        plants { park { plants { park { plants { park { plants { park { plants { park { id } } } } } } } } } } } }`;
      await refused('QUERY_TOO_DEEP', q, { input: { ...PARK_INPUT, code: 'DEEP-1' } });
      expect(await parkExists('DEEP-1')).toBe(false);
    });
  });

  describe('aliases', () => {
    const aliased = (n: number, field = 'me { actorType }') => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

    it('refuses more aliases than the limit (20) with TOO_MANY_ALIASES and accepts 20', async () => {
      const err = await refused('TOO_MANY_ALIASES', `{ ${aliased(21)} }`);
      expect(err.message).toBe('at least 21 aliases exceed the limit of 20');
      const ok = await t.gql<Record<string, unknown>>(`{ ${aliased(20)} }`);
      expect(ok.errors).toBeUndefined();
      expect(Object.keys(ok.data!)).toHaveLength(20);
    });

    it('refuses an aliased batch of mutations before any of them runs', async () => {
      const parts = Array.from(
        { length: 21 },
        (_, i) =>
          `p${i}: createPark(input: { code: "ALIAS-${i}", name: "Alias ${i}", country: "CN", province: "NM", gridRegion: "CN-NM" }) { id }`,
      );
      await refused('TOO_MANY_ALIASES', `mutation { ${parts.join(' ')} }`);
      expect(await parkExists('ALIAS-0')).toBe(false);
    });
  });

  describe('cost', () => {
    it('refuses batches(first: 500) { nodes { units(first: 500) ... } } with QUERY_TOO_COSTLY', async () => {
      const err = await refused('QUERY_TOO_COSTLY', `{ batches(first: 500) { nodes { units(first: 500) { nodes { serial } } } } }`);
      expect(err.message).toMatch(/^query cost of at least \d+ exceeds the limit of 20000$/);
    });

    it('costs a page size given as a variable at the size it asks for, on every request of the same text', async () => {
      const q = `query($n: Int) { batches(first: $n) { nodes { units(first: $n) { nodes { serial } } } } }`;
      // 1 + n + n + n^2 + n^2: within 20000 up to n = 99.
      const small = await t.gql(q, { n: 2 }, t.adminKey);
      expect(small.errors).toBeUndefined();
      const err = await refused('QUERY_TOO_COSTLY', q, { n: 500 });
      expect(err.message).toMatch(/^query cost of at least \d+ exceeds the limit of 20000$/);
      // The validated text is cached: the next request is costed with its own variables again.
      expect((await t.gql(q, { n: 99 }, t.adminKey)).errors).toBeUndefined();
      await refused('QUERY_TOO_COSTLY', q, { n: 100 });
    });

    it('refuses the fragment fan-out (2^25 fields in 1 KB) with QUERY_TOO_COSTLY while /health keeps answering', async () => {
      // { ...L0 } fragment L0 on Query { ...L1 ...L1 } … fragment L25 on Query { __typename }; the
      // fragments are renamed for each request so that no validation cache answers it.
      const fanOut = (prefix: string) =>
        `{ ...${prefix}0 } ` +
        Array.from({ length: 25 }, (_, i) => `fragment ${prefix}${i} on Query { ...${prefix}${i + 1} ...${prefix}${i + 1} }`).join(' ') +
        ` fragment ${prefix}25 on Query { __typename }`;
      const before = await t.snapshot();
      const [r, health] = await Promise.all([t.gql(fanOut('A'), {}, null), t.http('/health')]);
      expect(r.status).toBe(400);
      expect(r.data).toBeNull();
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
      expect(health.status).toBe(200);
      // Several at once, anonymous, each differently named: all refused, /health answers alongside.
      const started = performance.now();
      const [many, health2] = await Promise.all([
        Promise.all(['B', 'C', 'D', 'E'].map((p) => t.gql(fanOut(p), {}, null))),
        t.http('/health'),
      ]);
      // A sanity bound only (the 50 ms target is measured in bench/graphql-limits.bench.ts); unbounded, this took minutes.
      expect(performance.now() - started).toBeLessThan(10_000);
      for (const m of many) expect(m.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
      expect(health2.status).toBe(200);
      expect(await t.snapshot()).toEqual(before);
    });

    it('refuses a too-costly mutation before its resolver runs', async () => {
      const q = `mutation($input: CreateParkInput!) { createPark(input: $input) { plants { park { plants { park { plants { id } } } } } } }`;
      await refused('QUERY_TOO_COSTLY', q, { input: { ...PARK_INPUT, code: 'COSTLY-1' } });
      expect(await parkExists('COSTLY-1')).toBe(false);
    });
  });

  describe('tokens', () => {
    it('refuses a document of more than 2000 tokens with a syntax error from the parser', async () => {
      const r = await t.gql(`{ me { ${'actorType '.repeat(2100)} } }`);
      expect(r.status).toBe(400);
      expect(r.data).toBeNull();
      expect(r.errors?.[0].message).toMatch(/^Syntax Error: Document contains more th(at|an) 2000 tokens\. Parsing aborted\.$/);
    });

    it('refuses a mutation of too many tokens before its resolver runs', async () => {
      const before = await t.snapshot();
      const r = await t.gql(
        `mutation($input: CreateParkInput!) { createPark(input: $input) { ${'id '.repeat(2100)} } }`,
        { input: { ...PARK_INPUT, code: 'TOKENS-1' } },
        t.adminKey,
      );
      expect(r.errors?.[0].message).toMatch(/2000 tokens/);
      expect(await t.snapshot()).toEqual(before);
    });
  });

  describe('request body', () => {
    it('answers 413 PAYLOAD_TOO_LARGE to a body over the limit (4 MiB) with a clear message, and writes nothing', async () => {
      const before = await t.snapshot();
      const res = await t.http('/graphql', {
        method: 'POST',
        key: t.adminKey,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation($input: CreateParkInput!) { createPark(input: $input) { id } }`,
          variables: { input: { ...PARK_INPUT, code: 'HUGE-1', province: 'x'.repeat(4 * 1024 * 1024) } },
        }),
      });
      expect(res.status).toBe(413);
      const body = (await res.json()) as GqlResult;
      expect(body.errors?.[0]).toMatchObject({ message: 'Request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
      expect(await t.snapshot()).toEqual(before);
    });

    it('answers 400 BAD_REQUEST to a body that is not JSON, not a server error', async () => {
      const res = await t.http('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(res.status).toBe(400);
      const body = (await res.json()) as GqlResult;
      expect(body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(body.errors?.[0].message).toMatch(/JSON/);
    });
  });

  describe('schema', () => {
    it('is introspectable outside production, and GraphiQL is served', async () => {
      const r = await t.gql<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`);
      expect(r.data!.__schema.queryType.name).toBe('Query');
      expect((await t.http('/graphiql')).status).toBe(200);
    });

    it('has no non-null input field or argument with a default value (graphql-jit would refuse it when omitted)', async () => {
      interface TypeRef {
        kind: string;
        name: string | null;
      }
      interface InputValue {
        name: string;
        type: TypeRef;
        defaultValue: string | null;
      }
      const r = await t.gql<{
        __schema: { types: { name: string; inputFields: InputValue[] | null; fields: { name: string; args: InputValue[] }[] | null }[] };
      }>(`{ __schema { types { name
            inputFields { name defaultValue type { kind name } }
            fields { name args { name defaultValue type { kind name } } } } } }`);
      const offenders: string[] = [];
      for (const type of r.data!.__schema.types) {
        if (type.name.startsWith('__')) continue;
        for (const f of type.inputFields ?? [])
          if (f.type.kind === 'NON_NULL' && f.defaultValue !== null) offenders.push(`${type.name}.${f.name}`);
        for (const field of type.fields ?? [])
          for (const a of field.args)
            if (a.type.kind === 'NON_NULL' && a.defaultValue !== null) offenders.push(`${type.name}.${field.name}(${a.name})`);
      }
      expect(offenders).toEqual([]);
    });

    it('applies input defaults on every call, not only the first (the JIT-compiled path)', async () => {
      const w = await newWorld(t);
      const q = `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { declaredCellCount declaredPackCount } }`;
      for (let i = 0; i < 4; i++) {
        const r = await t.gql<{ registerBatch: { declaredCellCount: number; declaredPackCount: number } }>(
          q,
          {
            input: {
              batchNumber: `JIT-${i}`,
              modelId: w.model.id,
              plantId: w.plant.id,
              productionStart: '2026-03-01T00:00:00Z',
              productionEnd: '2026-03-02T00:00:00Z',
            },
          },
          w.manufacturer.key,
        );
        expect(r.errors).toBeUndefined();
        expect(r.data!.registerBatch).toEqual({ declaredCellCount: 0, declaredPackCount: 0 });
      }
    });
  });
});

describe('GraphQL protection: per-key rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await t.close();
  });

  /**
   * An organization and key written straight to this test's database: created through the API,
   * the administrator's own requests would count against a limit shared (in Redis) with any
   * other run of this file at the same time.
   */
  async function keyedOrganization(): Promise<string> {
    const key = generateApiKey();
    const [org]: { id: string }[] = await t.db.query(`INSERT INTO organizations (kind, name) VALUES ('BUYER', $1) RETURNING id`, [
      `rate-limited ${key.slice(4, 14)}`,
    ]);
    await t.db.query(`INSERT INTO api_keys (organization_id, name, prefix, key_hash) VALUES ($1, 'k', $2, $3)`, [
      org.id,
      displayPrefix(key),
      hashApiKey(key),
    ]);
    return key;
  }

  const me = (key: string) =>
    t.http('/graphql', {
      method: 'POST',
      key,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { actorType } }' }),
    });

  it('answers the 4th request of a key within a minute with 429 RATE_LIMITED; other keys are not affected', async () => {
    const [k1, k2] = [await keyedOrganization(), await keyedOrganization()];
    // The window is a calendar minute: do not start within 3 s of its end (a bounded wait).
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 3000) await new Promise((r) => setTimeout(r, left + 50));

    for (let i = 1; i <= 3; i++) {
      const res = await me(k1);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(3 - i));
    }
    const limited = await me(k1);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toMatch(/rate limit of 3 requests per minute exceeded/);

    expect((await me(k2)).status).toBe(200);
    // Health and metrics are never limited.
    expect((await t.http('/health', { key: k1 })).status).toBe(200);
  });
});

describe('GraphQL protection: production', () => {
  let t: TestApp;
  beforeAll(async () => {
    // CERT_KEK is required in production (src/config/env.ts); any 32 bytes do for this test.
    t = await startTestApp({ NODE_ENV: 'production', CERT_KEK: Buffer.alloc(32, 1).toString('base64') });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses introspection and serves no GraphiQL, while ordinary queries work', async () => {
    for (const q of [`{ __schema { queryType { name } } }`, `{ __type(name: "Batch") { fields { name } } }`]) {
      const r = await t.gql(q);
      expect(r.data).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors?.[0].message).toMatch(/introspection has been disabled/);
    }
    expect((await t.http('/graphiql')).status).toBe(404);
    const org = await newOrganization(t, 'BUYER');
    const me = await t.gql<{ me: { actorType: string } }>(`{ me { actorType } }`, {}, org.key);
    expect(me.data!.me.actorType).toBe('ORGANIZATION');
  });
});
