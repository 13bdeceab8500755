import { gs1CheckDigit } from '../../src/identifiers/gtin';
import { newCertifier, requestAndIssue, recordMarchEnergy, batchWithInputs, calculateAndDeclare, data } from './certificates.fixtures';
import { newModel, newOrganization, newPark, newPlant, OrgHandle, World } from '../support/factories';
import { newPackedBatch } from '../support/shipments';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The GS1-conformant resolver (issue 15, docs/resolver.md) over HTTP: a GS1 Digital Link of a pack
 * answers its passport as JSON (the passport route's JSON for the same caller), a browser a 307 to
 * the passport page, a linkset (RFC 9264) its typed links; Link, ETag and Cache-Control on the
 * answers; malformed links 400 with the GS1 reason, unknown ones 404, as a page or as JSON.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PREFIX = '9506000';
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const SET_GTIN = `mutation($input: SetBatteryModelGtinInput!) { setBatteryModelGtin(input: $input) { id gtin } }`;
const RECYCLE = `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { eventCount } }`;

describe('GS1 resolver (e2e)', () => {
  let t: TestApp;
  let w: World;
  let plain: World;
  let gtin14: string;
  let gtin13: string;
  let serials: string[];
  let plainSerial: string;
  let certificate: { id: string; number: string };
  let buyer: OrgHandle;
  let batchId: string;

  const get = (path: string, headers: Record<string, string> = {}, key: string | null = null) =>
    t.http(path, { key, headers, redirect: 'manual' });
  const json = async (path: string, key: string | null = null): Promise<Json> => {
    const res = await get(path, { accept: 'application/json' }, key);
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const gs1Path = (i: number) => `/01/${gtin14}/21/${serials[i]}`;

  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.gql<{ createOrganization: { organization: { id: string }; apiKey: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } apiKey } }`,
      { input: { kind: 'MANUFACTURER', name: `resolver maker ${Date.now()}`, country: 'CN', gs1CompanyPrefix: PREFIX } },
      t.adminKey,
    );
    const maker: OrgHandle = {
      id: created.data!.createOrganization.organization.id,
      name: 'resolver maker',
      kind: 'MANUFACTURER',
      key: created.data!.createOrganization.apiKey,
    };
    const park = await newPark(t);
    w = { manufacturer: maker, park, plant: await newPlant(t, maker, park.id), model: await newModel(t, maker) };
    // A GTIN of this run under the prefix (a unique index holds each GTIN once).
    const item = String(Date.now() % 100_000).padStart(5, '0');
    gtin13 = `${PREFIX}${item}${gs1CheckDigit(`${PREFIX}${item}`)}`;
    gtin14 = `0${gtin13}`;
    data(await t.gql(SET_GTIN, { input: { modelId: w.model.id, gtin: gtin13 } }, maker.key));

    await recordMarchEnergy(t, w);
    ({ batchId } = await batchWithInputs(t, w));
    const prefix = `R${Date.now().toString(36).toUpperCase()}`;
    serials = [`${prefix}-P0`, `${prefix}-P1`];
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      key: maker.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: serials.map((serial) => JSON.stringify({ serial, kind: 'PACK' })).join('\n') + '\n',
    });
    expect(res.status).toBe(200);
    const footprint = await calculateAndDeclare(t, w, batchId);
    const certifier = await newCertifier(t);
    certificate = await requestAndIssue(t, w, certifier, footprint.id);

    plain = await (async () => {
      const m = await newOrganization(t, 'MANUFACTURER');
      const p = await newPark(t);
      return { manufacturer: m, park: p, plant: await newPlant(t, m, p.id), model: await newModel(t, m) };
    })();
    plainSerial = `${(await newPackedBatch(t, plain, 1)).prefix}-P0`;
    buyer = await newOrganization(t, 'BUYER');
  }, 180_000);
  afterAll(() => t?.close());

  it('answers JSON clients the passport route’s JSON for the same caller, anonymous or with a key', async () => {
    for (const key of [null, buyer.key, w.manufacturer.key]) {
      const resolved = await json(gs1Path(0), key);
      const direct = await json(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${serials[0]}`, key);
      expect(resolved).toEqual(direct);
    }
    const ld = await get(gs1Path(0), { accept: 'application/ld+json' });
    expect(ld.status).toBe(200);
    expect(((await ld.json()) as Json).battery.serial).toBe(serials[0]);
  });

  it('sends a browser to the passport page with a 307, keeping ?lang=', async () => {
    const passportId = (await json(gs1Path(0))).passportId as string;
    const res = await get(gs1Path(0), { accept: BROWSER });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`${t.config.publicBaseUrl}/passports/batteries/${passportId}`);
    const zh = await get(`${gs1Path(0)}?lang=zh`, { accept: BROWSER });
    expect([zh.status, zh.headers.get('location')]).toEqual([307, `${t.config.publicBaseUrl}/passports/batteries/${passportId}?lang=zh`]);
    expect(zh.headers.get('link')).toContain("title*=UTF-8''");
    const de = await get(`${gs1Path(0)}?lang=de`, { accept: BROWSER });
    expect(de.headers.get('location')).toBe(`${t.config.publicBaseUrl}/passports/batteries/${passportId}?lang=de`);
  });

  it('lists every link with its type in the linkset, by ?linkType=linkset or Accept', async () => {
    const passportId = (await json(gs1Path(0))).passportId as string;
    for (const res of [await get(`${gs1Path(0)}?linkType=linkset`), await get(gs1Path(0), { accept: 'application/linkset+json' })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/linkset\+json/);
      const body = (await res.json()) as Json;
      expect(body.linkset).toHaveLength(1);
      const set = body.linkset[0] as Json;
      expect(set.anchor).toBe(`${t.config.publicBaseUrl}${gs1Path(0)}`);
      expect(set['https://gs1.org/voc/defaultLink'][0]).toMatchObject({
        href: `${t.config.publicBaseUrl}/passports/batteries/${passportId}`,
        type: 'text/html',
        title: 'Battery passport',
      });
      expect(set['https://gs1.org/voc/pip'].map((l: Json) => l.type)).toEqual(['text/html', 'application/json']);
      expect(set['https://gs1.org/voc/certificationInfo']).toEqual([
        expect.objectContaining({ href: `${t.config.publicBaseUrl}/verify/${certificate.id}`, type: 'text/html' }),
      ]);
      expect(set['https://gs1.org/voc/epcis'][0].type).toBe('application/ld+json');
      expect(set['https://gs1.org/voc/sustainabilityInfo'][0].href).toMatch(/\/footprints\/[0-9a-f-]+\/study$/);
    }
    const de = (await (await get(`${gs1Path(0)}?linkType=linkset&lang=de`)).json()) as Json;
    expect(de.linkset[0]['https://gs1.org/voc/defaultLink'][0].title).toBe('Batteriepass');
    // A language battrace does not have: English.
    const xx = (await (await get(`${gs1Path(0)}?linkType=linkset&lang=xx`)).json()) as Json;
    expect(xx.linkset[0]['https://gs1.org/voc/defaultLink'][0].title).toBe('Battery passport');
  });

  it('redirects ?linkType= to that link; an unknown one to the default link, naming the linkset', async () => {
    const cert = await get(`${gs1Path(0)}?linkType=gs1:certificationInfo`);
    expect([cert.status, cert.headers.get('location')]).toEqual([307, `${t.config.publicBaseUrl}/verify/${certificate.id}`]);
    const uri = await get(`${gs1Path(0)}?linkType=https://gs1.org/voc/epcis&lang=de`);
    // ?lang= goes on to battrace's pages only; the EPCIS route reads no language.
    expect(uri.headers.get('location')).toBe(`${t.config.publicBaseUrl}/epcis/events?batch=${batchId}`);
    const certDe = await get(`${gs1Path(0)}?linkType=gs1:certificationInfo&lang=de`);
    expect(certDe.headers.get('location')).toBe(`${t.config.publicBaseUrl}/verify/${certificate.id}?lang=de`);
    const unknown = await get(`${gs1Path(0)}?linkType=gs1:promotion`);
    expect(unknown.status).toBe(307);
    expect(unknown.headers.get('location')).toMatch(/\/passports\/batteries\//);
    expect(unknown.headers.get('link')).toContain('rel="linkset"');
  });

  it('sends Link, ETag, Cache-Control and Vary; If-None-Match gives 304', async () => {
    const res = await get(gs1Path(0), { accept: 'application/json' });
    const link = res.headers.get('link')!;
    expect(link).toContain(`<${t.config.publicBaseUrl}${gs1Path(0)}?linkType=linkset>; rel="linkset"`);
    expect(link).toContain('rel="https://gs1.org/voc/defaultLink"');
    expect(link.length).toBeLessThan(1000);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('vary')).toBe('Accept, Accept-Language, Authorization');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const again = await get(gs1Path(0), { accept: 'application/json', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const keyed = await get(gs1Path(0), { accept: 'application/json' }, w.manufacturer.key);
    expect(keyed.headers.get('cache-control')).toBe('private, no-cache');
    expect(keyed.headers.get('etag')).not.toBe(etag);
    // Redirects carry the Link header too.
    expect((await get(gs1Path(0), { accept: BROWSER })).headers.get('link')).toContain('rel="linkset"');
  });

  it('redirects a non-canonical GTIN (GTIN-13) and key qualifiers with a 301 to the canonical path', async () => {
    const short = await get(`/01/${gtin13}/21/${serials[0]}?linkType=linkset`);
    expect([short.status, short.headers.get('location')]).toEqual([301, `${gs1Path(0)}?linkType=linkset`]);
    const lot = await get(`/01/${gtin14}/10/LOT1/21/${serials[0]}`);
    expect([lot.status, lot.headers.get('location')]).toEqual([301, gs1Path(0)]);
  });

  it('refuses a malformed Digital Link: 400 with the GS1 reason, as JSON or as a page', async () => {
    const badCheck = `${gtin14.slice(0, 13)}${(Number(gtin14[13]) + 1) % 10}`;
    for (const [path, reason] of [
      [`/01/${badCheck}/21/${serials[0]}`, 'GTIN_CHECK_DIGIT'],
      [`/01/${gtin14}/21/${'A'.repeat(21)}`, 'GS1_VALUE_LENGTH'],
      [`/01/${gtin14}/21/AB%23C`, 'GS1_FORBIDDEN_CHARACTER'],
      [`/01/${gtin14}/21/${serials[0]}/10/LOT1`, 'AI_ORDER'],
      [`/01/${gtin14}/17/261231/21/X`, 'UNKNOWN_AI'],
      [`/01/${gtin14}`, 'MALFORMED_DIGITAL_LINK'],
      [`/batteries/not-a-uuid/21/X`, 'MALFORMED_DIGITAL_LINK'],
    ]) {
      const res = await get(path, { accept: 'application/json' });
      expect([path, res.status]).toEqual([path, 400]);
      expect(((await res.json()) as Json).error.reason).toBe(reason);
      const page = await get(path, { accept: BROWSER });
      expect(page.status).toBe(400);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain(`<code id="reason">${reason}</code>`);
    }
  });

  it('answers an unknown battery 404: a page for browsers, JSON for JSON clients', async () => {
    const path = `/01/${gtin14}/21/NOPE-1`;
    const page = await get(path, { accept: BROWSER, 'accept-language': 'de' });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Unbekannte Batterie');
    const res = await get(path, { accept: 'application/json' });
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).error.reason).toBe('BATTERY_PASSPORT_NOT_FOUND');
    // Another manufacturer's GTIN does not reach this one's serials.
    expect((await get(`/batteries/${plain.manufacturer.id}/21/${serials[0]}`, { accept: 'application/json' })).status).toBe(404);
  });

  it('resolves the battrace form of a pack whose model has no GTIN', async () => {
    const resolved = await json(`/batteries/${plain.manufacturer.id}/21/${plainSerial}`);
    const direct = await json(`/passports/batteries?manufacturerId=${plain.manufacturer.id}&serial=${plainSerial}`);
    expect(resolved).toEqual(direct);
    expect((await get(`/01/${gtin14}/21/${plainSerial}`, { accept: 'application/json' })).status).toBe(404);
  });

  it('still resolves a recycled battery, to its ceased passport', async () => {
    data(await t.gql(RECYCLE, { input: { serial: serials[1], reason: 'end of life' } }, w.manufacturer.key));
    // An anonymous answer may be reused for up to two seconds (docs/resolver.md): ask with a key.
    const p = await json(gs1Path(1), w.manufacturer.key);
    expect(p.ceased).toBe(true);
    expect(p.attributes.batteryStatus).toBe('Waste');
  });

  it('describes itself at /.well-known/gs1resolver', async () => {
    const d = await json('/.well-known/gs1resolver');
    expect(d).toMatchObject({ resolverRoot: t.config.publicBaseUrl, supportedPrimaryKeys: ['01'] });
    expect(d.linkTypes).toContain('gs1:certificationInfo');
  });

  it('leaves the label and battery-health routes under /batteries alone', async () => {
    const label = await get(`/batteries/label.svg?manufacturerId=${w.manufacturer.id}&serial=${serials[0]}`, {}, w.manufacturer.key);
    expect([label.status, label.headers.get('content-type')]).toEqual([200, expect.stringMatching(/^image\/svg\+xml/)]);
    const health = await get(`/batteries/${w.manufacturer.id}/health`, { accept: 'application/json' }, w.manufacturer.key);
    const body = (await health.json()) as Json;
    expect(['MALFORMED_DIGITAL_LINK', 'UNKNOWN_AI']).not.toContain(body.error?.reason);
  });

  it('answers a CORS preflight, and lets any origin read the answer and its Link header', async () => {
    const pre = await t.http(gs1Path(0), {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
    const res = await get(gs1Path(0), { accept: 'application/json', origin: 'https://shop.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('Link');
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await t.http(gs1Path(0), { method: 'HEAD', headers: { accept: 'application/json' }, redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(await res.text()).toBe('');
  });
});
