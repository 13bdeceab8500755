import { LIFECYCLE_STAGES } from '../footprints/footprint-document';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatSignificant, decimalsFor, isoDateTime } from '../pages/format';
import { escapeHtml as esc } from '../pages/html';
import type { Language } from '../pages/i18n';
import { renderPage } from '../pages/layout';
import { fill, MESSAGES, PageMessages } from '../pages/messages';
import { roundParts } from '../pages/rounding';
import type { FailureReason } from './certificate-checks';
import type { CertificatePageFacts, VerificationResult } from './certificate-verification.service';

/**
 * The buyer-facing certificate page (issue 5, reworked for issue 15; docs/pages.md): the status in
 * words with the certifier's reason and date when revoked or suspended, the footprint per battery,
 * per kWh delivered, per kWh of capacity and for the batch, the park's green-electricity share,
 * the stages adding up to the total shown with DISTRIBUTION flagged while it holds an estimate,
 * product, certifier and validity, links to the batch passport and the offline bundle, and the QR
 * code last. Figures come from the verified credential; the recorded status, the estimate flag and
 * the green share from battrace's records. Every value is HTML-escaped. Pure.
 */

/** Where a buyer gets what the offline check needs, and the platform key to pin. */
export interface OfflineLinks {
  bundleUrl: string;
  trustListUrl: string;
  platformThumbprint: string;
}

export interface VerifyPageInput {
  lang: Language;
  result: VerificationResult;
  facts: CertificatePageFacts;
  pageUrl: string;
  qrSvg: string;
  passportUrl: string;
  offline: OfflineLinks;
}

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How a status is coloured: in force, needs attention (suspended, expired, superseded…), or refused. */
function tone(status: string): 'ok' | 'warn' | 'bad' {
  if (status === 'VALID') return 'ok';
  return ['SUSPENDED', 'EXPIRED', 'NOT_YET_VALID', 'SUPERSEDED', 'STATUS_UNKNOWN', 'STATUS_STALE'].includes(status) ? 'warn' : 'bad';
}

const time = (lang: Language, v: Date | string | null | undefined): string =>
  `<time datetime="${esc(isoDateTime(v))}">${esc(formatDate(lang, v))}</time>`;

export function statusWordsOf(m: PageMessages, status: string): string {
  return m.certificate.status[status as 'VALID' | FailureReason] ?? m.certificate.status.MALFORMED;
}

/** The lines under the status: revocation or suspension with reason and date, expiry, other failed checks. */
function statusDetails(p: VerifyPageInput, vc: Obj | null): string[] {
  const { lang, facts, result } = p;
  const m = MESSAGES[lang].certificate;
  const lines: string[] = [];
  const withReason = (template: string, id: string) =>
    `<li id="${id}">${fill(template, { date: time(lang, facts.statusChangedAt) })}${
      facts.statusReason ? `<br>${fill(m.reasonGiven, { reason: `<q>${esc(facts.statusReason)}</q>` })}` : ''
    }</li>`;
  if (facts.recordedStatus === 'REVOKED') lines.push(withReason(m.revokedOn, 'revoked'));
  if (facts.recordedStatus === 'SUSPENDED') lines.push(withReason(m.suspendedOn, 'suspended'));
  const covered = new Set<string>(['REVOKED', 'SUSPENDED', result.status]);
  for (const c of result.checks) {
    if (c.ok || !c.reason) continue;
    if (c.reason === 'EXPIRED') lines.push(`<li id="expired">${fill(m.expiredOn, { date: time(lang, vc?.validUntil) })}</li>`);
    else if (c.reason === 'NOT_YET_VALID') lines.push(`<li>${fill(m.notYetValidUntil, { date: time(lang, vc?.validFrom) })}</li>`);
    else if (!covered.has(c.reason)) lines.push(`<li>${esc(statusWordsOf(MESSAGES[lang], c.reason))}</li>`);
    covered.add(c.reason);
  }
  return lines;
}

/** The stage table: batch kg and per kWh delivered, each column rounded to add up to its total (pages/rounding.ts). */
function stageTable(p: VerifyPageInput, fp: Obj): { html: string; addsUp: boolean } {
  const { lang, facts } = p;
  const m = MESSAGES[lang].certificate;
  const stagesIn = (fp.stagesKgCo2e ?? {}) as Record<string, number>;
  const keys = [
    ...LIFECYCLE_STAGES.filter((k) => k in stagesIn),
    ...Object.keys(stagesIn).filter((k) => !(LIFECYCLE_STAGES as readonly string[]).includes(k)),
  ];
  const values = keys.map((k) => stagesIn[k]);
  const total = typeof fp.kgCo2eAbsolute === 'number' ? fp.kgCo2eAbsolute : NaN;
  const lifetime = typeof fp.lifetimeEnergyKWh === 'number' && fp.lifetimeEnergyKWh > 0 ? fp.lifetimeEnergyKWh : null;
  const perKWhTotal = typeof fp.kgCo2ePerKWhLifetime === 'number' ? fp.kgCo2ePerKWhLifetime : NaN;
  const batch = roundParts(values, total, decimalsFor(total, 4));
  const perKWh = lifetime
    ? roundParts(
        values.map((v) => v / lifetime),
        perKWhTotal,
        decimalsFor(perKWhTotal, 3),
      )
    : null;
  const cell = (label: string, v: number | undefined, decimals: number, extra = '') =>
    `<td class="n" data-label="${esc(label)}"${extra}>${esc(formatNumber(lang, v, decimals))}</td>`;
  const rows = keys.map((k, i) => {
    const estimate = k === 'DISTRIBUTION' && facts.distributionIsEstimate;
    const name = esc((m.stages as Record<string, string>)[k] ?? k);
    return `<tr data-stage="${esc(k)}"><th scope="row">${name}${estimate ? `<span class="flag" id="distribution-estimate-flag">${esc(m.estimateFlag)}</span>` : ''}</th>${cell(m.batchColumn, batch.parts[i], batch.decimals)}${
      perKWh ? cell(m.perKWhColumn, perKWh.parts[i], perKWh.decimals) : `<td class="n" data-label="${esc(m.perKWhColumn)}">—</td>`
    }</tr>`;
  });
  const totalRow = `<tr class="total"><th scope="row">${esc(m.total)}</th>${cell(m.batchColumn, batch.total, batch.decimals, ' id="total-batch"')}${
    perKWh ? cell(m.perKWhColumn, perKWh.total, perKWh.decimals, ' id="per-kwh-lifetime-total"') : '<td class="n">—</td>'
  }</tr>`;
  const html = `<table class="stack" id="stages"><thead><tr><th scope="col">${esc(m.stageColumn)}</th><th scope="col" class="n">${esc(
    m.batchColumn,
  )}</th><th scope="col" class="n">${esc(m.perKWhColumn)}</th></tr></thead>
<tbody>${rows.join('\n')}
${totalRow}</tbody></table>`;
  return { html, addsUp: batch.addsUp && (perKWh?.addsUp ?? true) };
}

function figure(id: string, label: string, value: string, note: string): string {
  return `<div class="figure" id="${id}"><dt>${esc(label)}</dt><dd class="value">${value}</dd>${note ? `<dd class="note">${note}</dd>` : ''}</div>`;
}

export function renderVerifyPage(p: VerifyPageInput): string {
  const { lang, result: r, facts } = p;
  const msgs = MESSAGES[lang];
  const m = msgs.certificate;
  const vc = r.credential as unknown as Obj | null;
  const s = (vc?.credentialSubject ?? {}) as Obj;
  const cert = (s.certificate ?? {}) as Obj;
  const fp = (s.footprint ?? {}) as Obj;
  const party = (s.responsibleParty ?? {}) as Obj;
  const product = (s.product ?? {}) as Obj;
  const model = (product.model ?? {}) as Obj;
  const words = statusWordsOf(msgs, r.status);
  const details = statusDetails(p, vc);
  const kg = (v: unknown, significant = 4) =>
    `${esc(formatSignificant(lang, v as number, significant))} <span class="unit">${esc(m.unitKg)}</span>`;
  const kgPerKWh = (v: unknown) => `${esc(formatSignificant(lang, v as number, 3))} <span class="unit">${esc(m.unitKgPerKWh)}</span>`;
  const nominal = typeof model.nominalEnergyKWh === 'number' ? model.nominalEnergyKWh : null;
  const perBattery = nominal !== null && typeof fp.kgCo2ePerKWhCapacity === 'number' ? fp.kgCo2ePerKWhCapacity * nominal : null;
  // The registered packs; none registered yet (0) says nothing about the batch, so it is left out.
  const packs = typeof product.packCount === 'number' && product.packCount > 0 ? esc(formatNumber(lang, product.packCount, 0)) : null;
  const green = facts.greenShares;
  const stages = vc ? stageTable(p, fp) : null;
  const materiality =
    typeof cert.materialityPercent === 'number'
      ? formatPercent(lang, cert.materialityPercent / 100, Number.isInteger(cert.materialityPercent) ? 0 : 1)
      : '—';
  const assuranceWords = (m.assuranceLevels as Record<string, string>)[cert.assurance] ?? cert.assurance ?? '—';
  const command = `npm run verify -- bundle.json --trust issuers.json --platform-key ${p.offline.platformThumbprint}`;
  const qr = p.qrSvg.replace(/^<svg /, `<svg role="img" aria-label="${esc(m.qrLabel)}" `);

  const main = `<h1>${esc(m.title)}<span class="sub">${esc(cert.number ?? '')}</span></h1>
<p class="status ${tone(r.status)}" id="status" data-status="${esc(r.status)}">${esc(words)}</p>
${details.length ? `<ul class="details" id="status-details" aria-label="${esc(m.statusDetailsLabel)}">${details.join('')}</ul>` : ''}
${
  vc
    ? `<h2>${esc(m.footprintHeading)}</h2>
<dl class="figures">
${figure('per-battery', m.perBattery, kg(perBattery), fill(m.perBatteryNote, { model: esc(model.name ?? '—'), energy: esc(formatSignificant(lang, nominal, 4)) }))}
${figure('per-kwh-lifetime', m.perKWhLifetime, kgPerKWh(fp.kgCo2ePerKWhLifetime), esc(m.perKWhLifetimeNote))}
${figure('per-kwh-capacity', m.perKWhCapacity, kgPerKWh(fp.kgCo2ePerKWhCapacity), esc(m.perKWhCapacityNote))}
${figure('batch-total', m.batchTotal, kg(fp.kgCo2eAbsolute), packs ? fill(m.batchTotalNote, { packs }) : '')}
${figure(
  'green-share',
  m.greenShare,
  green ? esc(formatPercent(lang, green.green, 1)) : esc(m.greenShareUnknown),
  green ? fill(m.greenShareNote, { direct: esc(formatPercent(lang, green.directGreen, 1)) }) : '',
)}
</dl>
<h3>${esc(m.stagesHeading)}</h3>
${stages?.html ?? ''}
${facts.distributionIsEstimate ? `<p class="note" id="distribution-estimate">${esc(m.distributionEstimate)}</p>` : ''}
<p class="note" id="rounding">${esc(stages?.addsUp ? m.roundingAddsUp : m.roundingSeparate)}</p>
<p class="note">${fill(m.ruleset, { ruleset: `<code>${esc(fp.rulesetId)}</code>`, version: esc(fp.version) })}</p>
<h2>${esc(m.productHeading)}</h2>
<table class="kv">
<tr><th scope="row">${esc(m.batteryModel)}</th><td>${esc(model.name)} (${esc(model.chemistry)}, ${esc(formatSignificant(lang, nominal, 4))} kWh)</td></tr>
<tr><th scope="row">${esc(m.batch)}</th><td>${esc(product.batchNumber)}${packs ? ` (${fill(m.packs, { packs })})` : ''}</td></tr>
<tr><th scope="row">${esc(m.manufacturer)}</th><td>${esc(party.name)}</td></tr>
<tr><th scope="row">${esc(m.plant)}</th><td>${esc(party.plant?.name)}${party.plant?.address ? `, ${esc(party.plant.address)}` : ''}</td></tr>
<tr><th scope="row">${esc(m.park)}</th><td>${esc(party.park?.name)} (${esc(party.park?.code)})</td></tr>
</table>
<h2>${esc(m.verificationHeading)}</h2>
<table class="kv">
<tr><th scope="row">${esc(m.certifier)}</th><td id="certifier">${esc(vc.issuer?.name)}</td></tr>
<tr><th scope="row">${esc(m.assurance)}</th><td id="assurance" data-level="${esc(cert.assurance)}">${esc(assuranceWords)}, ${fill(m.materiality, { percent: esc(materiality) })}</td></tr>
<tr><th scope="row">${esc(m.standard)}</th><td>${esc(cert.verificationStandard)}; ${esc(Array.isArray(cert.criteria) ? cert.criteria.join('; ') : '')}</td></tr>
<tr><th scope="row">${esc(m.opinion)}</th><td>${esc(cert.opinion)}</td></tr>
<tr><th scope="row">${esc(m.verifiers)}</th><td>${esc(cert.leadVerifier)} / ${esc(cert.reviewer)}</td></tr>
<tr><th scope="row">${esc(m.validity)}</th><td id="validity">${fill(m.validityRange, { from: time(lang, vc.validFrom), until: time(lang, vc.validUntil) })}</td></tr>
<tr><th scope="row">${esc(m.checkedAt)}</th><td><time datetime="${esc(isoDateTime(r.checkedAt))}">${esc(formatDateTime(lang, r.checkedAt))}</time></td></tr>
</table>`
    : ''
}
<h2>${esc(m.linksHeading)}</h2>
<ul>
<li><a id="passport-link" href="${esc(p.passportUrl)}">${esc(m.passportLink)}</a></li>
<li><a id="bundle-link" href="${esc(p.offline.bundleUrl)}">${esc(m.bundleLink)}</a></li>
<li><a href="${esc(p.offline.trustListUrl)}">${esc(m.trustListLink)}</a></li>
</ul>
<p>${esc(m.offlineHow)}</p>
<pre><code>${esc(command)}</code></pre>
<p>${esc(m.platformKey)}: <code id="platform-key">${esc(p.offline.platformThumbprint)}</code></p>
${vc ? `<p>${esc(m.footprintHash)}: <code class="hash">${esc(fp.sha256)}</code></p>` : ''}
<p>${esc(m.pageAddress)}: <a class="code" href="${esc(p.pageUrl)}">${esc(p.pageUrl)}</a></p>
<figure class="qr">${qr}<figcaption>${esc(m.qrCaption)}</figcaption></figure>`;
  return renderPage({ lang, title: `${m.title} ${cert.number ?? ''}: ${words}`, main });
}

/** The answer to an unknown certificate id (HTTP 404): not genuine, in the reader's language. */
export function renderCertificateNotFoundPage(lang: Language, id: string): string {
  const m = MESSAGES[lang].notFound;
  const main = `<h1>${esc(m.title)}</h1>
<p class="status bad" id="status" data-status="NOT_FOUND">${esc(m.words)}</p>
<p>${esc(m.advice)}</p>
<p>${esc(m.asked)}: <code id="asked-id">${esc(id.slice(0, 200))}</code></p>`;
  return renderPage({ lang, title: `${m.title}: ${m.words}`, main });
}

/** The answer to an address that names no certificate (HTTP 400), in the reader's language. */
export function renderCertificateBadRequestPage(lang: Language, id: string): string {
  const m = MESSAGES[lang].badRequest;
  const main = `<h1>${esc(m.title)}</h1>
<p class="status bad" id="status" data-status="BAD_REQUEST">${esc(m.words)}</p>
<p>${esc(m.advice)}</p>
<p>${esc(MESSAGES[lang].notFound.asked)}: <code id="asked-id">${esc(id.slice(0, 200))}</code></p>`;
  return renderPage({ lang, title: `${m.title}: ${m.words}`, main });
}
