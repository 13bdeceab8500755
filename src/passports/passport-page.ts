import { formatDate, formatNumber, formatSignificant, isoDateTime } from '../pages/format';
import { escapeHtml as esc } from '../pages/html';
import { Language, LOCALE } from '../pages/i18n';
import { renderPage } from '../pages/layout';
import { signedInHtml, signInLinkHtml } from '../pages/signin-page';
import { fill, MESSAGES, PassportGroupId, PassportPageMessages } from '../pages/messages';
import { PASSPORT_ATTRIBUTES, PassportAttribute } from './passport-attributes';

/**
 * The battery passport page people read (issue 15; docs/pages.md): the served passport
 * (GET /passports/batteries/:passportId, already filtered for the caller) grouped as Annex XIII of
 * Regulation (EU) 2023/1542 and the Battery Pass longlist group it, the chain of custody from the
 * park to the consignee, links to the certificates, their offline bundles, the EPCIS events, the
 * model's signed versions and the JSON, how to sign in with a legitimate interest, and the QR code
 * last. Attribute names are the catalogue's English names (marked `lang="en"` on German and Chinese
 * pages); group headings and the page's own words are translated. An attribute the caller may not
 * read is absent from the passport and so from the page; a group the caller reads nothing of, but
 * that holds attributes of a group it lacks, says so in one line. Every value is HTML-escaped. Pure.
 */

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The certificates, place and dates of the battery's batch (from the batch passport), when known. */
export interface PassportPageBatch {
  batchNumber: string;
  modelName: string;
  manufacturerName: string;
  plant: { name: string; address: string | null };
  park: { code: string; name: string };
  production: { from: Date | string; to: Date | string };
  performanceClass: string | null;
  certificates: { number: string; status: string; verifyUrl: string; bundleUrl: string }[];
}

/** One shipment of the battery's batch that the caller may see, with its legs. */
export interface PassportPageShipment {
  reference: string;
  consignee: string;
  from: string;
  to: string;
  departedAt: Date | string | null;
  arrivedAt: Date | string | null;
  deliveredAt: Date | string | null;
  legs: { mode: string; from: string; to: string }[];
}

export interface PassportPageInput {
  lang: Language;
  /** The served passport JSON (battery-passport.ts), as the caller receives it. */
  passport: Obj;
  batch: PassportPageBatch | null;
  shipments: PassportPageShipment[];
  /** The caller sees the shipments of the batch (their party or the administrator) or not (anonymous, other organizations). */
  shipmentsVisible: boolean;
  pageUrl: string;
  /** The page's path on this site (where the sign-in page returns to). */
  pagePath: string;
  /** The organization's name when the reader is signed in through a browser session, else null. */
  signedInAs: string | null;
  jsonUrl: string;
  epcisUrl: string;
  qrSvg: string;
}

/** Which catalogue attributes each page group shows, in catalogue order. Health: the dynamic per-battery data. */
export function groupOf(a: PassportAttribute): PassportGroupId {
  if (a.dynamic && a.key !== 'batteryStatus') return 'health';
  switch (a.category) {
    case 'Identifiers and product data':
      return 'identity';
    case 'Battery carbon footprint':
      return 'carbonFootprint';
    case 'Battery materials and composition':
      return 'materials';
    case 'Supply chain due diligence':
      return 'dueDiligence';
    case 'Symbols, labels and documentation of conformity':
      return 'labels';
    case 'Performance and durability':
      return 'performance';
    default:
      return a.subcategory === 'Recycled and renewable content' ? 'recycledContent' : 'circularity';
  }
}

const ATTRIBUTES_BY_GROUP: ReadonlyMap<PassportGroupId, readonly PassportAttribute[]> = (() => {
  const m = new Map<PassportGroupId, PassportAttribute[]>();
  for (const a of PASSPORT_ATTRIBUTES as readonly PassportAttribute[]) {
    const g = groupOf(a);
    m.set(g, [...(m.get(g) ?? []), a]);
  }
  return m;
})();

/** Shown in the head or the carbon footprint's figures, not again as rows. */
const SHOWN_APART = new Set([
  'batteryPassportIdentifier',
  'batteryCarbonFootprint',
  'absoluteCarbonFootprint',
  'carbonFootprintPerformanceClass',
  'carbonFootprintStudy',
]);

/** Units the served values carry where the longlist's unit column differs (docs/passport-attributes.md). */
const UNIT_OVERRIDE: Readonly<Record<string, string>> = {
  absoluteCarbonFootprint: 'kg CO₂e',
  carbonFootprintRawMaterialExtraction: 'kg CO₂e/kWh',
  carbonFootprintMainProduction: 'kg CO₂e/kWh',
  carbonFootprintDistribution: 'kg CO₂e/kWh',
  carbonFootprintRecycling: 'kg CO₂e/kWh',
  batteryCarbonFootprint: 'kg CO₂e/kWh',
};

const present = (v: unknown): boolean =>
  v !== null &&
  v !== undefined &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

const time = (lang: Language, v: Date | string | null | undefined): string =>
  `<time datetime="${esc(isoDateTime(v))}">${esc(formatDate(lang, v))}</time>`;

const isDocument = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && typeof (v as Obj).sha256 === 'string' && 'title' in (v as Obj);
const isUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(v);

/** A SHA-256 shown short (the first 12 and last 4 hexadecimal digits), the whole value in `title` and for copying. */
const shortHash = (h: string): string =>
  `<code class="hash short" title="${esc(h)}">${esc(h.length > 20 ? `${h.slice(0, 12)}…${h.slice(-4)}` : h)}</code>`;

/** A camelCase key of a nested value in words (`contactName` → "contact name"): the data's own field names, English. */
const WORDS = new Map<string, string>();
const words = (key: string): string => {
  let w = WORDS.get(key);
  if (w === undefined) {
    w = spell(key);
    if (WORDS.size < 1000) WORDS.set(key, w);
  }
  return w;
};
const spell = (key: string): string =>
  key
    // The unit is shown after the value (`massKg` → "Mass: 4.3 kg").
    .replace(/(?<=[a-z])(Kg|Percent|Ohm|KWh)$/, '')
    .replace(/^cas(?=[A-Z])/, 'CAS ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/ ([A-Z])(?=[a-z])/g, (_, c: string) => ` ${c.toLowerCase()}`);

function documentHtml(m: PassportPageMessages, d: Obj): string {
  const title = esc(d.title ?? m.document);
  const link = isUrl(d.url) ? `<a href="${esc(d.url)}">${title}</a>` : title;
  return `${link} <span class="note">(${esc(d.mediaType ?? '')}${d.mediaType ? ', ' : ''}${esc(m.sha256)} ${shortHash(String(d.sha256))})</span>`;
}

/** Recorded measurements to at most 4 significant digits, without trailing zeros (`2.4 W/Wh`, `0.0005 Ω`). */
const MEASURED: Readonly<Record<Language, Intl.NumberFormat>> = {
  en: new Intl.NumberFormat(LOCALE.en, { maximumSignificantDigits: 4 }),
  de: new Intl.NumberFormat(LOCALE.de, { maximumSignificantDigits: 4 }),
  zh: new Intl.NumberFormat(LOCALE.zh, { maximumSignificantDigits: 4 }),
};

/** Percentages as each language writes them (`4 %` in German), by decimals; built once. */
const PERCENT = new Map<string, Intl.NumberFormat>();
function percentFormat(lang: Language, decimals: number): Intl.NumberFormat {
  const key = `${lang}${decimals}`;
  let f = PERCENT.get(key);
  if (!f)
    PERCENT.set(
      key,
      (f = new Intl.NumberFormat(LOCALE[lang], { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
    );
  return f;
}

function numberHtml(lang: Language, v: number, unit: string | null): string {
  if (!Number.isFinite(v)) return '—';
  if (unit === '%') return esc(percentFormat(lang, Number.isInteger(v) ? 0 : decimalsOf(v)).format(v / 100));
  const u = unit && unit !== '-' ? ` <span class="unit">${esc(unit.replace(/^\[|\]$/g, ''))}</span>` : '';
  return `${esc(Number.isInteger(v) ? formatNumber(lang, v, 0) : MEASURED[lang].format(v))}${u}`;
}

/** Decimals a percentage needs to show as recorded (at most 2). */
const decimalsOf = (v: number): number => Math.min(2, (String(v).split('.')[1] ?? '').length);

/** Any served value as HTML: documents as links with their short hash, lists as lists, objects as their fields. */
export function valueHtml(lang: Language, key: string, v: unknown, unit: string | null): string {
  const m = MESSAGES[lang].passport;
  if (typeof v === 'number') return numberHtml(lang, v, unit);
  if (typeof v === 'boolean') return esc(v ? m.yes : m.no);
  if (isUrl(v)) return `<a class="code" href="${esc(v)}">${esc(v)}</a>`;
  if (isIsoDate(v)) return time(lang, v);
  if (typeof v === 'string') return esc(v);
  if (isDocument(v)) return documentHtml(m, v);
  if (Array.isArray(v)) {
    const items = v.filter(present);
    if (items.every((i) => typeof i === 'string' || typeof i === 'number'))
      return items.map((i) => valueHtml(lang, key, i, unit)).join(', ');
    return `<ul class="list">${items.map((i) => `<li>${valueHtml(lang, key, i, unit)}</li>`).join('')}</ul>`;
  }
  if (typeof v === 'object' && v !== null) {
    const o = v as Obj;
    // A few shapes read better in one line.
    if (typeof o.clearName === 'string' && typeof o.shortName === 'string') return `${esc(o.clearName)} (${esc(o.shortName)})`;
    if ('lifecycleStage' in o && typeof o.carbonFootprint === 'number') return numberHtml(lang, o.carbonFootprint, unit);
    if (typeof o.contactName === 'string' && Object.keys(o).every((k) => ['contactName', 'identifier', 'postalAddress'].includes(k)))
      return `${esc(o.contactName)}${o.postalAddress?.addressCountry ? ` (${esc(o.postalAddress.addressCountry)})` : ''}`;
    if (typeof o.streetAddress === 'string' && Object.keys(o).every((k) => ['streetAddress', 'addressCountry'].includes(k)))
      return `${esc(o.streetAddress)}${o.addressCountry ? ` (${esc(o.addressCountry)})` : ''}`;
    if ('warrantyYears' in o) {
      const parts = [present(o.warrantyYears) ? fill(m.years, { years: esc(formatNumber(lang, o.warrantyYears, 0)) }) : ''];
      if (present(o.warrantyKm)) parts.push(`${esc(formatNumber(lang, o.warrantyKm, 0))} km`);
      return parts.filter(Boolean).join(' / ');
    }
    // Names first (`substanceName`, `materialName`, `partName`…), then the rest as the data orders them.
    const fields = Object.entries(o)
      .filter(([, x]) => present(x))
      .sort(([a], [b]) => Number(/Name$/.test(b)) - Number(/Name$/.test(a)));
    // A name leads, on its own, in bold (`Graphite: mass 62 kg; …`).
    const lead = fields.length > 1 && /Name$/.test(fields[0][0]) && typeof fields[0][1] === 'string' ? fields.shift() : undefined;
    const rest = fields
      .map(([k, x]) => `<span class="field"><span lang="en">${esc(words(k))}</span>: ${valueHtml(lang, k, x, unitOfField(k))}</span>`)
      .join('; ');
    return lead ? `<strong>${esc(lead[1])}</strong>: ${rest}` : rest;
  }
  return esc(v);
}

/** Units of nested fields by their names (`massKg`, `concentrationPercent`, `resistanceOhm`). */
function unitOfField(k: string): string | null {
  if (/Percent$/.test(k)) return '%';
  if (/Kg$/.test(k)) return 'kg';
  if (/Ohm$/.test(k)) return 'Ω';
  if (/KWh$/.test(k)) return 'kWh';
  return null;
}

interface GroupRows {
  rows: string[];
  /** The catalogue holds attributes of this group in access groups the caller does not read. */
  withheld: boolean;
}

function groupRows(p: PassportPageInput, group: PassportGroupId): GroupRows {
  const { lang, passport } = p;
  const attrs = (passport.attributes ?? {}) as Obj;
  const groups = new Set<string>(((passport.access as Obj | undefined)?.groups as string[] | undefined) ?? ['PUBLIC']);
  const foreign = lang === 'en' ? '' : ' lang="en"';
  const rows: string[] = [];
  let withheld = false;
  for (const a of ATTRIBUTES_BY_GROUP.get(group) ?? []) {
    if (!groups.has(a.accessGroup)) withheld = true;
    const v = attrs[a.key];
    if (SHOWN_APART.has(a.key) || !present(v)) continue;
    rows.push(
      `<tr data-key="${esc(a.key)}"><th scope="row"${foreign}>${esc(a.name)}</th><td>${valueHtml(lang, a.key, v, UNIT_OVERRIDE[a.key] ?? a.unit)}</td></tr>`,
    );
  }
  return { rows, withheld };
}

function restrictedLine(m: PassportPageMessages, id: string, partly: boolean): string {
  return `<p class="note restricted" id="${id}-restricted">${esc(partly ? m.partlyRestricted : m.restricted)} <a href="#signin">${esc(m.signInLink)}</a></p>`;
}

/** A group's section: its rows, or the restricted line; nothing when it has neither. */
function section(p: PassportPageInput, id: PassportGroupId, before = '', hasBefore = false, headRows: string[] = []): string {
  const m = MESSAGES[p.lang].passport;
  const { rows: own, withheld } = groupRows(p, id);
  const rows = [...headRows, ...own];
  if (!rows.length && !hasBefore && !withheld) return '';
  const table = rows.length ? `<table class="kv">${rows.join('\n')}</table>` : '';
  const note = withheld ? restrictedLine(m, id, rows.length > 0 || hasBefore) : '';
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(m.groups[id])}</h2>
${before}${table}${note}</section>`;
}

function carbonFigures(p: PassportPageInput): { html: string; any: boolean } {
  const { lang, passport, batch } = p;
  const m = MESSAGES[lang].passport;
  const a = (passport.attributes ?? {}) as Obj;
  const figures: string[] = [];
  const fig = (id: string, label: string, value: string) =>
    `<div class="figure" id="${id}"><dt>${esc(label)}</dt><dd class="value">${value}</dd></div>`;
  if (typeof a.batteryCarbonFootprint === 'number')
    figures.push(
      fig(
        'cf-per-kwh',
        m.perKWh,
        `${esc(formatSignificant(lang, a.batteryCarbonFootprint, 3))} <span class="unit">${esc(m.unitKgPerKWh)}</span>`,
      ),
    );
  if (typeof a.absoluteCarbonFootprint === 'number')
    figures.push(
      fig(
        'cf-per-battery',
        m.perBattery,
        `${esc(formatSignificant(lang, a.absoluteCarbonFootprint, 4))} <span class="unit">${esc(m.unitKg)}</span>`,
      ),
    );
  if (figures.length) {
    const cls = a.carbonFootprintPerformanceClass ?? batch?.performanceClass ?? null;
    figures.push(fig('cf-class', m.performanceClass, present(cls) ? esc(cls) : `<span class="class-none">${esc(m.notClassified)}</span>`));
  }
  const study = isUrl(a.carbonFootprintStudy)
    ? `<p id="cf-study">${esc(m.study)}: <a href="${esc(a.carbonFootprintStudy)}">${esc(m.studyLink)}</a></p>`
    : '';
  const html = `${figures.length ? `<dl class="figures">${figures.join('\n')}</dl>` : ''}${study}`;
  return { html, any: figures.length > 0 || study !== '' };
}

function identity(p: PassportPageInput): string {
  const { lang, passport, batch } = p;
  const m = MESSAGES[lang].passport;
  const battery = (passport.battery ?? {}) as Obj;
  const head = [
    `<tr><th scope="row">${esc(m.passportId)}</th><td><code id="passport-id">${esc(passport.passportId)}</code></td></tr>`,
    `<tr><th scope="row">${esc(m.serial)}</th><td><code id="serial">${esc(battery.serial)}</code></td></tr>`,
  ];
  if (batch) {
    head.push(`<tr><th scope="row">${esc(m.model)}</th><td id="model">${esc(batch.modelName)}</td></tr>`);
    head.push(`<tr><th scope="row">${esc(m.manufacturer)}</th><td id="manufacturer">${esc(batch.manufacturerName)}</td></tr>`);
  }
  const link = (id: string, label: string, l: Obj | null | undefined) =>
    l && typeof l.url === 'string'
      ? `<tr><th scope="row">${esc(label)}</th><td><a id="${id}" class="code" href="${esc(l.url)}">${esc(l.passportId)}</a></td></tr>`
      : '';
  for (const [id, label, l] of [
    ['predecessor', m.predecessor, passport.predecessor],
    ['successor', m.successor, passport.successor],
  ] as const)
    if (l) head.push(link(id, label, l as Obj));
  return section(p, 'identity', '', true, head);
}

function custody(p: PassportPageInput): string {
  const { lang, batch, shipments } = p;
  const m = MESSAGES[lang].passport;
  const steps: string[] = [];
  if (batch) {
    steps.push(`<li><span class="step">${esc(m.custodyPark)}</span> ${esc(batch.park.name)} (<code>${esc(batch.park.code)}</code>)</li>`);
    steps.push(
      `<li><span class="step">${esc(m.custodyPlant)}</span> ${esc(batch.plant.name)}${batch.plant.address ? `, ${esc(batch.plant.address)}` : ''}<br><span class="note">${esc(m.productionPeriod)}: ${fill(m.dateRange, { from: time(lang, batch.production.from), until: time(lang, batch.production.to) })}</span></li>`,
    );
  }
  for (const s of shipments) {
    const dates = [
      s.departedAt ? fill(m.departed, { date: time(lang, s.departedAt) }) : '',
      s.arrivedAt ? fill(m.arrived, { date: time(lang, s.arrivedAt) }) : '',
      s.deliveredAt ? fill(m.delivered, { date: time(lang, s.deliveredAt) }) : '',
    ].filter(Boolean);
    const legs = s.legs.map((l) => `${esc(l.from)} → ${esc(l.to)} (${esc(l.mode)})`).join(', ');
    steps.push(
      `<li class="shipment"><span class="step">${fill(m.custodyShipment, { reference: esc(s.reference) })}</span> ${esc(s.from)} → ${esc(s.to)}${legs ? `<br><span class="note">${legs}</span>` : ''}<br>${dates.length ? dates.join(', ') : esc(m.notYet)}</li>`,
    );
    steps.push(
      `<li class="consignee"><span class="step">${esc(m.custodyConsignee)}</span> ${esc(s.consignee)}${s.deliveredAt ? ` (${time(lang, s.deliveredAt)})` : ''}</li>`,
    );
  }
  const note = !p.shipmentsVisible
    ? `<p class="note" id="shipments-hidden">${esc(m.shipmentsHidden)} <a href="#signin">${esc(m.signInLink)}</a></p>`
    : shipments.length === 0
      ? `<p class="note">${esc(m.noShipments)}</p>`
      : '';
  return `<section id="custody" aria-labelledby="custody-h"><h2 id="custody-h">${esc(m.groups.custody)}</h2>
<ol class="chain">${steps.join('\n')}</ol>${note}</section>`;
}

function links(p: PassportPageInput): string {
  const { lang, passport, batch } = p;
  const m = MESSAGES[lang].passport;
  const items: string[] = [];
  for (const c of batch?.certificates ?? [])
    items.push(
      `<li><a class="certificate-link" href="${esc(c.verifyUrl)}">${fill(m.certificateLink, { number: esc(c.number) })}</a>, <a class="bundle-link" href="${esc(c.bundleUrl)}">${esc(m.bundleLink)}</a></li>`,
    );
  items.push(
    `<li><a id="epcis-link" href="${esc(p.epcisUrl)}">${esc(m.epcisLink)}</a> <span class="note">(${esc(m.epcisNote)})</span></li>`,
  );
  const model = passport.modelPassport as Obj | null | undefined;
  if (model && typeof model.versionsUrl === 'string')
    items.push(`<li><a id="model-versions-link" href="${esc(model.versionsUrl)}">${esc(m.modelVersionsLink)}</a></li>`);
  if (typeof passport.batchPassportUrl === 'string')
    items.push(`<li><a id="batch-passport-link" href="${esc(passport.batchPassportUrl)}">${esc(m.batchPassportLink)}</a></li>`);
  items.push(`<li><a id="json-link" href="${esc(p.jsonUrl)}">${esc(m.jsonLink)}</a></li>`);
  return `<section id="links" aria-labelledby="links-h"><h2 id="links-h">${esc(m.linksHeading)}</h2><ul>${items.join('\n')}</ul></section>`;
}

export function renderPassportPage(p: PassportPageInput): string {
  const { lang, passport, batch } = p;
  const m = MESSAGES[lang].passport;
  const battery = (passport.battery ?? {}) as Obj;
  const banner = passport.ceased
    ? `<p class="status bad" id="ceased">${passport.ceasedAt ? fill(m.closed, { date: time(lang, passport.ceasedAt) }) : esc(m.closedNoDate)}</p>`
    : typeof passport.life === 'number' && passport.life > 0
      ? `<p class="status warn" id="later-life">${fill(m.laterLife, { life: esc(formatNumber(lang, passport.life, 0)) })}</p>`
      : '';
  const cf = carbonFigures(p);
  const qr = p.qrSvg.replace(/^<svg /, `<svg role="img" aria-label="${esc(m.qrLabel)}" `);
  const sections = [
    identity(p),
    section(p, 'carbonFootprint', cf.html, cf.any),
    section(p, 'materials'),
    section(p, 'recycledContent'),
    section(p, 'circularity'),
    section(p, 'performance'),
    section(p, 'health'),
    section(p, 'dueDiligence'),
    section(p, 'labels'),
    custody(p),
    links(p),
  ].filter(Boolean);
  const main = `<h1>${esc(m.title)}<span class="sub">${esc(batch?.modelName ?? '')}${batch ? ' · ' : ''}${esc(battery.serial ?? '')}</span></h1>
${banner}
${sections.join('\n')}
<section id="signin" aria-labelledby="signin-h"><h2 id="signin-h">${esc(m.signInHeading)}</h2>
<p>${esc(m.signInWho)}</p>
${p.signedInAs !== null ? signedInHtml(lang, p.signedInAs) : signInLinkHtml(lang, p.pagePath)}
<p>${esc(m.signInHow)}</p>
<pre><code>curl -H "Authorization: Bearer $BATTRACE_KEY" ${esc(p.jsonUrl)}</code></pre>
</section>
<p>${esc(m.pageAddress)}: <a class="code" href="${esc(p.pageUrl)}">${esc(p.pageUrl)}</a></p>
<figure class="qr">${qr}<figcaption>${esc(m.qrCaption)}</figcaption></figure>`;
  return renderPage({ lang, title: `${m.title} ${battery.serial ?? ''}${batch ? ` (${batch.modelName})` : ''}`, main });
}

/** The answer to an unknown passport (404) or a damaged address (400), in the reader's language. */
export function renderPassportErrorPage(lang: Language, kind: 'NOT_FOUND' | 'BAD_REQUEST', asked: string): string {
  const m = MESSAGES[lang].passport;
  const [title, words_] = kind === 'NOT_FOUND' ? [m.notFoundTitle, m.notFoundWords] : [m.badRequestTitle, m.badRequestWords];
  const main = `<h1>${esc(title)}</h1>
<p class="status bad" id="status" data-status="${kind}">${esc(words_)}</p>
<p>${esc(m.notFoundAdvice)}</p>
<p>${esc(m.asked)}: <code id="asked-id">${esc(asked.slice(0, 200))}</code></p>`;
  return renderPage({ lang, title: `${title}: ${words_}`, main });
}
