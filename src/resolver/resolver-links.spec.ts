import { batteryLinks, BatteryLinkFacts, linkHeader, linkset, linkTypeUri, readLinkType } from './resolver-links';

const BASE = 'https://battrace.example';
const facts = (over: Partial<BatteryLinkFacts> = {}): BatteryLinkFacts => ({
  publicBaseUrl: BASE,
  passportId: 'p-1',
  batchId: 'b-1',
  certificates: [{ id: 'c-1', number: 'CFP-2026-000001' }],
  attributes: {},
  ...over,
});

describe('battery links', () => {
  it('always has the passport (default link, page and JSON) and the EPCIS events', () => {
    const links = batteryLinks(facts({ certificates: [] }), 'en');
    expect(Object.keys(links)).toEqual(['gs1:defaultLink', 'gs1:pip', 'gs1:epcis']);
    expect(links['gs1:defaultLink']).toEqual([
      { href: `${BASE}/passports/batteries/p-1`, title: 'Battery passport', hreflang: ['en', 'de', 'zh'], type: 'text/html' },
    ]);
    expect(links['gs1:pip']!.map((l) => l.type)).toEqual(['text/html', 'application/json']);
    expect(links['gs1:epcis']![0].href).toBe(`${BASE}/epcis/events?batch=b-1`);
  });

  it('titles each certificate in the request language, with its number', () => {
    expect(batteryLinks(facts(), 'de')['gs1:certificationInfo']).toEqual([
      { href: `${BASE}/verify/c-1`, title: 'CO2-Fußabdruck-Zertifikat CFP-2026-000001', hreflang: ['en', 'de', 'zh'], type: 'text/html' },
    ]);
  });

  it('turns the attributes the caller reads into links: the study, documents with a URL (none without)', () => {
    const links = batteryLinks(
      facts({
        attributes: {
          carbonFootprintStudy: `${BASE}/footprints/f-1/study`,
          dismantlingAndRemovalInformation: { sha256: 'ab', mediaType: 'application/pdf', url: 'https://maker.example/dismantle.pdf' },
          safetyMeasures: { sha256: 'cd', mediaType: 'application/pdf' },
          separateCollection: { sha256: 'ef', mediaType: 'text/html', url: 'https://maker.example/collect' },
          informationOnCollection: 'javascript:alert(1)',
          wastePrevention: { sha256: 'ff', mediaType: 'text/html', url: 'https://maker.example/a b\r\nSet-Cookie: x' },
        },
      }),
      'en',
    );
    expect(links['gs1:sustainabilityInfo']).toEqual([
      { href: `${BASE}/footprints/f-1/study`, title: 'Carbon footprint study', type: 'application/json' },
    ]);
    expect(links['gs1:instructions']).toEqual([
      { href: 'https://maker.example/dismantle.pdf', title: 'Dismantling and removal information', type: 'application/pdf' },
    ]);
    expect(links['gs1:safetyInfo']).toBeUndefined();
    expect(links['gs1:recyclingInfo']).toEqual([
      { href: 'https://maker.example/collect', title: 'Separate collection', type: 'text/html' },
    ]);
  });
});

describe('linkset and Link header', () => {
  it('writes the RFC 9264 JSON form: one anchor, relation types as URIs', () => {
    const links = batteryLinks(facts(), 'en');
    const set = linkset(`${BASE}/01/09506000134352/21/X`, links);
    expect(set.linkset).toHaveLength(1);
    expect(set.linkset[0].anchor).toBe(`${BASE}/01/09506000134352/21/X`);
    expect(Object.keys(set.linkset[0])).toEqual([
      'anchor',
      'https://gs1.org/voc/defaultLink',
      'https://gs1.org/voc/pip',
      'https://gs1.org/voc/certificationInfo',
      'https://gs1.org/voc/epcis',
    ]);
  });

  it('keeps the Link header to the linkset, the default link and the JSON, however many links there are', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `c-${i}`, number: `N${i}` }));
    const header = linkHeader(`${BASE}/x?linkType=linkset`, batteryLinks(facts({ certificates: many }), 'en'));
    expect(header.split(', <')).toHaveLength(3);
    expect(header).toContain(`<${BASE}/x?linkType=linkset>; rel="linkset"; type="application/linkset+json"`);
    expect(header).toContain(`rel="${linkTypeUri('gs1:defaultLink')}"`);
    expect(header).not.toContain('verify');
  });

  it('writes a title that is not ASCII as title* (RFC 8187), so that the header stays valid', () => {
    const header = linkHeader('u', batteryLinks(facts(), 'zh'));
    expect(header).toContain(`title*=UTF-8''${encodeURIComponent('电池护照')}`);
    expect(header).toMatch(/^[\x20-\x7e]*$/);
    expect(linkHeader('u', batteryLinks(facts(), 'de'))).toContain('title="Batteriepass"');
  });

  it('escapes quotes in titles', () => {
    const header = linkHeader('u', { 'gs1:defaultLink': [{ href: 'h', title: 'a "b" \\ c', type: 'text/html' }] });
    expect(header).toContain('title="a \\"b\\" \\\\ c"');
  });
});

describe('readLinkType', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['linkset', { kind: 'linkset' }],
    ['all', { kind: 'linkset' }],
    ['gs1:pip', { kind: 'type', type: 'gs1:pip' }],
    ['https://gs1.org/voc/certificationInfo', { kind: 'type', type: 'gs1:certificationInfo' }],
    ['http://gs1.org/voc/epcis', { kind: 'type', type: 'gs1:epcis' }],
    ['gs1:promotion', { kind: 'unknown' }],
    ['pip', { kind: 'unknown' }],
    [['gs1:pip', 'gs1:epcis'], { kind: 'unknown' }],
  ])('%p → %p', (param, expected) => {
    expect(readLinkType(param)).toEqual(expected);
  });
});
