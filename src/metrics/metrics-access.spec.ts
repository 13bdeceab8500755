import { isLoopback, metricsAccess, MetricsAccessSettings } from './metrics-access';

const TOKEN = 'scrape-token-0123456789abcdef';
const ADMIN = 'admin-key-0123456789abcdefghij';
const withToken: MetricsAccessSettings = { metricsToken: TOKEN, adminApiKey: ADMIN, trustProxy: false };
const noToken: MetricsAccessSettings = { metricsToken: null, adminApiKey: ADMIN, trustProxy: false };

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.255.3.4', '::1', '::ffff:127.0.0.1', '::FFFF:127.9.9.9', '0:0:0:0:0:0:0:1'])('%s is loopback', (a) =>
    expect(isLoopback(a)).toBe(true),
  );
  it.each([undefined, '', '10.0.0.1', '128.0.0.1', '::ffff:10.0.0.1', '::2', 'fe80::1', '1127.0.0.1', '127.0.0', 'localhost'])(
    '%s is not loopback',
    (a) => expect(isLoopback(a)).toBe(false),
  );
});

describe('metricsAccess', () => {
  it('lets the metrics token and the admin key in from anywhere', () => {
    for (const s of [withToken, noToken]) {
      expect(metricsAccess(s, `Bearer ${ADMIN}`, '203.0.113.9')).toEqual({ allowed: true });
    }
    expect(metricsAccess(withToken, `Bearer ${TOKEN}`, '203.0.113.9')).toEqual({ allowed: true });
    expect(metricsAccess(withToken, `bearer   ${TOKEN} `, '10.1.2.3')).toEqual({ allowed: true });
  });

  it('refuses any other credential with 403, also on loopback', () => {
    for (const auth of [
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(1)}`,
      'Bearer btk_someorganizationkey',
      `Basic ${TOKEN}`,
      `Bearer ${ADMIN} extra`,
    ]) {
      expect(metricsAccess(withToken, auth, '127.0.0.1')).toMatchObject({ allowed: false, status: 403 });
    }
    // Without a configured token, nothing equals the (absent) token.
    expect(metricsAccess(noToken, `Bearer ${TOKEN}`, '127.0.0.1')).toMatchObject({ allowed: false, status: 403 });
  });

  it('without a token configured, answers a caller without credentials only on loopback', () => {
    expect(metricsAccess(noToken, undefined, '127.0.0.1')).toEqual({ allowed: true });
    expect(metricsAccess(noToken, '', '::1')).toEqual({ allowed: true });
    expect(metricsAccess(noToken, undefined, '192.168.1.20')).toMatchObject({ allowed: false, status: 401 });
    expect(metricsAccess(noToken, undefined, undefined)).toMatchObject({ allowed: false, status: 401 });
  });

  it('with a token configured, loopback alone is not enough', () => {
    expect(metricsAccess(withToken, undefined, '127.0.0.1')).toMatchObject({ allowed: false, status: 401 });
  });

  it('behind a trusted proxy, loopback alone is not enough (the peer is the proxy)', () => {
    expect(metricsAccess({ ...noToken, trustProxy: true }, undefined, '127.0.0.1')).toMatchObject({ allowed: false, status: 401 });
    expect(metricsAccess({ ...noToken, trustProxy: true }, `Bearer ${ADMIN}`, '127.0.0.1')).toEqual({ allowed: true });
  });

  it('without an admin key, no bearer opens it', () => {
    expect(
      metricsAccess({ metricsToken: null, adminApiKey: null, trustProxy: false }, 'Bearer anything-at-all-0123456789', '127.0.0.1'),
    ).toMatchObject({
      allowed: false,
      status: 403,
    });
  });
});
