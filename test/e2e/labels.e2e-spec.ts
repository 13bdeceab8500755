import { gs1CheckDigit } from '../../src/identifiers/gtin';
import { labelPng } from '../../src/labels/label-png';
import { LFP_CAR_PACK, newBatch, newModel, newOrganization, newPark, newPlant, OrgHandle, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';
import { readZip } from '../support/zip-reader';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const PREFIX = '9506000';
const GTIN13 = '9506000134352'; // check digit worked by hand in docs/identifiers.md
const GTIN14 = `0${GTIN13}`;
const OTHER_GTIN = `950600013436${gs1CheckDigit('950600013436')}`;

const SET_GTIN = `mutation($input: SetBatteryModelGtinInput!) { setBatteryModelGtin(input: $input) { id gtin } }`;

describe('battery labels: GTINs, identifiers, label files', () => {
  let t: TestApp;
  let maker: OrgHandle;
  let w: World;
  let rival: OrgHandle;
  let buyer: OrgHandle;

  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.gql<{ createOrganization: { organization: { id: string }; apiKey: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } apiKey } }`,
      { input: { kind: 'MANUFACTURER', name: `gs1 maker ${Date.now()}`, country: 'CN', gs1CompanyPrefix: PREFIX } },
      t.adminKey,
    );
    maker = {
      id: created.data!.createOrganization.organization.id,
      name: 'gs1 maker',
      kind: 'MANUFACTURER',
      key: created.data!.createOrganization.apiKey,
    };
    const park = await newPark(t);
    const plant = await newPlant(t, maker, park.id);
    w = { manufacturer: maker, park, plant, model: await newModel(t, maker) };
    rival = await newOrganization(t, 'MANUFACTURER');
    buyer = await newOrganization(t, 'BUYER');
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = async (batchId: string, lines: object[], key = maker.key) => {
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    });
    return {
      status: res.status,
      body: (await res.json()) as { inserted?: number; error?: { code: string; reason: string; line?: number } },
    };
  };
  const packsOf = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => [
      { serial: `${prefix}-P${i}`, kind: 'PACK' },
      { serial: `${prefix}-P${i} module #1`, kind: 'MODULE', parentSerial: `${prefix}-P${i}` },
    ]).flat();
  const csvOf = async (batchId: string, key: string | null = maker.key) => {
    const res = await t.http(`/batches/${batchId}/labels.csv`, { key });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  const unchanged = async (run: () => Promise<unknown>) => {
    const before = await t.snapshot();
    await run();
    expect(await t.snapshot()).toEqual(before);
  };

  describe('recording a model GTIN', () => {
    it('refuses a wrong check digit, a malformed GTIN, another prefix: BAD_USER_INPUT with the GS1 reason, nothing written', async () => {
      for (const [gtin, reason] of [
        ['9506000134353', 'GTIN_CHECK_DIGIT'],
        ['950600013435', 'GTIN_CHECK_DIGIT'],
        ['95060001343', 'MALFORMED_GTIN'],
        ['9506000-34352', 'MALFORMED_GTIN'],
        [`400638133393${gs1CheckDigit('400638133393')}`, 'GTIN_PREFIX_MISMATCH'],
      ]) {
        await unchanged(async () => {
          const e = expectError(await t.gql(SET_GTIN, { input: { modelId: w.model.id, gtin } }, maker.key), 'BAD_USER_INPUT');
          expect([gtin, e.extensions?.reason, e.extensions?.field]).toEqual([gtin, reason, 'input.gtin']);
        });
      }
    });

    it('is for the model’s manufacturer only; an unknown model is NOT_FOUND', async () => {
      await unchanged(async () => {
        expect(
          expectError(await t.gql(SET_GTIN, { input: { modelId: w.model.id, gtin: GTIN13 } }, rival.key), 'FORBIDDEN').extensions?.reason,
        ).toBe('OTHER_MANUFACTURER');
        expectError(await t.gql(SET_GTIN, { input: { modelId: w.model.id, gtin: GTIN13 } }, buyer.key), 'FORBIDDEN');
        expectError(await t.gql(SET_GTIN, { input: { modelId: w.model.id, gtin: GTIN13 } }, null), 'UNAUTHENTICATED');
        expect(
          expectError(await t.gql(SET_GTIN, { input: { modelId: UNKNOWN_ID, gtin: GTIN13 } }, maker.key), 'NOT_FOUND').extensions?.reason,
        ).toBe('BATTERY_MODEL_NOT_FOUND');
      });
    });

    it('refuses a GTIN for a manufacturer without a GS1 company prefix (registerBatteryModel too)', async () => {
      const plain = await newOrganization(t, 'MANUFACTURER');
      const model = await newModel(t, plain);
      await unchanged(async () => {
        expect(
          expectError(await t.gql(SET_GTIN, { input: { modelId: model.id, gtin: GTIN13 } }, plain.key), 'BAD_USER_INPUT').extensions
            ?.reason,
        ).toBe('GTIN_PREFIX_MISMATCH');
        const r = await t.gql(
          `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id } }`,
          { input: { ...modelInput(), gtin: GTIN13 } },
          plain.key,
        );
        expect(expectError(r, 'BAD_USER_INPUT').extensions?.reason).toBe('GTIN_PREFIX_MISMATCH');
      });
    });

    it('refuses a GTIN while a pack of the model has a serial outside AI 21', async () => {
      const model = await newModel(t, maker);
      const batch = await newBatch(t, { ...w, model });
      expect((await upload(batch.id, [{ serial: 'PACK #7', kind: 'PACK' }])).status).toBe(200);
      await unchanged(async () => {
        const e = expectError(await t.gql(SET_GTIN, { input: { modelId: model.id, gtin: OTHER_GTIN } }, maker.key), 'BAD_USER_INPUT');
        expect(e.extensions).toMatchObject({ reason: 'GS1_FORBIDDEN_CHARACTER', serial: 'PACK #7' });
      });
    });
  });

  describe('a batch before and after its model has a GTIN', () => {
    let batch: { id: string };
    beforeAll(async () => {
      batch = await newBatch(t, w);
      expect((await upload(batch.id, packsOf('LB', 3))).body.inserted).toBe(6);
    });

    it('lists one CSV line per pack in the battrace form while the model has no GTIN', async () => {
      const csv = await csvOf(batch.id);
      expect(csv.status).toBe(200);
      expect(csv.type).toMatch(/^text\/csv/);
      const lines = csv.text.split('\r\n');
      expect(lines[0]).toBe('serial,identifier_uri,human_readable');
      expect(lines.slice(1, -1)).toEqual(
        [0, 1, 2].map((i) => {
          const uri = `${t.config.publicBaseUrl}/batteries/${maker.id}/21/LB-P${i}`;
          return `LB-P${i},${uri},${uri}`;
        }),
      );
      expect(lines.at(-1)).toBe('');
    });

    it('records the GTIN as GTIN-14, audited; then the CSV and the ZIP carry GS1 Digital Link URIs', async () => {
      const r = await t.gql<{ setBatteryModelGtin: { gtin: string } }>(
        SET_GTIN,
        { input: { modelId: w.model.id, gtin: GTIN13 } },
        maker.key,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.setBatteryModelGtin.gtin).toBe(GTIN14);
      const audit: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'setBatteryModelGtin' AND subject_id = $1`,
        [w.model.id],
      );
      expect(audit[0].n).toBe(1);
      const q = await t.gql<{ batteryModel: { gtin: string } }>(`query($id: ID!) { batteryModel(id: $id) { gtin } }`, { id: w.model.id });
      expect(q.data!.batteryModel.gtin).toBe(GTIN14);

      const lines = (await csvOf(batch.id)).text.split('\r\n').slice(1, -1);
      expect(lines).toEqual(
        [0, 1, 2].map((i) => `LB-P${i},${t.config.publicBaseUrl}/01/${GTIN14}/21/LB-P${i},(01) ${GTIN14} (21) LB-P${i}`),
      );

      const res = await t.http(`/batches/${batch.id}/labels.zip`, { key: maker.key });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      const entries = readZip(Buffer.from(await res.arrayBuffer()));
      expect(entries.map((e) => e.name)).toEqual(['LB-P0.svg', 'LB-P1.svg', 'LB-P2.svg']);
      for (const [i, e] of entries.entries()) {
        const svg = e.data.toString('utf8');
        expect(svg).toContain(`<title>${t.config.publicBaseUrl}/01/${GTIN14}/21/LB-P${i}</title>`);
        expect(textOf(svg)).toEqual([`(01) ${GTIN14}`, `(21) LB-P${i}`]);
      }
    });

    it('keeps the same GTIN idempotently, and refuses another once packs carry it', async () => {
      const same = await t.gql<{ setBatteryModelGtin: { gtin: string } }>(
        SET_GTIN,
        { input: { modelId: w.model.id, gtin: GTIN14 } },
        maker.key,
      );
      expect(same.data!.setBatteryModelGtin.gtin).toBe(GTIN14);
      await unchanged(async () => {
        const e = expectError(await t.gql(SET_GTIN, { input: { modelId: w.model.id, gtin: OTHER_GTIN } }, maker.key), 'CONFLICT');
        expect(e.extensions?.reason).toBe('BATTERY_MODEL_GTIN_FIXED');
      });
    });

    it('refuses a GTIN another model has', async () => {
      const other = await newModel(t, maker);
      await unchanged(async () => {
        const e = expectError(await t.gql(SET_GTIN, { input: { modelId: other.id, gtin: GTIN14 } }, maker.key), 'CONFLICT');
        expect(e.extensions?.reason).toBe('GTIN_TAKEN');
      });
    });

    it('refuses, at upload, a pack serial outside AI 21 for a model with a GTIN, naming the line; other kinds keep the battrace rule', async () => {
      await unchanged(async () => {
        const long = await upload(batch.id, [{ serial: 'LB-P9-THAT-IS-FAR-TOO-LONG', kind: 'PACK' }]);
        expect(long.status).toBe(400);
        expect(long.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GS1_VALUE_LENGTH', line: 1 });
        const graphql = await t.gql(
          `mutation($input: RegisterUnitsInput!) { registerUnits(input: $input) { inserted } }`,
          {
            input: {
              batchId: batch.id,
              units: [
                { serial: 'LB-P10', kind: 'PACK' },
                { serial: 'LB P11', kind: 'PACK' },
              ],
            },
          },
          maker.key,
        );
        expect(expectError(graphql, 'BAD_USER_INPUT').extensions).toMatchObject({
          reason: 'GS1_FORBIDDEN_CHARACTER',
          field: 'input.units[1].serial',
        });
      });
      // A module's serial with a space and a '#' is fine: modules keep the battrace form.
      expect((await upload(batch.id, packsOf('LB', 4))).status).toBe(200);
    });

    it('serves one battery’s label as SVG and PNG; a module’s label has the battrace form', async () => {
      const svg = await t.http(`/batteries/label.svg?serial=LB-P0`, { key: maker.key });
      expect(svg.status).toBe(200);
      expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(textOf(await svg.text())).toEqual([`(01) ${GTIN14}`, '(21) LB-P0']);

      const png = await t.http(`/batteries/label.png?manufacturerId=${maker.id}&serial=LB-P0`, { key: t.adminKey });
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await png.arrayBuffer());
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(bytes.equals(labelPng(`${t.config.publicBaseUrl}/01/${GTIN14}/21/LB-P0`, `(01) ${GTIN14} (21) LB-P0`))).toBe(true);

      const module = await t.http(`/batteries/label.svg?serial=${encodeURIComponent('LB-P0 module #1')}`, { key: maker.key });
      const uri = `${t.config.publicBaseUrl}/batteries/${maker.id}/21/LB-P0%20module%20%231`;
      expect(textOf(await module.text()).join('')).toBe(uri);
    });

    it('lets the manufacturer and the administrator download; refuses others; unknown batch and unit are 404', async () => {
      expect((await csvOf(batch.id, t.adminKey)).status).toBe(200);
      const anon = await csvOf(batch.id, null);
      expect(anon.status).toBe(401);
      for (const key of [rival.key, buyer.key]) {
        for (const path of [
          `/batches/${batch.id}/labels.csv`,
          `/batches/${batch.id}/labels.zip`,
          `/batteries/label.svg?manufacturerId=${maker.id}&serial=LB-P0`,
        ]) {
          const res = await t.http(path, { key });
          expect([path, res.status]).toEqual([path, 403]);
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
        }
      }
      const unknown = await t.http(`/batches/${UNKNOWN_ID}/labels.zip`, { key: maker.key });
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { error: { reason: string } }).error.reason).toBe('BATCH_NOT_FOUND');
      expect((await t.http(`/batches/not-a-uuid/labels.csv`, { key: maker.key })).status).toBe(400);
      const noUnit = await t.http(`/batteries/label.svg?serial=NOPE`, { key: maker.key });
      expect(noUnit.status).toBe(404);
      expect((await t.http(`/batteries/label.svg?serial=LB-P0`, { key: t.adminKey })).status).toBe(400);
    });
  });

  it('registers a model with a GTIN; an empty batch has a header-only CSV and an empty ZIP', async () => {
    const gtin = `950600013437${gs1CheckDigit('950600013437')}`;
    const r = await t.gql<{ registerBatteryModel: { id: string; gtin: string } }>(
      `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id gtin } }`,
      { input: { ...modelInput(), gtin } },
      maker.key,
    );
    expect(r.data!.registerBatteryModel.gtin).toBe(`0${gtin}`);
    const batch = await newBatch(t, { ...w, model: { id: r.data!.registerBatteryModel.id } });
    expect((await csvOf(batch.id)).text).toBe('serial,identifier_uri,human_readable\r\n');
    const zip = await t.http(`/batches/${batch.id}/labels.zip`, { key: maker.key });
    expect(readZip(Buffer.from(await zip.arrayBuffer()))).toEqual([]);
  });
});

/** The lines of text under a label's QR code. */
const textOf = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

let n = 0;
const modelInput = (): Record<string, unknown> => ({ name: `Labels model ${Date.now()}-${n++}`, ...LFP_CAR_PACK });
