import type { Chemistry, VehicleCategory } from '../battery-models/battery-model.types';
import type { ElectricitySource } from '../energy/electricity-source';
import type { FactorKind } from '../emission-factors/factor-kinds';
import type { DataQualityRatings } from './data-quality';
import type { FactorRole, PerformanceClassBoundary, RulesetId } from './rulesets';

/**
 * The footprint document: everything a footprint is computed from, in one plain JSON value. It is
 * stored with the footprint (footprints.inputs), its canonical-JSON SHA-256 is the footprint's
 * inputs_sha256, and computeFootprint(document) gives the footprint's numbers, so anyone holding
 * the document (a certifier) recomputes them to the last digit. Dates are ISO strings and absent
 * values are null (never undefined), so the document survives a JSON round trip unchanged.
 */
export const FOOTPRINT_DOCUMENT_FORMAT = 'battrace/footprint-inputs@2';
/**
 * @1 documents (stored before registered counts and pro-rata DISTRIBUTION) are still computed
 * exactly as they were: a stored footprint always recomputes to its own numbers.
 */
export const LEGACY_FOOTPRINT_DOCUMENT_FORMAT = 'battrace/footprint-inputs@1';
export type FootprintDocumentFormat = typeof FOOTPRINT_DOCUMENT_FORMAT | typeof LEGACY_FOOTPRINT_DOCUMENT_FORMAT;

/** The four stages of EU 2023/1542 Annex II (use phase excluded), docs/methods/footprint.md. */
export const LIFECYCLE_STAGES = ['RAW_MATERIAL_ACQUISITION', 'MAIN_PRODUCTION', 'DISTRIBUTION', 'END_OF_LIFE_RECYCLING'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** What the manufacturer records for a batch (recordFootprintInputs). */
export interface MaterialLine {
  material: string;
  supplierName: string | null;
  supplierOrganizationId: string | null;
  originCountry: string;
  massKg: number;
  /** an emission factor row of kind MATERIAL, or null with a declared value. */
  factorId: string | null;
  declaredKgCo2ePerKg: number | null;
  evidence: string | null;
  /** 0..1, reported; no credit is computed from it (no method is adopted: the factor covers the material as supplied). */
  recycledShare: number;
}

export interface ElectricityInputs {
  /** metered kWh for the batch, or null when allocated. */
  meteredKWh: number | null;
  /** the plant's metered kWh over the production period, allocated by the batch's share of output energy. */
  plantMeteredKWh: number | null;
  plantOutputEnergyKWh: number | null;
  meterIds: string[];
}

export interface ProcessEnergyLine {
  name: string;
  energyKWh: number;
  factorId: string | null;
  declaredKgCo2ePerKWh: number | null;
  evidence: string | null;
}

export interface EndOfLifeInputs {
  /** a factor of kind END_OF_LIFE in kg CO2e per kg of battery, or null with a declared total. */
  factorId: string | null;
  declaredKgCo2e: number | null;
  evidence: string | null;
}

export interface BatchInputs {
  /**
   * kWh of capacity the batch delivers; null = its pack count × the model's nominal energy (the
   * registered packs, or the declared count while none is registered).
   */
  outputEnergyKWh: number | null;
  materials: MaterialLine[];
  electricity: ElectricityInputs | null;
  processEnergy: ProcessEnergyLine[];
  endOfLife: EndOfLifeInputs | null;
  /** used for DISTRIBUTION until transport emissions are recorded for the batch. */
  distributionEstimate: { kgCo2e: number; basis: string } | null;
  /** for models without a vehicle category: "other: declared and justified" (docs/methods/footprint.md). */
  declaredFullEquivalentCycles: { cyclesPerYear: number; justification: string } | null;
  dataQuality: DataQualityRatings | null;
  /** recorded apart; never deducted (docs/methods/footprint.md). */
  offsets: { kgCo2e: number; scheme: string } | null;
}

export interface FactorRow {
  id: string;
  code: string;
  version: number;
  kind: FactorKind;
  name: string;
  unit: string;
  value: number;
  source: string;
}

export interface ParkEnergyPeriodDoc {
  /** the id of the period version used (a correction is a new version with a new id) */
  id: string;
  /** @2: the version number of that period (1 = as first recorded) */
  version?: number;
  periodStart: string;
  periodEnd: string;
  totalKWh: number;
  supplies: { source: ElectricitySource; kWh: number; meterIds: string[]; gecSerials: string[] }[];
}

export interface TransportEmissionDoc {
  id: string;
  shipmentId: string | null;
  source: string;
  co2eKg: number;
  /** @2: packs of the batch carried by that shipment (0 for loose cells or modules, or no shipment) */
  packCount?: number;
}

export interface FootprintDocument {
  format: FootprintDocumentFormat;
  rulesetId: RulesetId;
  ruleset: {
    electricity: Record<ElectricitySource, FactorRole>;
    /** the factor row id playing each role the ruleset uses, for the park's country. */
    electricityFactorIds: Partial<Record<FactorRole, string>>;
    fullEquivalentCyclesPerYear: Record<VehicleCategory, number>;
    evConsumptionKWhPer100Km: Partial<Record<VehicleCategory, number>>;
    performanceClasses: PerformanceClassBoundary[];
  };
  batch: {
    id: string;
    batchNumber: string;
    manufacturerId: string;
    plantId: string;
    parkId: string;
    parkCode: string;
    country: string;
    productionStart: string;
    productionEnd: string;
    declaredPackCount: number;
    /** @2: units of kind PACK registered for the batch when the document was built */
    registeredPackCount?: number;
  };
  model: {
    id: string;
    name: string;
    chemistry: Chemistry;
    vehicleCategory: VehicleCategory | null;
    nominalEnergyKWh: number;
    usableEnergyKWh: number;
    massKg: number;
    warrantyYears: number;
    warrantyKm: number | null;
  };
  inputs: { id: string; version: number; data: BatchInputs };
  parkEnergy: ParkEnergyPeriodDoc[];
  transport: TransportEmissionDoc[];
  /** every factor row used, sorted by id. */
  factors: FactorRow[];
}
