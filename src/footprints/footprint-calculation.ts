import { ELECTRICITY_SOURCES, ElectricitySource } from '../energy/electricity-source';
import { dataQualityRating } from './data-quality';
import { DistributionPart, MissingEstimateError, splitDistribution } from './distribution-split';
import { FactorRow, FootprintDocument, LEGACY_FOOTPRINT_DOCUMENT_FORMAT, LifecycleStage } from './footprint-document';
import { FunctionalUnit, functionalUnit } from './functional-unit';
import { FactorRole, performanceClassOf } from './rulesets';

/**
 * The footprint of a batch from its document (footprint-document.ts), per EU 2023/1542 Annex II
 * stages (docs/methods/footprint.md). Pure and deterministic: the same document always gives the same numbers.
 *
 * - RAW_MATERIAL_ACQUISITION = Σ material mass kg × kg CO2e per kg (factor row or declared value)
 * - MAIN_PRODUCTION = the batch's electricity, split by the park's supply mix over the production
 *   period and counted with the factor each source takes under the ruleset (docs/methods/electricity.md), plus
 *   other process energy × its factor
 * - DISTRIBUTION = Σ recorded transport emissions of the packs shipped + the declared estimate
 *   pro rata for the packs not yet shipped (distribution-split.ts), each part labelled
 * - END_OF_LIFE_RECYCLING = factor (kg CO2e per kg battery) × battery mass, or a declared total
 *
 * Three units, never mixed: kgCo2eAbsolute (the batch), kgCo2ePerKWhCapacity (per kWh of output
 * capacity) and kgCo2ePerKWhLifetime (per kWh of lifetime energy, the EU declared value). Offsets
 * are reported apart and never deducted.
 */
export interface ElectricityLine {
  source: ElectricitySource;
  /** share of the park's supply over the production period */
  share: number;
  kWh: number;
  role: FactorRole;
  factorId: string;
  factorCode: string;
  kgCo2ePerKWh: number;
  kgCo2e: number;
}

export interface FootprintResult {
  stages: Record<LifecycleStage, number>;
  kgCo2eAbsolute: number;
  kgCo2ePerKWhCapacity: number;
  kgCo2ePerKWhLifetime: number;
  /** kg CO2e of one battery of the model (absolute per battery = per kWh capacity × nominal kWh). */
  kgCo2ePerBattery: number;
  outputEnergyKWh: number;
  batteryEquivalents: number;
  lifetimeEnergyKWh: number;
  functionalUnit: FunctionalUnit & { fullEquivalentCyclesSource: 'RULESET' | 'DECLARED' };
  electricity: {
    batchKWh: number;
    basis: 'METERED' | 'ALLOCATED';
    /** batch output energy / plant output energy, when allocated */
    allocationShare: number | null;
    parkKWh: number;
    kgCo2e: number;
    lines: ElectricityLine[];
  };
  processEnergy: {
    kgCo2e: number;
    lines: { name: string; energyKWh: number; factorId: string | null; kgCo2ePerKWh: number; kgCo2e: number }[];
  };
  materials: {
    massKg: number;
    recycledMassKg: number;
    kgCo2e: number;
    lines: { material: string; massKg: number; factorId: string | null; kgCo2ePerKg: number; recycledShare: number; kgCo2e: number }[];
  };
  distribution: {
    kgCo2e: number;
    isEstimate: boolean;
    basis: string;
    transportRowIds: string[];
    /** @2 documents: the labelled parts and the packs shipped of the packs counted */
    parts?: DistributionPart[];
    packsTotal?: number;
    packsShipped?: number;
  };
  /** @2 documents: the pack count the output energy rests on (registered packs, else declared) */
  packCount?: { count: number; basis: 'REGISTERED' | 'DECLARED' };
  endOfLife: {
    kgCo2e: number;
    basis: 'FACTOR' | 'DECLARED';
    factorId: string | null;
    kgCo2ePerKg: number | null;
    batteryMassKg: number | null;
  };
  dataQualityRating: number | null;
  performanceClass: string | null;
  offsets: { kgCo2e: number; scheme: string; deducted: false } | null;
  factorIds: string[];
}

export class IncompleteDocumentError extends Error {}

function need<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new IncompleteDocumentError(`the footprint document has no ${what}`);
  return v;
}

export function computeFootprint(doc: FootprintDocument): FootprintResult {
  const factors = new Map<string, FactorRow>(doc.factors.map((f) => [f.id, f]));
  const factor = (id: string, what: string): FactorRow => need(factors.get(id), `factor row ${id} (${what})`);
  const { model, batch } = doc;
  const inputs = doc.inputs.data;
  const legacy = doc.format === LEGACY_FOOTPRINT_DOCUMENT_FORMAT;

  // Output and functional unit: the registered packs, else (none registered yet) the declared count.
  const registeredPacks = batch.registeredPackCount ?? 0;
  const packCount = legacy
    ? null
    : registeredPacks > 0
      ? { count: registeredPacks, basis: 'REGISTERED' as const }
      : { count: batch.declaredPackCount, basis: 'DECLARED' as const };
  const outputEnergyKWh = inputs.outputEnergyKWh ?? (packCount?.count ?? batch.declaredPackCount) * model.nominalEnergyKWh;
  if (!(outputEnergyKWh > 0)) throw new IncompleteDocumentError('the footprint document has no output energy');
  const batteryEquivalents = outputEnergyKWh / model.nominalEnergyKWh;
  const vc = model.vehicleCategory;
  const fec = vc ? doc.ruleset.fullEquivalentCyclesPerYear[vc] : need(inputs.declaredFullEquivalentCycles, 'declared cycles').cyclesPerYear;
  const fu = functionalUnit({
    usableEnergyKWh: model.usableEnergyKWh,
    fullEquivalentCyclesPerYear: fec,
    warrantyYears: model.warrantyYears,
    warrantyKm: model.warrantyKm,
    evConsumptionKWhPer100Km: vc ? (doc.ruleset.evConsumptionKWhPer100Km[vc] ?? null) : null,
  });
  const lifetimeEnergyKWh = batteryEquivalents * fu.lifetimeEnergyKWhPerBattery;

  // RAW_MATERIAL_ACQUISITION
  let materialKg = 0;
  let materialMassKg = 0;
  let recycledMassKg = 0;
  const materialLines = inputs.materials.map((m) => {
    const perKg = m.factorId !== null ? factor(m.factorId, m.material).value : need(m.declaredKgCo2ePerKg, `factor of ${m.material}`);
    const kg = m.massKg * perKg;
    materialKg += kg;
    materialMassKg += m.massKg;
    recycledMassKg += m.massKg * m.recycledShare;
    return { material: m.material, massKg: m.massKg, factorId: m.factorId, kgCo2ePerKg: perKg, recycledShare: m.recycledShare, kgCo2e: kg };
  });

  // MAIN_PRODUCTION: electricity
  const e = need(inputs.electricity, 'electricity');
  let batchKWh: number;
  let allocationShare: number | null = null;
  if (e.meteredKWh !== null) {
    batchKWh = e.meteredKWh;
  } else {
    allocationShare = outputEnergyKWh / need(e.plantOutputEnergyKWh, 'plant output energy');
    batchKWh = need(e.plantMeteredKWh, 'plant metered kWh') * allocationShare;
  }
  const parkBySource = Object.fromEntries(ELECTRICITY_SOURCES.map((s) => [s, 0])) as Record<ElectricitySource, number>;
  let parkKWh = 0;
  for (const p of doc.parkEnergy) {
    parkKWh += p.totalKWh;
    for (const s of p.supplies) parkBySource[s.source] += s.kWh;
  }
  let electricityKg = 0;
  const electricityLines: ElectricityLine[] = [];
  if (batchKWh > 0) {
    if (!(parkKWh > 0)) throw new IncompleteDocumentError('the footprint document has no park energy');
    for (const source of ELECTRICITY_SOURCES) {
      if (parkBySource[source] <= 0) continue;
      const share = parkBySource[source] / parkKWh;
      const kWh = batchKWh * share;
      const role = doc.ruleset.electricity[source];
      const f = factor(need(doc.ruleset.electricityFactorIds[role], `${role} electricity factor`), `${role} electricity`);
      const kg = kWh * f.value;
      electricityKg += kg;
      electricityLines.push({ source, share, kWh, role, factorId: f.id, factorCode: f.code, kgCo2ePerKWh: f.value, kgCo2e: kg });
    }
  }
  let processKg = 0;
  const processLines = inputs.processEnergy.map((p) => {
    const perKWh = p.factorId !== null ? factor(p.factorId, p.name).value : need(p.declaredKgCo2ePerKWh, `factor of ${p.name}`);
    const kg = p.energyKWh * perKWh;
    processKg += kg;
    return { name: p.name, energyKWh: p.energyKWh, factorId: p.factorId, kgCo2ePerKWh: perKWh, kgCo2e: kg };
  });

  // DISTRIBUTION
  let distribution: FootprintResult['distribution'];
  if (packCount && packCount.count > 0) {
    let split;
    try {
      split = splitDistribution({
        packsTotal: packCount.count,
        transport: doc.transport.map((t) => ({ co2eKg: t.co2eKg, packCount: t.packCount ?? 0 })),
        estimate: inputs.distributionEstimate,
      });
    } catch (err) {
      if (err instanceof MissingEstimateError)
        throw new IncompleteDocumentError(`the footprint document has no distribution estimate: ${err.message}`);
      throw err;
    }
    distribution = {
      kgCo2e: split.kgCo2e,
      isEstimate: split.isEstimate,
      basis: split.basis,
      transportRowIds: doc.transport.map((t) => t.id),
      parts: split.parts,
      packsTotal: split.packsTotal,
      packsShipped: split.packsShipped,
    };
  } else if (doc.transport.length > 0) {
    let kg = 0;
    for (const t of doc.transport) kg += t.co2eKg;
    distribution = {
      kgCo2e: kg,
      isEstimate: false,
      basis: `transport emissions recorded for the batch (${doc.transport.length} row(s), GLEC / ISO 14083)`,
      transportRowIds: doc.transport.map((t) => t.id),
    };
  } else {
    const est = need(inputs.distributionEstimate, 'distribution estimate');
    distribution = { kgCo2e: est.kgCo2e, isEstimate: true, basis: est.basis, transportRowIds: [] };
  }

  // END_OF_LIFE_RECYCLING
  const eol = need(inputs.endOfLife, 'end of life');
  let endOfLife: FootprintResult['endOfLife'];
  if (eol.factorId !== null) {
    const f = factor(eol.factorId, 'end of life');
    const batteryMassKg = model.massKg * batteryEquivalents;
    endOfLife = { kgCo2e: f.value * batteryMassKg, basis: 'FACTOR', factorId: f.id, kgCo2ePerKg: f.value, batteryMassKg };
  } else {
    endOfLife = {
      kgCo2e: need(eol.declaredKgCo2e, 'end-of-life value'),
      basis: 'DECLARED',
      factorId: null,
      kgCo2ePerKg: null,
      batteryMassKg: null,
    };
  }

  const stages: Record<LifecycleStage, number> = {
    RAW_MATERIAL_ACQUISITION: materialKg,
    MAIN_PRODUCTION: electricityKg + processKg,
    DISTRIBUTION: distribution.kgCo2e,
    END_OF_LIFE_RECYCLING: endOfLife.kgCo2e,
  };
  const kgCo2eAbsolute = stages.RAW_MATERIAL_ACQUISITION + stages.MAIN_PRODUCTION + stages.DISTRIBUTION + stages.END_OF_LIFE_RECYCLING;
  const kgCo2ePerKWhCapacity = kgCo2eAbsolute / outputEnergyKWh;
  const kgCo2ePerKWhLifetime = kgCo2eAbsolute / lifetimeEnergyKWh;

  return {
    ...(packCount ? { packCount } : {}),
    stages,
    kgCo2eAbsolute,
    kgCo2ePerKWhCapacity,
    kgCo2ePerKWhLifetime,
    kgCo2ePerBattery: kgCo2ePerKWhCapacity * model.nominalEnergyKWh,
    outputEnergyKWh,
    batteryEquivalents,
    lifetimeEnergyKWh,
    functionalUnit: { ...fu, fullEquivalentCyclesSource: vc ? 'RULESET' : 'DECLARED' },
    electricity: {
      batchKWh,
      basis: e.meteredKWh !== null ? 'METERED' : 'ALLOCATED',
      allocationShare,
      parkKWh,
      kgCo2e: electricityKg,
      lines: electricityLines,
    },
    processEnergy: { kgCo2e: processKg, lines: processLines },
    materials: { massKg: materialMassKg, recycledMassKg, kgCo2e: materialKg, lines: materialLines },
    distribution,
    endOfLife,
    dataQualityRating: inputs.dataQuality ? dataQualityRating(inputs.dataQuality) : null,
    performanceClass: performanceClassOf(doc.ruleset, kgCo2ePerKWhLifetime),
    offsets: inputs.offsets ? { kgCo2e: inputs.offsets.kgCo2e, scheme: inputs.offsets.scheme, deducted: false } : null,
    factorIds: doc.factors.map((f) => f.id),
  };
}
