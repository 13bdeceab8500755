import { escapeHtml as esc } from '../pages/html';
import type { Language } from '../pages/i18n';
import { renderPage } from '../pages/layout';
import { RESOLVER_MESSAGES } from './resolver-messages';

/** The resolver's 404 page: no battery answers to the identifier. */
export function renderUnknownBatteryPage(lang: Language, path: string): string {
  const m = RESOLVER_MESSAGES[lang];
  const main = `<h1>${esc(m.notFoundTitle)}</h1>
<p class="status bad" id="status" data-status="NOT_FOUND">${esc(m.notFoundWords)}</p>
<p>${esc(m.notFoundAdvice)}</p>
<p>${esc(m.asked)}: <code id="asked">${esc(path.slice(0, 300))}</code></p>`;
  return renderPage({ lang, title: `${m.notFoundTitle}: ${m.notFoundWords}`, main });
}

/** The resolver's 400 page: the address is no battery identifier, and why (the message is English, the reason a code). */
export function renderMalformedLinkPage(lang: Language, path: string, reason: string, message: string): string {
  const m = RESOLVER_MESSAGES[lang];
  const main = `<h1>${esc(m.badRequestTitle)}</h1>
<p class="status bad" id="status" data-status="BAD_REQUEST">${esc(m.badRequestWords)}</p>
<p>${esc(m.badRequestAdvice)}</p>
<p id="problem" lang="en">${esc(message)}</p>
<p>${esc(m.reason)}: <code id="reason">${esc(reason)}</code></p>
<p>${esc(m.asked)}: <code id="asked">${esc(path.slice(0, 300))}</code></p>`;
  return renderPage({ lang, title: `${m.badRequestTitle}: ${m.badRequestWords}`, main });
}
