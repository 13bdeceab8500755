import { newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { newCalculatedFootprint, recordMarchEnergy } from '../support/footprints';
import {
  containerNumber,
  CREATE_SHIPMENT,
  GLEC_CODE,
  glecFactorId,
  newPackedBatch,
  parseCsv,
  RECORD_EVENT,
  sailingInput,
  SHIPMENT_FIELDS,
} from '../support/shipments';
import { expectError, startTestApp, TestApp } from '../support/test-app';

interface Leg {
  legNo: number;
  mode: string;
  distanceKm: number;
  routing: string | null;
  tonnes: number;
  tonneKm: number;
  kgCo2ePerTonneKm: number;
  co2eKg: number;
  factorId: string | null;
  factorOverride: { value: number; unit: string; source: string } | null;
  factor: { code: string; version: number; value: number; unit: string } | null;
}
interface Line {
  lineNo: number;
  batchId: string;
  containerNumber: string;
  unitKind: string;
  packCount: number;
  firstSerial: string;
  lastSerial: string;
  grossMassKg: number;
  transportCo2eKg: number;
  batch: { batchNumber: string; status: string };
}
interface Shipment {
  id: string;
  reference: string;
  status: string;
  incoterm: string;
  vesselImo: string;
  teu: number;
  cargoGrossMassKg: number;
  transportCo2eKg: number;
  shippedOnBoardAt: string | null;
  departedAt: string | null;
  deliveredAt: string | null;
  dangerousGoods: { unNumber: string; dgClass: string };
  containers: { containerNumber: string; teu: number; releasedAt: string | null }[];
  cargoLines: Line[];
  legs: Leg[];
  forwarders: { id: string }[];
}

/*
 * The voyage, worked out by hand (docs/methods/transport.md, GLEC / ISO 14083 well-to-wheel):
 *   cargo: batch A 3 packs, 1,200 kg in CSQU3054383 (45G1: 40 ft, 2 TEU); batch B 2 packs, 800 kg
 *   in ZEPU0037255 (22G1: 20 ft, 1 TEU). Cargo 2,000 kg = 2 t; 3 TEU.
 *   leg 1, RAIL Ordos → CNTXG, 1,000 km, override 0.02 kg CO2e/t-km (a test input):
 *     2 t × 1,000 km = 2,000 t-km × 0.02 = 40 kg.
 *   leg 2, SEA CNTXG → NLRTM via Suez, 10,000 nm × 1.852 = 18,520 km, GLEC v3.1 0.0894 kg/TEU-km:
 *     per t-km = 0.0894 / (2 t / 3 TEU) = 0.1341; 2 t × 18,520 km = 37,040 t-km × 0.1341 = 4,967.064 kg
 *     (= 3 TEU × 18,520 km × 0.0894).
 *   total 5,007.064 kg, allocated by mass: A 1,200/2,000 = 60% → 3,004.2384 kg; B 40% → 2,002.8256 kg.
 */
const RAIL_KG = 40;
const SEA_KG = 4967.064;
const TOTAL_KG = RAIL_KG + SEA_KG;
const A_KG = 0.6 * TOTAL_KG;
const B_KG = 0.4 * TOTAL_KG;

const EVENTS: [string, string, string, string | null][] = [
  ['BOOKED', '2026-04-01T08:00:00Z', 'Ordos', null],
  ['GATE_IN', '2026-04-05T10:00:00Z', 'Tianjin Xingang container terminal', 'CNTXG'],
  ['LOADED', '2026-04-06T03:00:00Z', 'Tianjin Xingang, berth 7', 'CNTXG'],
  ['DEPARTED', '2026-04-06T18:00:00Z', 'Tianjin Xingang', 'CNTXG'],
  ['ARRIVED', '2026-05-12T06:00:00Z', 'Rotterdam Maasvlakte II', 'NLRTM'],
  ['DISCHARGED', '2026-05-12T20:00:00Z', 'Rotterdam Maasvlakte II', 'NLRTM'],
  ['CUSTOMS_CLEARED', '2026-05-13T09:00:00Z', 'Rotterdam customs', 'NLRTM'],
  ['DELIVERED', '2026-05-14T15:00:00Z', 'Rotterdam EV assembly plant', null],
];

describe('shipments: Tianjin to Rotterdam, rail to port and sea via Suez', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;
  let otherBuyer: OrgHandle;
  let forwarder: OrgHandle;
  let otherForwarder: OrgHandle;
  let batchA: { id: string; batchNumber: string; prefix: string };
  let batchB: { id: string; batchNumber: string; prefix: string };
  let glec: string;
  let shipment: Shipment;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    otherBuyer = await newOrganization(t, 'BUYER');
    forwarder = await newOrganization(t, 'FORWARDER');
    otherForwarder = await newOrganization(t, 'FORWARDER');
    batchA = await newPackedBatch(t, w, 4);
    batchB = await newPackedBatch(t, w, 2);
    glec = await glecFactorId(t);
    await footprintBeforeShipping(batchA.id);
  });

  /**
   * Batch A gets a footprint before it ships, through the footprint API (issue 3), with a
   * declared DISTRIBUTION estimate of 123 kg (all inputs here are test inputs): booking the
   * shipment must then make a new version whose DISTRIBUTION is the shipment's transport.
   */
  async function footprintBeforeShipping(batchId: string) {
    await recordMarchEnergy(t, w, { totalKWh: 1_000_000, supplies: [{ source: 'GRID', kWh: 1_000_000 }] });
    await newCalculatedFootprint(t, w, {
      batchId,
      inputs: {
        materials: [
          { material: 'LFP cathode active material', originCountry: 'CN', massKg: 100, declaredKgCo2ePerKg: 10, evidence: 'test input' },
        ],
        electricity: { meteredKWh: 1000 },
        endOfLife: { declaredKgCo2e: 10, evidence: 'test input' },
        distributionEstimate: { kgCo2e: 123, basis: 'test estimate' },
      },
    });
  }

  const distribution = async (batchId: string) => {
    const r = await t.gql<{
      footprints: { version: number; status: string; distributionIsEstimate: boolean; stages: { stage: string; kgCo2e: number }[] }[];
    }>(
      `query($id: ID!) { footprints(batchId: $id) { version status distributionIsEstimate stages { stage kgCo2e } } }`,
      { id: batchId },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.footprints.map((f) => ({
      version: f.version,
      status: f.status,
      estimate: f.distributionIsEstimate,
      kgCo2e: f.stages.find((x) => x.stage === 'DISTRIBUTION')!.kgCo2e,
    }));
  };
  afterAll(async () => {
    await t.close();
  });

  const batchStatus = async (id: string) =>
    (await t.gql<{ batch: { status: string } }>(`query($id: ID!) { batch(id: $id) { status } }`, { id })).data!.batch.status;

  it('books the shipment and computes its transport emissions per leg and per cargo line', async () => {
    expect(await distribution(batchA.id)).toEqual([{ version: 1, status: 'CALCULATED', estimate: true, kgCo2e: 123 }]);
    const r = await t.gql<{ createShipment: Shipment }>(
      CREATE_SHIPMENT,
      {
        input: sailingInput({
          consigneeId: buyer.id,
          glecFactorId: glec,
          forwarderIds: [forwarder.id],
          cargoLines: [
            { batchId: batchA.id, containerNumber: 'CSQU3054383', packCount: 3, grossMassKg: 1200 },
            { batchId: batchB.id, containerNumber: 'zepu 003725-5', packCount: 2, grossMassKg: 800 },
          ],
        }),
      },
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    shipment = r.data!.createShipment;
    expect(shipment).toMatchObject({
      status: 'CREATED',
      incoterm: 'FOB Tianjin Incoterms 2020',
      vesselImo: 'IMO 9319466',
      teu: 3,
      cargoGrossMassKg: 2000,
      dangerousGoods: { unNumber: 'UN3480', dgClass: '9' },
      forwarders: [{ id: forwarder.id }],
    });
    expect(shipment.containers.map((c) => [c.containerNumber, c.teu])).toEqual([
      ['CSQU3054383', 2],
      ['ZEPU0037255', 1],
    ]);

    const [rail, sea] = shipment.legs;
    expect(rail).toMatchObject({ mode: 'RAIL', tonnes: 2, tonneKm: 2000, kgCo2ePerTonneKm: 0.02, factorId: null, factor: null });
    expect(rail.factorOverride).toEqual({ value: 0.02, unit: 'KG_CO2E_PER_TONNE_KM', source: 'test input, not a published factor' });
    expect(rail.co2eKg).toBeCloseTo(RAIL_KG, 9);
    expect(sea).toMatchObject({ mode: 'SEA', routing: 'SUEZ', factorId: glec, factorOverride: null });
    expect(sea.factor).toEqual({ code: GLEC_CODE, version: 1, value: 0.0894, unit: 'kgCO2e/TEU-km' });
    expect(sea.distanceKm).toBeCloseTo(18520, 9);
    expect(sea.tonneKm).toBeCloseTo(37040, 9);
    expect(sea.kgCo2ePerTonneKm).toBeCloseTo(0.1341, 12);
    expect(sea.co2eKg).toBeCloseTo(SEA_KG, 6);
    expect(shipment.transportCo2eKg).toBeCloseTo(TOTAL_KG, 6);

    const [a, b] = shipment.cargoLines;
    expect(a).toMatchObject({
      batchId: batchA.id,
      unitKind: 'PACK',
      packCount: 3,
      firstSerial: `${batchA.prefix}-P0`,
      lastSerial: `${batchA.prefix}-P2`,
    });
    expect(b).toMatchObject({
      batchId: batchB.id,
      containerNumber: 'ZEPU0037255',
      firstSerial: `${batchB.prefix}-P0`,
      lastSerial: `${batchB.prefix}-P1`,
    });
    expect(a.transportCo2eKg).toBeCloseTo(A_KG, 6);
    expect(b.transportCo2eKg).toBeCloseTo(B_KG, 6);

    // One SHIPMENT row per batch for the footprint's DISTRIBUTION stage (issue 3 reads them).
    const rows: { batch_id: string; source: string; co2e_kg: number }[] = await t.db.query(
      'SELECT batch_id, source, co2e_kg FROM batch_transport_emissions WHERE shipment_id = $1 ORDER BY co2e_kg DESC',
      [shipment.id],
    );
    expect(rows.map((x) => [x.batch_id, x.source])).toEqual([
      [batchA.id, 'SHIPMENT'],
      [batchB.id, 'SHIPMENT'],
    ]);
    expect(rows[0].co2e_kg).toBeCloseTo(A_KG, 6);
    expect(rows[1].co2e_kg).toBeCloseTo(B_KG, 6);

    // Batch A's footprint: a new version whose DISTRIBUTION stage is its share of the voyage for
    // the 3 packs shipped plus the estimate pro rata for the 1 pack not yet shipped (123 × 1/4).
    const [latest, first] = await distribution(batchA.id);
    expect(first).toEqual({ version: 1, status: 'SUPERSEDED', estimate: true, kgCo2e: 123 });
    expect(latest).toMatchObject({ version: 2, status: 'CALCULATED', estimate: true });
    expect(latest.kgCo2e).toBeCloseTo(A_KG + 30.75, 6);
    // Batch B had no footprint: none is made for it.
    expect(await distribution(batchB.id)).toEqual([]);
  });

  it('records the voyage as the assigned forwarder; the shipment and its batches follow', async () => {
    for (const [type, occurredAt, place, locode] of EVENTS) {
      const r = await t.gql<{ recordShipmentEvent: { status: string } }>(
        RECORD_EVENT,
        { input: { shipmentId: shipment.id, type, occurredAt, place, locode } },
        forwarder.key,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.recordShipmentEvent.status).toBe(type);
      if (type === 'GATE_IN') expect(await batchStatus(batchA.id)).toBe('REGISTERED');
      if (type === 'LOADED') {
        expect(await batchStatus(batchA.id)).toBe('SHIPPED');
        expect(await batchStatus(batchB.id)).toBe('SHIPPED');
      }
    }
    const r = await t.gql<{ shipment: Shipment & { events: { seq: number; type: string; recordedById: string }[] } }>(
      `query($id: ID!) { shipment(id: $id) { ${SHIPMENT_FIELDS} events { seq type recordedById } } }`,
      { id: shipment.id },
      buyer.key,
    );
    const s = r.data!.shipment;
    expect(s).toMatchObject({
      status: 'DELIVERED',
      shippedOnBoardAt: '2026-04-06T03:00:00.000Z',
      departedAt: '2026-04-06T18:00:00.000Z',
      deliveredAt: '2026-05-14T15:00:00.000Z',
    });
    expect(s.events.map((e) => [e.seq, e.type, e.recordedById])).toEqual(EVENTS.map(([type], i) => [i + 1, type, forwarder.id]));
    expect(s.containers.every((c) => c.releasedAt === '2026-05-14T15:00:00.000Z')).toBe(true);
    // Batch B sailed whole and arrived: DELIVERED. Batch A still has one pack at home: SHIPPED.
    expect(await batchStatus(batchB.id)).toBe('DELIVERED');
    expect(await batchStatus(batchA.id)).toBe('SHIPPED');
    // The consignee sees the public data of the batches, not their units.
    expect(s.cargoLines.map((l) => l.batch)).toEqual([
      { batchNumber: batchA.batchNumber, status: 'SHIPPED' },
      { batchNumber: batchB.batchNumber, status: 'DELIVERED' },
    ]);
    const units = await t.gql(`query($id: ID!) { batch(id: $id) { units { nodes { serial } } } }`, { id: batchA.id }, buyer.key);
    expectError(units, 'FORBIDDEN');
  });

  it('serves the manifest to the buyer as JSON and CSV', async () => {
    const res = await t.http(`/shipments/${shipment.id}/manifest.json`, { key: buyer.key });
    expect(res.status).toBe(200);
    const m = (await res.json()) as {
      shipment: { billOfLadingNumber: string; vessel: { imoNumber: string }; portOfLoading: { name: string }; consignee: { id: string } };
      goods: { hsCode: string; dangerousGoods: { unNumber: string; class: string; un383TestSummary: string } };
      containers: { containerNumber: string; sealNumber: string; grossMassKg: number }[];
      cargoLines: {
        batchNumber: string;
        sealNumber: string;
        serialRange: { first: string; last: string };
        grossMassKg: number;
        transportCo2eKg: number;
      }[];
      totals: { packs: number; cargoGrossMassKg: number; containerGrossMassKg: number; teu: number };
      transportEmissions: {
        totalCo2eKg: number;
        legs: { mode: string; co2eKg: number; factor: { code: string } | null; factorOverride: { source: string } | null }[];
      };
    };
    expect(m.shipment).toMatchObject({
      vessel: { imoNumber: 'IMO 9319466' },
      portOfLoading: { name: 'Tianjin Xingang' },
      consignee: { id: buyer.id },
    });
    expect(m.goods).toEqual({
      description: expect.any(String),
      hsCode: '8507.60',
      tariffCode: null,
      dangerousGoods: {
        unNumber: 'UN3480',
        class: '9',
        description: 'lithium-ion batteries shipped alone',
        un383TestSummary: 'UN38.3-TS-2026-0042',
      },
    });
    expect(m.containers.map((c) => [c.containerNumber, c.sealNumber, c.grossMassKg])).toEqual([
      ['CSQU3054383', 'SEAL-A1', 5200],
      ['ZEPU0037255', 'SEAL-B2', 3000],
    ]);
    expect(m.cargoLines.map((l) => [l.batchNumber, l.sealNumber, l.serialRange.first, l.serialRange.last, l.grossMassKg])).toEqual([
      [batchA.batchNumber, 'SEAL-A1', `${batchA.prefix}-P0`, `${batchA.prefix}-P2`, 1200],
      [batchB.batchNumber, 'SEAL-B2', `${batchB.prefix}-P0`, `${batchB.prefix}-P1`, 800],
    ]);
    expect(m.totals).toEqual({ containers: 2, teu: 3, packs: 5, looseUnits: 0, cargoGrossMassKg: 2000, containerGrossMassKg: 8200 });
    expect(m.transportEmissions.totalCo2eKg).toBeCloseTo(TOTAL_KG, 6);
    expect(m.transportEmissions.legs.map((l) => l.mode)).toEqual(['RAIL', 'SEA']);
    expect(m.transportEmissions.legs[0].factorOverride?.source).toBe('test input, not a published factor');
    expect(m.transportEmissions.legs[1].factor?.code).toBe(GLEC_CODE);
    expect(m.transportEmissions.legs[1].co2eKg).toBeCloseTo(SEA_KG, 6);

    const csv = await t.http(`/shipments/${shipment.id}/manifest.csv`, { key: buyer.key });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await csv.text());
    const header = rows[0];
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'SHIPMENT',
      'CONTAINER',
      'CONTAINER',
      'CARGO_LINE',
      'CARGO_LINE',
      'LEG',
      'LEG',
      ...EVENTS.map(() => 'EVENT'),
    ]);
    // The journey's events, in event-time order.
    expect(rows.slice(8).map((r) => [col(r, 'event_type'), col(r, 'event_time'), col(r, 'event_locode')])).toEqual(
      EVENTS.map(([type, at, , locode]) => [type, new Date(at).toISOString(), locode ?? '']),
    );
    const lineA = rows[4];
    expect([
      col(lineA, 'batch_number'),
      col(lineA, 'seal_number'),
      col(lineA, 'first_serial'),
      col(lineA, 'last_serial'),
      col(lineA, 'un_number'),
    ]).toEqual([batchA.batchNumber, 'SEAL-A1', `${batchA.prefix}-P0`, `${batchA.prefix}-P2`, 'UN3480']);
    expect(Number(col(lineA, 'co2e_kg'))).toBeCloseTo(A_KG, 6);
    expect(Number(col(rows[7], 'co2e_kg'))).toBeCloseTo(SEA_KG, 6);
    expect(col(rows[7], 'routing')).toBe('SUEZ');
    expect(col(rows[7], 'factor_source')).toBe(`${GLEC_CODE} v1 (GLEC Framework v3.1, per docs/methods/transport.md (well-to-wheel))`);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('refuses strangers: another buyer, an unassigned forwarder, no key', async () => {
    expectError(await t.gql(`query($id: ID!) { shipment(id: $id) { id } }`, { id: shipment.id }, otherBuyer.key), 'FORBIDDEN');
    for (const key of [otherBuyer.key, otherForwarder.key]) {
      expect((await t.http(`/shipments/${shipment.id}/manifest.json`, { key })).status).toBe(403);
      expect((await t.http(`/shipments/${shipment.id}/manifest.csv`, { key })).status).toBe(403);
    }
    expect((await t.http(`/shipments/${shipment.id}/manifest.json`)).status).toBe(401);
    const list = await t.gql<{ shipments: { nodes: { id: string }[] } }>(`{ shipments { nodes { id } } }`, {}, otherBuyer.key);
    expect(list.data!.shipments.nodes).toEqual([]);
    // The forwarder sees it once assigned, not before.
    const forOther = await t.gql<{ shipments: { nodes: { id: string }[] } }>(`{ shipments { nodes { id } } }`, {}, otherForwarder.key);
    expect(forOther.data!.shipments.nodes).toEqual([]);
    const assign = await t.gql(
      `mutation($input: AssignForwarderInput!) { assignForwarder(input: $input) { forwarders { id } } }`,
      { input: { shipmentId: shipment.id, forwarderId: otherForwarder.id } },
      w.manufacturer.key,
    );
    expect(assign.errors).toBeUndefined();
    expect((await t.http(`/shipments/${shipment.id}/manifest.json`, { key: otherForwarder.key })).status).toBe(200);
  });

  it('lists the caller’s shipments with filters and cursor pages', async () => {
    // A second, later shipment: batch A's last pack to another buyer, to Los Angeles.
    const second = await t.gql<{ createShipment: Shipment }>(
      CREATE_SHIPMENT,
      {
        input: sailingInput({
          consigneeId: otherBuyer.id,
          glecFactorId: glec,
          containers: [{ containerNumber: containerNumber('TGH', 1), sealNumber: 'S-9', sizeType: '22G1', grossMassKg: 2000 }],
          cargoLines: [{ batchId: batchA.id, containerNumber: containerNumber('TGH', 1), packCount: 1, grossMassKg: 400 }],
          overrides: {
            portOfDischarge: 'USLAX',
            vesselName: 'Pacific Dawn',
            vesselImo: 'IMO 8814275',
            legs: [
              {
                mode: 'SEA',
                from: 'CNTXG',
                to: 'USLAX',
                distanceKm: 10000,
                distanceSource: 'test input',
                factorOverride: { value: 0.01, unit: 'KG_CO2E_PER_TONNE_KM', source: 'test input' },
              },
            ],
          },
        }),
      },
      w.manufacturer.key,
    );
    expect(second.errors).toBeUndefined();
    const secondId = second.data!.createShipment.id;
    // 0.4 t × 10,000 km × 0.01 = 40 kg, all of it batch A's.
    expect(second.data!.createShipment.transportCo2eKg).toBeCloseTo(40, 9);
    expect(second.data!.createShipment.cargoLines[0]).toMatchObject({
      firstSerial: `${batchA.prefix}-P3`,
      lastSerial: `${batchA.prefix}-P3`,
    });
    // Every pack of batch A has shipped: DISTRIBUTION is its cargo lines across both shipments,
    // 3,004.2384 + 40 kg, and the estimate is gone.
    const [v3] = await distribution(batchA.id);
    expect(v3.version).toBe(3);
    expect(v3.estimate).toBe(false);
    expect(v3.kgCo2e).toBeCloseTo(A_KG + 40, 6);

    const LIST = `query($filter: ShipmentFilter, $first: Int, $after: String) {
      shipments(filter: $filter, first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    type List = { shipments: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const page1 = await t.gql<List>(LIST, { first: 1 }, w.manufacturer.key);
    expect(page1.data!.shipments.nodes.map((n) => n.id)).toEqual([secondId]);
    expect(page1.data!.shipments.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql<List>(LIST, { first: 1, after: page1.data!.shipments.pageInfo.endCursor }, w.manufacturer.key);
    expect(page2.data!.shipments.nodes.map((n) => n.id)).toEqual([shipment.id]);
    expect(page2.data!.shipments.pageInfo.hasNextPage).toBe(false);

    const ids = async (filter: Record<string, unknown>, key = w.manufacturer.key) =>
      (await t.gql<List>(LIST, { filter }, key)).data!.shipments.nodes.map((n) => n.id);
    expect(await ids({ status: 'DELIVERED' })).toEqual([shipment.id]);
    expect(await ids({ status: 'CREATED' })).toEqual([secondId]);
    expect(await ids({ portOfDischarge: 'nl rtm' })).toEqual([shipment.id]);
    expect(await ids({ portOfLoading: 'CNTXG' })).toEqual([secondId, shipment.id]);
    expect(await ids({ vessel: 'IMO 8814275' })).toEqual([secondId]);
    expect(await ids({ vessel: 'cscl venus' })).toEqual([shipment.id]);
    expect(await ids({ consigneeId: buyer.id })).toEqual([shipment.id]);
    expect(await ids({ departedFrom: '2026-04-01T00:00:00Z', departedTo: '2026-04-30T00:00:00Z' })).toEqual([shipment.id]);
    expect(await ids({ createdFrom: '2000-01-01T00:00:00Z', createdTo: '2000-01-02T00:00:00Z' })).toEqual([]);
    // Each party sees its own: the buyers their consignments, the forwarder its assignment.
    expect(await ids({}, buyer.key)).toEqual([shipment.id]);
    expect(await ids({}, otherBuyer.key)).toEqual([secondId]);
    expect(await ids({}, forwarder.key)).toEqual([shipment.id]);
    expectError(await t.gql(LIST, { filter: { portOfDischarge: 'NLRT1' } }, w.manufacturer.key), 'BAD_USER_INPUT');
  });

  it('ships loose modules by count, separately from packs, and knows how many are left', async () => {
    // 1 pack holding 1 module, plus 3 loose modules (no parent): only the loose ones can ship as modules.
    const batch = await newPackedBatch(t, w, 1);
    const loose = ['M-B', 'M-A', 'M-C'].map((m) => JSON.stringify({ serial: `${batch.prefix}-${m}`, kind: 'MODULE' })).join('\n') + '\n';
    const up = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: loose,
    });
    expect(up.status).toBe(200);
    const ship = (count: number) => {
      const c = containerNumber('TGH', 10 + count);
      return t.gql<{ createShipment: Shipment }>(
        CREATE_SHIPMENT,
        {
          input: sailingInput({
            consigneeId: buyer.id,
            glecFactorId: glec,
            containers: [{ containerNumber: c, sealNumber: 'S-L', sizeType: '22G1', grossMassKg: 1000 }],
            cargoLines: [{ batchId: batch.id, containerNumber: c, unitCount: count, unitKind: 'MODULE', grossMassKg: 30 * count }],
          }),
        },
        w.manufacturer.key,
      );
    };
    const r = await ship(2);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createShipment.cargoLines[0]).toMatchObject({
      unitKind: 'MODULE',
      packCount: 0,
      unitCount: 2,
      firstSerial: `${batch.prefix}-M-A`,
      lastSerial: `${batch.prefix}-M-B`,
    });
    const err = expectError(await ship(2), 'CONFLICT');
    expect(err.message).toBe(
      `batch ${batch.batchNumber} has 3 loose modules registered, 2 already on other shipments and 1 unshipped; this shipment asks for 2`,
    );
  });

  it('extends the port table by the administrator; a leg uses a factor row the administrator added, and goes round the Cape', async () => {
    const port = { locode: 'DEBRV', name: 'Bremerhaven', region: 'EUROPE', latitude: 53.55, longitude: 8.58 };
    const ADD_PORT = `mutation($input: AddPortInput!) { addPort(input: $input) { locode country region } }`;
    expectError(await t.gql(ADD_PORT, { input: port }, w.manufacturer.key), 'FORBIDDEN');
    expect((await t.gql(ADD_PORT, { input: port }, t.adminKey)).data).toEqual({
      addPort: { locode: 'DEBRV', country: 'DE', region: 'EUROPE' },
    });
    expectError(await t.gql(ADD_PORT, { input: port }, t.adminKey), 'CONFLICT');
    const ports = await t.gql<{ ports: { locode: string }[] }>(`{ ports { locode } }`);
    expect(ports.data!.ports.map((p) => p.locode)).toEqual([
      'BEANR',
      'CNSHA',
      'CNTAO',
      'CNTSN',
      'CNTXG',
      'DEBRV',
      'DEHAM',
      'MYPKG',
      'NLRTM',
      'SGSIN',
      'THLCH',
      'USLAX',
      'USLGB',
    ]);
    // A RAIL row added to the emission factor library by the administrator, with its source
    // (a test input, not a published factor), then used by a leg; the sea leg goes round the Cape.
    const added = await t.gql<{ addEmissionFactor: { id: string } }>(
      `mutation($input: AddEmissionFactorInput!) { addEmissionFactor(input: $input) { id } }`,
      {
        input: {
          code: 'TEST-RAIL-CN',
          kind: 'TRANSPORT',
          name: 'test rail factor',
          value: 0.03,
          unit: 'kgCO2e/t-km',
          transportMode: 'RAIL',
          source: 'test input, not a published factor',
        },
      },
      t.adminKey,
    );
    expect(added.errors).toBeUndefined();
    const batchC = await newPackedBatch(t, w, 1);
    const c = containerNumber('TGH', 2);
    const inp = sailingInput({
      consigneeId: buyer.id,
      glecFactorId: glec,
      containers: [{ containerNumber: c, sealNumber: 'S-10', sizeType: '22G1', grossMassKg: 2500 }],
      cargoLines: [{ batchId: batchC.id, containerNumber: c, packCount: 1, grossMassKg: 500 }],
      overrides: { portOfDischarge: 'DEBRV' },
    });
    const legs = inp.legs as Record<string, unknown>[];
    Object.assign(legs[0], { factorOverride: undefined, factorId: added.data!.addEmissionFactor.id });
    Object.assign(legs[1], {
      to: 'DEBRV',
      routing: 'CAPE',
      distanceNauticalMiles: undefined,
      distanceKm: 14000,
      distanceSource: 'test input: via the Cape',
    });
    const r = await t.gql<{ createShipment: Shipment }>(CREATE_SHIPMENT, { input: inp }, w.manufacturer.key);
    expect(r.errors).toBeUndefined();
    const [rail, sea] = r.data!.createShipment.legs;
    // RAIL: 0.5 t × 1,000 km × 0.03 = 15 kg. SEA: 1 TEU × 14,000 km × 0.0894 = 1,251.6 kg. Total 1,266.6 kg.
    expect(rail.factor).toEqual({ code: 'TEST-RAIL-CN', version: 1, value: 0.03, unit: 'kgCO2e/t-km' });
    expect(rail.co2eKg).toBeCloseTo(15, 9);
    expect(sea).toMatchObject({ routing: 'CAPE', distanceKm: 14000 });
    expect(sea.co2eKg).toBeCloseTo(1251.6, 9);
    expect(r.data!.createShipment.transportCo2eKg).toBeCloseTo(1266.6, 9);
  });
});
