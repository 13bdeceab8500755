import { LANGUAGES, Language } from '../pages/i18n';
import { RESOLVER_MESSAGES, ResolverMessages } from './resolver-messages';

/**
 * The links a battery's identifier resolves to (docs/resolver.md), typed with the GS1 Web
 * Vocabulary's link types, and the forms they are served in: an RFC 9264 linkset and a bounded
 * RFC 8288 Link header. Pure: the service hands in what it read.
 */
export const GS1_VOC = 'https://gs1.org/voc/';

/** The link types battrace serves, by their compact name (`gs1:pip`). */
export const LINK_TYPES = [
  'gs1:defaultLink',
  'gs1:pip',
  'gs1:certificationInfo',
  'gs1:sustainabilityInfo',
  'gs1:epcis',
  'gs1:instructions',
  'gs1:safetyInfo',
  'gs1:recyclingInfo',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** The relation type as a URI, which RFC 8288 §2.1.2 asks of an extension relation type. */
export const linkTypeUri = (t: LinkType): string => `${GS1_VOC}${t.slice('gs1:'.length)}`;

/** One target of a link. */
export interface ResolverLink {
  href: string;
  title: string;
  /**
   * The languages the target is available in; absent when battrace does not know it. A target
   * with several is one of battrace's pages, which choose their language by `?lang=`.
   */
  hreflang?: string[];
  type: string;
}

export type LinkMap = Partial<Record<LinkType, ResolverLink[]>>;

/** A document reference as the passport records it (attributes of data format "Link to PDF"). */
interface DocumentRef {
  url?: string;
  mediaType?: string;
}

/** The recorded documents that become links, with their link type: only those with a URL. */
const DOCUMENT_LINKS: readonly { key: keyof ResolverMessages & string; type: LinkType }[] = [
  { key: 'dismantlingAndRemovalInformation', type: 'gs1:instructions' },
  { key: 'safetyMeasures', type: 'gs1:safetyInfo' },
  { key: 'wastePrevention', type: 'gs1:recyclingInfo' },
  { key: 'separateCollection', type: 'gs1:recyclingInfo' },
  { key: 'informationOnCollection', type: 'gs1:recyclingInfo' },
];

export interface BatteryLinkFacts {
  publicBaseUrl: string;
  passportId: string;
  batchId: string;
  certificates: readonly { id: string; number: string }[];
  /**
   * The passport's `attributes` as served to the caller (already filtered by their access
   * groups): the carbon-footprint study and the recorded documents are read from it, so a link
   * appears exactly when the caller may read the attribute behind it.
   */
  attributes: Readonly<Record<string, unknown>>;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** An http(s) URL of printable ASCII without spaces, `<` or `>`: one that can go in a Location or Link header as it is. */
const isHttpUrl = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 2000 && /^https?:\/\/[\x21-\x3b\x3d\x3f-\x7e]+$/i.test(v);

/** Every link of one battery, titled in `lang`, the default link first. */
export function batteryLinks(f: BatteryLinkFacts, lang: Language): LinkMap {
  const m = RESOLVER_MESSAGES[lang];
  const pages = [...LANGUAGES];
  const page = `${f.publicBaseUrl}/passports/batteries/${f.passportId}`;
  const links: LinkMap = {
    'gs1:defaultLink': [{ href: page, title: m.passportPage, hreflang: pages, type: 'text/html' }],
    'gs1:pip': [
      { href: page, title: m.passportPage, hreflang: pages, type: 'text/html' },
      { href: page, title: m.passportJson, type: 'application/json' },
    ],
  };
  if (f.certificates.length) {
    links['gs1:certificationInfo'] = f.certificates.map((c) => ({
      href: `${f.publicBaseUrl}/verify/${c.id}`,
      title: fill(m.certificate, { number: c.number }),
      hreflang: pages,
      type: 'text/html',
    }));
  }
  const study = f.attributes.carbonFootprintStudy;
  if (isHttpUrl(study)) {
    // battrace's own study (GET /footprints/:id/study) is JSON; a study elsewhere is taken for a web page.
    const type = study.startsWith(`${f.publicBaseUrl}/`) ? 'application/json' : 'text/html';
    links['gs1:sustainabilityInfo'] = [{ href: study, title: m.carbonFootprintStudy, type }];
  }
  links['gs1:epcis'] = [{ href: `${f.publicBaseUrl}/epcis/events?batch=${f.batchId}`, title: m.epcisEvents, type: 'application/ld+json' }];
  for (const { key, type } of DOCUMENT_LINKS) {
    const doc = f.attributes[key] as DocumentRef | string | null | undefined;
    const href = typeof doc === 'string' ? doc : doc?.url;
    if (!isHttpUrl(href)) continue;
    const mediaType = typeof doc === 'object' && doc?.mediaType ? doc.mediaType : 'application/pdf';
    (links[type] ??= []).push({ href, title: m[key], type: mediaType });
  }
  return links;
}

/** The RFC 9264 linkset (JSON form, §4.2) of one anchor: each relation type as its URI. */
export function linkset(anchor: string, links: LinkMap): { linkset: Record<string, unknown>[] } {
  const entry: Record<string, unknown> = { anchor };
  for (const t of LINK_TYPES) {
    const targets = links[t];
    if (targets?.length) entry[linkTypeUri(t)] = targets.map((l) => ({ ...l }));
  }
  return { linkset: [entry] };
}

/** A quoted-string value of a Link header parameter (RFC 8288 §3: quotes and backslashes escaped, no controls). */
const q = (v: string): string => `"${v.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * A title as a Link header parameter: `title="…"` when it is printable ASCII, else `title*=` in the
 * RFC 8187 encoding RFC 8288 §3 asks for (a header value cannot carry other characters raw).
 */
function titleParam(title: string): string {
  if (/^[\x20-\x7e]*$/.test(title)) return `title=${q(title)}`;
  const encoded = encodeURIComponent(title).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `title*=UTF-8''${encoded}`;
}

/**
 * The Link header of every answer: the linkset, the default link and the passport's JSON, so a
 * client learns them without a second request. Bounded: those three whatever the battery's links
 * (the full list is in the linkset); URIs are ours and already percent-encoded.
 */
export function linkHeader(linksetUrl: string, links: LinkMap): string {
  const parts = [`<${linksetUrl}>; rel="linkset"; type="application/linkset+json"`];
  const def = links['gs1:defaultLink']?.[0];
  if (def) parts.push(`<${def.href}>; rel=${q(linkTypeUri('gs1:defaultLink'))}; type=${q(def.type)}; ${titleParam(def.title)}`);
  const json = links['gs1:pip']?.find((l) => l.type === 'application/json');
  if (json) parts.push(`<${json.href}>; rel=${q(linkTypeUri('gs1:pip'))}; type=${q(json.type)}`);
  return parts.join(', ');
}

/**
 * Reads `?linkType=`: `linkset` (and `all`, its GS1 Digital Link 1.1 name) asks for the linkset;
 * a link type may be given compact (`gs1:pip`) or as its URI (`https://gs1.org/voc/pip`, `http:`
 * too). Anything else is `unknown`, answered with the default link (docs/resolver.md).
 */
export type LinkTypeRequest = { kind: 'none' } | { kind: 'linkset' } | { kind: 'type'; type: LinkType } | { kind: 'unknown' };

export function readLinkType(param: unknown): LinkTypeRequest {
  if (param === undefined) return { kind: 'none' };
  if (typeof param !== 'string') return { kind: 'unknown' };
  const v = param.trim();
  if (v === 'linkset' || v === 'all') return { kind: 'linkset' };
  const m = /^(?:gs1:|https?:\/\/gs1\.org\/voc\/)([A-Za-z]+)$/.exec(v);
  const type = m ? (`gs1:${m[1]}` as LinkType) : null;
  return type && (LINK_TYPES as readonly string[]).includes(type) ? { kind: 'type', type } : { kind: 'unknown' };
}
