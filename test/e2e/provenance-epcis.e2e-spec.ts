import type { ValidateFunction } from 'ajv';
import { epcisValidator, expectEpcisSchemaValid } from '../support/epcis-schema';
import { newBatch, newOrganization, newWorld, OrgHandle, unitsNdjson, World } from '../support/factories';
import { glecFactorId, sailingInput } from '../support/shipments';
import { startTestApp, TestApp } from '../support/test-app';

interface EpcisEvent {
  type: string;
  eventTime: string;
  action?: string;
  bizStep?: string;
  disposition?: string;
  epcList?: string[];
  parentID?: string;
  childEPCs?: string[];
  inputEPCList?: string[];
  bizTransactionList?: { type: string; bizTransaction: string }[];
  readPoint?: { id: string };
}
interface EpcisDoc {
  type: string;
  epcisBody: { eventList: EpcisEvent[] };
}

describe('EPCIS 2.0 export of a batch and a shipment, validated against the GS1 schema', () => {
  let t: TestApp;
  let w: World;
  let plain: World;
  let buyer: OrgHandle;
  let otherBuyer: OrgHandle;
  let validate: ValidateFunction;
  let batchId: string;
  let plainBatchId: string;
  let shipment: { id: string; billOfLadingNumber: string; purchaseOrderNumber: string | null };
  const P = `E${Date.now().toString(36).toUpperCase()}`;

  const get = async (query: string, key: string) => t.http(`/epcis/events?${query}`, { key });
  const valid = (doc: unknown): EpcisDoc => {
    expectEpcisSchemaValid(validate, doc);
    return doc as EpcisDoc;
  };
  const upload = async (world: World, id: string, prefix: string) => {
    const res = await t.http(`/batches/${id}/units`, {
      method: 'POST',
      key: world.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson(prefix, 3, 1, 2),
    });
    expect(res.status).toBe(200);
  };
  const mutate = async (m: string, input: Record<string, unknown>) => {
    const r = await t.gql(
      `mutation($input: ${m[0].toUpperCase()}${m.slice(1)}Input!) { ${m}(input: $input) { eventCount } }`,
      { input },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
  };

  beforeAll(async () => {
    validate = epcisValidator();
    t = await startTestApp();
    w = await newWorld(t);
    plain = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    otherBuyer = await newOrganization(t, 'BUYER');
    // A GS1 company prefix (the GS1 documentation example prefix) for the first manufacturer only.
    await t.db.query(`UPDATE organizations SET gs1_company_prefix = '0614141' WHERE id = $1`, [w.manufacturer.id]);
    batchId = (await newBatch(t, w)).id;
    plainBatchId = (await newBatch(t, plain)).id;
    await upload(w, batchId, P);
    await upload(plain, plainBatchId, `${P}U`);
    const lineage = await t.gql<{ unitLineage: { unit: { id: string } } }>(
      `query($s: String!) { unitLineage(serial: $s) { unit { id } } }`,
      { s: `${P}-P2-M0` },
      w.manufacturer.key,
    );
    await mutate('repackUnits', { serials: [`${P}-P1-M0-C0`], parentId: lineage.data!.unitLineage.unit.id });
    await mutate('markRepurposed', { serial: `${P}-P1`, status: 'REMANUFACTURED' });
    const s = await t.gql<{ createShipment: { id: string; billOfLadingNumber: string; purchaseOrderNumber: string | null } }>(
      `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { id billOfLadingNumber purchaseOrderNumber } }`,
      {
        input: sailingInput({
          overrides: { purchaseOrderNumber: ' PO 2026/0042 ' },
          consigneeId: buyer.id,
          glecFactorId: await glecFactorId(t),
          cargoLines: [{ batchId, containerNumber: 'CSQU3054383', packCount: 2, grossMassKg: 800 }],
          containers: [{ containerNumber: 'CSQU3054383', sealNumber: 'SEAL-A1', sizeType: '45G1', grossMassKg: 5200 }],
        }),
      },
      w.manufacturer.key,
    );
    expect(s.errors).toBeUndefined();
    shipment = s.data!.createShipment;
    expect(shipment.purchaseOrderNumber).toBe('PO 2026/0042');
    // The export has a shipping event once the goods departed: booked and departed just now.
    const now = Date.now();
    for (const [type, at, locode] of [
      ['BOOKED', now - 2000, null],
      ['DEPARTED', now - 1000, 'CNTXG'],
    ] as const) {
      const r = await t.gql(
        `mutation($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { status } }`,
        { input: { shipmentId: shipment.id, type, occurredAt: new Date(at).toISOString(), place: 'Tianjin Xingang', locode } },
        w.manufacturer.key,
      );
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('validates against the GS1 schema, which refuses a document without its body', () => {
    expect(validate({ type: 'EPCISDocument' })).toBe(false);
  });

  it('exports a batch: commissioning, packing, unpacking on repack, remaking, shipping', async () => {
    const res = await get(`batch=${batchId}`, w.manufacturer.key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/ld\+json/);
    const doc = valid(await res.json());
    const events = doc.epcisBody.eventList;
    const dl = (serial: string) => `https://id.gs1.org/8004/0614141${serial}`;

    const commissioned = events.filter((e) => e.type === 'ObjectEvent' && e.bizStep === 'commissioning');
    expect(commissioned.flatMap((e) => e.epcList!)).toHaveLength(3 + 3 + 6);
    expect(commissioned.every((e) => e.readPoint!.id === `urn:battrace:plant:${w.plant.id}`)).toBe(true);

    const packing = events.filter((e) => e.type === 'AggregationEvent' && e.action === 'ADD');
    expect(packing.find((e) => e.parentID === dl(`${P}-P0`))!.childEPCs).toEqual([dl(`${P}-P0-M0`)]);
    expect(packing.some((e) => e.parentID === dl(`${P}-P2-M0`) && e.childEPCs!.includes(dl(`${P}-P1-M0-C0`)))).toBe(true);
    const unpacking = events.filter((e) => e.type === 'AggregationEvent' && e.action === 'DELETE');
    expect(unpacking).toEqual([
      expect.objectContaining({ parentID: dl(`${P}-P1-M0`), childEPCs: [dl(`${P}-P1-M0-C0`)], bizStep: 'unpacking' }),
    ]);

    const remade = events.filter((e) => e.type === 'TransformationEvent');
    expect(remade).toEqual([expect.objectContaining({ inputEPCList: [dl(`${P}-P1`)] })]);

    const shipped = events.filter((e) => e.type === 'TransactionEvent');
    expect(shipped).toHaveLength(1);
    expect(shipped[0]).toMatchObject({
      bizStep: 'shipping',
      disposition: 'in_transit',
      readPoint: { id: 'urn:battrace:port:CNTXG' },
      bizTransactionList: [
        { type: 'bol', bizTransaction: `urn:battrace:bol:${shipment.billOfLadingNumber}` },
        { type: 'po', bizTransaction: 'urn:battrace:po:PO%202026%2F0042' },
      ],
      epcList: [dl(`${P}-P0`), dl(`${P}-P1`)],
    });
    const times = events.map((e) => e.eventTime);
    expect([...times].sort()).toEqual(times);

    const later = valid(await (await get(`batch=${batchId}&since=2999-01-01T00:00:00Z`, w.manufacturer.key)).json());
    expect(later.epcisBody.eventList).toEqual([]);
  });

  it('uses the battrace URN for a manufacturer without a GS1 company prefix', async () => {
    const doc = valid(await (await get(`batch=${plainBatchId}`, plain.manufacturer.key)).json());
    const epcs = doc.epcisBody.eventList.flatMap((e) => e.epcList ?? []);
    expect(epcs).toContain(`urn:battrace:unit:${plain.manufacturer.id}:${P}U-P0`);
    expect(epcs.every((e) => e.startsWith('urn:battrace:unit:'))).toBe(true);
  });

  it('exports a shipment for its consignee, and refuses everyone else', async () => {
    const res = await get(`shipment=${shipment.id}`, buyer.key);
    expect(res.status).toBe(200);
    const doc = valid(await res.json());
    expect(doc.epcisBody.eventList.map((e) => e.type)).toEqual(['TransactionEvent']);
    expect(doc.epcisBody.eventList[0].epcList).toHaveLength(2);
    expect(doc.epcisBody.eventList[0].bizTransactionList!.map((b) => b.type)).toEqual(['bol', 'po']);
    expect((await get(`shipment=${shipment.id}`, otherBuyer.key)).status).toBe(404);
    expect((await get(`shipment=${shipment.id}`, plain.manufacturer.key)).status).toBe(404);
    expect((await get(`batch=${batchId}`, buyer.key)).status).toBe(403);
    expect((await get(`batch=${batchId}`, plain.manufacturer.key)).status).toBe(403);
    expect((await t.http(`/epcis/events?batch=${batchId}`)).status).toBe(401);
    expect((await get(`batch=${batchId}&since=yesterday`, w.manufacturer.key)).status).toBe(400);
    expect((await get(``, w.manufacturer.key)).status).toBe(400);
    expect((await get(`batch=00000000-0000-4000-8000-000000000000`, w.manufacturer.key)).status).toBe(404);
  });
});
