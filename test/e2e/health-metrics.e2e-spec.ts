import { startTestApp, TestApp } from '../support/test-app';

describe('health, metrics and request ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports PostgreSQL and Redis up with 200', async () => {
    const res = await t.http('/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      postgres: { status: string; latencyMs: number };
      redis: { status: string; latencyMs: number };
    };
    expect(body).toMatchObject({ status: 'ok', postgres: { status: 'up' }, redis: { status: 'up' } });
    expect(body.postgres.latencyMs).toBeGreaterThanOrEqual(0);
    expect(body.redis.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('serves Prometheus text with the request duration histogram, labelled by route and status', async () => {
    // One request of a known route and status first, so that the histogram has a series for it.
    expect((await t.http('/health')).status).toBe(200);
    const res = await t.http('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE battrace_http_request_duration_seconds histogram');
    expect(text).toMatch(/battrace_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} [1-9]\d*/);
    expect(text).toMatch(/^battrace_process_cpu_user_seconds_total \d/m);
  });

  it('counts GraphQL requests in the same histogram', async () => {
    await t.gql(`{ me { actorType } }`);
    const text = await (await t.http('/metrics')).text();
    expect(text).toMatch(/battrace_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/);
  });

  it('echoes a sent x-request-id and generates one when none (or a malformed one) is sent', async () => {
    const echoed = await t.http('/health', { headers: { 'x-request-id': 'trace-abc.123:4' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-abc.123:4');

    const a = (await t.http('/health')).headers.get('x-request-id');
    const b = (await t.http('/health')).headers.get('x-request-id');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);

    // A value that could forge log lines or headers is replaced, not echoed.
    const forged = (await t.http('/health', { headers: { 'x-request-id': 'bad id with spaces' } })).headers.get('x-request-id');
    expect(forged).not.toBe('bad id with spaces');
    expect(forged).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id into error answers and on GraphQL responses', async () => {
    const res = await t.http('/no-such-route', { headers: { 'x-request-id': 'req-404' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('req-404');
    expect(((await res.json()) as { requestId: string }).requestId).toBe('req-404');

    const gql = await t.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-gql-1' },
      body: JSON.stringify({ query: '{ me { actorType } }' }),
    });
    expect(gql.headers.get('x-request-id')).toBe('req-gql-1');
  });
});

describe('health when Redis is unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Port 1 on the loopback: nothing listens there, so every connection is refused at once.
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(async () => {
    await t.close();
    // ioredis gives a socket that never connected 2 s to close (its disconnectTimeout) on a
    // timer that holds the process; let it run out here rather than after the last test.
    await new Promise((r) => setTimeout(r, 2100));
  });

  it('answers 503 with Redis down and PostgreSQL up, while the API keeps serving', async () => {
    const res = await t.http('/health');
    expect(res.status).toBe(503);
    const body = (await res.json()) as { status: string; postgres: { status: string }; redis: { status: string; error?: string } };
    expect(body).toMatchObject({ status: 'degraded', postgres: { status: 'up' }, redis: { status: 'down' } });
    expect(body.redis.error).toBeTruthy();
    expect((await t.gql<{ me: { actorType: string } }>(`{ me { actorType } }`)).data!.me.actorType).toBe('ANONYMOUS');
  });
});
