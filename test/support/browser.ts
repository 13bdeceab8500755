import { readFileSync } from 'node:fs';
import { createServer, AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Language } from '../../src/pages/i18n';

/**
 * What the page tests in headless Chromium share: Debian's chromium driven by playwright-core (which
 * downloads no browser; .ci/run installs it), axe-core's serious and critical violations, the
 * sideways-scrolling check, the reader's locale per language, and where screenshots go.
 */
export const SCREENSHOTS_DIR = join(__dirname, '..', '..', 'test-output', 'pages');
export const PAGE_WIDTHS = [390, 1280] as const;
export const BROWSER_LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE', zh: 'zh-CN' };

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's chromium, headless, without the background traffic a test does not want. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    timeout: 30_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical violations on the page (the others are reported by id only). */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; targets: unknown[] }[]> {
  await page.addScriptTag({ content: AXE });
  // A string, run in the page: the test's own TypeScript has no DOM types.
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target) }));
}

/** The page's scroll width against its client width: wider than the viewport means it scrolls sideways. */
export const overflow = (page: Page) =>
  page.evaluate(`({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })`) as Promise<{
    scrollWidth: number;
    clientWidth: number;
  }>;

/** A TCP port nothing listens on now (the kernel's choice), for an app that must know its address before it listens. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
