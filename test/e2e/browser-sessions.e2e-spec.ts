import { createLogger } from '../../src/common/logger';
import { seedDemoWorld } from '../../src/demo/demo-world';
import type Redis from 'ioredis';
import { MESSAGES } from '../../src/pages/messages';
import { REDIS } from '../../src/redis/redis.token';
import { newOrganization, OrgHandle } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Browser sign-in over HTTP (issue 15, docs/pages.md "Sign in"): an organization's API key typed
 * into /signin becomes a session cookie that reads pages (GET, HEAD) as the key would, never
 * writes, and stops at once when the key is revoked or the reader signs out.
 */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const FORM = 'application/x-www-form-urlencoded';
const DISMANTLING = 'data-key="dismantlingAndRemovalInformation"';

describe('browser sessions', () => {
  let t: TestApp;
  let path: string;
  let recycler: OrgHandle;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null });
    const [u]: { id: string }[] = await t.db.query(
      `SELECT u.id::text FROM units u JOIN batches b ON b.id = u.batch_id
        WHERE b.batch_number = 'OGC-2026-03-A' AND u.kind = 3 ORDER BY u.id LIMIT 1`,
    );
    const hex = BigInt(u.id).toString(16).padStart(15, '0');
    path = `/passports/batteries/00000000-0000-8000-8${hex.slice(0, 3)}-${hex.slice(3)}`;
    recycler = await newOrganization(t, 'RECYCLER', 'Session Recycling GmbH');
  }, 120_000);
  afterAll(() => t?.close());

  const redis = () => t.app.get<Redis>(REDIS);
  const sessionKeys = () => redis().keys(`${t.config.jobs.queuePrefix}:session:*`);

  async function signIn(apiKey: string, returnTo: string = path): Promise<Response> {
    return t.http('/signin', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': FORM },
      body: new URLSearchParams({ apiKey, returnTo }).toString(),
    });
  }
  const cookieOf = (res: Response) => /^bt_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')![1];
  const page = (cookie: string | null) =>
    t.http(path, { headers: { accept: BROWSER, ...(cookie ? { cookie: `bt_session=${cookie}` } : {}) } }).then((r) => r.text());

  it('GET /signin: a form with a password field, returnTo kept only for this site’s passports, in the asked language', async () => {
    const res = await t.http(`/signin?returnTo=${encodeURIComponent(path)}`, { headers: { 'accept-language': 'de' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('name="apiKey" type="password" autocomplete="off"');
    expect(html).toContain(`name="returnTo" value="${path}"`);
    const evil = await (await t.http(`/signin?returnTo=${encodeURIComponent('https://evil.example/passports/x')}`)).text();
    expect(evil).toContain('name="returnTo" value="/"');
    const quoted = await (await t.http(`/signin?returnTo=${encodeURIComponent('/passports/"><script>')}`)).text();
    expect(quoted).not.toContain('<script>');
  });

  it('a recycler signs in: 303 to the passport with a strict cookie; the page then shows the dismantling information', async () => {
    const res = await signIn(recycler.key);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(path);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^bt_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=28800$/);
    const token = cookieOf(res);
    const ttl = await redis().ttl((await sessionKeys()).find(Boolean)!);
    expect(ttl).toBeGreaterThan(28000);
    expect(ttl).toBeLessThanOrEqual(28800);
    // The token itself is stored nowhere.
    for (const k of await sessionKeys()) expect(k).not.toContain(token);

    const anonymous = await page(null);
    expect(anonymous).not.toContain(DISMANTLING);
    expect(anonymous).toContain('id="signin-link"');
    const signedIn = await page(token);
    expect(signedIn).toContain(DISMANTLING);
    expect(signedIn).toContain('Signed in as Session Recycling GmbH.');
    expect(signedIn).toContain('id="signout-form"');
    // A Bearer key beside the cookie decides alone (and the page shows no session).
    const bearer = await (await t.http(path, { key: recycler.key, headers: { accept: BROWSER, cookie: `bt_session=${token}` } })).text();
    expect(bearer).toContain(DISMANTLING);
    expect(bearer).not.toContain('id="signout-form"');
  });

  it('the cookie never authenticates a POST: GraphQL with only the cookie is anonymous', async () => {
    const token = cookieOf(await signIn(recycler.key));
    const post = (query: string) =>
      t.http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `bt_session=${token}` },
        body: JSON.stringify({ query }),
      });
    const me = (await (await post('{ me { actorType } }')).json()) as { data: { me: { actorType: string } } };
    expect(me.data.me.actorType).toBe('ANONYMOUS');
    const before = await t.snapshot();
    const write = (await (
      await post(`mutation { createApiKey(input: { name: "x", organizationId: "${recycler.id}" }) { apiKey } }`)
    ).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(write.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await t.snapshot()).toEqual(before);
    // A cross-site HTML form to /graphql carries the cookie in vain.
    const form = await t.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': FORM, cookie: `bt_session=${token}` },
      body: 'query=%7Bme%7BactorType%7D%7D',
    });
    expect(await form.text()).not.toContain('ORGANIZATION');
    // The passport page's sign-out button sends an (empty) form.
    const signOut = await t.http('/signout', { method: 'POST', redirect: 'manual', headers: { 'content-type': FORM }, body: '' });
    expect(signOut.status).toBe(303);
  });

  it('a bad key, the administrator key, an unknown field or a cross-site form: refused, nothing stored', async () => {
    const before = (await sessionKeys()).length;
    for (const key of ['btk_not-a-key', t.adminKey]) {
      const res = await signIn(key);
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.text()).toContain(MESSAGES.en.signIn.badKey);
    }
    const extra = await t.http('/signin', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': FORM },
      body: new URLSearchParams({ apiKey: recycler.key, returnTo: path, admin: '1' }).toString(),
    });
    expect(extra.status).toBe(400);
    const crossSite = await t.http('/signin', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': FORM, 'sec-fetch-site': 'cross-site' },
      body: new URLSearchParams({ apiKey: recycler.key, returnTo: path }).toString(),
    });
    expect(crossSite.status).toBe(400);
    expect(crossSite.headers.get('set-cookie')).toBeNull();
    expect((await sessionKeys()).length).toBe(before);
  });

  it('returnTo to another site is ignored: the answer goes to /', async () => {
    for (const returnTo of ['https://evil.example/passports/x', '//evil.example/passports/x', '/graphql']) {
      const res = await signIn(recycler.key, returnTo);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/');
    }
  });

  it('signing out deletes the session and clears the cookie', async () => {
    const token = cookieOf(await signIn(recycler.key));
    const before = (await sessionKeys()).length;
    const res = await t.http('/signout', { method: 'POST', redirect: 'manual', headers: { cookie: `bt_session=${token}` } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toBe('bt_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0');
    expect((await sessionKeys()).length).toBe(before - 1);
    expect(await page(token)).not.toContain(DISMANTLING);
  });

  it('revoking the key makes its sessions anonymous at once, and the session is deleted', async () => {
    const org = await newOrganization(t, 'RECYCLER', 'Revoked Recycling GmbH');
    const token = cookieOf(await signIn(org.key));
    expect(await page(token)).toContain(DISMANTLING);
    const keyId = (await t.gql<{ me: { apiKeyId: string } }>(`{ me { apiKeyId } }`, {}, org.key)).data!.me.apiKeyId;
    const before = (await sessionKeys()).length;
    const revoke = await t.gql(
      `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }`,
      { input: { keyId } },
      org.key,
    );
    expect(revoke.errors).toBeUndefined();
    const after = await page(token);
    expect(after).not.toContain(DISMANTLING);
    expect(after).toContain('id="signin-link"');
    expect((await sessionKeys()).length).toBe(before - 1);
    // Signing in again with the revoked key is refused.
    expect((await signIn(org.key)).status).toBe(401);
  });
});
