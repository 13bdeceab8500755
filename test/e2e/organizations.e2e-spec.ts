import { createHash } from 'node:crypto';
import { newOrganization } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id kind name country } key { id prefix revokedAt } apiKey }
}`;
const ME = `{ me { actorType apiKeyId organization { id name kind } } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key { id organizationId name prefix } apiKey } }`;
const REVOKE_KEY = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id revokedAt } }`;

interface MeResult {
  me: { actorType: string; apiKeyId: string | null; organization: { id: string; name: string; kind: string } | null };
}

describe('organizations and API keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets the administrator create an organization whose key then works as a Bearer token', async () => {
    const r = await t.gql<{
      createOrganization: {
        organization: { id: string; kind: string; name: string; country: string };
        key: { id: string; prefix: string; revokedAt: string | null };
        apiKey: string;
      };
    }>(CREATE_ORG, { input: { kind: 'CERTIFIER', name: 'Verifier Alpha', country: 'fr' } }, t.adminKey);
    expect(r.errors).toBeUndefined();
    const { organization, key, apiKey } = r.data!.createOrganization;
    expect(organization).toMatchObject({ kind: 'CERTIFIER', name: 'Verifier Alpha', country: 'FR' });
    expect(apiKey.startsWith(key.prefix)).toBe(true);
    expect(key.revokedAt).toBeNull();

    const me = await t.gql<MeResult>(ME, {}, apiKey);
    expect(me.data!.me).toEqual({
      actorType: 'ORGANIZATION',
      apiKeyId: key.id,
      organization: { id: organization.id, name: 'Verifier Alpha', kind: 'CERTIFIER' },
    });
  });

  it('answers me for the administrator and for a caller without a key', async () => {
    expect((await t.gql<MeResult>(ME, {}, t.adminKey)).data!.me).toEqual({ actorType: 'ADMIN', apiKeyId: null, organization: null });
    expect((await t.gql<MeResult>(ME)).data!.me).toEqual({ actorType: 'ANONYMOUS', apiKeyId: null, organization: null });
  });

  it('stores only the SHA-256 of a key: the key text is nowhere in its row', async () => {
    const org = await newOrganization(t, 'BUYER');
    const rows: { row: string; key_hash: string }[] = await t.db.query(
      `SELECT row_to_json(k)::text AS row, k.key_hash FROM api_keys k WHERE k.organization_id = $1`,
      [org.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].key_hash).toBe(createHash('sha256').update(org.key).digest('hex'));
    expect(rows[0].row).not.toContain(org.key);
    // Not even the random part after the display prefix.
    expect(rows[0].row).not.toContain(org.key.slice(12, 30));
    // Nor anywhere else in the database: the audit entry records the key id, not the key.
    const audit: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events a WHERE row_to_json(a)::text LIKE '%' || $1 || '%'`,
      [org.key.slice(12)],
    );
    expect(audit[0].n).toBe(0);
  });

  it('creates further keys, lists them for the administrator, and each key is its own caller', async () => {
    const org = await newOrganization(t, 'FORWARDER');
    const r = await t.gql<{ createApiKey: { key: { id: string; organizationId: string; name: string }; apiKey: string } }>(
      CREATE_KEY,
      { input: { organizationId: org.id, name: 'ci pipeline' } },
      t.adminKey,
    );
    expect(r.errors).toBeUndefined();
    const second = r.data!.createApiKey;
    expect(second.key).toMatchObject({ organizationId: org.id, name: 'ci pipeline' });
    expect(second.apiKey).not.toBe(org.key);

    const me = await t.gql<MeResult>(ME, {}, second.apiKey);
    expect(me.data!.me.apiKeyId).toBe(second.key.id);
    expect(me.data!.me.organization!.id).toBe(org.id);

    const list = await t.gql<{ apiKeys: { id: string; name: string }[] }>(
      `query($o: ID!) { apiKeys(organizationId: $o) { id name } }`,
      { o: org.id },
      t.adminKey,
    );
    expect(list.data!.apiKeys.map((k) => k.name)).toEqual(['default', 'ci pipeline']);
    // The list is for the administrator only.
    expectError(await t.gql(`query($o: ID!) { apiKeys(organizationId: $o) { id } }`, { o: org.id }, org.key), 'FORBIDDEN');
  });

  it('refuses createApiKey for an unknown organization with NOT_FOUND and writes nothing', async () => {
    const before = await t.snapshot();
    const err = expectError(
      await t.gql(CREATE_KEY, { input: { organizationId: '00000000-0000-4000-8000-000000000000', name: 'x' } }, t.adminKey),
      'NOT_FOUND',
    );
    expect(err.extensions?.field).toBe('input.organizationId');
    expect(await t.snapshot()).toEqual(before);
  });

  it('revokes a key: the key fails with UNAUTHENTICATED at once, other keys keep working', async () => {
    const org = await newOrganization(t, 'MANUFACTURER');
    const extra = (
      await t.gql<{ createApiKey: { key: { id: string }; apiKey: string } }>(
        CREATE_KEY,
        { input: { organizationId: org.id, name: 'to revoke' } },
        t.adminKey,
      )
    ).data!.createApiKey;
    // Used once so that it sits in the per-process cache of known keys.
    expect((await t.gql<MeResult>(ME, {}, extra.apiKey)).data!.me.actorType).toBe('ORGANIZATION');

    const r = await t.gql<{ revokeApiKey: { id: string; revokedAt: string | null } }>(
      REVOKE_KEY,
      { input: { keyId: extra.key.id } },
      t.adminKey,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.revokeApiKey.revokedAt).not.toBeNull();

    const refused = await t.http('/graphql', {
      method: 'POST',
      key: extra.apiKey,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ME }),
    });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    // Revocation is idempotent, and the organization's first key is untouched.
    expect((await t.gql(REVOKE_KEY, { input: { keyId: extra.key.id } }, t.adminKey)).errors).toBeUndefined();
    expect((await t.gql<MeResult>(ME, {}, org.key)).data!.me.organization!.id).toBe(org.id);
  });

  it('lets an organization revoke its own key but not another organization’s', async () => {
    const a = await newOrganization(t, 'BUYER');
    const b = await newOrganization(t, 'BUYER');
    const [aKey] = (
      await t.gql<{ apiKeys: { id: string }[] }>(`query($o: ID!) { apiKeys(organizationId: $o) { id } }`, { o: a.id }, t.adminKey)
    ).data!.apiKeys;

    const before = await t.snapshot();
    const err = expectError(await t.gql(REVOKE_KEY, { input: { keyId: aKey.id } }, b.key), 'FORBIDDEN');
    expect(err.extensions?.field).toBe('input.keyId');
    expect(await t.snapshot()).toEqual(before);
    expect((await t.gql<MeResult>(ME, {}, a.key)).data!.me.actorType).toBe('ORGANIZATION');

    expect((await t.gql(REVOKE_KEY, { input: { keyId: aKey.id } }, a.key)).errors).toBeUndefined();
    expect(
      (await t.http('/graphql', { method: 'POST', key: a.key, headers: { 'content-type': 'application/json' }, body: '{}' })).status,
    ).toBe(401);
  });

  it('refuses createOrganization from a non-administrator with FORBIDDEN and writes nothing', async () => {
    const org = await newOrganization(t, 'MANUFACTURER');
    const before = await t.snapshot();
    expectError(await t.gql(CREATE_ORG, { input: { kind: 'BUYER', name: 'Sneaky buyer' } }, org.key), 'FORBIDDEN');
    expectError(await t.gql(CREATE_KEY, { input: { organizationId: org.id, name: 'more' } }, org.key), 'FORBIDDEN');
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses a mutation without a key with UNAUTHENTICATED and writes nothing', async () => {
    const before = await t.snapshot();
    const err = expectError(await t.gql(CREATE_ORG, { input: { kind: 'BUYER', name: 'Nobody' } }), 'UNAUTHENTICATED');
    expect(err.message).toMatch(/Bearer/);
    expectError(await t.gql(REVOKE_KEY, { input: { keyId: '00000000-0000-4000-8000-000000000000' } }), 'UNAUTHENTICATED');
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses a duplicate organization name (whatever its case) with CONFLICT naming it', async () => {
    await newOrganization(t, 'BUYER', 'Nordic Importer AB');
    const before = await t.snapshot();
    const err = expectError(await t.gql(CREATE_ORG, { input: { kind: 'BUYER', name: 'nordic importer ab' } }, t.adminKey), 'CONFLICT');
    expect(err.message).toContain('nordic importer ab');
    expect(err.extensions?.field).toBe('input.name');
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses bad organization input with the field path', async () => {
    const before = await t.snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'BUYER', name: '   ' }, 'input.name'],
      [{ kind: 'BUYER', name: 'Bad country', country: 'FRA' }, 'input.country'],
      [{ kind: 'BUYER', name: 'Bad GS1', gs1CompanyPrefix: '12a45' }, 'input.gs1CompanyPrefix'],
      [{ kind: 'BUYER', name: 'Bad\u0007name' }, 'input.name'],
    ];
    for (const [input, field] of cases) {
      const err = expectError(await t.gql(CREATE_ORG, { input }, t.adminKey), 'BAD_USER_INPUT');
      expect(err.extensions?.field).toBe(field);
    }
    expect(await t.snapshot()).toEqual(before);
  });

  it('answers 401 UNAUTHENTICATED to a malformed Authorization header or an unknown key, even on public queries', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer two words', 'Bearer btk_not-a-real-key']) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: ME }),
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { code: string; message: string }; requestId: string };
      expect(body.error.code).toBe('UNAUTHENTICATED');
      expect(body.requestId).toBe(res.headers.get('x-request-id'));
    }
  });
});
