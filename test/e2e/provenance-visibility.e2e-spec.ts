import { Actor, ADMIN, ANONYMOUS, OrganizationKind } from '../../src/access/actor';
import { isAskedCertifier } from '../../src/access/footprint-input-access';
import {
  BUYER_VISIBILITY,
  ENERGY_PERIOD_VISIBILITY,
  FOOTPRINT_INPUTS_VISIBILITY,
  FOOTPRINT_VISIBILITY,
  SHIPMENT_VISIBILITY,
  UNIT_VISIBILITY,
  viewerParams,
  Visibility,
} from '../../src/access/provenance-visibility';
import { ShipmentsService } from '../../src/shipments/shipments.service';
import { newModel, newOrganization, newPlant, newWorld, OrgHandle, World } from '../support/factories';
import { CREATE_SHIPMENT, glecFactorId, newPackedBatch, RECORD_EVENT, sailingInput } from '../support/shipments';
import { startTestApp, TestApp } from '../support/test-app';
import { batchWithInputs, calculateAndDeclare, data, recordMarchEnergy, REQUEST } from './certificates.fixtures';

/**
 * The provenance walk decides visibility in SQL (access/provenance-visibility.ts `sql`), the
 * services in TypeScript (`allows`). Here both halves answer for every kind of caller on the same
 * rows — units in their manufacturer's hands and in a consignee's custody, shipments with and
 * without forwarders, declared and undeclared footprints, energy periods of parks with and
 * without the caller's plants, batches with and without a certifier asked — and must agree.
 */
describe('provenance visibility: the SQL predicates and the TypeScript rules agree on the same rows', () => {
  let t: TestApp;
  const actors: [string, Actor][] = [];
  /** The API key of each caller that has one, by label. */
  const keys = new Map<string, string>();
  const org = (o: OrgHandle): Actor => ({
    type: 'ORGANIZATION',
    organizationId: o.id,
    organizationKind: o.kind as OrganizationKind,
    apiKeyId: 'test',
  });

  beforeAll(async () => {
    t = await startTestApp();
    // Two manufacturers sharing a park, a third in its own park.
    const a = await newWorld(t);
    const bOrg = await newOrganization(t, 'MANUFACTURER');
    const b: World = { manufacturer: bOrg, park: a.park, plant: await newPlant(t, bOrg, a.park.id), model: await newModel(t, bOrg) };
    const c = await newWorld(t);
    const [consignee, otherConsignee, stranger] = [
      await newOrganization(t, 'BUYER'),
      await newOrganization(t, 'BUYER'),
      await newOrganization(t, 'BUYER'),
    ];
    const [forwarder, idleForwarder] = [await newOrganization(t, 'FORWARDER'), await newOrganization(t, 'FORWARDER')];
    const [askedCertifier, otherCertifier] = [await newOrganization(t, 'CERTIFIER'), await newOrganization(t, 'CERTIFIER')];
    const authority = await newOrganization(t, 'AUTHORITY');

    // Energy periods in both parks; footprints declared (a) and calculated only (b, c).
    await recordMarchEnergy(t, a);
    await recordMarchEnergy(t, c);
    const aInputs = await batchWithInputs(t, a);
    const aFootprint = await calculateAndDeclare(t, a, aInputs.batchId);
    data(await t.gql(REQUEST, { input: { footprintId: aFootprint.id, certifierId: askedCertifier.id } }, a.manufacturer.key));
    for (const w of [b, c]) {
      const { batchId } = await batchWithInputs(t, w);
      data(
        await t.gql(
          `mutation($input: CalculateFootprintInput!) { calculateFootprint(input: $input) { id } }`,
          {
            input: { batchId, rulesetId: 'EU_CFB_DRAFT_2024' },
          },
          w.manufacturer.key,
        ),
      );
    }

    // Units: a's shipped to its consignee with a forwarder and delivered (custody passes); b's
    // shipped without forwarder and under way; c's never shipped.
    const glec = await glecFactorId(t);
    const ship = async (w: World, consigneeId: string, forwarderIds: string[], container: string) => {
      const batch = await newPackedBatch(t, w, 2);
      const input = sailingInput({
        consigneeId,
        glecFactorId: glec,
        forwarderIds,
        cargoLines: [{ batchId: batch.id, containerNumber: container, packCount: 2, grossMassKg: 800 }],
        containers: [{ containerNumber: container, sealNumber: 'SEAL-1', sizeType: '45G1', grossMassKg: 5200 }],
      });
      return data(await t.gql<{ createShipment: { id: string } }>(CREATE_SHIPMENT, { input }, w.manufacturer.key)).createShipment.id;
    };
    const delivered = await ship(a, consignee.id, [forwarder.id], 'CSQU3054383');
    await ship(b, otherConsignee.id, [], 'ZEPU0037255');
    await newPackedBatch(t, c, 1);
    const voyage: [string, string, string | null][] = [
      ['BOOKED', '2026-07-01T08:00:00Z', null],
      ['GATE_IN', '2026-07-05T10:00:00Z', 'CNTXG'],
      ['LOADED', '2026-07-06T03:00:00Z', 'CNTXG'],
      ['DEPARTED', '2026-07-06T18:00:00Z', 'CNTXG'],
      ['ARRIVED', '2026-08-12T06:00:00Z', 'NLRTM'],
      ['DISCHARGED', '2026-08-12T20:00:00Z', 'NLRTM'],
      ['CUSTOMS_CLEARED', '2026-08-13T09:00:00Z', 'NLRTM'],
      ['DELIVERED', '2026-08-14T15:00:00Z', null],
    ];
    for (const [type, occurredAt, locode] of voyage) {
      data(await t.gql(RECORD_EVENT, { input: { shipmentId: delivered, type, occurredAt, place: 'test', locode } }, forwarder.key));
    }

    actors.push(['administrator', ADMIN], ['anonymous', ANONYMOUS]);
    keys.set('administrator', t.adminKey);
    const named: [string, OrgHandle][] = [
      ['manufacturer a', a.manufacturer],
      ['manufacturer b (same park)', b.manufacturer],
      ['manufacturer c (other park)', c.manufacturer],
      ['consignee of a', consignee],
      ['consignee of b', otherConsignee],
      ['buyer with no shipment', stranger],
      ['forwarder of a', forwarder],
      ['forwarder of nothing', idleForwarder],
      ['certifier asked by a', askedCertifier],
      ['certifier not asked', otherCertifier],
      ['authority', authority],
    ];
    for (const [label, o] of named) {
      actors.push([label, org(o)]);
      keys.set(label, o.key);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  /** The SQL predicate on every row of `from` (aliased x) for one caller: id -> visible, as a WHERE would read it. */
  const sqlAnswers = async <F>(v: Visibility<F>, from: string, actor: Actor): Promise<Map<string, boolean>> => {
    const rows: { id: string; visible: boolean }[] = await t.db.query(
      `SELECT x.id::text AS id, (${v.sql('x')}) IS TRUE AS visible FROM ${from}`,
      [...viewerParams(actor)],
    );
    return new Map(rows.map((r) => [r.id, r.visible]));
  };

  /**
   * For every caller, the SQL answer and the TypeScript answer on each row (facts loaded per row
   * and caller); expects them equal, rows present, and the rule not constant over organizations.
   */
  const agree = async <F>(v: Visibility<F>, from: string, facts: (id: string, actor: Actor) => Promise<F>): Promise<void> => {
    const mismatches: string[] = [];
    const answers = new Set<boolean>();
    let rows = 0;
    for (const [label, actor] of actors) {
      const sql = await sqlAnswers(v, from, actor);
      rows = sql.size;
      for (const [id, visible] of sql) {
        const ts = v.allows(actor, await facts(id, actor));
        if (ts !== visible) mismatches.push(`${label} on ${id}: SQL ${visible}, TypeScript ${ts}`);
        if (actor.type === 'ORGANIZATION') answers.add(ts);
      }
    }
    expect(mismatches).toEqual([]);
    expect(rows).toBeGreaterThan(1);
    expect([...answers].sort()).toEqual([false, true]);
  };

  const one = async <R>(sql: string, params: unknown[]): Promise<R> => ((await t.db.query(sql, params)) as R[])[0];

  // The facts each TypeScript rule reads, loaded per row (and caller) the way the services load them.
  const unitFacts = async (id: string) =>
    one<{ manufacturerId: string }>(`SELECT manufacturer_id AS "manufacturerId" FROM units WHERE id = $1`, [id]);
  const shipmentFacts = async (id: string) =>
    t.app
      .get(ShipmentsService)
      .parties(
        t.db,
        await one<{ id: string; manufacturerId: string; consigneeId: string }>(
          `SELECT id, manufacturer_id AS "manufacturerId", consignee_id AS "consigneeId" FROM shipments WHERE id = $1`,
          [id],
        ),
      );
  const footprintFacts = async (id: string) =>
    one<{ manufacturerId: string; everDeclared: boolean }>(
      `SELECT manufacturer_id AS "manufacturerId", declared_at IS NOT NULL AS "everDeclared" FROM footprints WHERE id = $1`,
      [id],
    );
  // As EnergyService.periods loads it for canSeeParkEnergyEvidence.
  const energyPeriodFacts = async (id: string) => ({
    manufacturerIdsInPark: (
      await one<{ manufacturers: string[] }>(
        `SELECT coalesce((SELECT array_agg(DISTINCT manufacturer_id::text) FROM plants WHERE park_id = e.park_id), '{}') AS manufacturers
           FROM park_energy_periods e WHERE e.id = $1`,
        [id],
      )
    ).manufacturers,
  });
  const inputsFacts = async (batchId: string, actor: Actor) => ({
    manufacturerId: (await one<{ m: string }>(`SELECT manufacturer_id AS m FROM batches WHERE id = $1`, [batchId])).m,
    askedCertifier: await isAskedCertifier(t.db, actor, batchId),
  });
  const buyerFacts = async (id: string) => {
    const rows: { m: string }[] = await t.db.query(`SELECT DISTINCT manufacturer_id::text AS m FROM shipments WHERE consignee_id = $1`, [
      id,
    ]);
    return { id, shippedToByManufacturerIds: rows.map((r) => r.m) };
  };

  it('units: their manufacturer and the administrator, whoever holds them', async () => {
    await agree(UNIT_VISIBILITY, 'units x', unitFacts);
  });

  it('shipments: their manufacturer, consignee and assigned forwarders, delivered or under way', async () => {
    await agree(SHIPMENT_VISIBILITY, 'shipments x', shipmentFacts);
  });

  it('footprints: public once declared, else their owner', async () => {
    await agree(FOOTPRINT_VISIBILITY, 'footprints x', footprintFacts);
  });

  it('energy periods: the manufacturers with a plant in the park', async () => {
    await agree(ENERGY_PERIOD_VISIBILITY, 'park_energy_periods x', energyPeriodFacts);
  });

  it('footprint inputs of a batch (its material lots and suppliers): its owner and the certifiers it asked', async () => {
    await agree(FOOTPRINT_INPUTS_VISIBILITY, 'batches x', inputsFacts);
  });

  it('buyers as a walk root: themselves and the manufacturers that shipped to them', async () => {
    await agree(BUYER_VISIBILITY, `organizations x WHERE x.kind = 'BUYER'`, buyerFacts);
  });

  it('the walk over GraphQL shows each caller exactly the neighbours of every batch that the TypeScript rules allow', async () => {
    const WALK = `query($root: ID!) { provenance(rootId: $root, direction: BOTH, depth: 1, first: 200) { nodes { id kind } truncated } }`;
    const batches: { id: string }[] = await t.db.query(`SELECT id FROM batches ORDER BY id`);
    // Every batch's neighbours of the kinds with a rule, whoever may see them.
    const linked: { node: string; rule: string; row: string }[] = await t.db.query(
      `SELECT 'Unit:' || id AS node, 'unit' AS rule, id::text AS row FROM units
       UNION SELECT 'Shipment:' || s.id, 'shipment', s.id::text FROM shipments s WHERE EXISTS (SELECT 1 FROM shipment_cargo_lines l WHERE l.shipment_id = s.id)
       UNION SELECT 'Footprint:' || id, 'footprint', id::text FROM footprints
       UNION SELECT DISTINCT 'EnergyPeriod:' || e.id, 'energy', e.id::text FROM park_energy_periods e JOIN plants p ON p.park_id = e.park_id
               JOIN batches b ON b.plant_id = p.id AND b.production_start::date <= e.period_end AND b.production_end::date >= e.period_start
       UNION SELECT 'MaterialLot:' || i.id || ':' || (m.ord - 1), 'inputs', i.batch_id::text FROM batch_footprint_inputs i,
               jsonb_array_elements(i.document->'materials') WITH ORDINALITY m(doc, ord)
         WHERE i.version = (SELECT max(x.version) FROM batch_footprint_inputs x WHERE x.batch_id = i.batch_id)`,
    );
    const rules: Record<string, (actor: Actor, row: string) => Promise<boolean>> = {
      unit: async (actor, row) => UNIT_VISIBILITY.allows(actor, await unitFacts(row)),
      shipment: async (actor, row) => SHIPMENT_VISIBILITY.allows(actor, await shipmentFacts(row)),
      footprint: async (actor, row) => FOOTPRINT_VISIBILITY.allows(actor, await footprintFacts(row)),
      energy: async (actor, row) => ENERGY_PERIOD_VISIBILITY.allows(actor, await energyPeriodFacts(row)),
      inputs: async (actor, row) => FOOTPRINT_INPUTS_VISIBILITY.allows(actor, await inputsFacts(row, actor)),
    };
    expect(new Set(linked.map((l) => l.rule)).size).toBe(Object.keys(rules).length);
    const ruled = new Set(linked.map((l) => l.node));
    const differences: string[] = [];
    for (const [label, actor] of actors) {
      const key = keys.get(label);
      if (!key) continue; // the walk needs a key
      const seen = new Set<string>();
      for (const b of batches) {
        const r = await t.gql<{ provenance: { nodes: { id: string }[]; truncated: boolean } }>(WALK, { root: `Batch:${b.id}` }, key);
        expect(r.errors).toBeUndefined();
        expect(r.data!.provenance.truncated).toBe(false);
        for (const n of r.data!.provenance.nodes) if (ruled.has(n.id)) seen.add(n.id);
      }
      for (const l of linked) {
        const allowed = await rules[l.rule](actor, l.row);
        if (allowed !== seen.has(l.node)) differences.push(`${label} on ${l.node}: walk ${seen.has(l.node)}, TypeScript ${allowed}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
