import { launchChromium, SCREENSHOTS_DIR, BROWSER_LOCALE, PAGE_WIDTHS, overflow, seriousViolations, freePort } from '../support/browser';
import { BatteryIdentifiersService } from '../../src/identifiers/battery-identifiers.service';
import { originalPassportId } from '../../src/passports/battery-passport';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createLogger } from '../../src/common/logger';
import { seedDemoWorld } from '../../src/demo/demo-world';
import { LANGUAGES, Language } from '../../src/pages/i18n';
import { MESSAGES } from '../../src/pages/messages';
import { newOrganization } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The battery passport page in a real browser (issue 15, docs/pages.md): Debian's Chromium,
 * headless, driven by playwright-core, on the demo world's first LFP car pack. For each language,
 * chosen as a phone chooses it (the browser locale's Accept-Language), at 390 px and 1280 px: the
 * words a buyer reads, no horizontal scrolling, axe-core with no serious or critical violation.
 * Then an anonymous reader and a signed-in recycler (its organization's key in the Authorization
 * header) side by side: only the recycler sees the dismantling information. Screenshots go to
 * test-output/pages/ (git-ignored).
 */

describe('battery passport page in headless Chromium: 390 and 1280 px, English, German, Chinese', () => {
  let t: TestApp;
  let browser: Browser;
  let qrPath: string;
  let passportPath: string;
  let serial: string;
  let recyclerKey: string;

  beforeAll(async () => {
    // The resolver redirects to the passport page at the public base URL: the app serves that address.
    const port = await freePort();
    t = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
    await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null });
    const [u]: { id: string; serial: string }[] = await t.db.query(
      `SELECT u.id::text, u.serial FROM units u JOIN batches b ON b.id = u.batch_id WHERE b.batch_number = 'OGC-2026-03-A' AND u.kind = 3 ORDER BY u.id LIMIT 1`,
    );
    serial = u.serial;
    // The address the battery's QR label carries: its GS1 Digital Link (the demo car pack has a GTIN),
    // which the resolver answers a browser with a redirect to the passport page of its current passport.
    const [m]: { manufacturerId: string }[] = await t.db.query(`SELECT manufacturer_id AS "manufacturerId" FROM units WHERE id = $1`, [
      u.id,
    ]);
    const identified = (await t.app.get(BatteryIdentifiersService).forUnit(m.manufacturerId, serial))!;
    qrPath = new URL(identified.identifier.uri).pathname;
    expect(qrPath).toMatch(/^\/01\/09521234000624\/21\//);
    passportPath = `/passports/batteries/${originalPassportId(u.id)}`;
    recyclerKey = (await newOrganization(t, 'RECYCLER', 'Demo Battery Recycling GmbH')).key;
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(lang: Language, width: number, path: string, key: string | null = null) {
    const context = await browser.newContext({
      viewport: { width, height: 844 },
      locale: BROWSER_LOCALE[lang],
      extraHTTPHeaders: key ? { authorization: `Bearer ${key}` } : {},
    });
    const page = await context.newPage();
    const res = await page.goto(`${t.url}${path}`, { timeout: 15_000 });
    return { page, status: res?.status(), close: () => context.close() };
  }

  const cases = LANGUAGES.flatMap((lang) => PAGE_WIDTHS.map((width) => [lang, width] as const));

  it.each(cases)(
    'the demo battery, %s at %i px: the words a buyer reads, no sideways scrolling, no serious axe violation',
    async (lang, width) => {
      const m = MESSAGES[lang].passport;
      const { page, status, close } = await open(lang, width, qrPath);
      try {
        // Followed the resolver's redirect from the QR address to the passport page.
        expect(new URL(page.url()).pathname).toBe(passportPath);
        expect(status).toBe(200);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang === 'zh' ? 'zh-CN' : lang);
        await expect(page.locator('h1').innerText()).resolves.toContain(m.title);
        await expect(page.locator('h1').innerText()).resolves.toContain(serial);
        await expect(page.locator('#model').innerText()).resolves.toBe('OGC-LFP-62 Car Pack');
        await expect(page.locator('#manufacturer').innerText()).resolves.toBe('Ordos Green Cell Co.');
        for (const g of [
          'identity',
          'carbonFootprint',
          'materials',
          'recycledContent',
          'performance',
          'dueDiligence',
          'labels',
          'custody',
        ] as const)
          await expect(page.locator(`#${g}-h`).innerText()).resolves.toBe(m.groups[g]);
        // The footprint per kWh as the language writes numbers; no class yet.
        const perKWh = await page.locator('#cf-per-kwh').innerText();
        expect(perKWh).toContain(m.perKWh);
        expect(perKWh).toContain(lang === 'de' ? '0,178' : '0.178');
        await expect(page.locator('#cf-class').innerText()).resolves.toContain(m.notClassified);
        // Recycled lithium 4 % post-consumer, written per language.
        const lithium = await page.locator('[data-key="postConsumerRecycledLithiumShare"] td').innerText();
        expect(lithium.replace(/\s/g, ' ')).toBe(lang === 'de' ? '4 %' : '4%');
        // Documents as links or titles with a short hash; the chain of custody from park to plant.
        await expect(page.locator('[data-key="declarationOfConformity"] code.hash').innerText()).resolves.toMatch(
          /^[0-9a-f]{12}…[0-9a-f]{4}$/,
        );
        await expect(page.locator('#custody').innerText()).resolves.toContain('Ordos Net-Zero Industrial Park');
        await expect(page.locator('#shipments-hidden').innerText()).resolves.toContain(m.shipmentsHidden);
        // Links: the certificate, its bundle, the EPCIS events, the JSON.
        await expect(page.locator('a.certificate-link').getAttribute('href')).resolves.toMatch(/\/verify\/[0-9a-f-]{36}$/);
        await expect(page.locator('a.bundle-link').getAttribute('href')).resolves.toMatch(/\/certificates\/[0-9a-f-]{36}\/bundle$/);
        await expect(page.locator('#epcis-link').getAttribute('href')).resolves.toContain('/epcis/events?batch=');
        await expect(page.locator('#json-link').getAttribute('href')).resolves.toContain(`${passportPath}?format=json`);
        // Nothing unset reads "null" or "undefined".
        const text = await page.locator('main').innerText();
        expect(text).not.toMatch(/\bnull\b|\bundefined\b|\[object/);
        await expect(page.locator('figure.qr svg').isVisible()).resolves.toBe(width > 640);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, `passport-${lang}-${width}.png`), fullPage: true });
        await page.screenshot({ path: join(SCREENSHOTS_DIR, `passport-${lang}-${width}-first-screen.png`) });
        expect(await overflow(page)).toEqual({ scrollWidth: width, clientWidth: width });
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    },
    60_000,
  );

  it('an anonymous reader is told to sign in; a signed-in recycler reads the dismantling information', async () => {
    const m = MESSAGES.en.passport;
    const anonymous = await open('en', 390, qrPath);
    try {
      await expect(anonymous.page.locator('[data-key="dismantlingAndRemovalInformation"]').count()).resolves.toBe(0);
      await expect(anonymous.page.locator('#circularity-restricted').innerText()).resolves.toContain(m.partlyRestricted);
      await expect(anonymous.page.locator('#health-restricted').innerText()).resolves.toContain(m.restricted);
      await expect(anonymous.page.locator('#signin-h').innerText()).resolves.toBe(m.signInHeading);
    } finally {
      await anonymous.close();
    }
    const recycler = await open('en', 390, qrPath, recyclerKey);
    try {
      await expect(recycler.page.locator('[data-key="dismantlingAndRemovalInformation"] td').innerText()).resolves.toContain(
        'Dismantling and removal manual',
      );
      await expect(recycler.page.locator('[data-key="batteryStatus"] td').innerText()).resolves.toBe('Original');
      await recycler.page.screenshot({ path: join(SCREENSHOTS_DIR, `passport-recycler-en-390.png`), fullPage: true });
      expect(await overflow(recycler.page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
      expect(await seriousViolations(recycler.page)).toEqual([]);
    } finally {
      await recycler.close();
    }
  }, 60_000);

  it('on a 390 px phone a recycler follows "Sign in", types its key and reads the dismantling information', async () => {
    const { page, close } = await open('en', 390, passportPath);
    try {
      await expect(page.locator('[data-key="dismantlingAndRemovalInformation"]').count()).resolves.toBe(0);
      await page.locator('#signin-link').click();
      await page.waitForURL(/\/signin\?/);
      expect(await overflow(page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('#apiKey').fill(recyclerKey);
      await Promise.all([page.waitForURL(`${t.url}${passportPath}`), page.locator('#signin-form button[type="submit"]').click()]);
      await expect(page.locator('[data-key="dismantlingAndRemovalInformation"] td').innerText()).resolves.toContain(
        'Dismantling and removal manual',
      );
      await expect(page.locator('#signed-in-as').innerText()).resolves.toContain('Demo Battery Recycling GmbH');
      await page.screenshot({ path: join(SCREENSHOTS_DIR, `passport-signed-in-en-390.png`), fullPage: true });
      await Promise.all([page.waitForURL(`${t.url}/`), page.locator('#signout-form button').click()]);
      await page.goto(`${t.url}${passportPath}`);
      await expect(page.locator('[data-key="dismantlingAndRemovalInformation"]').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  }, 60_000);

  it('an unknown passport is a 404 page in the reader’s language', async () => {
    for (const lang of LANGUAGES) {
      const { page, status, close } = await open(lang, 390, '/passports/batteries/7d1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d');
      try {
        expect(status).toBe(404);
        await expect(page.locator('#status').innerText()).resolves.toBe(MESSAGES[lang].passport.notFoundWords);
        expect(await overflow(page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    }
  }, 60_000);
});
