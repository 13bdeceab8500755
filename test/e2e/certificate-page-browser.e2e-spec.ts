import { launchChromium, SCREENSHOTS_DIR, BROWSER_LOCALE, PAGE_WIDTHS, overflow, seriousViolations } from '../support/browser';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { formatDate } from '../../src/pages/format';
import { LANGUAGES, Language } from '../../src/pages/i18n';
import { MESSAGES } from '../../src/pages/messages';
import { newWorld, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { data, declaredFootprint, IssuedCertificate, newCertifier, recordMarchEnergy, requestAndIssue } from './certificates.fixtures';

/**
 * The certificate page in a real browser (issue 15, docs/pages.md): Debian's Chromium, headless,
 * driven by playwright-core (.ci/run installs chromium and a CJK font). For each language, chosen
 * the way a phone chooses it (the browser locale's Accept-Language), at 390 px (a phone) and
 * 1280 px: the words a buyer reads, no horizontal scrolling, and axe-core with no serious or
 * critical violation. Screenshots go to test-output/pages/ (git-ignored).
 */

describe('certificate page in headless Chromium: 390 and 1280 px, English, German, Chinese', () => {
  let t: TestApp;
  let w: World;
  let browser: Browser;
  let certifier: Awaited<ReturnType<typeof newCertifier>>;
  let cert: IssuedCertificate;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w, {
      supplies: [
        { source: 'DIRECT_LINE', kWh: 60_000, meterIds: ['WIND-LINE-1'] },
        {
          source: 'GREEN_TRADE',
          kWh: 20_000,
          gecSerials: Array.from({ length: 20 }, (_, i) => `GEC-PAGE-${String(i + 1).padStart(4, '0')}`),
        },
        { source: 'GRID', kWh: 20_000 },
      ],
    });
    certifier = await newCertifier(t);
    cert = await requestAndIssue(t, w, certifier, (await declaredFootprint(t, w)).footprintId);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A page as a reader with this language and screen width opens it. */
  async function open(
    lang: Language,
    width: number,
    path: string,
  ): Promise<{ page: Page; status: number | undefined; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width, height: 844 }, locale: BROWSER_LOCALE[lang] });
    const page = await context.newPage();
    const res = await page.goto(`${t.url}${path}`, { timeout: 15_000 });
    return { page, status: res?.status(), close: () => context.close() };
  }

  const cases = LANGUAGES.flatMap((lang) => PAGE_WIDTHS.map((width) => [lang, width] as const));

  it.each(cases)(
    'valid certificate, %s at %i px: the words a buyer reads, no sideways scrolling, no serious axe violation',
    async (lang, width) => {
      const m = MESSAGES[lang].certificate;
      const { page, status, close } = await open(lang, width, `/verify/${cert.id}`);
      try {
        expect(status).toBe(200);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang === 'zh' ? 'zh-CN' : lang);
        await expect(page.locator('#status').innerText()).resolves.toBe(m.status.VALID);
        await expect(page.locator('h1').innerText()).resolves.toContain(cert.number);
        await expect(page.locator('h1').innerText()).resolves.toContain(m.title);
        await expect(page.locator('#certifier').innerText()).resolves.toBe(certifier.name);
        await expect(page.locator('#assurance').getAttribute('data-level')).resolves.toBe('LIMITED');
        await expect(page.locator('#assurance').innerText()).resolves.toContain(m.assuranceLevels.LIMITED);
        await expect(page.locator('#per-battery').innerText()).resolves.toContain(m.perBattery);
        await expect(page.locator('#per-kwh-lifetime').innerText()).resolves.toContain(m.perKWhLifetime);
        // The park's supply: 60% direct line + 20% GEC-backed trading = 80% green, 60% direct.
        const green = await page.locator('#green-share').innerText();
        expect(green).toContain(lang === 'de' ? '80,0' : '80.0');
        expect(green).toContain(lang === 'de' ? '60,0' : '60.0');
        // Stages in the reader's language; DISTRIBUTION flagged (the batch's packs have not shipped).
        await expect(page.locator('[data-stage="MAIN_PRODUCTION"] th').innerText()).resolves.toBe(m.stages.MAIN_PRODUCTION);
        await expect(page.locator('#distribution-estimate-flag').innerText()).resolves.toBe(m.estimateFlag);
        await expect(page.locator('#distribution-estimate').innerText()).resolves.toBe(m.distributionEstimate);
        await expect(page.locator('#rounding').innerText()).resolves.toBe(m.roundingAddsUp);
        await expect(page.locator('#passport-link').innerText()).resolves.toBe(m.passportLink);
        await expect(page.locator('#passport-link').getAttribute('href')).resolves.toMatch(/\/passports\/[0-9a-f-]{36}$/);
        await expect(page.locator('#bundle-link').getAttribute('href')).resolves.toContain(`/certificates/${cert.id}/bundle`);
        // The QR code is for another device: last on a wide screen, not shown on a phone.
        await expect(page.locator('figure.qr svg').isVisible()).resolves.toBe(width > 640);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, `certificate-valid-${lang}-${width}.png`), fullPage: true });
        // What the reader sees first, without scrolling.
        await page.screenshot({ path: join(SCREENSHOTS_DIR, `certificate-valid-${lang}-${width}-first-screen.png`) });
        expect(await overflow(page)).toEqual({ scrollWidth: width, clientWidth: width });
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    },
    60_000,
  );

  it('a revoked certificate shows the certifier’s reason and the date, in each language', async () => {
    const revoked = await requestAndIssue(t, w, certifier, (await declaredFootprint(t, w)).footprintId);
    data(
      await t.gql(
        `mutation($input: CertificateStatusInput!) { revokeCertificate(input: $input) { changed } }`,
        { input: { certificateId: revoked.id, reason: 'material misstatement in the electricity records' } },
        certifier.key,
      ),
    );
    const [{ at }] = (await t.db.query(`SELECT status_changed_at AS at FROM certificates WHERE id = $1`, [revoked.id])) as { at: Date }[];
    for (const lang of LANGUAGES) {
      const { page, status, close } = await open(lang, 390, `/verify/${revoked.id}`);
      try {
        expect(status).toBe(200);
        await expect(page.locator('#status').innerText()).resolves.toBe(MESSAGES[lang].certificate.status.REVOKED);
        await expect(page.locator('#status').getAttribute('data-status')).resolves.toBe('REVOKED');
        const details = await page.locator('#revoked').innerText();
        expect(details).toContain('material misstatement in the electricity records');
        expect(details).toContain(formatDate(lang, at));
        await page.screenshot({ path: join(SCREENSHOTS_DIR, `certificate-revoked-${lang}-390.png`), fullPage: true });
        await page.screenshot({ path: join(SCREENSHOTS_DIR, `certificate-revoked-${lang}-390-first-screen.png`) });
        expect(await overflow(page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    }
  }, 90_000);

  it('the checks can fail: axe-core finds a planted critical violation, the overflow check a planted unwrapped hash', async () => {
    const { page, close } = await open('en', 390, `/verify/${cert.id}`);
    try {
      await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="data:,">')`);
      expect((await seriousViolations(page)).map((v) => v.id)).toContain('image-alt');
      // And the overflow check: an unbreakable 64-character hex string without the page's wrapping rules.
      await page.evaluate(
        `document.querySelector('main').insertAdjacentHTML('beforeend', '<p style="overflow-wrap:normal;word-break:normal">${'ab'.repeat(32)}</p>')`,
      );
      expect((await overflow(page)).scrollWidth).toBeGreaterThan(390);
    } finally {
      await close();
    }
  }, 60_000);

  it('an unknown certificate is a 404 page saying it is not genuine; a damaged address a 400 page', async () => {
    for (const lang of LANGUAGES) {
      const unknown = await open(lang, 390, `/verify/00000000-0000-4000-8000-000000000000`);
      try {
        expect(unknown.status).toBe(404);
        await expect(unknown.page.locator('#status').innerText()).resolves.toBe(MESSAGES[lang].notFound.words);
        await unknown.page.screenshot({ path: join(SCREENSHOTS_DIR, `certificate-not-found-${lang}-390.png`), fullPage: true });
        expect(await overflow(unknown.page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
        expect(await seriousViolations(unknown.page)).toEqual([]);
      } finally {
        await unknown.close();
      }
    }
    const damaged = await open('de', 390, `/verify/${cert.id}x`);
    try {
      expect(damaged.status).toBe(400);
      await expect(damaged.page.locator('#status').innerText()).resolves.toBe(MESSAGES.de.badRequest.words);
      expect(await overflow(damaged.page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
      expect(await seriousViolations(damaged.page)).toEqual([]);
    } finally {
      await damaged.close();
    }
  }, 90_000);
});
