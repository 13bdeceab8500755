import { launchChromium } from '../support/browser';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { newWorld, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { data, declaredFootprint, newCertifier, recordMarchEnergy, requestAndIssue } from './certificates.fixtures';

/**
 * A real browser on the buyer's verification page (issue 5): Debian's Chromium, headless, driven
 * by playwright-core (no browser download; .ci/run installs chromium). Checks the words a buyer
 * reads for a valid and a revoked certificate and saves screenshots under test-output/. The page in
 * each language and width, with axe-core, is certificate-page-browser.e2e-spec.ts.
 */
const OUT = join(__dirname, '..', '..', 'test-output');

describe('certificate verification page in headless Chromium', () => {
  let t: TestApp;
  let w: World;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a valid certificate, then the same page says revoked', async () => {
    const certifier = await newCertifier(t);
    const cert = await requestAndIssue(t, w, certifier, (await declaredFootprint(t, w)).footprintId);
    const page = await browser.newPage();
    try {
      const res = await page.goto(`${t.url}/verify/${cert.id}`, { timeout: 15_000 });
      expect(res?.status()).toBe(200);
      await expect(page.locator('#status').innerText()).resolves.toBe('Valid: this certificate is genuine and in force.');
      await expect(page.locator('h1').innerText()).resolves.toContain(cert.number);
      await expect(page.locator('#certifier').innerText()).resolves.toBe(certifier.name);
      await expect(page.locator('#assurance').getAttribute('data-level')).resolves.toBe('LIMITED');
      await expect(page.locator('#assurance').innerText()).resolves.toContain('Limited assurance');
      await expect(page.locator('.qr svg').count()).resolves.toBe(1);
      await page.screenshot({ path: join(OUT, 'certificate-valid.png'), fullPage: true });

      data(
        await t.gql(
          `mutation($input: CertificateStatusInput!) { revokeCertificate(input: $input) { changed } }`,
          { input: { certificateId: cert.id, reason: 'material misstatement' } },
          certifier.key,
        ),
      );
      await page.reload({ timeout: 15_000 });
      await expect(page.locator('#status').innerText()).resolves.toBe('Revoked: the certifier has withdrawn this certificate.');
      await expect(page.locator('#status').getAttribute('data-status')).resolves.toBe('REVOKED');
      await page.screenshot({ path: join(OUT, 'certificate-revoked.png'), fullPage: true });
    } finally {
      await page.close();
    }
  }, 60_000);
});
