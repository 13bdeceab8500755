import type { BatteryCategory, Chemistry } from '../battery-models/battery-model.types';
import type { BatteryPassCarbonFootprint } from './battery-pass';
import type { PassportAttributeKey, PassportBatteryCategory } from './passport-attributes';

/**
 * The passport attributes battrace already holds records for, keyed by the catalogue's keys
 * (passport-attributes.ts; docs/passport-attributes.md "Where the attributes are served"). The
 * passport is a batch's: one passport for the packs of one production batch of one model.
 * Values follow the Battery Pass data model 1.2 field shapes where battrace has every part of
 * them; an attribute battrace holds nothing for is absent, never null.
 */
export interface BatteryPassFacts {
  batchId: string;
  batchNumber: string;
  manufacturer: { id: string; name: string; country: string | null };
  plant: { address: string; country: string };
  production: { start: Date | string; end: Date | string };
  model: {
    category: BatteryCategory;
    chemistry: Chemistry;
    massKg: number;
    capacityAh: number;
    usableEnergyKWh: number;
    nominalVoltageV: number;
    expectedCycleLife: number;
    warrantyYears: number;
    warrantyKm: number | null;
  };
  /** The batch's newest declared footprint as the carbon-footprint aspect (battery-pass.ts); null when none is declared. */
  carbonFootprint: BatteryPassCarbonFootprint | null;
}

export type BatteryPassAttributes = Partial<Record<PassportAttributeKey, unknown>>;

/** The cathode chemistries battrace records, with the name the data model's `clearName` asks for. */
export const CHEMISTRY_CLEAR_NAME: Record<Chemistry, string> = {
  LFP: 'Lithium iron phosphate',
  LMFP: 'Lithium manganese iron phosphate',
  NMC811: 'Lithium nickel manganese cobalt oxide (8:1:1)',
  NMC622: 'Lithium nickel manganese cobalt oxide (6:2:2)',
  NMC532: 'Lithium nickel manganese cobalt oxide (5:3:2)',
  NCA: 'Lithium nickel cobalt aluminium oxide',
  LMO: 'Lithium manganese oxide',
  SODIUM_ION: 'Sodium-ion',
};

/** The data model's lifecycle-stage names, in the order of the catalogue's attributes 20 to 23. */
const STAGE_KEYS: Record<string, PassportAttributeKey> = {
  RawMaterialExtraction: 'carbonFootprintRawMaterialExtraction',
  MainProduction: 'carbonFootprintMainProduction',
  Distribution: 'carbonFootprintDistribution',
  Recycling: 'carbonFootprintRecycling',
};

/** A passport identifier: the batch's passport, as the carbon credential names the batch (`urn:uuid:`). */
export const passportIdentifier = (batchId: string): string => `urn:uuid:${batchId}`;

/**
 * The battery identifier (Art. 38(6): model identification and batch or serial number): the
 * batch number, unique per manufacturer, in battrace's URN scheme (as provenance/epcis names a
 * unit `urn:battrace:unit:<manufacturerId>:<serial>`).
 */
export const batchProductIdentifier = (manufacturerId: string, batchNumber: string): string =>
  `urn:battrace:batch:${manufacturerId}:${encodeURIComponent(batchNumber)}`;

const iso = (d: Date | string): string => new Date(d).toISOString();

export function batteryPassAttributes(facts: BatteryPassFacts): BatteryPassAttributes {
  const { manufacturer, model, carbonFootprint: cf } = facts;
  const out: BatteryPassAttributes = {
    batteryPassportIdentifier: passportIdentifier(facts.batchId),
    productIdentifier: batchProductIdentifier(manufacturer.id, facts.batchNumber),
    manufacturerInformation: {
      identifier: `urn:battrace:org:${manufacturer.id}`,
      contactName: manufacturer.name,
      ...(manufacturer.country ? { postalAddress: { addressCountry: manufacturer.country } } : {}),
    },
    manufacturingPlace: { streetAddress: facts.plant.address, addressCountry: facts.plant.country },
    // Annex VI Part A(4) asks for month and year; a batch's batteries are made by its production end.
    manufacturingDate: iso(facts.production.end),
    warrentyPeriod: { warrantyYears: model.warrantyYears, ...(model.warrantyKm !== null ? { warrantyKm: model.warrantyKm } : {}) },
    batteryCategory: model.category.toLowerCase(),
    batteryMass: model.massKg,
    batteryChemistry: { shortName: model.chemistry, clearName: CHEMISTRY_CLEAR_NAME[model.chemistry] },
    ratedCapacity: model.capacityAh,
    ratedEnergy: model.usableEnergyKWh,
    nominalVoltage: model.nominalVoltageV,
    expectedNumberOfCycles: model.expectedCycleLife,
  };
  if (cf) {
    out.batteryCarbonFootprint = cf.batteryCarbonFootprint;
    for (const stage of cf.carbonFootprintPerLifecycleStage) {
      const key = STAGE_KEYS[stage.lifecycleStage];
      if (key) out[key] = stage;
    }
    if (cf.carbonFootprintPerformanceClass !== null) out.carbonFootprintPerformanceClass = cf.carbonFootprintPerformanceClass;
    out.carbonFootprintStudy = cf.carbonFootprintStudy;
    out.absoluteCarbonFootprint = cf.absoluteCarbonFootprint;
  }
  return out;
}

/**
 * The passport category of a battery model (Art. 77(1)): EV and LMT batteries, and industrial
 * batteries (stationary storage included) above 2 kWh; null for any other battery, which needs no passport.
 */
export function passportCategoryOf(category: BatteryCategory, nominalEnergyKWh: number): PassportBatteryCategory | null {
  switch (category) {
    case 'EV':
    case 'LMT':
      return category;
    case 'INDUSTRIAL':
    case 'STATIONARY':
      return nominalEnergyKWh > 2 ? category : null;
    case 'SLI':
    case 'PORTABLE':
      return null;
  }
}
