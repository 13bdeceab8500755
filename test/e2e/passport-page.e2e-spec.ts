import { createLogger } from '../../src/common/logger';
import { seedDemoWorld } from '../../src/demo/demo-world';
import { MESSAGES } from '../../src/pages/messages';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The battery passport page over HTTP (issue 15, docs/pages.md): HTML for a browser, JSON as before
 * for everyone else (`?format=json`, a JSON Accept, `*\/*` or none), the language from `?lang=` or
 * Accept-Language, an unknown passport a 404 page, a damaged address a 400 page.
 */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('battery passport page over HTTP', () => {
  let t: TestApp;
  let path: string;
  let bySerial: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null });
    const [u]: { id: string; serial: string; manufacturerId: string }[] = await t.db.query(
      `SELECT u.id::text, u.serial, u.manufacturer_id AS "manufacturerId" FROM units u JOIN batches b ON b.id = u.batch_id
        WHERE b.batch_number = 'OGC-2026-03-A' AND u.kind = 3 ORDER BY u.id LIMIT 1`,
    );
    const hex = BigInt(u.id).toString(16).padStart(15, '0');
    path = `/passports/batteries/00000000-0000-8000-8${hex.slice(0, 3)}-${hex.slice(3)}`;
    bySerial = `/passports/batteries?manufacturerId=${u.manufacturerId}&serial=${u.serial}`;
  }, 120_000);
  afterAll(() => t?.close());

  const get = (p: string, headers: Record<string, string> = {}, key: string | null = null) => t.http(p, { headers, key });

  it('a browser gets the page in English; the serial lookup too', async () => {
    for (const p of [path, bySerial]) {
      const res = await get(p, { accept: BROWSER });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-language')).toBe('en');
      expect(res.headers.get('vary')).toContain('Accept');
      const html = await res.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain(MESSAGES.en.passport.groups.carbonFootprint);
      expect(html).toContain('OGC-LFP-62 Car Pack');
      expect(html).toContain('/verify/');
    }
  });

  it('JSON stays the answer for ?format=json, a JSON Accept, */* and no Accept', async () => {
    for (const [p, headers] of [
      [`${path}?format=json`, { accept: BROWSER }],
      [path, { accept: 'application/json' }],
      [path, { accept: '*/*' }],
      [path, {}],
    ] as const) {
      const res = await get(p, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await res.json()) as { passportId: string }).passportId).toBe(path.split('/').pop());
    }
    // ?format=html gives the page to a client without a browser's Accept.
    expect((await get(`${path}?format=html`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    // An unknown format is the caller's programming error: JSON 400 naming query.format.
    const bad = await get(`${path}?format=xml`, { accept: BROWSER });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('query.format');
  });

  it('German and Chinese by ?lang= or Accept-Language, ?lang= winning', async () => {
    const de = await get(`${path}?lang=de`, { accept: BROWSER, 'accept-language': 'zh-CN' });
    expect(de.headers.get('content-language')).toBe('de');
    const deHtml = await de.text();
    expect(deHtml).toContain('<html lang="de">');
    expect(deHtml).toContain(MESSAGES.de.passport.groups.materials);
    expect(deHtml).toContain('2. März 2026');
    const zh = await get(path, { accept: BROWSER, 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' });
    const zhHtml = await zh.text();
    expect(zhHtml).toContain('<html lang="zh-CN">');
    expect(zhHtml).toContain(MESSAGES.zh.passport.groups.recycledContent);
    expect(zhHtml).toContain('2026年3月2日');
  });

  it('an unknown passport is a 404 page for a browser, a JSON 404 otherwise; a damaged address a 400 page', async () => {
    const unknown = await get('/passports/batteries/7d1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d?lang=de', { accept: BROWSER });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await unknown.text()).toContain(MESSAGES.de.passport.notFoundWords);
    const json = await get('/passports/batteries/7d1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d');
    expect(json.status).toBe(404);
    expect(((await json.json()) as { error: { reason: string } }).error.reason).toBe('BATTERY_PASSPORT_NOT_FOUND');
    const damaged = await get('/passports/batteries/not-a-uuid', { accept: BROWSER });
    expect(damaged.status).toBe(400);
    expect(await damaged.text()).toContain(MESSAGES.en.passport.badRequestWords);
    const noSerial = await get(`${bySerial}-NOPE`, { accept: BROWSER });
    expect(noSerial.status).toBe(404);
    expect(await noSerial.text()).toContain(MESSAGES.en.passport.notFoundWords);
  });

  it('the shipments: hidden from an anonymous reader, shown to the administrator with the consignee', async () => {
    const anonymous = await (await get(path, { accept: BROWSER })).text();
    expect(anonymous).toContain('id="shipments-hidden"');
    expect(anonymous).not.toContain('OGC-EXP-2026-0001');
    const admin = await (await get(path, { accept: BROWSER }, t.adminKey)).text();
    expect(admin).not.toContain('id="shipments-hidden"');
    expect(admin).toContain('OGC-EXP-2026-0001');
    expect(admin).toContain('Rotterdam EV Assembly B.V.');
  });
});
