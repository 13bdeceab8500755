import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { assertOwner, assertWritesOwn, canSeeFootprint, canSeeFootprintInputs } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { assertCanSeeFootprint, assertCanSeeFootprintInputs } from '../access/footprint-access';
import { isAskedCertifier } from '../access/footprint-input-access';
import { AuditService } from '../audit/audit.service';
import type { Chemistry, VehicleCategory } from '../battery-models/battery-model.types';
import { canonicalJson, digestOf } from '../common/canonical-json';
import { AppError, badInput, conflict, notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { ELECTRICITY_SOURCES } from '../energy/electricity-source';
import { EnergyService } from '../energy/energy.service';
import { uncoveredDays } from '../energy/period-coverage';
import { nonFinitePaths } from '../common/physical-bounds';
import { computeFootprint, FootprintResult } from './footprint-calculation';
import {
  BatchInputs,
  FactorRow,
  FOOTPRINT_DOCUMENT_FORMAT,
  FootprintDocument,
  LIFECYCLE_STAGES,
  TransportEmissionDoc,
} from './footprint-document';
import { FOOTPRINT_ROW_COLUMNS, FootprintRow } from './footprint.entity';
import { CompletenessContext, missingInputs } from './missing-inputs';
import { FactorRole, isRulesetId, Ruleset, RULESET_IDS, RULESETS, RulesetId } from './rulesets';
import { UNIT_KIND_CODE } from '../units/unit-kind';

interface BatchContext {
  batch: FootprintDocument['batch'] & { modelId: string };
  model: FootprintDocument['model'];
  maxVersion: number;
  inputs: { id: string; version: number; document: BatchInputs } | null;
  transport: TransportEmissionDoc[];
}

interface LoadedRow {
  id: string;
  batchNumber: string;
  manufacturerId: string;
  modelId: string;
  plantId: string;
  productionStart: Date;
  productionEnd: Date;
  declaredPackCount: number;
  registeredPackCount: number;
  modelName: string;
  chemistry: Chemistry;
  vehicleCategory: VehicleCategory | null;
  nominalEnergyKWh: number;
  usableEnergyKWh: number;
  massKg: number;
  warrantyYears: number;
  warrantyKm: number | null;
  parkId: string;
  parkCode: string;
  country: string;
  maxVersion: number;
  inputs: { id: string; version: number; document: BatchInputs } | null;
  transport: TransportEmissionDoc[];
}

export interface RollupRow {
  modelId: string;
  plantId: string;
  rulesetId: string;
  batches: number;
  outputEnergyKWh: number;
  lifetimeEnergyKWh: number;
  kgCo2eAbsolute: number;
  stages: Record<(typeof LIFECYCLE_STAGES)[number], number>;
}

/** One park-energy period version a footprint used, and the current version of that period. */
export interface EnergyPeriodUse {
  periodId: string;
  version: number;
  periodStart: string;
  periodEnd: string;
  superseded: boolean;
  currentPeriodId: string | null;
  currentVersion: number | null;
  currentCorrectionReason: string | null;
}

export interface ComparisonEntry {
  ruleset: Ruleset;
  energyPeriods: EnergyPeriodUse[];
  result: FootprintResult;
  inputsSha256: string;
  greenTradeKWh: number;
  greenTradeKgCo2e: number;
  greenTradeWorthKgCo2e: number;
}

const day = (d: Date): string => new Date(d).toISOString().slice(0, 10);

/**
 * Batch carbon footprints (issue 3, docs/methods/electricity.md and docs/methods/footprint.md): builds the footprint document from the
 * batch, its model, its newest inputs, the park's energy over the production period, its
 * transport emissions and the factor rows; computes it (footprint-calculation.ts) and stores an
 * immutable version with the SHA-256 of the document. Reads are a fixed handful of queries,
 * whatever the size of the batch: nothing here reads units.
 */
@Injectable()
export class FootprintsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly energy: EnergyService,
  ) {}

  async calculateFootprint(actor: Actor, input: { batchId: string; rulesetId: string }): Promise<FootprintRow> {
    const batchId = requireId('input.batchId', input.batchId);
    const rulesetId = requireRuleset('input.rulesetId', input.rulesetId);
    return this.db.transaction(async (em) => {
      const ctx = await this.load(em, batchId, true, 'input.batchId');
      assertOwner(actor, ctx.batch.manufacturerId, `batch ${batchId}`, 'input.batchId');
      const fp = await this.writeVersion(em, actor, ctx, rulesetId);
      await this.audit.append(em, actor, {
        action: 'calculateFootprint',
        subjectType: 'Footprint',
        subjectId: fp.id,
        input: { batchId, rulesetId, version: fp.version, inputsSha256: fp.inputsSha256 },
      });
      return fp;
    });
  }

  /**
   * Re-runs the newest footprint's ruleset for a batch inside the caller's transaction, making a
   * new CALCULATED version (older versions become SUPERSEDED). Called by the export feature after
   * it writes batch_transport_emissions, so that DISTRIBUTION follows the recorded transport.
   * No-op (null) when the batch has no footprint yet. It checks no access and appends no audit
   * entry: the caller has authorized its own operation and records it in its own audit entry.
   * Throws BAD_USER_INPUT (with details.missing) if the inputs no longer suffice.
   */
  async recalculateLatest(em: EntityManager, actor: Actor, batchId: string): Promise<FootprintRow | null> {
    const latest: { rulesetId: string }[] = await em.query(
      'SELECT ruleset_id AS "rulesetId" FROM footprints WHERE batch_id = $1 ORDER BY version DESC LIMIT 1',
      [batchId],
    );
    if (!latest.length) return null;
    const rulesetId = requireRuleset('rulesetId', latest[0].rulesetId);
    const ctx = await this.load(em, batchId, true, 'batchId');
    return this.writeVersion(em, actor, ctx, rulesetId);
  }

  async declareFootprint(actor: Actor, input: { footprintId: string }): Promise<FootprintRow> {
    const id = requireId('input.footprintId', input.footprintId);
    return this.db.transaction(async (em) => {
      // Declaring freezes the batch's declared counts: hold its row as amendDeclaredCounts does,
      // taken before the footprint row (the order calculateFootprint locks them in).
      await em.query('SELECT 1 FROM batches WHERE id = (SELECT batch_id FROM footprints WHERE id = $1) FOR SHARE', [id]);
      const rows: { manufacturerId: string; status: string; version: number; latest: number; batchId: string }[] = await em.query(
        `SELECT f.manufacturer_id AS "manufacturerId", f.status, f.version, f.batch_id AS "batchId",
                (SELECT max(x.version) FROM footprints x WHERE x.batch_id = f.batch_id) AS latest
           FROM footprints f WHERE f.id = $1 FOR UPDATE`,
        [id],
      );
      if (!rows.length) throw notFound('Footprint', id, 'input.footprintId');
      const f = rows[0];
      assertWritesOwn(actor, f.manufacturerId, `footprint ${id}`, 'input.footprintId');
      if (f.status === 'DECLARED')
        throw conflict(`footprint ${id} (version ${f.version}) is already declared`, 'input.footprintId', 'ALREADY_DECLARED');
      if (f.status === 'SUPERSEDED' || f.version !== f.latest) {
        throw conflict(
          `footprint ${id} is version ${f.version}, superseded by version ${f.latest}: declare the newest version`,
          'input.footprintId',
          {
            latestVersion: f.latest,
          },
          'FOOTPRINT_SUPERSEDED',
        );
      }
      // TypeORM answers an UPDATE with [rows, affected].
      const [[row]]: [FootprintRow[], number] = await em.query(
        `UPDATE footprints SET status = 'DECLARED', declared_at = now(), declared_by = $2 WHERE id = $1 RETURNING ${FOOTPRINT_ROW_COLUMNS}`,
        [id, actorId(actor)],
      );
      await this.audit.append(em, actor, {
        action: 'declareFootprint',
        subjectType: 'Footprint',
        subjectId: id,
        input: { footprintId: id, batchId: f.batchId, version: f.version },
      });
      return row;
    });
  }

  /** One footprint: public once declared, else its owner and the administrator. */
  async footprint(actor: Actor, idRaw: string): Promise<FootprintRow> {
    const id = requireId('id', idRaw);
    const rows: FootprintRow[] = await this.db.query(`SELECT ${FOOTPRINT_ROW_COLUMNS} FROM footprints WHERE id = $1`, [id]);
    if (!rows.length) throw notFound('Footprint', id, 'id');
    assertCanSeeFootprint(actor, rows[0].manufacturerId, rows[0].declaredAt !== null);
    return rows[0];
  }

  /** Every version of a batch's footprint the actor may see, newest first. */
  async footprints(actor: Actor, batchIdRaw: string): Promise<FootprintRow[]> {
    const batchId = requireId('batchId', batchIdRaw);
    const rows: FootprintRow[] = await this.db.query(
      `SELECT ${FOOTPRINT_ROW_COLUMNS} FROM footprints WHERE batch_id = $1 ORDER BY version DESC`,
      [batchId],
    );
    return rows.filter((f) => canSeeFootprint(actor, f.manufacturerId, f.declaredAt !== null));
  }

  /** The newest footprint of a batch that was ever declared (public passport data), or null. */
  async latestDeclared(batchId: string): Promise<FootprintRow | null> {
    const rows: FootprintRow[] = await this.db.query(
      `SELECT ${FOOTPRINT_ROW_COLUMNS} FROM footprints WHERE batch_id = $1 AND declared_at IS NOT NULL ORDER BY version DESC LIMIT 1`,
      [batchId],
    );
    return rows[0] ?? null;
  }

  /** The stored footprint document (its inputs and evidence) for FOOTPRINT_INPUT_READERS; null for anyone else. */
  async inputsDocument(actor: Actor, f: Pick<FootprintRow, 'id' | 'manufacturerId' | 'batchId'>): Promise<FootprintDocument | null> {
    if (!canSeeFootprintInputs(actor, f.manufacturerId, await isAskedCertifier(this.db, actor, f.batchId))) return null;
    const [row]: { inputs: FootprintDocument }[] = await this.db.query('SELECT inputs FROM footprints WHERE id = $1', [f.id]);
    return row.inputs;
  }

  /** Factor rows a footprint used. */
  factorsOf(footprintId: string): Promise<FactorRow[]> {
    return this.db.query(
      `SELECT f.id, f.code, f.version, f.kind, f.name, f.unit, f.value, f.source
         FROM footprint_factor_uses u JOIN emission_factors f ON f.id = u.factor_id WHERE u.footprint_id = $1 ORDER BY f.code, f.version`,
      [footprintId],
    );
  }

  /**
   * The park-energy period versions a footprint was computed from, each with the current version
   * of its period (the same row unless a correction superseded it since).
   */
  energyPeriodsOf(footprintId: string): Promise<EnergyPeriodUse[]> {
    return this.db.query(
      `SELECT p.id AS "periodId", p.version, p.period_start::text AS "periodStart", p.period_end::text AS "periodEnd",
              p.superseded_by IS NOT NULL AS superseded,
              c.id AS "currentPeriodId", c.version AS "currentVersion", c.correction_reason AS "currentCorrectionReason"
         FROM footprint_energy_uses u
         JOIN park_energy_periods p ON p.id = u.period_id
         LEFT JOIN park_energy_periods c ON c.park_id = p.park_id AND c.period_start = p.period_start AND c.period_end = p.period_end
                                        AND c.superseded_by IS NULL
        WHERE u.footprint_id = $1
        ORDER BY p.period_start`,
      [footprintId],
    );
  }

  /** Recomputes a stored footprint from its stored document and compares numbers and hash. */
  async recompute(
    actor: Actor,
    idRaw: string,
  ): Promise<{
    footprintId: string;
    matches: boolean;
    storedSha256: string;
    recomputedSha256: string;
    storedKgCo2eAbsolute: number;
    recomputedKgCo2eAbsolute: number;
    differences: string[];
  }> {
    const f = await this.footprint(actor, idRaw);
    const [row]: { inputs: FootprintDocument }[] = await this.db.query('SELECT inputs FROM footprints WHERE id = $1', [f.id]);
    const recomputed = computeFootprint(row.inputs);
    const recomputedSha256 = digestOf(row.inputs);
    const differences: string[] = [];
    const cmp = (name: string, stored: number, again: number) => {
      if (stored !== again) differences.push(`${name}: stored ${stored}, recomputed ${again}`);
    };
    cmp('RAW_MATERIAL_ACQUISITION', f.rawMaterialKgCo2e, recomputed.stages.RAW_MATERIAL_ACQUISITION);
    cmp('MAIN_PRODUCTION', f.mainProductionKgCo2e, recomputed.stages.MAIN_PRODUCTION);
    cmp('DISTRIBUTION', f.distributionKgCo2e, recomputed.stages.DISTRIBUTION);
    cmp('END_OF_LIFE_RECYCLING', f.endOfLifeKgCo2e, recomputed.stages.END_OF_LIFE_RECYCLING);
    cmp('kgCo2eAbsolute', f.kgCo2eAbsolute, recomputed.kgCo2eAbsolute);
    cmp('kgCo2ePerKWhCapacity', f.kgCo2ePerKWhCapacity, recomputed.kgCo2ePerKWhCapacity);
    cmp('kgCo2ePerKWhLifetime', f.kgCo2ePerKWhLifetime, recomputed.kgCo2ePerKWhLifetime);
    if (canonicalJson(f.result) !== canonicalJson(recomputed)) differences.push('result breakdown');
    if (recomputedSha256 !== f.inputsSha256) differences.push('inputs_sha256');
    return {
      footprintId: f.id,
      matches: differences.length === 0,
      storedSha256: f.inputsSha256,
      recomputedSha256,
      storedKgCo2eAbsolute: f.kgCo2eAbsolute,
      recomputedKgCo2eAbsolute: recomputed.kgCo2eAbsolute,
      differences,
    };
  }

  /**
   * Per model and plant, the declared footprints (one per batch: a newer version supersedes the
   * older) summed per ruleset: per-kWh values weighted by delivered energy (Σ kg / Σ kWh).
   */
  async rollup(modelIdRaw: string, plantIdRaw: string, rulesetId?: string | null): Promise<RollupRow[]> {
    const modelId = requireId('modelId', modelIdRaw);
    const plantId = requireId('plantId', plantIdRaw);
    const params: unknown[] = [modelId, plantId];
    let extra = '';
    if (rulesetId) {
      params.push(requireRuleset('rulesetId', rulesetId));
      extra = ' AND ruleset_id = $3';
    }
    const rows: {
      rulesetId: string;
      batches: number;
      outputEnergyKWh: number;
      lifetimeEnergyKWh: number;
      kgCo2eAbsolute: number;
      raw: number;
      main: number;
      dist: number;
      eol: number;
    }[] = await this.db.query(
      `SELECT ruleset_id AS "rulesetId", count(*)::int AS batches, sum(output_energy_kwh) AS "outputEnergyKWh",
              sum(lifetime_energy_kwh) AS "lifetimeEnergyKWh", sum(kg_co2e_absolute) AS "kgCo2eAbsolute",
              sum(raw_material_kg_co2e) AS raw, sum(main_production_kg_co2e) AS main,
              sum(distribution_kg_co2e) AS dist, sum(end_of_life_kg_co2e) AS eol
         FROM footprints WHERE model_id = $1 AND plant_id = $2 AND status = 'DECLARED'${extra}
        GROUP BY ruleset_id ORDER BY ruleset_id`,
      params,
    );
    return rows.map((r) => ({
      modelId,
      plantId,
      rulesetId: r.rulesetId,
      batches: r.batches,
      outputEnergyKWh: r.outputEnergyKWh,
      lifetimeEnergyKWh: r.lifetimeEnergyKWh,
      kgCo2eAbsolute: r.kgCo2eAbsolute,
      stages: { RAW_MATERIAL_ACQUISITION: r.raw, MAIN_PRODUCTION: r.main, DISTRIBUTION: r.dist, END_OF_LIFE_RECYCLING: r.eol },
    }));
  }

  /** One batch under every ruleset, side by side, without writing anything (owner and administrator). */
  async compareRulesets(
    actor: Actor,
    batchIdRaw: string,
  ): Promise<{ batchId: string; nationalAverageKgCo2ePerKWh: number | null; entries: ComparisonEntry[] }> {
    const batchId = requireId('batchId', batchIdRaw);
    const em = this.db.manager;
    const ctx = await this.load(em, batchId, false, 'batchId');
    assertCanSeeFootprintInputs(actor, ctx.batch.manufacturerId, await isAskedCertifier(em, actor, batchId), 'RULESET_COMPARISON');
    const natCode = RULESETS.EU_CFB_DRAFT_2024.factorCodes[ctx.batch.country]?.NATIONAL_AVERAGE ?? null;
    let national: number | null = null;
    if (natCode) {
      const rows: { value: number }[] = await em.query('SELECT value FROM emission_factors WHERE code = $1 ORDER BY version DESC LIMIT 1', [
        natCode,
      ]);
      national = rows[0]?.value ?? null;
    }
    const entries: ComparisonEntry[] = [];
    const reasons = new Map<string, string | null>();
    for (const id of RULESET_IDS) {
      const doc = await this.buildDocument(em, ctx, id);
      const result = computeFootprint(doc);
      if (!reasons.size && doc.parkEnergy.length) {
        const rows: { id: string; reason: string | null }[] = await em.query(
          'SELECT id, correction_reason AS reason FROM park_energy_periods WHERE id = ANY($1::uuid[])',
          [doc.parkEnergy.map((p) => p.id)],
        );
        for (const r of rows) reasons.set(r.id, r.reason);
      }
      const gt = result.electricity.lines.find((l) => l.source === 'GREEN_TRADE');
      const greenTradeKWh = gt?.kWh ?? 0;
      const greenTradeKgCo2e = gt?.kgCo2e ?? 0;
      entries.push({
        ruleset: RULESETS[id],
        energyPeriods: doc.parkEnergy.map((p) => ({
          periodId: p.id,
          version: p.version ?? 1,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
          superseded: false,
          currentPeriodId: p.id,
          currentVersion: p.version ?? 1,
          currentCorrectionReason: reasons.get(p.id) ?? null,
        })),
        result,
        inputsSha256: digestOf(doc),
        greenTradeKWh,
        greenTradeKgCo2e,
        greenTradeWorthKgCo2e: national === null ? 0 : greenTradeKWh * national - greenTradeKgCo2e,
      });
    }
    return { batchId, nationalAverageKgCo2ePerKWh: national, entries };
  }

  // ---- internals -----------------------------------------------------------------------------

  /** The batch, model, park, newest inputs and transport rows in one query (locking the batch row when writing). */
  private async load(em: EntityManager, batchId: string, lock: boolean, field: string): Promise<BatchContext> {
    const rows: LoadedRow[] = await em.query(
      `SELECT b.id, b.batch_number AS "batchNumber", b.manufacturer_id AS "manufacturerId", b.model_id AS "modelId",
              b.plant_id AS "plantId", b.production_start AS "productionStart", b.production_end AS "productionEnd",
              b.declared_pack_count AS "declaredPackCount",
              (SELECT count(*)::int FROM units u WHERE u.batch_id = b.id AND u.kind = ${UNIT_KIND_CODE.PACK}) AS "registeredPackCount",
              m.name AS "modelName", m.chemistry, m.vehicle_category AS "vehicleCategory", m.nominal_energy_kwh AS "nominalEnergyKWh",
              m.usable_energy_kwh AS "usableEnergyKWh", m.mass_kg AS "massKg", m.warranty_years AS "warrantyYears",
              m.warranty_km AS "warrantyKm", p.park_id AS "parkId", pk.code AS "parkCode", pk.country,
              (SELECT coalesce(max(f.version), 0) FROM footprints f WHERE f.batch_id = b.id) AS "maxVersion",
              (SELECT json_build_object('id', i.id, 'version', i.version, 'document', i.document)
                 FROM batch_footprint_inputs i WHERE i.batch_id = b.id ORDER BY i.version DESC LIMIT 1) AS inputs,
              (SELECT coalesce(json_agg(json_build_object('id', t.id, 'shipmentId', t.shipment_id, 'source', t.source, 'co2eKg', t.co2e_kg,
                                                          'packCount', (SELECT coalesce(sum(l.pack_count), 0)::int FROM shipment_cargo_lines l
                                                                         WHERE l.shipment_id = t.shipment_id AND l.batch_id = t.batch_id
                                                                           AND l.unit_kind = ${UNIT_KIND_CODE.PACK}))
                                        ORDER BY t.computed_at, t.id), '[]'::json)
                 FROM batch_transport_emissions t WHERE t.batch_id = b.id) AS transport
         FROM batches b
         JOIN battery_models m ON m.id = b.model_id
         JOIN plants p ON p.id = b.plant_id
         JOIN parks pk ON pk.id = p.park_id
        WHERE b.id = $1${lock ? ' FOR UPDATE OF b' : ''}`,
      [batchId],
    );
    if (!rows.length) throw notFound('Batch', batchId, field);
    const r = rows[0];
    return {
      batch: {
        id: r.id,
        batchNumber: r.batchNumber,
        manufacturerId: r.manufacturerId,
        modelId: r.modelId,
        plantId: r.plantId,
        parkId: r.parkId,
        parkCode: r.parkCode,
        country: r.country,
        productionStart: new Date(r.productionStart).toISOString(),
        productionEnd: new Date(r.productionEnd).toISOString(),
        declaredPackCount: r.declaredPackCount,
        registeredPackCount: r.registeredPackCount,
      },
      model: {
        id: r.modelId,
        name: r.modelName,
        chemistry: r.chemistry,
        vehicleCategory: r.vehicleCategory,
        nominalEnergyKWh: r.nominalEnergyKWh,
        usableEnergyKWh: r.usableEnergyKWh,
        massKg: r.massKg,
        warrantyYears: r.warrantyYears,
        warrantyKm: r.warrantyKm,
      },
      maxVersion: r.maxVersion,
      inputs: r.inputs,
      transport: r.transport,
    };
  }

  /**
   * The complete footprint document for a ruleset, or BAD_USER_INPUT listing exactly what is
   * missing (details.missing), before anything is written.
   */
  private async buildDocument(em: EntityManager, ctx: BatchContext, rulesetId: RulesetId): Promise<FootprintDocument> {
    const ruleset = RULESETS[rulesetId];
    const data = ctx.inputs?.document ?? null;
    const window = { from: day(new Date(ctx.batch.productionStart)), to: day(new Date(ctx.batch.productionEnd)) };
    const periods = await this.energy.periodsOverlapping(em, ctx.batch.parkId, window);
    const gaps = uncoveredDays(window.from, window.to, periods);

    // Roles the park's supplies need under this ruleset.
    const sourcesPresent = ELECTRICITY_SOURCES.filter((s) => periods.some((p) => p.supplies.some((x) => x.source === s && x.kWh > 0)));
    const roles = [...new Set(sourcesPresent.map((s) => ruleset.electricity[s]))];
    const codes = ruleset.factorCodes[ctx.batch.country] ?? null;
    const wantedCodes = codes ? roles.map((role) => codes[role]) : [];
    const refIds = data
      ? [...data.materials.map((m) => m.factorId), ...data.processEnergy.map((p) => p.factorId), data.endOfLife?.factorId ?? null].filter(
          (x): x is string => x !== null,
        )
      : [];
    const factorRows: (FactorRow & { via: 'id' | 'code' })[] = await em.query(
      `SELECT id, code, version, kind, name, unit, value, source, 'id' AS via FROM emission_factors WHERE id = ANY($1::uuid[])
       UNION ALL
       (SELECT DISTINCT ON (code) id, code, version, kind, name, unit, value, source, 'code' AS via
          FROM emission_factors WHERE code = ANY($2::text[]) AND kind = 'ELECTRICITY' ORDER BY code, version DESC)`,
      [[...new Set(refIds)], wantedCodes],
    );
    const byCode = new Map(factorRows.filter((f) => f.via === 'code').map((f) => [f.code, f]));
    const electricityFactorIds: Partial<Record<FactorRole, string>> = {};
    const missingFactors: CompletenessContext['missingFactors'] = [];
    for (const role of roles) {
      const code = codes?.[role] ?? null;
      const row = code ? byCode.get(code) : undefined;
      if (row) electricityFactorIds[role] = row.id;
      else missingFactors.push({ role, code, country: ctx.batch.country, rulesetId });
    }
    const packsTotal = (ctx.batch.registeredPackCount ?? 0) > 0 ? ctx.batch.registeredPackCount! : ctx.batch.declaredPackCount;
    const packsShipped = ctx.transport.reduce((a, t) => a + (t.packCount ?? 0), 0);
    const missing = missingInputs({
      batchNumber: ctx.batch.batchNumber,
      inputs: data,
      declaredPackCount: packsTotal,
      unshippedPacks: packsTotal > 0 ? Math.max(0, packsTotal - packsShipped) : null,
      model: { name: ctx.model.name, vehicleCategory: ctx.model.vehicleCategory },
      transportRowCount: ctx.transport.length,
      parkCode: ctx.batch.parkCode,
      parkEnergyGaps: gaps,
      missingFactors,
    });
    if (missing.length) {
      throw new AppError(
        'BAD_USER_INPUT',
        `the footprint inputs of batch ${ctx.batch.batchNumber} are incomplete: ${missing.map((m) => `${m.item}: ${m.reason}`).join('; ')}`,
        'input.batchId',
        { missing },
        'FOOTPRINT_INPUTS_INCOMPLETE',
      );
    }
    const factorsById = new Map<string, FactorRow>();
    for (const f of factorRows) {
      factorsById.set(f.id, {
        id: f.id,
        code: f.code,
        version: f.version,
        kind: f.kind,
        name: f.name,
        unit: f.unit,
        value: f.value,
        source: f.source,
      });
    }
    const { modelId: _modelId, ...batch } = ctx.batch;
    return {
      format: FOOTPRINT_DOCUMENT_FORMAT,
      rulesetId,
      ruleset: {
        electricity: ruleset.electricity,
        electricityFactorIds,
        fullEquivalentCyclesPerYear: ruleset.fullEquivalentCyclesPerYear,
        evConsumptionKWhPer100Km: ruleset.evConsumptionKWhPer100Km,
        performanceClasses: ruleset.performanceClasses,
      },
      batch,
      model: ctx.model,
      inputs: { id: ctx.inputs!.id, version: ctx.inputs!.version, data: data! },
      parkEnergy: periods.map((p) => ({
        id: p.id,
        version: p.version,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        totalKWh: p.totalKWh,
        supplies: p.supplies.map((s) => ({ source: s.source, kWh: s.kWh, meterIds: s.meterIds, gecSerials: s.gecSerials })),
      })),
      transport: ctx.transport,
      factors: [...factorsById.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
  }

  private async writeVersion(em: EntityManager, actor: Actor, ctx: BatchContext, rulesetId: RulesetId): Promise<FootprintRow> {
    const doc = await this.buildDocument(em, ctx, rulesetId);
    const result = computeFootprint(doc);
    // JSON and the float columns would keep NaN or ±Infinity as null or refuse it: fail the calculation instead.
    const bad = nonFinitePaths(result);
    if (bad.length > 0) {
      throw badInput(
        'input.batchId',
        `the footprint of batch ${ctx.batch.batchNumber} computes ${bad.slice(0, 5).join(', ')} beyond what a number can hold; ` +
          'check the recorded inputs and the battery model figures (nothing was written)',
        { nonFinite: bad.slice(0, 20) },
      );
    }
    const inputsSha256 = digestOf(doc);
    const [fp]: FootprintRow[] = await em.query(
      `INSERT INTO footprints (batch_id, manufacturer_id, model_id, plant_id, version, ruleset_id,
                               raw_material_kg_co2e, main_production_kg_co2e, distribution_kg_co2e, end_of_life_kg_co2e,
                               kg_co2e_absolute, kg_co2e_per_kwh_capacity, kg_co2e_per_kwh_lifetime, output_energy_kwh,
                               lifetime_energy_kwh, distribution_is_estimate, inputs_id, inputs, result, inputs_sha256, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, $19::jsonb, $20, $21)
       RETURNING ${FOOTPRINT_ROW_COLUMNS}`,
      [
        ctx.batch.id,
        ctx.batch.manufacturerId,
        ctx.batch.modelId,
        ctx.batch.plantId,
        ctx.maxVersion + 1,
        rulesetId,
        result.stages.RAW_MATERIAL_ACQUISITION,
        result.stages.MAIN_PRODUCTION,
        result.stages.DISTRIBUTION,
        result.stages.END_OF_LIFE_RECYCLING,
        result.kgCo2eAbsolute,
        result.kgCo2ePerKWhCapacity,
        result.kgCo2ePerKWhLifetime,
        result.outputEnergyKWh,
        result.lifetimeEnergyKWh,
        result.distribution.isEstimate,
        doc.inputs.id,
        JSON.stringify(doc),
        JSON.stringify(result),
        inputsSha256,
        actorId(actor) ?? 'system',
      ],
    );
    if (doc.parkEnergy.length) {
      await em.query('INSERT INTO footprint_energy_uses (footprint_id, period_id) SELECT $1, unnest($2::uuid[])', [
        fp.id,
        doc.parkEnergy.map((p) => p.id),
      ]);
    }
    if (result.factorIds.length) {
      await em.query('INSERT INTO footprint_factor_uses (footprint_id, factor_id) SELECT $1, unnest($2::uuid[])', [
        fp.id,
        result.factorIds,
      ]);
    }
    await em.query(
      `UPDATE footprints SET status = 'SUPERSEDED', superseded_at = now(), superseded_by = $2
        WHERE batch_id = $1 AND id <> $2 AND status <> 'SUPERSEDED'`,
      [ctx.batch.id, fp.id],
    );
    return fp;
  }
}

function requireRuleset(field: string, id: string): RulesetId {
  if (!isRulesetId(id)) throw badInput(field, `unknown ruleset "${String(id).slice(0, 60)}"; known: ${RULESET_IDS.join(', ')}`);
  return id;
}
