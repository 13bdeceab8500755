import { MESSAGES } from '../../src/pages/messages';
import { newWorld, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { data, declaredFootprint, IssuedCertificate, newCertifier, recordMarchEnergy, requestAndIssue } from './certificates.fixtures';

/**
 * GET /verify/:id over HTTP (issue 15, docs/pages.md): HTML or JSON by Accept and ?format=, the
 * language by ?lang= then Accept-Language, English for a language battrace does not have, the
 * 404 "not genuine" and 400 pages (JSON errors for JSON clients), the revocation and suspension
 * reason and date, expiry, and stage figures that add up to the total shown.
 */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('certificate page: negotiation, languages, error pages', () => {
  let t: TestApp;
  let w: World;
  let certifier: Awaited<ReturnType<typeof newCertifier>>;
  let cert: IssuedCertificate;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
    certifier = await newCertifier(t);
    cert = await requestAndIssue(t, w, certifier, (await declaredFootprint(t, w)).footprintId);
  }, 60_000);
  afterAll(() => t?.close());

  const get = (path: string, headers: Record<string, string> = {}) => t.http(path, { headers });

  it('JSON only when asked: Accept application/json or ?format=json give the unchanged JSON answer', async () => {
    const byAccept = await get(`/verify/${cert.id}`, { accept: 'application/json' });
    expect(byAccept.status).toBe(200);
    expect(byAccept.headers.get('content-type')).toContain('application/json');
    const body = (await byAccept.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      ['certificateId', 'checkedAt', 'checks', 'credential', 'number', 'reasons', 'status', 'statusText', 'valid'].sort(),
    );
    expect(body).toMatchObject({ certificateId: cert.id, number: cert.number, valid: true, status: 'VALID', credential: cert.credential });

    const byFormat = await get(`/verify/${cert.id}?format=json`, { accept: BROWSER });
    expect(byFormat.headers.get('content-type')).toContain('application/json');
    expect(await byFormat.json()).toMatchObject({ certificateId: cert.id, valid: true });

    // axios' default Accept names JSON and reaches HTML only through */*.
    const axios = await get(`/verify/${cert.id}`, { accept: 'application/json, text/plain, */*' });
    expect(axios.headers.get('content-type')).toContain('application/json');
  });

  it('a browser, */* or no Accept get the HTML page; ?format=html overrides a JSON Accept', async () => {
    for (const headers of [{ accept: BROWSER }, { accept: '*/*' }, {}] as Record<string, string>[]) {
      const res = await get(`/verify/${cert.id}`, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('vary')).toMatch(/Accept, Accept-Language/);
      const html = await res.text();
      expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(html).toContain(MESSAGES.en.certificate.status.VALID);
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    }
    const forced = await get(`/verify/${cert.id}?format=html`, { accept: 'application/json' });
    expect(forced.headers.get('content-type')).toContain('text/html');
  });

  it('an unknown ?format= is refused naming query.format; other unknown parameters stay refused', async () => {
    const res = await get(`/verify/${cert.id}?format=xml`, { accept: BROWSER });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'query.format' } });
    const twice = await get(`/verify/${cert.id}?format=json&format=html`, { accept: BROWSER });
    expect(twice.status).toBe(400);
    expect(await twice.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'query.format' } });
    const utm = await get(`/verify/${cert.id}?utm_source=x`, { accept: BROWSER });
    expect(utm.status).toBe(400);
    expect(await utm.json()).toMatchObject({ error: { reason: 'UNKNOWN_FIELD', field: 'query.utm_source' } });
  });

  it('the language: Accept-Language with q-values, overridden by ?lang=; unsupported is English', async () => {
    const page = async (path: string, acceptLanguage?: string) => {
      const res = await get(path, { accept: BROWSER, ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) });
      expect(res.status).toBe(200);
      return { html: await res.text(), contentLanguage: res.headers.get('content-language') };
    };
    const de = await page(`/verify/${cert.id}`, 'fr-FR,fr;q=0.9,de;q=0.8,en;q=0.5');
    expect(de.contentLanguage).toBe('de');
    expect(de.html).toContain('<html lang="de">');
    expect(de.html).toContain(MESSAGES.de.certificate.status.VALID);
    expect(de.html).toContain('Hauptproduktion');

    const zh = await page(`/verify/${cert.id}?lang=zh`, 'de-DE');
    expect(zh.contentLanguage).toBe('zh');
    expect(zh.html).toContain('<html lang="zh-CN">');
    expect(zh.html).toContain(MESSAGES.zh.certificate.status.VALID);

    const viaParam = await page(`/verify/${cert.id}?lang=de`);
    expect(viaParam.html).toContain(MESSAGES.de.certificate.status.VALID);

    for (const [path, al] of [
      [`/verify/${cert.id}?lang=fr`, 'de'],
      [`/verify/${cert.id}`, 'fr, es;q=0.8'],
      [`/verify/${cert.id}?lang=de&lang=zh`, 'de'],
    ] as const) {
      const en = await page(path, al);
      expect(en.contentLanguage).toBe('en');
      expect(en.html).toContain(MESSAGES.en.certificate.status.VALID);
    }
  });

  it('numbers and dates follow the language', async () => {
    const html = async (lang: string) => (await get(`/verify/${cert.id}?lang=${lang}`)).text();
    const year = new Date(cert.validFrom).getUTCFullYear();
    expect(await html('de')).toMatch(new RegExp(`vom <time datetime="[^"]+">\\d{1,2}\\. \\S+ ${year}</time>`));
    expect(await html('zh')).toMatch(new RegExp(`<time datetime="[^"]+">${year}年\\d{1,2}月\\d{1,2}日</time>`));
    expect(await html('de')).toMatch(/80,0\s?%/);
    expect(await html('en')).toContain('80.0%');
  });

  it('the stage figures shown add up to the total shown, in both columns', async () => {
    const html = await (await get(`/verify/${cert.id}?lang=en`)).text();
    const column = (label: string) => {
      const cells = [...html.matchAll(new RegExp(`<tr data-stage="[A-Z_]+">.*?<td class="n" data-label="${label}">([^<]+)</td>`, 'g'))];
      return cells.map((c) => c[1]);
    };
    const units = (s: string) => Number(s.replace(/[,.]/g, ''));
    const batch = column('Batch, kg CO₂e');
    expect(batch).toHaveLength(4);
    const total = /id="total-batch">([^<]+)</.exec(html)?.[1] ?? '';
    expect(batch.reduce((a, s) => a + units(s), 0)).toBe(units(total));
    const perKWh = [
      ...html.matchAll(/<tr data-stage="[A-Z_]+">.*?<\/td><td class="n" data-label="Per kWh delivered, kg CO₂e">([^<]+)<\/td>/g),
    ].map((c) => c[1]);
    expect(perKWh).toHaveLength(4);
    const perKWhTotal = /id="per-kwh-lifetime-total">([^<]+)</.exec(html)?.[1] ?? '';
    expect(perKWh.reduce((a, s) => a + units(s), 0)).toBe(units(perKWhTotal));
    expect(html).toContain(MESSAGES.en.certificate.roundingAddsUp);
  });

  it('an unknown certificate: a 404 page saying it is not genuine, in the reader’s language; JSON 404 for JSON clients', async () => {
    const res = await get(`/verify/${UNKNOWN}`, { accept: BROWSER, 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(MESSAGES.zh.notFound.words);
    expect(html).toContain(UNKNOWN);
    expect(html).not.toContain('"error"');

    const json = await get(`/verify/${UNKNOWN}`, { accept: 'application/json' });
    expect(json.status).toBe(404);
    expect(await json.json()).toMatchObject({ error: { code: 'NOT_FOUND', reason: 'CERTIFICATE_NOT_FOUND' } });
    const viaFormat = await get(`/verify/${UNKNOWN}?format=json`, { accept: BROWSER });
    expect(viaFormat.status).toBe(404);
    expect(await viaFormat.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('a damaged address (no UUID): a 400 page; JSON 400 for JSON clients; the id is escaped', async () => {
    const res = await get(`/verify/${encodeURIComponent('<b>x</b>')}?lang=de`, { accept: BROWSER });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(MESSAGES.de.badRequest.words);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
    const json = await get(`/verify/${cert.id}x`, { accept: 'application/json' });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', reason: 'INVALID_ID' } });
  });

  it('revoked and suspended: the certifier’s reason and the date, escaped; expired: the date', async () => {
    const change = async (mutation: string, id: string, reason: string) =>
      data(
        await t.gql(
          `mutation($input: CertificateStatusInput!) { ${mutation}(input: $input) { changed } }`,
          { input: { certificateId: id, reason } },
          certifier.key,
        ),
      );
    const revoked = await requestAndIssue(t, w, certifier, (await declaredFootprint(t, w)).footprintId);
    await change('revokeCertificate', revoked.id, 'misstated <electricity> records');
    const r = await (await get(`/verify/${revoked.id}?lang=en`)).text();
    expect(r).toContain('data-status="REVOKED"');
    expect(r).toMatch(/<li id="revoked">Revoked on <time datetime="[^"]+">\d{1,2} \w+ \d{4}<\/time>\./);
    expect(r).toContain('Reason given by the certifier: <q>misstated &lt;electricity&gt; records</q>');

    const suspended = await requestAndIssue(t, w, certifier, (await declaredFootprint(t, w)).footprintId);
    await change('suspendCertificate', suspended.id, 'evidence under review');
    const s = await (await get(`/verify/${suspended.id}?lang=de`)).text();
    expect(s).toContain(MESSAGES.de.certificate.status.SUSPENDED);
    expect(s).toMatch(/<li id="suspended">Ausgesetzt am <time datetime="[^"]+">\d{1,2}\. \S+ \d{4}<\/time>\./);
    expect(s).toContain('<q>evidence under review</q>');

    const expired = await requestAndIssue(t, w, certifier, (await declaredFootprint(t, w)).footprintId, {
      validFrom: '2025-01-01T00:00:00Z',
      validUntil: '2025-12-31T00:00:00Z',
    });
    const e = await (await get(`/verify/${expired.id}?lang=zh`)).text();
    expect(e).toContain(MESSAGES.zh.certificate.status.EXPIRED);
    expect(e).toContain('<li id="expired">过期日期：<time datetime="2025-12-31T00:00:00.000Z">2025年12月31日</time>。</li>');
  });

  it('links to the batch passport and the offline bundle, both answering', async () => {
    const html = await (await get(`/verify/${cert.id}`)).text();
    const passport = /id="passport-link" href="[^"]*(\/passports\/[0-9a-f-]{36})"/.exec(html)?.[1];
    const bundle = /id="bundle-link" href="[^"]*(\/certificates\/[0-9a-f-]{36}\/bundle)"/.exec(html)?.[1];
    expect(passport).toBeDefined();
    expect(bundle).toBe(`/certificates/${cert.id}/bundle`);
    expect((await get(passport!)).status).toBe(200);
    expect((await get(bundle!)).status).toBe(200);
  });
});
