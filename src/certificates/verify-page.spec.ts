import { MESSAGES } from '../pages/messages';
import { buildCarbonCredential, CertifiedFacts, CredentialOptions } from './carbon-credential';
import { CheckResult, fail, pass, statusInWords } from './certificate-checks';
import type { CertificatePageFacts, VerificationResult } from './certificate-verification.service';
import { renderCertificateBadRequestPage, renderCertificateNotFoundPage, renderVerifyPage, VerifyPageInput } from './verify-page';

/**
 * The certificate page as pure rendering, on a hand-checked batch: stages 4200.5 + 1800 + 120.25
 * − 60.75 = 6060 kg CO2e, 60 kWh packs at 101 kg CO2e/kWh of capacity (6060 kg per battery),
 * 150,000 kWh over the service life (0.0404 kg CO2e/kWh).
 */
const CERT = 'c0000000-0000-4000-8000-000000000003';
const BATCH = 'b0000000-0000-4000-8000-000000000002';
const facts: CertifiedFacts = {
  footprintId: 'f0000000-0000-4000-8000-000000000001',
  batchId: BATCH,
  version: 2,
  rulesetId: 'EU_CFB_DRAFT_2024',
  rawMaterialKgCo2e: 4200.5,
  mainProductionKgCo2e: 1800,
  distributionKgCo2e: 120.25,
  endOfLifeKgCo2e: -60.75,
  kgCo2eAbsolute: 6060,
  kgCo2ePerKWhCapacity: 101,
  kgCo2ePerKWhLifetime: 0.0404,
  lifetimeEnergyKWh: 150000,
  inputsSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  batchNumber: 'LFP-2026-03-A',
  productionStart: new Date('2026-03-01T00:00:00Z'),
  productionEnd: new Date('2026-03-31T23:59:59Z'),
  registeredPackCount: 1200,
  functionalUnit: { unit: 'kWh' },
  electricityBasis: 'METERED',
  modelId: 'model-1',
  modelName: 'Pack 60',
  chemistry: 'LFP',
  nominalEnergyKWh: 60,
  plantId: 'plant-1',
  plantName: 'Cell plant 1',
  plantAddress: null,
  parkCode: 'PK-01',
  parkName: 'Green park',
  manufacturerId: 'e0000000-0000-4000-8000-000000000005',
  manufacturerName: 'Maker "One" <Ltd>',
  certifierName: 'Verifier GmbH',
};
const options: CredentialOptions = {
  id: CERT,
  number: 'BTC-2026-000042',
  url: `https://battrace.example/verify/${CERT}`,
  issuedAt: new Date('2026-04-02T10:15:30Z'),
  validFrom: new Date('2026-04-02T10:15:30Z'),
  validUntil: new Date('2027-04-02T10:15:30Z'),
  issuer: { did: 'did:web:battrace.example', certifierId: 'd0000000-0000-4000-8000-000000000004' },
  terms: {
    assurance: 'REASONABLE',
    materialityPercent: 5,
    opinionType: 'UNMODIFIED',
    opinion: 'Nothing has come to our attention.',
    leadVerifier: 'A. Lead',
    reviewer: 'B. Review',
    systemBoundary: null,
    accreditation: null,
    notifiedBodyNumber: null,
  },
  status: {
    index: 7,
    revocationListUrl: 'https://battrace.example/status-lists/r',
    suspensionListUrl: 'https://battrace.example/status-lists/s',
  },
};
const credential = buildCarbonCredential(facts, options);

const result = (checks: CheckResult[], withCredential = true): VerificationResult => {
  const w = statusInWords(checks);
  return {
    valid: w.valid,
    status: w.status,
    statusText: w.words,
    checkedAt: new Date('2026-05-01T08:00:00Z'),
    kid: null,
    certificateId: CERT,
    checks,
    credential: withCredential ? credential : null,
  };
};
const pageFacts = (o: Partial<CertificatePageFacts> = {}): CertificatePageFacts => ({
  recordedStatus: 'ACTIVE',
  statusReason: null,
  statusChangedAt: null,
  batchId: BATCH,
  distributionIsEstimate: false,
  greenShares: { green: 0.8, directGreen: 0.6 },
  ...o,
});
const input = (o: Partial<VerifyPageInput> = {}): VerifyPageInput => ({
  lang: 'en',
  result: result([pass('FORMAT', ''), pass('SIGNATURE', '')]),
  facts: pageFacts(),
  pageUrl: options.url,
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>',
  passportUrl: `https://battrace.example/passports/${BATCH}`,
  offline: {
    bundleUrl: `https://battrace.example/certificates/${CERT}/bundle`,
    trustListUrl: 'https://battrace.example/trust/issuers.json',
    platformThumbprint: 'thumb',
  },
  ...o,
});
const cells = (html: string, label: string) =>
  [...html.matchAll(new RegExp(`<tr data-stage="([A-Z_]+)">.*?data-label="${label}">([^<]+)</td>`, 'g'))].map((m) => [m[1], m[2]]);

describe('certificate page rendering', () => {
  it('shows the headline figures, the green share and the stages adding up in both columns', () => {
    const html = renderVerifyPage(input());
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/id="per-battery"><dt>Per battery<\/dt><dd class="value">6,060 <span class="unit">kg CO₂e<\/span>/);
    expect(html).toContain('one Pack 60 battery of 60.00 kWh');
    expect(html).toMatch(/id="per-kwh-lifetime">.*0\.0404 <span/);
    expect(html).toMatch(/id="batch-total">.*1,200 packs/);
    expect(html).toMatch(/id="green-share">.*80\.0%.*60\.0% by direct line/);
    expect(cells(html, 'Batch, kg CO₂e')).toEqual([
      ['RAW_MATERIAL_ACQUISITION', '4,201'],
      ['MAIN_PRODUCTION', '1,800'],
      ['DISTRIBUTION', '120'],
      ['END_OF_LIFE_RECYCLING', '-61'],
    ]);
    expect(html).toContain('id="total-batch">6,060<');
    // In units of 0.0001: 280.03 + 120 + 8.02 − 4.05 = 404. Rounded down: 280 + 120 + 8 − 5 = 403; the missing unit
    // goes to the largest remainder (end of life, 0.95), so the column shows −0.0004 and adds up to 0.0404.
    expect(cells(html, 'Per kWh delivered, kg CO₂e').map((c) => c[1])).toEqual(['0.0280', '0.0120', '0.0008', '-0.0004']);
    expect(html).toContain('id="per-kwh-lifetime-total">0.0404<');
    expect(html).toContain(MESSAGES.en.certificate.roundingAddsUp);
    expect(html).not.toContain('id="distribution-estimate"');
    expect(html).toContain('data-level="REASONABLE">Reasonable assurance, materiality 5%');
    expect(html).toContain(`href="https://battrace.example/passports/${BATCH}"`);
  });

  it('German: figures, dates and words as German writes them', () => {
    const html = renderVerifyPage(input({ lang: 'de' }));
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(MESSAGES.de.certificate.status.VALID);
    expect(html).toContain('id="total-batch">6.060<');
    expect(html).toContain('vom <time datetime="2026-04-02T10:15:30.000Z">2. April 2026</time> bis zum');
    expect(html).toContain('Hinreichende Sicherheit, Wesentlichkeit 5\u00a0%');
  });

  it('flags DISTRIBUTION while it holds an estimate', () => {
    const html = renderVerifyPage(input({ facts: pageFacts({ distributionIsEstimate: true }) }));
    expect(html).toMatch(
      /<tr data-stage="DISTRIBUTION"><th scope="row">Distribution<span class="flag" id="distribution-estimate-flag">estimate<\/span>/,
    );
    expect(html).toContain(MESSAGES.en.certificate.distributionEstimate);
  });

  it('revoked: the certifier’s reason (escaped) and the date; expired: the expiry date', () => {
    const revoked = renderVerifyPage(
      input({
        result: result([pass('FORMAT', ''), fail('NOT_REVOKED', 'REVOKED', '')]),
        facts: pageFacts({ recordedStatus: 'REVOKED', statusReason: 'figures <wrong>', statusChangedAt: new Date('2026-04-20T12:00:00Z') }),
      }),
    );
    expect(revoked).toContain(
      'class="status bad" id="status" data-status="REVOKED">Revoked: the certifier has withdrawn this certificate.',
    );
    expect(revoked).toContain(
      '<li id="revoked">Revoked on <time datetime="2026-04-20T12:00:00.000Z">20 April 2026</time>.<br>Reason given by the certifier: <q>figures &lt;wrong&gt;</q></li>',
    );
    const expired = renderVerifyPage(input({ lang: 'zh', result: result([pass('FORMAT', ''), fail('VALIDITY_PERIOD', 'EXPIRED', '')]) }));
    expect(expired).toContain('class="status warn" id="status" data-status="EXPIRED">已过期');
    expect(expired).toContain('<li id="expired">过期日期：<time datetime="2027-04-02T10:15:30.000Z">2027年4月2日</time>。</li>');
  });

  it('escapes data from the credential', () => {
    const html = renderVerifyPage(input());
    expect(html).toContain('Maker &quot;One&quot; &lt;Ltd&gt;');
    expect(html).not.toContain('<Ltd>');
  });

  it('an unreadable credential: the status and the links, no figures, no crash', () => {
    const html = renderVerifyPage(
      input({ result: result([fail('FORMAT', 'MALFORMED', 'x')], false), facts: pageFacts({ greenShares: null }) }),
    );
    expect(html).toContain('data-status="MALFORMED"');
    expect(html).toContain(MESSAGES.en.certificate.status.MALFORMED);
    expect(html).not.toContain('id="stages"');
    expect(html).toContain('id="bundle-link"');
  });

  it('no green share recorded says so', () => {
    expect(renderVerifyPage(input({ facts: pageFacts({ greenShares: null }) }))).toMatch(/id="green-share">.*not recorded/);
  });

  it('the QR code is labelled for screen readers and placed last', () => {
    const html = renderVerifyPage(input());
    expect(html).toContain('<svg role="img" aria-label="QR code of this page" xmlns=');
    expect(html.indexOf('<figure class="qr">')).toBeGreaterThan(html.indexOf('id="platform-key"'));
  });

  it('not found and damaged addresses, in the reader’s language, the id escaped', () => {
    expect(renderCertificateNotFoundPage('de', 'abc')).toContain(MESSAGES.de.notFound.words);
    expect(renderCertificateBadRequestPage('zh', '<x>')).toContain('<code id="asked-id">&lt;x&gt;</code>');
  });
});
