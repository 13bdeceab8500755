import type { VerificationResult } from './certificate-verification.service';

/**
 * The buyer-facing verification page (issue 5): product, plant and park, footprint per stage
 * and per kWh, certifier, assurance level, validity and the status in words, with a QR code
 * (inline SVG) that leads back to the page. Everything shown comes from the verified
 * credential; every value is HTML-escaped.
 */
const esc = (v: unknown): string =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const num = (v: unknown, digits = 4): string =>
  typeof v === 'number' && Number.isFinite(v) ? Number(v.toPrecision(digits)).toLocaleString('en-GB') : '—';

const STAGE_NAMES: Record<string, string> = {
  RAW_MATERIAL_ACQUISITION: 'Raw material acquisition',
  MAIN_PRODUCTION: 'Main production',
  DISTRIBUTION: 'Distribution',
  END_OF_LIFE_RECYCLING: 'End of life and recycling',
};

/** Where a buyer gets what the offline check needs, and the platform key to pin. */
export interface OfflineLinks {
  bundleUrl: string;
  trustListUrl: string;
  platformThumbprint: string;
}

export function renderVerifyPage(r: VerificationResult, pageUrl: string, qrSvg: string, offline: OfflineLinks): string {
  const vc = r.credential;
  const s = vc?.credentialSubject as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
  const cert = s?.certificate ?? {};
  const fp = s?.footprint ?? {};
  const party = s?.responsibleParty ?? {};
  const product = s?.product ?? {};
  const stages = Object.entries((fp.stagesKgCo2e ?? {}) as Record<string, number>);
  const lifetime = typeof fp.lifetimeEnergyKWh === 'number' && fp.lifetimeEnergyKWh > 0 ? fp.lifetimeEnergyKWh : null;
  const failed = r.checks.filter((c) => !c.ok);
  const colour = r.valid ? '#0a7d32' : '#b3261e';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Carbon footprint certificate ${esc(cert.number)} — ${esc(r.valid ? 'valid' : r.status.toLowerCase())}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
.status{border:3px solid ${colour};color:${colour};padding:1rem;border-radius:.5rem;font-size:1.3rem;font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.qr{float:right;width:160px;margin-left:1rem}code{overflow-wrap:anywhere}@media (max-width:30rem){.qr{width:112px}}</style></head>
<body>
<div class="qr" aria-label="QR code of this page">${qrSvg}</div>
<h1>Carbon footprint certificate ${esc(cert.number)}</h1>
<p class="status" id="status" data-status="${esc(r.status)}">${esc(r.statusText)}</p>
${failed.length ? `<ul id="reasons">${failed.map((c) => `<li>${esc(c.reason)}: ${esc(c.message)}</li>`).join('')}</ul>` : ''}
<h2>Product</h2>
<table>
<tr><th>Battery model</th><td>${esc(product.model?.name)} (${esc(product.model?.chemistry)}, ${num(product.model?.nominalEnergyKWh)} kWh)</td></tr>
<tr><th>Batch</th><td>${esc(product.batchNumber)} (${esc(product.packCount)} packs)</td></tr>
<tr><th>Manufacturer</th><td>${esc(party.name)}</td></tr>
<tr><th>Plant</th><td>${esc(party.plant?.name)}, ${esc(party.plant?.address)}</td></tr>
<tr><th>Park</th><td>${esc(party.park?.name)} (${esc(party.park?.code)})</td></tr>
</table>
<h2>Carbon footprint</h2>
<p>Ruleset ${esc(fp.rulesetId)}, footprint version ${esc(fp.version)}. Functional unit: 1 kWh of total energy delivered over the service life.</p>
<table><tr><th>Life-cycle stage</th><th>kg CO2e (batch)</th><th>kg CO2e per kWh delivered</th></tr>
${stages.map(([k, v]) => `<tr><td>${esc(STAGE_NAMES[k] ?? k)}</td><td class="n">${num(v)}</td><td class="n">${lifetime ? num(v / lifetime) : '—'}</td></tr>`).join('\n')}
<tr><th>Total</th><th class="n">${num(fp.kgCo2eAbsolute)}</th><th class="n" id="per-kwh-lifetime">${num(fp.kgCo2ePerKWhLifetime)}</th></tr>
</table>
<p>Per kWh of capacity: <strong>${num(fp.kgCo2ePerKWhCapacity)} kg CO2e/kWh</strong>. Footprint hash <code class="hash">${esc(fp.sha256)}</code>.</p>
<h2>Verification</h2>
<table>
<tr><th>Certifier</th><td id="certifier">${esc(vc?.issuer?.name)}</td></tr>
<tr><th>Assurance level</th><td id="assurance">${esc(cert.assurance)}, materiality ${esc(cert.materialityPercent)}%</td></tr>
<tr><th>Standard</th><td>${esc(cert.verificationStandard)}; criteria: ${esc(Array.isArray(cert.criteria) ? cert.criteria.join('; ') : '')}</td></tr>
<tr><th>Opinion</th><td>${esc(cert.opinion)}</td></tr>
<tr><th>Lead verifier / reviewer</th><td>${esc(cert.leadVerifier)} / ${esc(cert.reviewer)}</td></tr>
<tr><th>Valid</th><td id="validity">from ${esc(vc?.validFrom)} until ${esc(vc?.validUntil)}</td></tr>
<tr><th>Checked</th><td>${esc(r.checkedAt.toISOString())}</td></tr>
</table>
<h2>Verify it yourself, offline</h2>
<p>Download the <a href="${esc(offline.bundleUrl)}">certificate bundle</a> and <a href="${esc(offline.trustListUrl)}">battrace’s
signed trust list</a>, then run
<code>npm run verify -- bundle.json --trust issuers.json --platform-key ${esc(offline.platformThumbprint)}</code>.</p>
<p>battrace platform key (RFC 7638 thumbprint): <code id="platform-key">${esc(offline.platformThumbprint)}</code></p>
<p><a href="${esc(pageUrl)}">${esc(pageUrl)}</a></p>
</body></html>`;
}
