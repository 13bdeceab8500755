import { newBatch, newModel, newOrganization, newPlant, newWorld, OrgHandle, unitsNdjson, World } from '../support/factories';
import { CREATE_SHIPMENT, glecFactorId, newPackedBatch, sailingInput } from '../support/shipments';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';
import { supplierNameKey } from '../../src/provenance/global-id';
import { data, newCalculatedFootprint, newDeclaredFootprint, recordMarchEnergy } from '../support/footprints';
import { newCertifier, REQUEST, requestAndIssue } from './certificates.fixtures';

interface Node {
  id: string;
  kind: string;
  label: string;
  distance: number;
}
interface Edge {
  from: string;
  to: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
}
interface Graph {
  rootId: string;
  nodes: Node[];
  edges: Edge[];
  fanOuts: { from: string; edgeKind: string; kind: string; count: number; cursor: string | null }[];
  truncated: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const PROVENANCE = `query($root: ID!, $dir: ProvenanceDirection, $depth: Int, $kinds: [String!], $at: DateTime, $first: Int, $after: String) {
  provenance(rootId: $root, direction: $dir, depth: $depth, kinds: $kinds, at: $at, first: $first, after: $after) {
    rootId nodes { id kind label distance } edges { from to kind validFrom validTo }
    fanOuts { from edgeKind kind count cursor } truncated pageInfo { hasNextPage endCursor } } }`;

describe('provenance graph: walks, fan-outs, limits and privacy', () => {
  let t: TestApp;
  let w: World;
  let rival: World;
  let buyer: OrgHandle;
  let rivalBuyer: OrgHandle;
  let supplierOrg: OrgHandle;
  let batch: { id: string; prefix: string };
  let rivalBatch: { id: string; prefix: string };
  let shipmentId: string;
  let rivalShipmentId: string;

  const walk = async (vars: Record<string, unknown>, key: string = w.manufacturer.key): Promise<Graph> => {
    const r: GqlResult<{ provenance: Graph }> = await t.gql(PROVENANCE, { first: 200, ...vars }, key);
    expect(r.errors).toBeUndefined();
    return r.data!.provenance;
  };
  const ship = async (world: World, batchId: string, consignee: string, packs: number): Promise<string> => {
    const r = await t.gql<{ createShipment: { id: string } }>(
      CREATE_SHIPMENT,
      {
        input: sailingInput({
          consigneeId: consignee,
          glecFactorId: await glecFactorId(t),
          cargoLines: [
            { batchId, containerNumber: world === w ? 'CSQU3054383' : 'ZEPU0037255', packCount: packs, grossMassKg: 400 * packs },
          ],
          containers:
            world === w
              ? [{ containerNumber: 'CSQU3054383', sealNumber: 'SEAL-A1', sizeType: '45G1', grossMassKg: 5200 }]
              : [{ containerNumber: 'ZEPU0037255', sealNumber: 'SEAL-B2', sizeType: '22G1', grossMassKg: 3000 }],
        }),
      },
      world.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createShipment.id;
  };
  const footprint = async (world: World, batchId: string) => {
    await newCalculatedFootprint(t, world, {
      batchId,
      inputs: {
        materials: [
          {
            material: 'LFP cathode active material',
            supplierName: world === w ? 'Ganfeng (Jiangxi) Lithium' : 'Rival Cathode Co.',
            originCountry: 'CN',
            massKg: 100,
            declaredKgCo2ePerKg: 10,
            evidence: 'test input',
          },
          ...(world === w
            ? [
                {
                  material: 'Copper foil',
                  supplierOrganizationId: supplierOrg.id,
                  originCountry: 'CL',
                  massKg: 20,
                  declaredKgCo2ePerKg: 5,
                  evidence: 'test input',
                },
              ]
            : []),
        ],
        electricity: { meteredKWh: 1000 },
        endOfLife: { declaredKgCo2e: 10, evidence: 'test input' },
        distributionEstimate: { kgCo2e: 123, basis: 'test estimate' },
      },
    });
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
    rivalBuyer = await newOrganization(t, 'BUYER');
    supplierOrg = await newOrganization(t, 'MANUFACTURER');
    // A rival manufacturer with a plant in the same park: its batches are public, the rest is not.
    const rivalOrg = await newOrganization(t, 'MANUFACTURER');
    rival = { manufacturer: rivalOrg, park: w.park, plant: await newPlant(t, rivalOrg, w.park.id), model: await newModel(t, rivalOrg) };
    await recordMarchEnergy(t, w, { totalKWh: 1_000_000, supplies: [{ source: 'GRID', kWh: 1_000_000 }] });
    batch = await newPackedBatch(t, w, 3);
    rivalBatch = await newPackedBatch(t, rival, 2);
    await footprint(w, batch.id);
    await footprint(rival, rivalBatch.id);
    shipmentId = await ship(w, batch.id, buyer.id, 2);
    rivalShipmentId = await ship(rival, rivalBatch.id, rivalBuyer.id, 2);
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks a batch downstream: units, memberships, footprint, shipment, container, vessel, ports, buyer', async () => {
    const g = await walk({ root: `Batch:${batch.id}`, dir: 'DOWNSTREAM', depth: 4 });
    const kinds = (k: string) => g.nodes.filter((n) => n.kind === k);
    expect(g.rootId).toBe(`Batch:${batch.id}`);
    expect(
      kinds('PACK')
        .map((n) => n.label)
        .sort(),
    ).toEqual([0, 1, 2].map((p) => `${batch.prefix}-P${p}`));
    expect(kinds('MODULE')).toHaveLength(3);
    expect(kinds('CELL')).toHaveLength(3);
    // Booking the shipment made footprint v2 from v1 (the shipments feature): both, and the SUPERSEDES link.
    const footprints = kinds('FOOTPRINT').sort((a, b) => a.label.localeCompare(b.label));
    expect(footprints.map((f) => f.label)).toEqual(['v1 SUPERSEDED', 'v2 CALCULATED']);
    expect(g.edges).toContainEqual(expect.objectContaining({ from: footprints[0].id, to: footprints[1].id, kind: 'SUPERSEDES' }));
    expect(kinds('SHIPMENT').map((n) => n.id)).toEqual([`Shipment:${shipmentId}`]);
    expect(kinds('BUYER').map((n) => n.id)).toEqual([`Buyer:${buyer.id}`]);
    expect(kinds('VESSEL').map((n) => n.id)).toEqual(['Vessel:9319466']);
    expect(
      kinds('PORT')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['Port:CNTXG', 'Port:NLRTM']);
    expect(kinds('CONTAINER').map((n) => n.label)).toEqual(['CSQU3054383']);
    const cell = kinds('CELL').find((n) => n.label === `${batch.prefix}-P0-M0-C0`)!;
    const mod = kinds('MODULE').find((n) => n.label === `${batch.prefix}-P0-M0`)!;
    const pack = kinds('PACK').find((n) => n.label === `${batch.prefix}-P0`)!;
    expect(g.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: `Batch:${batch.id}`, to: cell.id, kind: 'CONTAINS' }),
        expect.objectContaining({ from: cell.id, to: mod.id, kind: 'CONTAINS', validTo: null }),
        expect.objectContaining({ from: mod.id, to: pack.id, kind: 'CONTAINS' }),
        expect.objectContaining({ from: pack.id, to: `Shipment:${shipmentId}`, kind: 'SHIPPED_IN' }),
        expect.objectContaining({ from: `Batch:${batch.id}`, to: `Shipment:${shipmentId}`, kind: 'SHIPPED_IN' }),
        expect.objectContaining({ from: `Shipment:${shipmentId}`, to: `Buyer:${buyer.id}`, kind: 'CONSIGNED_TO' }),
        expect.objectContaining({ from: `Batch:${batch.id}`, kind: 'DECLARED' }),
      ]),
    );
    // Only the first two packs were shipped (cargo lines take packs in serial order).
    const shippedPacks = g.edges.filter((e) => e.kind === 'SHIPPED_IN' && e.to === `Shipment:${shipmentId}` && e.from.startsWith('Unit:'));
    expect(shippedPacks).toHaveLength(2);
    expect(g.truncated).toBe(false);
    expect(g.fanOuts).toEqual([]);
  });

  it('walks a batch upstream: plant, model, energy period, park, material lots and their suppliers', async () => {
    const g = await walk({ root: `Batch:${batch.id}`, dir: 'UPSTREAM', depth: 2 });
    expect(g.nodes.map((n) => [n.kind, n.distance]).sort()).toEqual(
      [
        ['BATCH', 0],
        ['BATTERY_MODEL', 1],
        ['ENERGY_PERIOD', 1],
        ['MATERIAL_LOT', 1],
        ['MATERIAL_LOT', 1],
        ['PARK', 2],
        ['PLANT', 1],
        ['SUPPLIER', 2],
        ['SUPPLIER', 2],
      ].sort(),
    );
    // Lots are the lines of the batch's latest inputs; suppliers by organization id or encoded name.
    const [inputs]: { id: string }[] = await t.db.query(
      `SELECT id FROM batch_footprint_inputs WHERE batch_id = $1 ORDER BY version DESC LIMIT 1`,
      [batch.id],
    );
    const named = `Supplier:${supplierNameKey('Ganfeng (Jiangxi) Lithium')}`;
    expect(named).toBe('Supplier:name:Ganfeng%20%28Jiangxi%29%20Lithium');
    expect(
      g.nodes
        .filter((n) => n.kind === 'MATERIAL_LOT' || n.kind === 'SUPPLIER')
        .map((n) => [n.id, n.label])
        .sort(),
    ).toEqual(
      [
        [`MaterialLot:${inputs.id}:0`, 'LFP cathode active material (CN, 100 kg)'],
        [`MaterialLot:${inputs.id}:1`, 'Copper foil (CL, 20 kg)'],
        [named, 'Ganfeng (Jiangxi) Lithium'],
        [`Supplier:${supplierOrg.id}`, supplierOrg.name],
      ].sort(),
    );
    expect(g.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: `MaterialLot:${inputs.id}:0`, to: `Batch:${batch.id}`, kind: 'CONSUMED_BY' }),
        expect.objectContaining({ from: `MaterialLot:${inputs.id}:1`, to: `Batch:${batch.id}`, kind: 'CONSUMED_BY' }),
        expect.objectContaining({ from: named, to: `MaterialLot:${inputs.id}:0`, kind: 'SUPPLIED' }),
        expect.objectContaining({ from: `Supplier:${supplierOrg.id}`, to: `MaterialLot:${inputs.id}:1`, kind: 'SUPPLIED' }),
      ]),
    );
    // From a supplier back down to the batch, and a lot as a root.
    const down = await walk({ root: named, dir: 'DOWNSTREAM', depth: 2, kinds: ['MATERIAL_LOT', 'BATCH'] });
    expect(down.nodes.map((n) => n.id).sort()).toEqual([`Batch:${batch.id}`, `MaterialLot:${inputs.id}:0`, named].sort());
    const lot = await walk({ root: `MaterialLot:${inputs.id}:1`, dir: 'UPSTREAM', depth: 1 });
    expect(lot.nodes.map((n) => n.id).sort()).toEqual([`MaterialLot:${inputs.id}:1`, `Supplier:${supplierOrg.id}`].sort());
    expect((await walk({ root: `Supplier:${supplierOrg.id}`, dir: 'DOWNSTREAM', depth: 1 })).nodes).toHaveLength(2);
    expect(g.nodes.find((n) => n.kind === 'PARK')!.id).toBe(`Park:${w.park.id}`);
    expect(g.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: `Plant:${w.plant.id}`, to: `Batch:${batch.id}`, kind: 'PRODUCED_AT' }),
        expect.objectContaining({ from: `Park:${w.park.id}`, to: `Plant:${w.plant.id}`, kind: 'POWERED' }),
        expect.objectContaining({ to: `Batch:${batch.id}`, kind: 'POWERED' }),
      ]),
    );
    const only = await walk({ root: `Batch:${batch.id}`, dir: 'UPSTREAM', depth: 2, kinds: ['PLANT', 'PARK'] });
    expect(only.nodes.map((n) => n.kind).sort()).toEqual(['BATCH', 'PARK', 'PLANT']);
  });

  it('never shows another manufacturer’s private nodes, though its public batch appears', async () => {
    const mine = await walk({ root: `Park:${w.park.id}`, dir: 'BOTH', depth: 4 });
    const ids = new Set(mine.nodes.map((n) => n.id));
    expect(ids.has(`Batch:${rivalBatch.id}`)).toBe(true); // public passport data
    expect(ids.has(`Shipment:${rivalShipmentId}`)).toBe(false);
    expect(ids.has(`Buyer:${rivalBuyer.id}`)).toBe(false);
    const rivalSerials = mine.nodes.filter((n) => n.label.startsWith(rivalBatch.prefix));
    expect(rivalSerials).toEqual([]);
    const rivalFootprints: { id: string }[] = await t.db.query(`SELECT id FROM footprints WHERE batch_id = $1`, [rivalBatch.id]);
    expect(rivalFootprints.length).toBeGreaterThan(0);
    for (const f of rivalFootprints) expect(ids.has(`Footprint:${f.id}`)).toBe(false);
    // The rival's material lots and suppliers (its footprint inputs) stay hidden; ours show.
    const rivalInputs: { id: string }[] = await t.db.query(`SELECT id FROM batch_footprint_inputs WHERE batch_id = $1`, [rivalBatch.id]);
    expect(rivalInputs.length).toBeGreaterThan(0);
    const rivalSupplier = `Supplier:${supplierNameKey('Rival Cathode Co.')}`;
    expect(mine.nodes.filter((n) => rivalInputs.some((i) => n.id.startsWith(`MaterialLot:${i.id}:`)) || n.id === rivalSupplier)).toEqual(
      [],
    );
    expect(mine.nodes.some((n) => n.id === `Supplier:${supplierNameKey('Ganfeng (Jiangxi) Lithium')}`)).toBe(true);
    expectError(await t.gql(PROVENANCE, { root: rivalSupplier }, w.manufacturer.key), 'NOT_FOUND');
    expectError(await t.gql(PROVENANCE, { root: `MaterialLot:${rivalInputs[0].id}:0` }, w.manufacturer.key), 'NOT_FOUND');
    expect((await walk({ root: rivalSupplier, dir: 'DOWNSTREAM', depth: 1 }, rival.manufacturer.key)).nodes).toHaveLength(2);
    expect(mine.nodes.some((n) => n.id === `Shipment:${shipmentId}`)).toBe(true);

    // And the other way round: the rival walking our batch sees the batch, not its units, footprint or shipment.
    const theirs = await walk({ root: `Batch:${batch.id}`, dir: 'BOTH', depth: 3 }, rival.manufacturer.key);
    const ourFootprints: { id: string }[] = await t.db.query(`SELECT id FROM footprints WHERE batch_id = $1`, [batch.id]);
    const ours = new Set([`Shipment:${shipmentId}`, `Buyer:${buyer.id}`, ...ourFootprints.map((f) => `Footprint:${f.id}`)]);
    expect(theirs.nodes.some((n) => n.id === `Batch:${batch.id}`)).toBe(true);
    expect(theirs.nodes.filter((n) => ours.has(n.id) || n.label.startsWith(batch.prefix))).toEqual([]);
    const ourInputs: { id: string }[] = await t.db.query(`SELECT id FROM batch_footprint_inputs WHERE batch_id = $1`, [batch.id]);
    const ourSuppliers = [`Supplier:${supplierNameKey('Ganfeng (Jiangxi) Lithium')}`, `Supplier:${supplierOrg.id}`];
    expect(
      theirs.nodes.filter((n) => ourInputs.some((i) => n.id.startsWith(`MaterialLot:${i.id}:`)) || ourSuppliers.includes(n.id)),
    ).toEqual([]);
    expect(theirs.nodes.some((n) => n.kind === 'MATERIAL_LOT')).toBe(true); // its own, through the shared park's energy
    for (const root of [...ourSuppliers, `MaterialLot:${ourInputs[0].id}:0`])
      expectError(await t.gql(PROVENANCE, { root }, rival.manufacturer.key), 'NOT_FOUND');
    // (the rival does see its own units and shipment, reached through the shared park)
    expect(theirs.nodes.some((n) => n.id === `Shipment:${rivalShipmentId}`)).toBe(true);
    const [unit]: { id: string }[] = await t.db.query(`SELECT id::text FROM units WHERE serial = $1`, [`${batch.prefix}-P0`]);
    expectError(await t.gql(PROVENANCE, { root: `Unit:${unit.id}` }, rival.manufacturer.key), 'NOT_FOUND');
    expectError(await t.gql(PROVENANCE, { root: `Shipment:${shipmentId}` }, rival.manufacturer.key), 'NOT_FOUND');
    // The buyer sees its shipment and the batch behind it, not the units.
    const asBuyer = await walk({ root: `Shipment:${shipmentId}`, dir: 'BOTH', depth: 2 }, buyer.key);
    expect(asBuyer.nodes.map((n) => n.kind)).toEqual(expect.arrayContaining(['SHIPMENT', 'BATCH', 'BUYER', 'VESSEL']));
    expect(asBuyer.nodes.filter((n) => ['CELL', 'MODULE', 'PACK'].includes(n.kind))).toEqual([]);
    const buyerUp = await walk({ root: `Batch:${batch.id}`, dir: 'UPSTREAM', depth: 2 }, buyer.key);
    expect(buyerUp.nodes.filter((n) => n.kind === 'MATERIAL_LOT' || n.kind === 'SUPPLIER')).toEqual([]);
  });

  it('shows a batch’s material lots to a certifier it asked to certify the batch, not to other certifiers', async () => {
    const { batchId, footprintId } = await newDeclaredFootprint(t, w);
    const certifier = await newCertifier(t);
    const other = await newCertifier(t);
    data(await t.gql(REQUEST, { input: { footprintId, certifierId: certifier.id } }, w.manufacturer.key));
    const lotsOf = (g: Graph) => g.nodes.filter((n) => n.kind === 'MATERIAL_LOT' || n.kind === 'SUPPLIER').map((n) => n.label);
    const asCertifier = await walk({ root: `Batch:${batchId}`, dir: 'UPSTREAM', depth: 2 }, certifier.key);
    expect(lotsOf(asCertifier).sort()).toEqual(['Cathode Co.', 'LFP cathode active material (CN, 120 kg)']);
    expect(lotsOf(await walk({ root: `Batch:${batchId}`, dir: 'UPSTREAM', depth: 2 }, other.key))).toEqual([]);
    expectError(await t.gql(PROVENANCE, { root: `Supplier:${supplierNameKey('Cathode Co.')}` }, other.key), 'NOT_FOUND');
  });

  it('links certifier, certificate and footprint by CERTIFIED edges, public to everyone', async () => {
    const { batchId, footprintId } = await newDeclaredFootprint(t, w);
    const certifier = await newCertifier(t);
    const cert = await requestAndIssue(t, w, certifier, footprintId);
    for (const key of [rival.manufacturer.key, buyer.key, w.manufacturer.key]) {
      const g = await walk({ root: `Certifier:${certifier.id}`, dir: 'DOWNSTREAM', depth: 3 }, key);
      expect(g.nodes.map((n) => [n.id, n.kind, n.distance]).sort()).toEqual(
        [
          [`Certifier:${certifier.id}`, 'CERTIFIER', 0],
          [`Certificate:${cert.id}`, 'CERTIFICATE', 1],
          [`Footprint:${footprintId}`, 'FOOTPRINT', 2],
        ].sort(),
      );
      expect(g.nodes.find((n) => n.kind === 'CERTIFICATE')!.label).toBe(`${cert.number} ACTIVE`);
      expect(g.edges).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            from: `Certifier:${certifier.id}`,
            to: `Certificate:${cert.id}`,
            kind: 'CERTIFIED',
            validFrom: cert.validFrom,
          }),
          expect.objectContaining({
            from: `Certificate:${cert.id}`,
            to: `Footprint:${footprintId}`,
            kind: 'CERTIFIED',
            validTo: cert.validUntil,
          }),
        ]),
      );
    }
    // From the batch: footprint, then its certificate and certifier upstream of it.
    const up = await walk({ root: `Batch:${batchId}`, dir: 'BOTH', depth: 3, kinds: ['FOOTPRINT', 'CERTIFICATE', 'CERTIFIER'] }, buyer.key);
    expect(up.nodes.filter((n) => n.kind === 'CERTIFICATE' || n.kind === 'CERTIFIER').map((n) => [n.id, n.distance])).toEqual(
      expect.arrayContaining([
        [`Certificate:${cert.id}`, 2],
        [`Certifier:${certifier.id}`, 3],
      ]),
    );
    const byCert = await walk({ root: `Certificate:${cert.id}`, dir: 'UPSTREAM', depth: 1 }, buyer.key);
    expect(byCert.nodes.map((n) => n.id).sort()).toEqual([`Certificate:${cert.id}`, `Certifier:${certifier.id}`].sort());
    expectError(await t.gql(PROVENANCE, { root: `Certifier:${w.manufacturer.id}` }, buyer.key), 'NOT_FOUND');
    expectError(await t.gql(PROVENANCE, { root: `Certificate:${footprintId}` }, buyer.key), 'NOT_FOUND');
  });

  it('pages through a walk with cursors and summarises large fan-outs with a count and a cursor', async () => {
    const big = await newBatch(t, w);
    const up = await t.http(`/batches/${big.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson('FAN', 1, 1, 120),
    });
    expect(up.status).toBe(200);
    const g = await walk({ root: `Batch:${big.id}`, dir: 'DOWNSTREAM', depth: 3 });
    expect(g.truncated).toBe(true);
    const cells = g.fanOuts.find((f) => f.kind === 'CELL')!;
    expect(cells).toMatchObject({ from: `Batch:${big.id}`, edgeKind: 'CONTAINS', count: 120 });
    expect(g.nodes.filter((n) => n.kind === 'CELL')).toEqual([]);
    expect(g.nodes.map((n) => n.kind).sort()).toEqual(['BATCH', 'MODULE', 'PACK']);
    const seen: string[] = [];
    let cursor: string | null = cells.cursor;
    for (let i = 0; i < 5 && cursor; i++) {
      const r: GqlResult<{
        provenanceFanOut: { nodes: Node[]; edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      }> = await t.gql(
        `query($c: String!) { provenanceFanOut(cursor: $c, first: 50) { nodes { id kind label } edges { from to kind } pageInfo { hasNextPage endCursor } } }`,
        { c: cursor },
        w.manufacturer.key,
      );
      expect(r.errors).toBeUndefined();
      seen.push(...r.data!.provenanceFanOut.nodes.map((n) => n.label));
      cursor = r.data!.provenanceFanOut.pageInfo.hasNextPage ? r.data!.provenanceFanOut.pageInfo.endCursor : null;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    const asRival = await t.gql<{ provenanceFanOut: { nodes: Node[] } }>(
      `query($c: String!) { provenanceFanOut(cursor: $c) { nodes { id } } }`,
      { c: cells.cursor },
      rival.manufacturer.key,
    );
    expect(asRival.data!.provenanceFanOut.nodes).toEqual([]);

    // Pages of a walk, in a stable order, together give the whole walk once.
    const whole = await walk({ root: `Batch:${batch.id}`, dir: 'BOTH', depth: 3 });
    const paged: Node[] = [];
    const pagedEdges: Edge[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const p = await walk({ root: `Batch:${batch.id}`, dir: 'BOTH', depth: 3, first: 4, after });
      paged.push(...p.nodes);
      pagedEdges.push(...p.edges);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole.nodes);
    expect(pagedEdges).toHaveLength(whole.edges.length);
    expect(new Set(pagedEdges.map((e) => JSON.stringify(e)))).toEqual(new Set(whole.edges.map((e) => JSON.stringify(e))));
  });

  it('refuses bad walks: unknown root, depth over the maximum, unknown kind, malformed cursor, too expensive', async () => {
    const k = w.manufacturer.key;
    expectError(await t.gql(PROVENANCE, { root: 'Batch:00000000-0000-4000-8000-000000000000' }, k), 'NOT_FOUND');
    expectError(await t.gql(PROVENANCE, { root: 'Unit:999999999' }, k), 'NOT_FOUND');
    expectError(await t.gql(PROVENANCE, { root: 'Batch:nope' }, k), 'BAD_USER_INPUT');
    expectError(await t.gql(PROVENANCE, { root: `Batch:${batch.id}`, depth: 7 }, k), 'BAD_USER_INPUT');
    const kind = expectError(await t.gql(PROVENANCE, { root: `Batch:${batch.id}`, kinds: ['BATCH', 'WIDGET'] }, k), 'BAD_USER_INPUT');
    expect(kind.extensions?.field).toBe('kinds[1]');
    expectError(await t.gql(PROVENANCE, { root: `Batch:${batch.id}`, after: 'not-a-cursor' }, k), 'BAD_USER_INPUT');
    expectError(
      await t.gql(PROVENANCE, { root: `Batch:${batch.id}`, after: Buffer.from('["x"]').toString('base64url') }, k),
      'BAD_USER_INPUT',
    );
    const cost = expectError(
      await t.gql(PROVENANCE, { root: `Batch:${batch.id}`, dir: 'BOTH', depth: 6, first: 200 }, k),
      'BAD_USER_INPUT',
    );
    expect(cost.message).toMatch(/limit of 2000/);
    expectError(await t.gql(`query { provenanceFanOut(cursor: "bad") { nodes { id } } }`, {}, k), 'BAD_USER_INPUT');
    expectError(await t.gql(PROVENANCE, { root: `Batch:${batch.id}` }, null), 'UNAUTHENTICATED');
  });
});
