import type { FootprintResult } from './footprint-calculation';
import { LIFECYCLE_STAGES, LifecycleStage } from './footprint-document';
import type { FootprintRow } from './footprint.entity';
import type { ComparisonEntry, RollupRow } from './footprints.service';
import type {
  ElectricityBreakdownModel,
  FootprintModel,
  FootprintRollupModel,
  FootprintStageModel,
  RulesetComparisonEntryModel,
  RulesetModel,
} from './footprint.model';
import { Ruleset } from './rulesets';

/** Mapping of stored footprints to their GraphQL shape (no logic beyond division into the three units). */
export function stagesOf(stages: Record<LifecycleStage, number>, outputKWh: number, lifetimeKWh: number): FootprintStageModel[] {
  return LIFECYCLE_STAGES.map((stage) => ({
    stage,
    kgCo2e: stages[stage],
    kgCo2ePerKWhCapacity: stages[stage] / outputKWh,
    kgCo2ePerKWhLifetime: stages[stage] / lifetimeKWh,
  }));
}

export function electricityOf(r: FootprintResult): ElectricityBreakdownModel {
  return { ...r.electricity, lines: r.electricity.lines.map((l) => ({ ...l })) };
}

export function toFootprintModel(f: FootprintRow): FootprintModel {
  const r = f.result;
  return {
    id: f.id,
    batchId: f.batchId,
    manufacturerId: f.manufacturerId,
    modelId: f.modelId,
    plantId: f.plantId,
    version: f.version,
    rulesetId: f.rulesetId,
    status: f.status,
    stages: stagesOf(r.stages, f.outputEnergyKWh, f.lifetimeEnergyKWh),
    kgCo2eAbsolute: f.kgCo2eAbsolute,
    kgCo2ePerKWhCapacity: f.kgCo2ePerKWhCapacity,
    kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
    kgCo2ePerBattery: r.kgCo2ePerBattery,
    outputEnergyKWh: f.outputEnergyKWh,
    batteryEquivalents: r.batteryEquivalents,
    lifetimeEnergyKWh: f.lifetimeEnergyKWh,
    functionalUnit: r.functionalUnit,
    electricity: electricityOf(r),
    processEnergyKgCo2e: r.processEnergy.kgCo2e,
    materialsMassKg: r.materials.massKg,
    recycledContentShare: r.materials.massKg > 0 ? r.materials.recycledMassKg / r.materials.massKg : 0,
    distributionIsEstimate: f.distributionIsEstimate,
    distributionBasis: r.distribution.basis,
    distributionParts: (r.distribution.parts ?? []).map((x) => ({ ...x })),
    packCount: r.packCount?.count ?? null,
    packCountBasis: r.packCount?.basis ?? null,
    endOfLifeBasis: r.endOfLife.basis,
    dataQualityRating: r.dataQualityRating,
    performanceClass: r.performanceClass,
    offsetsKgCo2e: r.offsets?.kgCo2e ?? null,
    factorIds: r.factorIds,
    inputsSha256: f.inputsSha256,
    createdAt: f.createdAt,
    declaredAt: f.declaredAt,
    supersededAt: f.supersededAt,
    supersededBy: f.supersededBy,
  };
}

export function toRollupModel(r: RollupRow): FootprintRollupModel {
  return {
    modelId: r.modelId,
    plantId: r.plantId,
    rulesetId: r.rulesetId,
    batches: r.batches,
    outputEnergyKWh: r.outputEnergyKWh,
    lifetimeEnergyKWh: r.lifetimeEnergyKWh,
    kgCo2eAbsolute: r.kgCo2eAbsolute,
    kgCo2ePerKWhCapacity: r.kgCo2eAbsolute / r.outputEnergyKWh,
    kgCo2ePerKWhLifetime: r.kgCo2eAbsolute / r.lifetimeEnergyKWh,
    stages: stagesOf(r.stages, r.outputEnergyKWh, r.lifetimeEnergyKWh),
  };
}

export function toComparisonEntryModel(e: ComparisonEntry): RulesetComparisonEntryModel {
  const r = e.result;
  return {
    rulesetId: e.ruleset.id,
    title: e.ruleset.title,
    stages: stagesOf(r.stages, r.outputEnergyKWh, r.lifetimeEnergyKWh),
    kgCo2eAbsolute: r.kgCo2eAbsolute,
    kgCo2ePerKWhCapacity: r.kgCo2ePerKWhCapacity,
    kgCo2ePerKWhLifetime: r.kgCo2ePerKWhLifetime,
    electricity: electricityOf(r),
    greenTradeKWh: e.greenTradeKWh,
    greenTradeKgCo2e: e.greenTradeKgCo2e,
    greenTradeWorthKgCo2e: e.greenTradeWorthKgCo2e,
    inputsSha256: e.inputsSha256,
    energyPeriods: e.energyPeriods,
  };
}

export function toRulesetModel(r: Ruleset): RulesetModel {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    source: r.source,
    electricity: Object.entries(r.electricity).map(([source, role]) => ({ source: source as keyof Ruleset['electricity'], role })),
    factorCodes: Object.entries(r.factorCodes).flatMap(([country, roles]) =>
      Object.entries(roles).map(([role, code]) => ({ country, role, code })),
    ),
    cycles: Object.entries(r.fullEquivalentCyclesPerYear).map(([vc, fec]) => ({
      vehicleCategory: vc,
      fullEquivalentCyclesPerYear: fec,
      evConsumptionKWhPer100Km: r.evConsumptionKWhPer100Km[vc as keyof Ruleset['evConsumptionKWhPer100Km']] ?? null,
    })),
    performanceClassCount: r.performanceClasses.length,
  };
}
