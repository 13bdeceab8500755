import { newOrganization, OrgHandle } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const REACH_MS = 1000;

/**
 * Two API processes on one database and one Redis, as in a deployment with several API
 * processes: a key revoked through one stops working on the other within a second, although the
 * other had just accepted (and cached) it.
 */
describe('API key revocation across API processes', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    // Two API processes of one deployment: one database, one Redis prefix (revocations are published under it).
    b = await startTestApp({ DATABASE_URL: a.config.databaseUrl, BULLMQ_PREFIX: a.config.jobs.queuePrefix });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const me = (t: TestApp, key: string) =>
    t.gql<{ me: { actorType: string; apiKeyId: string | null } }>(`{ me { actorType apiKeyId } }`, {}, key);

  async function keyIdOf(org: OrgHandle): Promise<string> {
    const r = await me(a, org.key);
    return r.data!.me.apiKeyId!;
  }

  /** Asks `t` with `key` until it is refused or REACH_MS have passed; returns how long it took. */
  async function refusedWithin(t: TestApp, key: string, since: number): Promise<number | null> {
    while (performance.now() - since < REACH_MS) {
      const r = await me(t, key);
      if (r.status === 401) return performance.now() - since;
      if (r.data?.me.actorType !== 'ORGANIZATION') throw new Error(`unexpected answer ${JSON.stringify(r)}`);
    }
    return null;
  }

  it('a key revoked on A is refused on B within a second, and stays refused', async () => {
    const org = await newOrganization(a, 'BUYER');
    const keyId = await keyIdOf(org);
    // B accepts the key, and so holds it in its cache.
    for (let i = 0; i < 3; i++) expect((await me(b, org.key)).data!.me.actorType).toBe('ORGANIZATION');

    const revoke = await a.gql<{ revokeApiKey: { id: string } }>(
      `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }`,
      { input: { keyId } },
      org.key,
    );
    expect(revoke.errors).toBeUndefined();
    const since = performance.now();

    expect(await refusedWithin(b, org.key, since)).not.toBeNull();
    expect((await me(a, org.key)).status).toBe(401);
    expect((await me(b, org.key)).status).toBe(401);
    // A write with the revoked key is refused on B and changes nothing.
    const before = await b.snapshot();
    const write = await b.http('/graphql', {
      method: 'POST',
      key: org.key,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { createApiKey(input: { name: "after", organizationId: "${org.id}" }) { apiKey } }` }),
    });
    expect(write.status).toBe(401);
    expect(((await write.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect(await b.snapshot()).toEqual(before);
  });

  it('revoking one key leaves the organization’s other keys working on B', async () => {
    const org = await newOrganization(a, 'BUYER');
    const second = await a.gql<{ createApiKey: { apiKey: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey } }`,
      { input: { name: 'second', organizationId: org.id } },
      a.adminKey,
    );
    const otherKey = second.data!.createApiKey.apiKey;
    expect((await me(b, otherKey)).data!.me.actorType).toBe('ORGANIZATION');
    expect((await me(b, org.key)).data!.me.actorType).toBe('ORGANIZATION');

    await a.gql(
      `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }`,
      { input: { keyId: await keyIdOf(org) } },
      org.key,
    );
    expect(await refusedWithin(b, org.key, performance.now())).not.toBeNull();
    expect((await me(b, otherKey)).data!.me.actorType).toBe('ORGANIZATION');
  });
});
