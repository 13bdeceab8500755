import { MESSAGES } from '../pages/messages';
import { PASSPORT_ATTRIBUTES } from './passport-attributes';
import { groupOf, PassportPageInput, renderPassportErrorPage, renderPassportPage, valueHtml } from './passport-page';

const doc = (title: string) => ({ title, sha256: 'ab'.repeat(32), mediaType: 'application/pdf', sizeBytes: 10 });

function input(
  over: Partial<PassportPageInput> = {},
  passportOver: Record<string, unknown> = {},
  attrs: Record<string, unknown> = {},
): PassportPageInput {
  return {
    lang: 'en',
    passport: {
      passportId: '00000000-0000-8000-8000-000000000001',
      life: 0,
      battery: { id: 'Unit:1', serial: 'SN-<1>', manufacturerId: 'm', batchId: 'b' },
      predecessor: null,
      successor: null,
      ceased: false,
      ceasedAt: null,
      batchPassportUrl: 'https://bt.example/passports/b',
      access: { groups: ['PUBLIC'] },
      attributes: {
        batteryPassportIdentifier: 'urn:uuid:00000000-0000-8000-8000-000000000001',
        manufacturingDate: '2026-03-20T00:00:00.000Z',
        batteryMass: 395,
        batteryCarbonFootprint: 0.1779,
        absoluteCarbonFootprint: 5123.65,
        carbonFootprintStudy: 'https://bt.example/footprints/f/study',
        postConsumerRecycledLithiumShare: 4,
        renewableContent: 12.5,
        hazardousSubstances: ['Lithium hexafluorophosphate', '<script>x</script>'],
        declarationOfConformity: doc('EU declaration of conformity'),
        supplyChainIndicies: null,
        supplyChainDueDiligenceReport: doc('Due diligence report 2026'),
        ...attrs,
      },
      modelPassport: { versionsUrl: 'https://bt.example/passports/models/x/versions', latestSeq: 1, latestSha256: 'cd'.repeat(32) },
      ...passportOver,
    },
    batch: {
      batchNumber: 'B-1',
      modelName: 'Car Pack <62>',
      manufacturerName: 'Ordos & Co.',
      plant: { name: 'Plant 1', address: 'Ordos' },
      park: { code: 'CN-NM', name: 'Ordos Park' },
      production: { from: '2026-03-02T00:00:00Z', to: '2026-03-20T00:00:00Z' },
      performanceClass: null,
      certificates: [
        {
          number: 'BTC-1',
          status: 'ACTIVE',
          verifyUrl: 'https://bt.example/verify/c',
          bundleUrl: 'https://bt.example/certificates/c/bundle',
        },
      ],
    },
    shipments: [],
    shipmentsVisible: false,
    pagePath: '/passports/batteries/00000000-0000-8000-8000-000000000001',
    signedInAs: null,
    pageUrl: 'https://bt.example/passports/batteries/00000000-0000-8000-8000-000000000001',
    jsonUrl: 'https://bt.example/passports/batteries/00000000-0000-8000-8000-000000000001?format=json',
    epcisUrl: 'https://bt.example/epcis/events?batch=b',
    qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    ...over,
  };
}

describe('battery passport page', () => {
  it('escapes every value from the data', () => {
    const html = renderPassportPage(input());
    expect(html).toContain('SN-&lt;1&gt;');
    expect(html).toContain('Car Pack &lt;62&gt;');
    expect(html).toContain('Ordos &amp; Co.');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('groups attributes as the regulation does; absent values are not shown, never "null"', () => {
    const html = renderPassportPage(input());
    const at = (s: string) => html.indexOf(s);
    expect(at('id="identity"')).toBeLessThan(at('id="carbonFootprint"'));
    expect(at('id="carbonFootprint"')).toBeLessThan(at('id="materials"'));
    expect(at('id="materials"')).toBeLessThan(at('id="recycledContent"'));
    expect(at('id="recycledContent"')).toBeLessThan(at('id="performance"'));
    expect(at('id="performance"')).toBeLessThan(at('id="dueDiligence"'));
    expect(at('id="dueDiligence"')).toBeLessThan(at('id="labels"'));
    expect(at('id="labels"')).toBeLessThan(at('id="custody"'));
    expect(html).toMatch(/data-key="batteryMass"><th scope="row">Battery mass<\/th><td>395 <span class="unit">kg<\/span>/);
    expect(html).toMatch(/data-key="postConsumerRecycledLithiumShare">.*<td>4%<\/td>/);
    expect(html).toMatch(/data-key="renewableContent">.*<td>12.5%<\/td>/);
    expect(html).not.toContain('data-key="supplyChainIndicies"');
    expect(html).not.toMatch(/>null<|undefined/);
    // Documents: the title, the media type, the SHA-256 shortened with the whole in title.
    expect(html).toContain(`<code class="hash short" title="${'ab'.repeat(32)}">${'ab'.repeat(6)}…abab</code>`);
    // Carbon footprint: per kWh, per battery, no class yet, the study.
    expect(html).toMatch(/id="cf-per-kwh">.*0\.178/);
    expect(html).toMatch(/id="cf-class">.*not yet classified/);
    expect(html).toContain('href="https://bt.example/footprints/f/study"');
    // Links: certificate, bundle, EPCIS, model versions, JSON.
    for (const href of ['/verify/c', '/certificates/c/bundle', '/epcis/events?batch=b', '/passports/models/x/versions', '?format=json'])
      expect(html).toContain(href);
  });

  it('every catalogue attribute belongs to one group; dynamic data other than the status is health data', () => {
    for (const a of PASSPORT_ATTRIBUTES) expect(groupOf(a)).toBeTruthy();
    expect(groupOf(PASSPORT_ATTRIBUTES.find((a) => a.key === 'stateOfCharge')!)).toBe('health');
    expect(groupOf(PASSPORT_ATTRIBUTES.find((a) => a.key === 'batteryStatus')!)).toBe('identity');
    expect(groupOf(PASSPORT_ATTRIBUTES.find((a) => a.key === 'postConsumerRecycledLeadShare')!)).toBe('recycledContent');
    expect(groupOf(PASSPORT_ATTRIBUTES.find((a) => a.key === 'dismantlingAndRemovalInformation')!)).toBe('circularity');
  });

  it('a group the caller reads nothing of says so; health data appears only when present', () => {
    const anon = renderPassportPage(input());
    expect(anon).toContain('id="health-restricted"');
    expect(anon).toContain(MESSAGES.en.passport.restricted);
    const recycler = renderPassportPage(
      input(
        {},
        { access: { groups: ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION'] } },
        {
          stateOfCharge: 81.5,
          dismantlingAndRemovalInformation: doc('Dismantling manual'),
        },
      ),
    );
    expect(recycler).not.toContain('id="health-restricted"');
    expect(recycler).toMatch(/data-key="stateOfCharge">.*81.5%/);
    expect(recycler).toContain('Dismantling manual');
    const noReadings = renderPassportPage(
      input({}, { access: { groups: ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'] } }),
    );
    expect(noReadings).not.toContain('id="health"');
  });

  it('a closed passport says so with its date; a later life and its links', () => {
    const closed = renderPassportPage(input({}, { ceased: true, ceasedAt: '2031-05-04T10:00:00Z' }));
    expect(closed).toMatch(
      /id="ceased">This passport is closed: the battery was recycled on <time datetime="2031-05-04T10:00:00.000Z">4 May 2031<\/time>/,
    );
    const later = renderPassportPage(
      input({}, { life: 1, predecessor: { passportId: 'p0', url: 'https://bt.example/passports/batteries/p0' } }),
    );
    expect(later).toContain('id="later-life"');
    expect(later).toContain('<a id="predecessor" class="code" href="https://bt.example/passports/batteries/p0">p0</a>');
  });

  it('speaks the reader’s language: headings, numbers and dates; English attribute names marked lang="en"', () => {
    const de = renderPassportPage(input({ lang: 'de' }));
    expect(de).toContain('<html lang="de">');
    expect(de).toContain(MESSAGES.de.passport.groups.materials);
    expect(de).toMatch(/id="cf-per-kwh">.*0,178/);
    expect(de).toContain('<th scope="row" lang="en">Battery mass</th>');
    expect(de).toContain('20. März 2026');
    const zh = renderPassportPage(input({ lang: 'zh' }));
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain(MESSAGES.zh.passport.groups.carbonFootprint);
    expect(zh).toContain('2026年3月20日');
    expect(renderPassportPage(input())).not.toContain('lang="en">Battery mass');
  });

  it('shows the shipments the caller may see, from park to consignee', () => {
    const html = renderPassportPage(
      input({
        shipmentsVisible: true,
        shipments: [
          {
            reference: 'EXP-1',
            consignee: 'Rotterdam EV <B.V.>',
            from: 'Tianjin',
            to: 'Rotterdam',
            departedAt: '2026-04-06T18:00:00Z',
            arrivedAt: null,
            deliveredAt: null,
            legs: [{ mode: 'SEA', from: 'CNTXG', to: 'NLRTM' }],
          },
        ],
      }),
    );
    expect(html).toContain('Shipment EXP-1');
    expect(html).toContain('Rotterdam EV &lt;B.V.&gt;');
    expect(html).toContain('departed <time datetime="2026-04-06T18:00:00.000Z">6 April 2026</time>');
    expect(html).not.toContain('id="shipments-hidden"');
  });

  it('renders generic values: booleans, nested objects with names first, lists of objects', () => {
    expect(valueHtml('en', 'x', true, null)).toBe('yes');
    expect(valueHtml('de', 'x', 2.4, 'W/Wh')).toBe('2,4 <span class="unit">W/Wh</span>');
    expect(valueHtml('en', 'x', { massKg: 4.3, materialName: 'PE', casNumber: '9002-88-4' }, null)).toBe(
      '<strong>PE</strong>: <span class="field"><span lang="en">Mass</span>: 4.3 <span class="unit">kg</span></span>; <span class="field"><span lang="en">CAS number</span>: 9002-88-4</span>',
    );
    expect(valueHtml('en', 'x', { batteryComponent: 'PACK', resistanceOhm: 0.08 }, null)).toBe(
      '<span class="field"><span lang="en">Battery component</span>: PACK</span>; <span class="field"><span lang="en">Resistance</span>: 0.08 <span class="unit">Ω</span></span>',
    );
    expect(valueHtml('en', 'x', [{ a: 1 }, { a: 2 }], null)).toContain('<ul class="list">');
  });

  it('an unknown passport: a 404 page in the reader’s language, the asked id escaped', () => {
    const html = renderPassportErrorPage('de', 'NOT_FOUND', '<x>');
    expect(html).toContain(MESSAGES.de.passport.notFoundWords);
    expect(html).toContain('&lt;x&gt;');
  });

  it('offers a sign-in link back to this page, or names the signed-in organization with a sign-out form', () => {
    const anon = renderPassportPage(input());
    expect(anon).toContain(
      '<a id="signin-link" href="/signin?lang=en&amp;returnTo=%2Fpassports%2Fbatteries%2F00000000-0000-8000-8000-000000000001">',
    );
    expect(anon).toContain('Authorization: Bearer');
    expect(anon).not.toContain('id="signout-form"');
    const signedIn = renderPassportPage(input({ lang: 'de', signedInAs: 'Recycling <GmbH>' }));
    expect(signedIn).toContain('Angemeldet als Recycling &lt;GmbH&gt;.');
    expect(signedIn).toContain('<form id="signout-form" method="post" action="/signout">');
    expect(signedIn).not.toContain('id="signin-link"');
  });
});
