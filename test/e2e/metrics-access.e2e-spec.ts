import type { FastifyInstance } from 'fastify';
import { newOrganization } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const TOKEN = 'scrape-token-0123456789abcdef';

/** A request through the whole Fastify pipeline as if it came from `remoteAddress`. */
async function metricsFrom(t: TestApp, remoteAddress: string, headers: Record<string, string> = {}) {
  const fastify = t.app.getHttpAdapter().getInstance() as FastifyInstance;
  return fastify.inject({ method: 'GET', url: '/metrics', remoteAddress, headers });
}

function expectRefused(res: { statusCode: number; body: string }, status: number) {
  expect(res.statusCode).toBe(status);
  const body = JSON.parse(res.body) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  expect(res.body).not.toMatch(/battrace_|# HELP|# TYPE/);
}

describe('/metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers on loopback (the socket peer) without credentials', async () => {
    const res = await t.http('/metrics');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('# TYPE battrace_http_request_duration_seconds histogram');
    expect((await metricsFrom(t, '::1')).statusCode).toBe(200);
  });

  it('refuses an outside caller with 401 and no data, whatever X-Forwarded-For says', async () => {
    const res = await metricsFrom(t, '203.0.113.7');
    expectRefused(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expectRefused(await metricsFrom(t, '203.0.113.7', { 'x-forwarded-for': '127.0.0.1' }), 401);
    expectRefused(await metricsFrom(t, '10.0.0.5', { forwarded: 'for=127.0.0.1' }), 401);
  });

  it('lets the admin key in from outside; an organization key or a wrong key gets 403', async () => {
    const admin = await metricsFrom(t, '203.0.113.7', { authorization: `Bearer ${t.adminKey}` });
    expect(admin.statusCode).toBe(200);
    expect(admin.body).toContain('battrace_process_cpu_user_seconds_total');

    const orgKey = (await newOrganization(t, 'BUYER')).key;
    expectRefused(await metricsFrom(t, '127.0.0.1', { authorization: `Bearer ${orgKey}` }), 403);
    expectRefused(await metricsFrom(t, '203.0.113.7', { authorization: `Bearer ${t.adminKey}x` }), 403);
    expectRefused(await metricsFrom(t, '203.0.113.7', { authorization: 'Bearer' }), 403);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the token and the admin key, from anywhere', async () => {
    const res = await t.http('/metrics', { key: TOKEN });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('battrace_http_request_duration_seconds');
    expect((await metricsFrom(t, '198.51.100.4', { authorization: `Bearer ${TOKEN}` })).statusCode).toBe(200);
    expect((await metricsFrom(t, '198.51.100.4', { authorization: `Bearer ${t.adminKey}` })).statusCode).toBe(200);
  });

  it('refuses loopback without the token, and a wrong token', async () => {
    const res = await t.http('/metrics');
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('battrace_');
    expectRefused(await metricsFrom(t, '127.0.0.1', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }), 403);
  });

  it('leaves /health and the API as they were', async () => {
    expect((await t.http('/health')).status).toBe(200);
    expect((await t.gql<{ me: { actorType: string } }>(`{ me { actorType } }`)).data!.me.actorType).toBe('ANONYMOUS');
  });
});

describe('/metrics behind a trusted proxy without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('does not take a loopback peer (the proxy) for an operator; the admin key still works', async () => {
    expect((await t.http('/metrics')).status).toBe(401);
    expect((await t.http('/metrics', { headers: { 'x-forwarded-for': '127.0.0.1' } })).status).toBe(401);
    expect((await t.http('/metrics', { key: t.adminKey })).status).toBe(200);
  });
});
