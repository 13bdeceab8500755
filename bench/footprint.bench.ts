import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, Logger, QueryRunner } from 'typeorm';
import { Actor, ADMIN } from '../src/access/actor';
import { AuditService } from '../src/audit/audit.service';
import { BatchEntity } from '../src/batches/batch.entity';
import { BatteryModelEntity } from '../src/battery-models/battery-model.entity';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { EmissionFactorEntity } from '../src/emission-factors/emission-factor.entity';
import { EmissionFactorsService } from '../src/emission-factors/emission-factors.service';
import { EnergyService } from '../src/energy/energy.service';
import { BatchFootprintInputsEntity } from '../src/footprints/batch-footprint-inputs.entity';
import { computeFootprint } from '../src/footprints/footprint-calculation';
import { FactorRow, FOOTPRINT_DOCUMENT_FORMAT, FootprintDocument } from '../src/footprints/footprint-document';
import { FootprintInputsService } from '../src/footprints/footprint-inputs.service';
import { FootprintsService } from '../src/footprints/footprints.service';
import { FactorRole, RULESETS, RulesetId } from '../src/footprints/rulesets';
import { ParkEntity } from '../src/parks/park.entity';
import { PlantEntity } from '../src/parks/plant.entity';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { apiEnv, createWorld, newAdminKey, registerBatch } from './support/world';

/**
 * calculateFootprint for a batch of 1,000,000 units (10,000 packs, 40,000 modules, 950,000 cells)
 * with 200 material lines, in-process against its own bench database (created and migrated by an
 * API child process, which also creates the world over GraphQL; dropped at the end). The units
 * are inserted with one INSERT … SELECT generate_series. Measured: the service call (server time,
 * no HTTP), and every SQL statement it issues (counted through the DataSource's logger, which
 * TypeORM calls for each statement), checking that none reads the units table except the
 * registered-pack count, which must be an index-only count of the batch's packs.
 *
 * Baseline, same database, same run: a naive calculation that counts the batch's packs by
 * scanning units, loads the batch, model, plant and park one entity at a time, loads each factor
 * row, supply and GEC list with its own query, and writes one factor-use row per insert.
 * Issue 3 target: <= 100 ms, and no query that scans units.
 */
/** The registered-pack count of the batch query (footprints.service.ts), allowed to touch units. */
const REGISTERED_PACK_COUNT = /\(SELECT count\(\*\)::int FROM units u WHERE u\.batch_id = b\.id AND u\.kind = 3\)/g;
const UNITS = 1_000_000;
const PACKS = 10_000;
const MODULES = 40_000;
const MATERIAL_LINES = 200;
const RUNS = Number(process.env.BENCH_FOOTPRINT_RUNS ?? 15);
const BASELINE_RUNS = Number(process.env.BENCH_FOOTPRINT_BASELINE_RUNS ?? 5);
const TARGET_MS = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Counts (and keeps) every statement TypeORM sends while `work` runs. */
async function counting<T>(ds: DataSource, work: () => Promise<T>): Promise<{ value: T; statements: string[]; ms: number }> {
  const holder = ds as unknown as { logger: Logger };
  const original = holder.logger;
  const statements: string[] = [];
  holder.logger = new Proxy(original, {
    get(target, prop, receiver) {
      if (prop === 'logQuery') {
        return (query: string, parameters?: unknown[], qr?: QueryRunner) => {
          statements.push(query);
          return target.logQuery(query, parameters, qr);
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  try {
    const t0 = performance.now();
    const value = await work();
    return { value, statements, ms: performance.now() - t0 };
  } finally {
    holder.logger = original;
  }
}

/** The naive calculation (see the file comment); returns the absolute kg it stored. */
async function naiveCalculate(ds: DataSource, batchId: string, rulesetId: RulesetId, actor: string): Promise<number> {
  return ds.transaction(async (em: EntityManager) => {
    await em.query('SELECT id FROM batches WHERE id = $1 FOR UPDATE', [batchId]);
    const batch = await em.findOneByOrFail(BatchEntity, { id: batchId });
    const model = await em.findOneByOrFail(BatteryModelEntity, { id: batch.modelId });
    const plant = await em.findOneByOrFail(PlantEntity, { id: batch.plantId });
    const park = await em.findOneByOrFail(ParkEntity, { id: plant.parkId });
    const [{ packs }]: { packs: number }[] = await em.query('SELECT count(*)::int AS packs FROM units WHERE batch_id = $1 AND kind = 3', [
      batchId,
    ]);
    const inputs = await em.findOneOrFail(BatchFootprintInputsEntity, { where: { batchId }, order: { version: 'DESC' } });
    const factors = new Map<string, FactorRow>();
    const load = async (id: string | null) => {
      if (id === null || factors.has(id)) return;
      const f = await em.findOneByOrFail(EmissionFactorEntity, { id });
      factors.set(id, {
        id: f.id,
        code: f.code,
        version: f.version,
        kind: f.kind,
        name: f.name,
        unit: f.unit,
        value: f.value,
        source: f.source,
      });
    };
    for (const m of inputs.document.materials) await load(m.factorId);
    for (const p of inputs.document.processEnergy) await load(p.factorId);
    await load(inputs.document.endOfLife?.factorId ?? null);
    const from = batch.productionStart.toISOString().slice(0, 10);
    const to = batch.productionEnd.toISOString().slice(0, 10);
    const periods: { id: string; periodStart: string; periodEnd: string; totalKWh: number }[] = await em.query(
      `SELECT id, period_start::text AS "periodStart", period_end::text AS "periodEnd", total_kwh AS "totalKWh" FROM park_energy_periods
        WHERE park_id = $1 AND period_end >= $2::date AND period_start <= $3::date ORDER BY period_start`,
      [park.id, from, to],
    );
    const parkEnergy: FootprintDocument['parkEnergy'] = [];
    for (const p of periods) {
      const supplies: { id: string; source: 'DIRECT_LINE' | 'ONSITE' | 'GREEN_TRADE' | 'GRID'; kWh: number; meterIds: string[] }[] =
        await em.query(
          `SELECT id, source, kwh AS "kWh", meter_ids AS "meterIds" FROM park_energy_supplies WHERE period_id = $1 ORDER BY position`,
          [p.id],
        );
      const withSerials = [];
      for (const s of supplies) {
        const serials: { serial: string }[] = await em.query('SELECT serial FROM gec_claims WHERE supply_id = $1 ORDER BY serial', [s.id]);
        withSerials.push({ source: s.source, kWh: s.kWh, meterIds: s.meterIds, gecSerials: serials.map((x) => x.serial) });
      }
      parkEnergy.push({ ...p, supplies: withSerials });
    }
    const ruleset = RULESETS[rulesetId];
    const electricityFactorIds: Partial<Record<FactorRole, string>> = {};
    for (const role of new Set(Object.values(ruleset.electricity))) {
      const f = await em.findOneOrFail(EmissionFactorEntity, {
        where: { code: ruleset.factorCodes[park.country][role] },
        order: { version: 'DESC' },
      });
      factors.set(f.id, {
        id: f.id,
        code: f.code,
        version: f.version,
        kind: f.kind,
        name: f.name,
        unit: f.unit,
        value: f.value,
        source: f.source,
      });
      electricityFactorIds[role] = f.id;
    }
    const transport: FootprintDocument['transport'] = await em.query(
      `SELECT id, shipment_id AS "shipmentId", source, co2e_kg AS "co2eKg" FROM batch_transport_emissions WHERE batch_id = $1 ORDER BY computed_at, id`,
      [batchId],
    );
    const doc: FootprintDocument = {
      format: FOOTPRINT_DOCUMENT_FORMAT,
      rulesetId,
      ruleset: {
        electricity: ruleset.electricity,
        electricityFactorIds,
        fullEquivalentCyclesPerYear: ruleset.fullEquivalentCyclesPerYear,
        evConsumptionKWhPer100Km: ruleset.evConsumptionKWhPer100Km,
        performanceClasses: ruleset.performanceClasses,
      },
      batch: {
        id: batch.id,
        batchNumber: batch.batchNumber,
        manufacturerId: batch.manufacturerId,
        plantId: batch.plantId,
        parkId: park.id,
        parkCode: park.code,
        country: park.country,
        productionStart: batch.productionStart.toISOString(),
        productionEnd: batch.productionEnd.toISOString(),
        declaredPackCount: packs,
      },
      model: {
        id: model.id,
        name: model.name,
        chemistry: model.chemistry,
        vehicleCategory: model.vehicleCategory,
        nominalEnergyKWh: model.nominalEnergyKWh,
        usableEnergyKWh: model.usableEnergyKWh,
        massKg: model.massKg,
        warrantyYears: model.warrantyYears,
        warrantyKm: model.warrantyKm,
      },
      inputs: { id: inputs.id, version: inputs.version, data: inputs.document },
      parkEnergy,
      transport,
      factors: [...factors.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
    const r = computeFootprint(doc);
    const [{ v }]: { v: number }[] = await em.query('SELECT coalesce(max(version), 0) + 1 AS v FROM footprints WHERE batch_id = $1', [
      batchId,
    ]);
    const [fp]: { id: string }[] = await em.query(
      `INSERT INTO footprints (batch_id, manufacturer_id, model_id, plant_id, version, ruleset_id, raw_material_kg_co2e, main_production_kg_co2e,
                               distribution_kg_co2e, end_of_life_kg_co2e, kg_co2e_absolute, kg_co2e_per_kwh_capacity, kg_co2e_per_kwh_lifetime,
                               output_energy_kwh, lifetime_energy_kwh, distribution_is_estimate, inputs_id, inputs, result, inputs_sha256, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18::jsonb,$19::jsonb,$20,$21) RETURNING id`,
      [
        batch.id,
        batch.manufacturerId,
        batch.modelId,
        batch.plantId,
        v,
        rulesetId,
        r.stages.RAW_MATERIAL_ACQUISITION,
        r.stages.MAIN_PRODUCTION,
        r.stages.DISTRIBUTION,
        r.stages.END_OF_LIFE_RECYCLING,
        r.kgCo2eAbsolute,
        r.kgCo2ePerKWhCapacity,
        r.kgCo2ePerKWhLifetime,
        r.outputEnergyKWh,
        r.lifetimeEnergyKWh,
        r.distribution.isEstimate,
        inputs.id,
        JSON.stringify(doc),
        JSON.stringify(r),
        '0'.repeat(64),
        actor,
      ],
    );
    for (const id of r.factorIds)
      await em.query('INSERT INTO footprint_factor_uses (footprint_id, factor_id) VALUES ($1, $2)', [fp.id, id]);
    await em.query(
      `UPDATE footprints SET status = 'SUPERSEDED', superseded_at = now(), superseded_by = $2 WHERE batch_id = $1 AND id <> $2 AND status <> 'SUPERSEDED'`,
      [batchId, fp.id],
    );
    return r.kgCo2eAbsolute;
  });
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const adminKey = newAdminKey();
  let api: ChildServer | null = null;
  let ds: DataSource | null = null;
  try {
    note(`footprint: starting the API on ${databaseUrl.replace(/.*\//, '')}`);
    api = await startServer({ name: 'api', script: 'dist/src/main.js', env: apiEnv(databaseUrl, adminKey), ready: healthReady });
    const world = await createWorld(api.url, adminKey);
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const batchId = await registerBatch(api.url, world, `FP-BENCH-${tag}`, {
      packs: PACKS,
      modules: MODULES,
      cells: UNITS - PACKS - MODULES,
    });

    ds = new DataSource(buildDataSourceOptions(databaseUrl, { poolSize: 4 }));
    await ds.initialize();
    const t0 = performance.now();
    await ds.query(
      `INSERT INTO units (manufacturer_id, batch_id, kind, serial, produced_at)
       SELECT $1, $2, CASE WHEN i <= $3 THEN 3 WHEN i <= $3 + $4 THEN 2 ELSE 1 END, $5 || i, b.production_end
         FROM generate_series(1, $6::int) AS i, batches b WHERE b.id = $2`,
      [world.manufacturerId, batchId, PACKS, MODULES, `FPB${tag}-`, UNITS],
    );
    await ds.query('ANALYZE units');
    note(
      `footprint: ${UNITS} units inserted with one INSERT … SELECT generate_series in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const audit = new AuditService(ds);
    const energy = new EnergyService(ds, audit);
    const factorLibrary = new EmissionFactorsService(ds, audit);
    const inputs = new FootprintInputsService(ds, audit);
    const footprints = new FootprintsService(ds, audit, energy);
    const maker: Actor = {
      type: 'ORGANIZATION',
      organizationId: world.manufacturerId,
      organizationKind: 'MANUFACTURER',
      apiKeyId: 'bench',
    };

    // The park's March 2026 energy: 80% direct line, 20% green trade with 2,000 GEC serials (2 GWh).
    await energy.recordParkEnergy(maker, {
      parkId: world.parkId,
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      totalKWh: 10_000_000,
      supplies: [
        { source: 'DIRECT_LINE', kWh: 8_000_000, meterIds: ['BENCH-LINE-1'] },
        { source: 'GREEN_TRADE', kWh: 2_000_000, gecSerials: Array.from({ length: 2000 }, (_, i) => `GEC-BENCH-${tag}-${i}`) },
      ],
    });
    // 100 material factor rows (bench fixtures, not real figures) and 200 material lines: half by factor row, half declared.
    const factorIds: string[] = [];
    for (let i = 0; i < MATERIAL_LINES / 2; i++) {
      const f = await factorLibrary.add(ADMIN, {
        code: `BENCH-${tag}-MAT-${i}`,
        kind: 'MATERIAL',
        name: `Bench material ${i}`,
        value: 1 + (i % 17) / 4,
        unit: 'kgCO2e/kg',
        source: 'bench fixture (not a real factor)',
      });
      factorIds.push(f.id);
    }
    await inputs.record(maker, {
      batchId,
      materials: Array.from({ length: MATERIAL_LINES }, (_, i) =>
        i % 2 === 0
          ? { material: `material ${i}`, originCountry: 'CN', massKg: 1000 + i, factorId: factorIds[i / 2] }
          : {
              material: `material ${i}`,
              originCountry: 'CN',
              massKg: 1000 + i,
              declaredKgCo2ePerKg: 2 + (i % 7),
              evidence: `bench EPD ${i}`,
              recycledShare: 0.1,
            },
      ),
      electricity: { meteredKWh: PACKS * 62 * 30, meterIds: ['BENCH-PLANT'] },
      endOfLife: { declaredKgCo2e: 1000, evidence: 'bench fixture' },
      distributionEstimate: { kgCo2e: 5000, basis: 'bench fixture' },
    });

    const rulesets: RulesetId[] = ['EU_CFB_DRAFT_2024', 'ISO14067_MARKET_BASED'];
    for (const r of rulesets) await footprints.calculateFootprint(maker, { batchId, rulesetId: r }); // warm-up
    const times: number[] = [];
    let statements: string[] = [];
    const lastByRuleset = new Map<RulesetId, number>();
    for (let i = 0; i < RUNS; i++) {
      const rulesetId = rulesets[i % 2];
      const c = await counting(ds, () => footprints.calculateFootprint(maker, { batchId, rulesetId }));
      times.push(c.ms);
      statements = c.statements;
      lastByRuleset.set(rulesetId, c.value.kgCo2eAbsolute);
    }
    // The one read of units allowed: the batch's registered packs (the DISTRIBUTION split), an
    // index-only count of the batch's packs, never a scan of its million units.
    const unitQueries = statements.filter((q) => /\bunits\b/i.test(q.replace(REGISTERED_PACK_COUNT, ''))).length;
    if (unitQueries > 0)
      throw new Error(`calculateFootprint read the units table: ${statements.filter((q) => /\bunits\b/i.test(q)).join(' | ')}`);
    const packPlan = JSON.stringify(
      await ds.query(`EXPLAIN (FORMAT JSON) SELECT count(*)::int FROM units u WHERE u.batch_id = $1 AND u.kind = 3`, [batchId]),
    );
    if (/Seq Scan/.test(packPlan) || !/Index Only Scan/.test(packPlan))
      throw new Error(`the registered-pack count is not an index-only count: ${packPlan}`);
    const ms = median(times);
    note(`footprint: calculateFootprint median ${ms.toFixed(1)} ms over ${RUNS} runs, ${statements.length} statements`);

    const baseTimes: number[] = [];
    let baseStatements: string[] = [];
    for (let i = 0; i < BASELINE_RUNS; i++) {
      const rulesetId = rulesets[i % 2];
      const c = await counting(ds, () => naiveCalculate(ds!, batchId, rulesetId, 'bench-naive'));
      baseTimes.push(c.ms);
      baseStatements = c.statements;
      if (c.value !== lastByRuleset.get(rulesetId))
        throw new Error(`the naive calculation gave ${c.value} kg, the service ${lastByRuleset.get(rulesetId)} kg`);
    }
    const baseMs = median(baseTimes);
    note(`footprint: naive baseline median ${baseMs.toFixed(1)} ms over ${BASELINE_RUNS} runs, ${baseStatements.length} statements`);

    const details = {
      units: UNITS,
      materialLines: MATERIAL_LINES,
      runs: RUNS,
      baselineRuns: BASELINE_RUNS,
      p95Ms: [...times].sort((a, b) => a - b)[Math.ceil(times.length * 0.95) - 1],
      statementsTouchingUnits: unitQueries,
      baselineStatementsTouchingUnits: baseStatements.filter((q) => /\bunits\b/i.test(q)).length,
      target: `<= ${TARGET_MS} ms server time; no query that scans units`,
      note: 'lower is better: ratio = value / baseline',
    };
    return [
      result(
        'footprint-calculate-1m-units-200-lines',
        ms,
        'ms',
        {
          value: baseMs,
          unit: 'ms',
          what: 'naive calculation (scans units, one query per factor row / supply / use), same batch, same run',
        },
        details,
      ),
      result(
        'footprint-calculate-sql-statements',
        statements.length,
        'statements',
        {
          value: baseStatements.length,
          unit: 'statements',
          what: 'the naive calculation, same batch',
        },
        { statements, lowerIsBetter: true },
      ),
    ];
  } finally {
    await ds?.destroy().catch(() => undefined);
    await api?.stop().catch(() => undefined);
    await dropDatabase(databaseUrl).catch((err: unknown) => note(`footprint: could not drop ${databaseUrl}: ${String(err)}`));
  }
}
