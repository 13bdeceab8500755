import { escapeHtml as esc } from './html';
import { Language } from './i18n';
import { renderPage } from './layout';
import { fill, MESSAGES } from './messages';

/**
 * The browser sign-in page (GET /signin; docs/pages.md, "Sign in"): one password field for the
 * organization's API key and a submit button, posting to /signin with the page to return to.
 * `problem` (after a refused key or form) is shown as a status line. Pure; every value escaped.
 */
export function renderSignInPage(lang: Language, returnTo: string, problem: 'BAD_KEY' | 'BAD_FORM' | null = null): string {
  const m = MESSAGES[lang].signIn;
  const status = problem
    ? `<p class="status bad" id="signin-problem" role="alert">${esc(problem === 'BAD_KEY' ? m.badKey : m.badForm)}</p>`
    : '';
  const main = `<h1>${esc(m.title)}</h1>
${status}
<p>${esc(m.intro)}</p>
<form id="signin-form" method="post" action="/signin?lang=${lang}">
<input type="hidden" name="returnTo" value="${esc(returnTo)}">
<p><label for="apiKey">${esc(m.keyLabel)}</label><br>
<input id="apiKey" name="apiKey" type="password" autocomplete="off" autocapitalize="off" spellcheck="false" required maxlength="256" style="width:100%;font-size:1rem;padding:.5rem"></p>
<p class="note">${esc(m.keyHint)}</p>
<p><button type="submit" style="font-size:1rem;padding:.5rem 1.25rem">${esc(m.submit)}</button></p>
</form>
<p class="note">${esc(m.lifetime)}</p>`;
  return renderPage({ lang, title: m.title, main });
}

/** The passport page's line for a reader signed in through a browser session, with its sign-out form. */
export function signedInHtml(lang: Language, organizationName: string): string {
  const m = MESSAGES[lang].signIn;
  return `<form id="signout-form" method="post" action="/signout"><p id="signed-in-as">${fill(m.signedInAs, { organization: esc(organizationName) })} <button type="submit">${esc(m.signOut)}</button></p></form>`;
}

/** The passport page's link to the sign-in page, returning to `returnTo` (a path of this site). */
export function signInLinkHtml(lang: Language, returnTo: string): string {
  const m = MESSAGES[lang].signIn;
  return `<p><a id="signin-link" href="/signin?lang=${lang}&amp;returnTo=${esc(encodeURIComponent(returnTo))}">${esc(m.signInButton)}</a></p>`;
}
