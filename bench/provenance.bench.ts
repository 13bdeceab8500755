import { DataSource } from 'typeorm';
import type { Actor } from '../src/access/actor';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { prepareDatabase } from '../src/database/migrate';
import { LineageService } from '../src/units/lineage.service';
import { BRANCHES, ANCHOR_ARRAY, Dir } from '../src/provenance/provenance-sql';
import { ProvenanceService } from '../src/provenance/provenance.service';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';

/**
 * Provenance reads on the issue's dataset: 1,000,000 cells in 20,000 modules in 2,000 packs
 * across 20 batches (one plant, one park with a year of monthly energy periods, one shipment of
 * each batch's 100 packs to one buyer), generated with generate_series in a database of its own
 * (dropped at the end). Services run in-process, so times are server time without HTTP.
 * - unitLineage of random cells (one statement) against a naive resolver chain issuing one
 *   statement per node (unit, parent, grand-parent, batch, model, plant, park, manufacturer,
 *   cargo lines per unit of the chain, shipment, buyer);
 * - provenance(batch, BOTH, depth 4) first page against the same walk issuing one statement per
 *   node and edge branch (what per-field resolvers without DataLoaders do).
 * Statements per request are counted by wrapping DataSource.query.
 */
const BATCHES = 20;
const PACKS_PER_BATCH = Number(process.env.BENCH_PROV_PACKS ?? 100);
const MODULES_PER_PACK = 10;
const CELLS_PER_MODULE = 50;
const LINEAGE_RUNS = Number(process.env.BENCH_PROV_LINEAGE_RUNS ?? 2000);
const WALK_RUNS = Number(process.env.BENCH_PROV_WALK_RUNS ?? 50);
const NAIVE_RUNS = Number(process.env.BENCH_PROV_NAIVE_RUNS ?? 10);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function generate(db: DataSource): Promise<{ manufacturerId: string; batchIds: string[]; cells: number }> {
  const packs = BATCHES * PACKS_PER_BATCH;
  const modules = packs * MODULES_PER_PACK;
  const cells = modules * CELLS_PER_MODULE;
  const [{ m, b }]: { m: string; b: string }[] = await db.query(`
    WITH m AS (INSERT INTO organizations (kind, name, country) VALUES ('MANUFACTURER', 'bench maker', 'CN') RETURNING id),
         b AS (INSERT INTO organizations (kind, name, country) VALUES ('BUYER', 'bench buyer', 'NL') RETURNING id)
    SELECT (SELECT id FROM m) AS m, (SELECT id FROM b) AS b`);
  const [{ park }]: { park: string }[] = await db.query(
    `INSERT INTO parks (code, name, country, province, grid_region) VALUES ('CN-BENCH', 'Bench park', 'CN', 'Inner Mongolia', 'CN-NM') RETURNING id AS park`,
  );
  const [{ plant }]: { plant: string }[] = await db.query(
    `INSERT INTO plants (manufacturer_id, park_id, name, address, latitude, longitude) VALUES ($1, $2, 'Bench plant', 'bench', 39.6, 109.8) RETURNING id AS plant`,
    [m, park],
  );
  const [{ model }]: { model: string }[] = await db.query(
    `INSERT INTO battery_models (manufacturer_id, name, category, vehicle_category, chemistry, nominal_energy_kwh, usable_energy_kwh, capacity_ah,
       nominal_voltage_v, mass_kg, expected_cycle_life, warranty_years)
     VALUES ($1, 'Bench pack', 'EV', 'M1', 'LFP', 60, 57, 100, 600, 400, 3000, 8) RETURNING id AS model`,
    [m],
  );
  await db.query(
    `INSERT INTO park_energy_periods (park_id, period_start, period_end, total_kwh, recorded_by)
     SELECT $1, d::date, (d + interval '1 month - 1 day')::date, 1000000, 'bench' FROM generate_series('2026-01-01'::date, '2026-12-01', interval '1 month') d`,
    [park],
  );
  const batchRows: { id: string }[] = await db.query(
    `INSERT INTO batches (manufacturer_id, batch_number, model_id, plant_id, production_start, production_end)
     SELECT $1, 'B' || lpad(i::text, 3, '0'), $2, $3, '2026-03-01', '2026-03-15' FROM generate_series(1, ${BATCHES}) i RETURNING id`,
    [m, model, plant],
  );
  const batchIds = batchRows.map((r) => r.id);
  const t0 = performance.now();
  // Ids: packs 1..packs, modules packs+1.., cells packs+modules+1..; serials sort (COLLATE "C") like ids.
  await db.query(
    `INSERT INTO units (id, manufacturer_id, batch_id, kind, serial, parent_id, produced_at)
     SELECT p, $1, ($2::uuid[])[(p - 1) / ${PACKS_PER_BATCH} + 1], 3, 'P' || lpad(p::text, 6, '0'), NULL, '2026-03-15' FROM generate_series(1, ${packs}) p`,
    [m, batchIds],
  );
  await db.query(
    `INSERT INTO units (id, manufacturer_id, batch_id, kind, serial, parent_id, produced_at)
     SELECT ${packs} + x, $1, ($2::uuid[])[((x - 1) / ${MODULES_PER_PACK}) / ${PACKS_PER_BATCH} + 1], 2, 'M' || lpad(x::text, 7, '0'), (x - 1) / ${MODULES_PER_PACK} + 1,
            '2026-03-15'
       FROM generate_series(1, ${modules}) x`,
    [m, batchIds],
  );
  await db.query(
    `INSERT INTO units (id, manufacturer_id, batch_id, kind, serial, parent_id, produced_at)
     SELECT ${packs + modules} + c, $1, ($2::uuid[])[(((c - 1) / ${CELLS_PER_MODULE}) / ${MODULES_PER_PACK}) / ${PACKS_PER_BATCH} + 1], 1,
            'C' || lpad(c::text, 8, '0'), ${packs} + (c - 1) / ${CELLS_PER_MODULE} + 1, '2026-03-15'
       FROM generate_series(1, ${cells}) c`,
    [m, batchIds],
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('units', 'id'), ${packs + modules + cells})`);
  await db.query(
    `INSERT INTO unit_memberships (unit_id, parent_id, valid_from) SELECT id, parent_id, produced_at FROM units WHERE parent_id IS NOT NULL`,
  );
  note(`provenance: ${packs + modules + cells} units and their memberships in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (let i = 0; i < BATCHES; i++) {
    const [{ s }]: { s: string }[] = await db.query(
      `INSERT INTO shipments (id, manufacturer_id, consignee_id, reference, bill_of_lading_number, incoterm_rule, incoterm_place, incoterm_version,
         shipper, vessel_name, vessel_imo, voyage_number, port_of_loading, port_of_discharge, hs_code, goods_description, un_number, dg_class,
         un38_3_test_summary, cargo_gross_mass_kg, status)
       VALUES (gen_random_uuid(), $1, $2, 'EXP-' || $3, 'BENCHBL' || $3, 'FOB', 'Tianjin', '2020', 'bench maker', 'CSCL Venus', '9319466', '051W',
         'CNTXG', 'NLRTM', '8507.60', 'lithium-ion batteries', 'UN3480', '9', 'UN38.3-TS-BENCH', 40000, 'CREATED') RETURNING id AS s`,
      [m, b, String(i)],
    );
    const [{ c }]: { c: string }[] = await db.query(
      `INSERT INTO shipment_containers (id, shipment_id, position, container_number, seal_number, size_type, gross_mass_kg)
       VALUES (gen_random_uuid(), $1, 1, 'BNCU' || lpad($2, 7, '0'), 'SEAL', '45G1', 40000) RETURNING id AS c`,
      [s, String(i)],
    );
    const first = i * PACKS_PER_BATCH + 1;
    await db.query(
      `INSERT INTO shipment_cargo_lines (id, shipment_id, line_no, container_id, batch_id, unit_kind, pack_count, unit_count, serial_offset,
         first_serial, last_serial, gross_mass_kg)
       VALUES (gen_random_uuid(), $1, 1, $2, $3, 3, $4, 0, 0, 'P' || lpad($5, 6, '0'), 'P' || lpad($6, 6, '0'), 40000)`,
      [s, c, batchIds[i], PACKS_PER_BATCH, String(first), String(first + PACKS_PER_BATCH - 1)],
    );
  }
  await db.query('ANALYZE');
  return { manufacturerId: m, batchIds, cells };
}

/** Counts statements issued through DataSource.query and straight to the driver's pool (named statements). */
function countStatements(db: DataSource): { reset(): number } {
  let n = 0;
  const original = db.query.bind(db);
  (db as { query: unknown }).query = (...args: Parameters<DataSource['query']>) => {
    n++;
    return original(...args);
  };
  const pool = (db.driver as unknown as { master: { query: (...a: unknown[]) => unknown } }).master;
  const poolQuery = pool.query.bind(pool);
  pool.query = (...args: unknown[]) => {
    // TypeORM's own queries reach the pool through a client, not pool.query: only direct calls count here.
    n++;
    return poolQuery(...args);
  };
  return {
    reset() {
      const v = n;
      n = 0;
      return v;
    },
  };
}

/** The resolver-chain way: one statement per node, following foreign keys one row at a time. */
async function naiveLineage(db: DataSource, manufacturerId: string, serial: string): Promise<number> {
  const chain: { id: string; kind: number; serial: string; batch_id: string; parent_id: string | null }[] = [];
  let [u] = await db.query(`SELECT id, kind, serial, batch_id, parent_id FROM units WHERE manufacturer_id = $1 AND serial = $2`, [
    manufacturerId,
    serial,
  ]);
  while (u) {
    chain.push(u);
    [u] = u.parent_id ? await db.query(`SELECT id, kind, serial, batch_id, parent_id FROM units WHERE id = $1`, [u.parent_id]) : [];
  }
  const [batch] = await db.query(`SELECT * FROM batches WHERE id = $1`, [chain[0].batch_id]);
  await db.query(`SELECT * FROM battery_models WHERE id = $1`, [batch.model_id]);
  const [plant] = await db.query(`SELECT * FROM plants WHERE id = $1`, [batch.plant_id]);
  await db.query(`SELECT * FROM parks WHERE id = $1`, [plant.park_id]);
  await db.query(`SELECT * FROM organizations WHERE id = $1`, [batch.manufacturer_id]);
  let shipments = 0;
  for (const c of chain) {
    const lines: { shipment_id: string }[] = await db.query(
      `SELECT shipment_id FROM shipment_cargo_lines WHERE batch_id = $1 AND unit_kind = $2 AND $3 COLLATE "C" >= first_serial AND $3 COLLATE "C" <= last_serial`,
      [c.batch_id, c.kind, c.serial],
    );
    for (const l of lines) {
      const [s] = await db.query(`SELECT * FROM shipments WHERE id = $1`, [l.shipment_id]);
      await db.query(`SELECT * FROM organizations WHERE id = $1`, [s.consignee_id]);
      shipments++;
    }
  }
  return shipments;
}

/** The same walk as ProvenanceService, one statement per node and branch (no batching across the frontier). */
async function naiveWalk(db: DataSource, actor: Actor, rootId: string, depth: number): Promise<number> {
  const params = [actor.type === 'ADMIN', actor.type === 'ORGANIZATION' ? actor.organizationId : null, null];
  const seen = new Set([rootId]);
  let frontier = [rootId];
  const dirs: Dir[] = ['up', 'down'];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      const [prefix, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
      const anchor = (
        {
          Park: 'PARK',
          EnergyPeriod: 'ENERGY_PERIOD',
          Plant: 'PLANT',
          BatteryModel: 'BATTERY_MODEL',
          Batch: 'BATCH',
          Unit: 'UNIT',
          Footprint: 'FOOTPRINT',
          Shipment: 'SHIPMENT',
          Container: 'CONTAINER',
          Vessel: 'VESSEL',
          Port: 'PORT',
          Buyer: 'BUYER',
        } as const as Record<string, (typeof BRANCHES)[number]['anchor']>
      )[prefix];
      for (const b of BRANCHES.filter((x) => x.anchor === anchor && dirs.includes(x.dir))) {
        const rows: { other_id: string }[] = await db.query(
          `WITH _v AS (SELECT $1::boolean, $2::uuid, $3::timestamptz) ${b.sql(`$4::${ANCHOR_ARRAY[anchor]}[]`)}`,
          [...params, [key]],
        );
        for (const r of rows.slice(0, 101)) {
          if (seen.has(r.other_id)) continue;
          seen.add(r.other_id);
          next.push(r.other_id);
        }
      }
      if (anchor === 'BATCH') await db.query(`SELECT kind, count(*) FROM units WHERE batch_id = $1 GROUP BY kind`, [key]);
    }
    frontier = next;
  }
  return seen.size;
}

export async function run(): Promise<BenchResult[]> {
  const url = freshDatabaseUrl();
  const t0 = performance.now();
  await prepareDatabase(url, true);
  const db = new DataSource(buildDataSourceOptions(url, { poolSize: 4 }));
  await db.initialize();
  try {
    const world = await generate(db);
    note(`provenance: dataset ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const actor: Actor = {
      type: 'ORGANIZATION',
      organizationId: world.manufacturerId,
      organizationKind: 'MANUFACTURER',
      apiKeyId: 'bench',
    };
    const lineage = new LineageService(db);
    const walk = new ProvenanceService(db);
    const statements = countStatements(db);
    const cell = (i: number) => `C${String(1 + ((i * 7919) % world.cells)).padStart(8, '0')}`;

    const timeIt = async (runs: number, f: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < Math.min(20, runs); i++) await f(i + 1_000_000);
      statements.reset();
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        await f(i);
        ms.push(performance.now() - s);
      }
      return { p50: pct(ms, 50), p99: pct(ms, 99), statements: statements.reset() / runs };
    };

    const fast = await timeIt(LINEAGE_RUNS, async (i) => {
      const l = await lineage.unitLineage(actor, cell(i), null);
      if (l.chain.length !== 3 || l.shipments.length !== 1) throw new Error(`unexpected lineage for ${cell(i)}`);
    });
    const slow = await timeIt(Math.max(50, LINEAGE_RUNS / 10), async (i) => {
      if ((await naiveLineage(db, world.manufacturerId, cell(i))) !== 1) throw new Error('naive lineage found no shipment');
    });
    note(
      `provenance: unitLineage p50 ${fast.p50.toFixed(2)} ms p99 ${fast.p99.toFixed(2)} ms, ${fast.statements} statements; naive p99 ${slow.p99.toFixed(2)} ms, ${slow.statements} statements`,
    );

    const root = `Batch:${world.batchIds[7]}`;
    const graph = await timeIt(WALK_RUNS, async () => {
      const g = await walk.provenance(actor, { rootId: root, direction: 'BOTH', depth: 4, first: 50 });
      if (!g.nodes.length || !g.fanOuts.length) throw new Error('empty provenance walk');
    });
    const naive = await timeIt(NAIVE_RUNS, () => naiveWalk(db, actor, root, 4));
    note(
      `provenance: walk p50 ${graph.p50.toFixed(1)} ms p99 ${graph.p99.toFixed(1)} ms, ${graph.statements} statements; naive p50 ${naive.p50.toFixed(1)} ms, ${naive.statements} statements`,
    );

    return [
      result(
        'provenance unitLineage p99 (server time)',
        fast.p99,
        'ms',
        { value: slow.p99, unit: 'ms', what: 'naive one-statement-per-node resolver chain, p99' },
        {
          p50Ms: fast.p50,
          statementsPerRequest: fast.statements,
          naiveStatementsPerRequest: slow.statements,
          naiveP50Ms: slow.p50,
          targetP99Ms: 5,
          runs: LINEAGE_RUNS,
          units: world.cells * (1 + 1 / CELLS_PER_MODULE + 1 / (CELLS_PER_MODULE * MODULES_PER_PACK)),
        },
      ),
      result(
        'provenance(batch, BOTH, depth 4) first page p50',
        graph.p50,
        'ms',
        { value: naive.p50, unit: 'ms', what: 'same walk, one statement per node and branch, p50' },
        {
          p99Ms: graph.p99,
          statementsPerRequest: graph.statements,
          naiveStatementsPerRequest: naive.statements,
          targetMs: 50,
          speedup: naive.p50 / graph.p50,
        },
      ),
    ];
  } finally {
    await db.destroy();
    await dropDatabase(url);
  }
}
