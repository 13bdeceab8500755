import { badInput } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { requireCountry, requireName, requireQuantity, requireText } from '../common/validate';
import type { PassportAttributeKey } from '../passports/passport-attributes';

/**
 * The model-level passport data a manufacturer records (Regulation (EU) 2023/1542 Annex XIII;
 * docs/passport-attributes.md "Model data recorded by manufacturers"): typed fields with their
 * units in their names, validated, and mapped to the keys of the passport catalogue
 * (passport-attributes.ts). Pure: the service stores what `modelPassportValues` returns.
 */

export const MATERIAL_COMPONENTS = ['CATHODE', 'ANODE', 'ELECTROLYTE', 'SEPARATOR', 'CURRENT_COLLECTOR', 'CASING', 'OTHER'] as const;
export type MaterialComponent = (typeof MATERIAL_COMPONENTS)[number];

export interface BatteryMaterialData {
  name: string;
  component: MaterialComponent;
  /** Mass of the material in one battery of the model; optional. */
  massKg?: number | null;
  /** CAS Registry Number of the material (`7782-42-5`), check digit verified; optional. */
  casNumber?: string | null;
  /** On the EU list of critical raw materials (Regulation (EU) 2024/1252 Annex II); optional. */
  criticalRawMaterial?: boolean | null;
}

/** The hazard classes the Battery Pass data model 1.2 names (Regulation (EC) No 1272/2008 hazard classes). */
export const HAZARD_CLASSES = ['ACUTE_TOXICITY', 'SKIN_CORROSION_OR_IRRITATION', 'EYE_DAMAGE_OR_IRRITATION'] as const;
export type HazardClass = (typeof HAZARD_CLASSES)[number];

/** A hazardous substance in the battery with its impact (Annex XIII 1(b), Art. 6): longlist attribute 35. */
export interface HazardousSubstanceImpactData {
  substanceName: string;
  casNumber: string;
  hazardClass: HazardClass;
  /** Concentration in the battery, percent by mass. */
  concentrationPercent: number;
  component: MaterialComponent;
  /** Its impact on the environment, human health, safety and persons, one sentence each. */
  impacts: string[];
}

/** The part of a battery a figure is given for (the data model's `batteryComponent`). */
export const BATTERY_COMPONENTS = ['PACK', 'MODULE', 'CELL'] as const;
export type BatteryComponentLevel = (typeof BATTERY_COMPONENTS)[number];

export interface InternalResistanceData {
  batteryComponent: BatteryComponentLevel;
  resistanceOhm: number;
}

export interface PartNumberData {
  partName: string;
  partNumber: string;
}

/** A supplier of spare parts (Annex XIII 2(b)): the data model asks for its postal address, e-mail and web address. */
export interface SparePartSourceData {
  supplierName: string;
  streetAddress: string;
  postalCode: string;
  countryCode: string;
  emailAddress: string;
  webAddress: string;
  /** The recorded part numbers (`partNumbers`) this supplier sells. */
  partNumbers: string[];
}

/** A document kept elsewhere, named by its SHA-256 (battrace stores the reference, not the bytes). */
export interface DocumentReferenceData {
  title: string;
  mediaType: string;
  sha256: string;
  url?: string | null;
  sizeBytes: number;
}

export interface ModelPassportData {
  batteryMaterials?: BatteryMaterialData[] | null;
  hazardousSubstanceNames?: string[] | null;
  criticalRawMaterialNames?: string[] | null;
  preConsumerRecycledCobaltShare?: number | null;
  preConsumerRecycledLithiumShare?: number | null;
  preConsumerRecycledNickelShare?: number | null;
  preConsumerRecycledLeadShare?: number | null;
  postConsumerRecycledCobaltShare?: number | null;
  postConsumerRecycledLithiumShare?: number | null;
  postConsumerRecycledNickelShare?: number | null;
  postConsumerRecycledLeadShare?: number | null;
  renewableContentShare?: number | null;
  supplyChainDueDiligenceReport?: DocumentReferenceData | null;
  declarationOfConformity?: DocumentReferenceData | null;
  dismantlingAndRemovalInformation?: DocumentReferenceData | null;
  safetyMeasures?: DocumentReferenceData | null;
  extinguishingAgent?: string | null;
  originalPowerCapabilityW?: number | null;
  ratedMaximumPowerW?: number | null;
  capacityFadePercent?: number | null;
  expectedLifetimeYears?: number | null;
  temperatureRangeIdleStateLowerBoundaryC?: number | null;
  temperatureRangeIdleStateUpperBoundaryC?: number | null;
  separateCollectionSymbol?: DocumentReferenceData | null;
  labelingMeaning?: string | null;
  cadmiumAndLeadSymbols?: DocumentReferenceData | null;
  carbonFootprintLabel?: DocumentReferenceData | null;
  resultOfTestReport?: DocumentReferenceData | null;
  carbonFootprintGeneralInformation?: string | null;
  thirdPartyAssurances?: DocumentReferenceData | null;
  supplyChainIndex?: number | null;
  hazardousSubstanceImpacts?: HazardousSubstanceImpactData[] | null;
  partNumbers?: PartNumberData[] | null;
  sparePartSources?: SparePartSourceData[] | null;
  wastePrevention?: DocumentReferenceData | null;
  separateCollection?: DocumentReferenceData | null;
  informationOnCollection?: DocumentReferenceData | null;
  minimumVoltageV?: number | null;
  maximumVoltageV?: number | null;
  powerFadePercent?: number | null;
  powerCapabilityRatioWPerWh?: number | null;
  roundTripEfficiencyPercent?: number | null;
  roundTripEfficiencyAt50PercentCycleLifePercent?: number | null;
  roundTripEfficiencyFadePercent?: number | null;
  initialSelfDischargePercentPerMonth?: number | null;
  initialInternalResistances?: InternalResistanceData[] | null;
  internalResistanceIncreasePercent?: number | null;
  lifetimeReferenceTest?: DocumentReferenceData | null;
  cRateLifeCycleTestAPerAh?: number | null;
  capacityThresholdForExhaustionPercent?: number | null;
}

export type ModelPassportField = keyof ModelPassportData;

/** The catalogue key each typed field fills. */
export const MODEL_PASSPORT_FIELD_KEY: Readonly<Record<ModelPassportField, PassportAttributeKey>> = {
  batteryMaterials: 'batteryMaterials',
  hazardousSubstanceNames: 'hazardousSubstances',
  criticalRawMaterialNames: 'criticalRawMaterials',
  preConsumerRecycledCobaltShare: 'preConsumerRecycledCobaltShare',
  preConsumerRecycledLithiumShare: 'preConsumerRecycledLithiumShare',
  preConsumerRecycledNickelShare: 'preConsumerRecycledNickelShare',
  preConsumerRecycledLeadShare: 'preConsumerRecycledLeadShare',
  postConsumerRecycledCobaltShare: 'postConsumerRecycledCobaltShare',
  postConsumerRecycledLithiumShare: 'postConsumerRecycledLithiumShare',
  postConsumerRecycledNickelShare: 'postConsumerRecycledNickelShare',
  postConsumerRecycledLeadShare: 'postConsumerRecycledLeadShare',
  renewableContentShare: 'renewableContent',
  supplyChainDueDiligenceReport: 'supplyChainDueDiligenceReport',
  declarationOfConformity: 'declarationOfConformity',
  dismantlingAndRemovalInformation: 'dismantlingAndRemovalInformation',
  safetyMeasures: 'safetyMeasures',
  extinguishingAgent: 'extinguishingAgent',
  originalPowerCapabilityW: 'originalPowerCapability',
  ratedMaximumPowerW: 'ratedMaximumPower',
  capacityFadePercent: 'capacityFade',
  expectedLifetimeYears: 'expectedLifetime',
  temperatureRangeIdleStateLowerBoundaryC: 'temperatureRangeIdleStateLowerBoundary',
  temperatureRangeIdleStateUpperBoundaryC: 'temperatureRangeIdleStateUpperBoundary',
  separateCollectionSymbol: 'separateCollectionSymbol',
  labelingMeaning: 'labelingMeaning',
  cadmiumAndLeadSymbols: 'cadmiumAndLeadSymbols',
  carbonFootprintLabel: 'carbonFootprintLabel',
  resultOfTestReport: 'resultOfTestReport',
  carbonFootprintGeneralInformation: 'carbonFootprintGeneralInformation',
  thirdPartyAssurances: 'thirdPartyAussurances',
  supplyChainIndex: 'supplyChainIndicies',
  hazardousSubstanceImpacts: 'hazardousSubstanceImpact',
  partNumbers: 'partNumber',
  sparePartSources: 'sparePartSources',
  wastePrevention: 'wastePrevention',
  separateCollection: 'separateCollection',
  informationOnCollection: 'informationOnCollection',
  minimumVoltageV: 'minimumVoltage',
  maximumVoltageV: 'maximumVoltage',
  powerFadePercent: 'powerFade',
  powerCapabilityRatioWPerWh: 'powerCapabilityRatio',
  roundTripEfficiencyPercent: 'roundtripEfficiency',
  roundTripEfficiencyAt50PercentCycleLifePercent: 'roundTripEfficiencyat50PerCentCycleLife',
  roundTripEfficiencyFadePercent: 'roundTripEfficiencyFade',
  initialSelfDischargePercentPerMonth: 'initialSelfDischarge',
  initialInternalResistances: 'initialInternalResistance',
  internalResistanceIncreasePercent: 'internalResistanceIncrease',
  lifetimeReferenceTest: 'lifetimeReferenceTest',
  cRateLifeCycleTestAPerAh: 'cRateLifeCycleTest',
  capacityThresholdForExhaustionPercent: 'capacityThresholdForExhaustion',
};

/** Values stored per version: catalogue keys to the value the passport serves. */
export type ModelPassportValues = Partial<Record<PassportAttributeKey, unknown>>;

const SHA256 = /^[0-9a-f]{64}$/;
const CAS_NUMBER = /^(\d{2,7})-(\d{2})-(\d)$/;
/** The e-mail form the Battery Pass data model 1.2 accepts (its `emailAddressOfSupplier` pattern). */
const EMAIL = /^[\w.-]+@[\w.-]+\.[A-Za-z]{2,}$/;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/;
const MAX_LIST = 100;
const MAX_LONG_TEXT = 2000;

/** A share 0..1 as the catalogue's percent, without binary noise (0.07 → 7, not 7.000000000000001). */
export const shareToPercent = (share: number): number => Math.round(share * 1e8) / 1e6;

export function requireDocument(field: string, d: DocumentReferenceData): Record<string, unknown> {
  const title = requireName(`${field}.title`, d.title);
  const mediaType = requireText(`${field}.mediaType`, d.mediaType, 100).toLowerCase();
  if (!MEDIA_TYPE.test(mediaType)) throw badInput(`${field}.mediaType`, 'must be a media type such as application/pdf', 'MALFORMED_VALUE');
  const sha256 = d.sha256.trim().toLowerCase();
  if (!SHA256.test(sha256)) {
    throw badInput(`${field}.sha256`, `must be 64 hexadecimal digits (a SHA-256), got ${d.sha256.length} characters`, 'MALFORMED_VALUE');
  }
  const sizeBytes = requireQuantity(`${field}.sizeBytes`, d.sizeBytes, BOUNDS.documentSizeBytes);
  const url = d.url !== null && d.url !== undefined ? requireHttpUrl(`${field}.url`, d.url) : undefined;
  return { title, mediaType, sha256, sizeBytes, ...(url ? { url } : {}) };
}

/**
 * A CAS Registry Number: digits-digits-check digit, the check digit being the sum of the other
 * digits, each times its position counted from the right, modulo 10 (CAS, "Check digit verification").
 */
export function requireCasNumber(field: string, raw: string): string {
  const v = requireText(field, raw, 20);
  const m = CAS_NUMBER.exec(v);
  const digits = m ? (m[1] + m[2]).split('').reverse() : [];
  const sum = digits.reduce((acc, d, i) => acc + Number(d) * (i + 1), 0);
  if (!m || sum % 10 !== Number(m[3]))
    throw badInput(field, `must be a CAS Registry Number with its check digit, got "${v}"`, 'MALFORMED_VALUE');
  return v;
}

function requireHttpUrl(field: string, raw: string): string {
  const text = requireText(field, raw, MAX_LONG_TEXT);
  let parsed: URL | null = null;
  try {
    parsed = new URL(text);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw badInput(field, 'must be an http or https address', 'MALFORMED_VALUE');
  }
  return parsed.toString();
}

function requireList<T>(field: string, list: readonly T[]): readonly T[] {
  if (list.length > MAX_LIST) throw badInput(field, `must hold at most ${MAX_LIST} entries, got ${list.length}`, 'OUT_OF_RANGE');
  return list;
}

/**
 * Validates the typed input (each problem a BAD_USER_INPUT naming `input.values.<field>`) and
 * returns the catalogue values it records. Absent and null fields record nothing.
 */
export function modelPassportValues(data: ModelPassportData, path = 'input.values'): ModelPassportValues {
  const out: ModelPassportValues = {};
  const f = (name: ModelPassportField): string => `${path}.${name}`;
  const set = (name: ModelPassportField, value: unknown): void => {
    out[MODEL_PASSPORT_FIELD_KEY[name]] = value;
  };
  const given = <K extends ModelPassportField>(name: K): NonNullable<ModelPassportData[K]> | null => {
    const v = data[name];
    return v === null || v === undefined ? null : (v as NonNullable<ModelPassportData[K]>);
  };

  const materials = given('batteryMaterials');
  if (materials) {
    set(
      'batteryMaterials',
      requireList(f('batteryMaterials'), materials).map((m, i) => {
        const at = `${f('batteryMaterials')}[${i}]`;
        if (!MATERIAL_COMPONENTS.includes(m.component)) throw badInput(`${at}.component`, 'is not a known component', 'MALFORMED_VALUE');
        const massKg =
          m.massKg === null || m.massKg === undefined ? null : requireQuantity(`${at}.massKg`, m.massKg, BOUNDS.materialMassKg);
        const casNumber = m.casNumber === null || m.casNumber === undefined ? null : requireCasNumber(`${at}.casNumber`, m.casNumber);
        return {
          materialName: requireName(`${at}.name`, m.name),
          component: m.component,
          ...(massKg !== null ? { massKg } : {}),
          ...(casNumber !== null ? { casNumber } : {}),
          ...(m.criticalRawMaterial !== null && m.criticalRawMaterial !== undefined ? { criticalRawMaterial: m.criticalRawMaterial } : {}),
        };
      }),
    );
  }
  for (const name of ['hazardousSubstanceNames', 'criticalRawMaterialNames'] as const) {
    const list = given(name);
    if (list)
      set(
        name,
        requireList(f(name), list).map((s, i) => requireName(`${f(name)}[${i}]`, s)),
      );
  }
  for (const name of [
    'preConsumerRecycledCobaltShare',
    'preConsumerRecycledLithiumShare',
    'preConsumerRecycledNickelShare',
    'preConsumerRecycledLeadShare',
    'postConsumerRecycledCobaltShare',
    'postConsumerRecycledLithiumShare',
    'postConsumerRecycledNickelShare',
    'postConsumerRecycledLeadShare',
    'renewableContentShare',
  ] as const) {
    const v = given(name);
    if (v !== null) set(name, shareToPercent(requireQuantity(f(name), v, BOUNDS.share)));
  }
  for (const name of [
    'supplyChainDueDiligenceReport',
    'declarationOfConformity',
    'dismantlingAndRemovalInformation',
    'safetyMeasures',
    'separateCollectionSymbol',
    'cadmiumAndLeadSymbols',
    'carbonFootprintLabel',
    'resultOfTestReport',
    'thirdPartyAssurances',
    'wastePrevention',
    'separateCollection',
    'informationOnCollection',
    'lifetimeReferenceTest',
  ] as const) {
    const d = given(name);
    if (d) set(name, requireDocument(f(name), d));
  }
  for (const name of ['extinguishingAgent', 'labelingMeaning', 'carbonFootprintGeneralInformation'] as const) {
    const t = given(name);
    if (t !== null) set(name, requireText(f(name), t, MAX_LONG_TEXT));
  }
  const quantities = [
    ['originalPowerCapabilityW', BOUNDS.batteryPowerW],
    ['ratedMaximumPowerW', BOUNDS.batteryPowerW],
    ['capacityFadePercent', BOUNDS.fadePercent],
    ['expectedLifetimeYears', BOUNDS.batteryLifetimeYears],
    ['temperatureRangeIdleStateLowerBoundaryC', BOUNDS.batteryTemperatureC],
    ['temperatureRangeIdleStateUpperBoundaryC', BOUNDS.batteryTemperatureC],
    ['supplyChainIndex', BOUNDS.supplyChainIndex],
    ['minimumVoltageV', BOUNDS.batteryVoltageV],
    ['maximumVoltageV', BOUNDS.batteryVoltageV],
    ['powerFadePercent', BOUNDS.fadePercent],
    ['powerCapabilityRatioWPerWh', BOUNDS.powerEnergyRatioWPerWh],
    ['roundTripEfficiencyPercent', BOUNDS.percent],
    ['roundTripEfficiencyAt50PercentCycleLifePercent', BOUNDS.percent],
    ['roundTripEfficiencyFadePercent', BOUNDS.fadePercent],
    ['initialSelfDischargePercentPerMonth', BOUNDS.monthlySelfDischargePercent],
    ['internalResistanceIncreasePercent', BOUNDS.resistanceIncreasePercent],
    ['cRateLifeCycleTestAPerAh', BOUNDS.cRateAPerAh],
    ['capacityThresholdForExhaustionPercent', BOUNDS.percent],
  ] as const;
  for (const [name, bound] of quantities) {
    const v = given(name);
    if (v !== null) set(name, requireQuantity(f(name), v, bound));
  }

  const impacts = given('hazardousSubstanceImpacts');
  if (impacts) {
    set(
      'hazardousSubstanceImpacts',
      requireList(f('hazardousSubstanceImpacts'), impacts).map((h, i) => {
        const at = `${f('hazardousSubstanceImpacts')}[${i}]`;
        if (!HAZARD_CLASSES.includes(h.hazardClass)) throw badInput(`${at}.hazardClass`, 'is not a known hazard class', 'MALFORMED_VALUE');
        if (!MATERIAL_COMPONENTS.includes(h.component)) throw badInput(`${at}.component`, 'is not a known component', 'MALFORMED_VALUE');
        if (h.impacts.length === 0) throw badInput(`${at}.impacts`, 'must name at least one impact', 'MALFORMED_VALUE');
        return {
          substanceName: requireName(`${at}.substanceName`, h.substanceName),
          casNumber: requireCasNumber(`${at}.casNumber`, h.casNumber),
          hazardClass: h.hazardClass,
          concentrationPercent: requireQuantity(`${at}.concentrationPercent`, h.concentrationPercent, BOUNDS.percent),
          component: h.component,
          impacts: requireList(`${at}.impacts`, h.impacts).map((t, j) => requireText(`${at}.impacts[${j}]`, t, MAX_LONG_TEXT)),
        };
      }),
    );
  }

  const parts = given('partNumbers');
  if (parts) {
    const seen = new Set<string>();
    set(
      'partNumbers',
      requireList(f('partNumbers'), parts).map((p, i) => {
        const at = `${f('partNumbers')}[${i}]`;
        const partNumber = requireName(`${at}.partNumber`, p.partNumber);
        if (seen.has(partNumber)) throw badInput(`${at}.partNumber`, `lists part number "${partNumber}" twice`, 'MALFORMED_VALUE');
        seen.add(partNumber);
        return { partName: requireName(`${at}.partName`, p.partName), partNumber };
      }),
    );
  }

  const sources = given('sparePartSources');
  if (sources) {
    set(
      'sparePartSources',
      requireList(f('sparePartSources'), sources).map((src, i) => {
        const at = `${f('sparePartSources')}[${i}]`;
        const emailAddress = requireText(`${at}.emailAddress`, src.emailAddress, 254);
        if (!EMAIL.test(emailAddress)) throw badInput(`${at}.emailAddress`, 'must be an e-mail address', 'MALFORMED_VALUE');
        return {
          supplierName: requireName(`${at}.supplierName`, src.supplierName),
          streetAddress: requireText(`${at}.streetAddress`, src.streetAddress),
          postalCode: requireText(`${at}.postalCode`, src.postalCode, 20),
          countryCode: requireCountry(`${at}.countryCode`, src.countryCode),
          emailAddress,
          webAddress: requireHttpUrl(`${at}.webAddress`, src.webAddress),
          partNumbers: requireList(`${at}.partNumbers`, src.partNumbers).map((n, j) => requireName(`${at}.partNumbers[${j}]`, n)),
        };
      }),
    );
  }

  const resistances = given('initialInternalResistances');
  if (resistances) {
    const levels = new Set<string>();
    const list = requireList(f('initialInternalResistances'), resistances).map((r, i) => {
      const at = `${f('initialInternalResistances')}[${i}]`;
      if (!BATTERY_COMPONENTS.includes(r.batteryComponent))
        throw badInput(`${at}.batteryComponent`, 'is not PACK, MODULE or CELL', 'MALFORMED_VALUE');
      if (levels.has(r.batteryComponent)) throw badInput(`${at}.batteryComponent`, `gives ${r.batteryComponent} twice`, 'MALFORMED_VALUE');
      levels.add(r.batteryComponent);
      return {
        batteryComponent: r.batteryComponent,
        resistanceOhm: requireQuantity(`${at}.resistanceOhm`, r.resistanceOhm, BOUNDS.internalResistanceOhm),
      };
    });
    // Longlist attribute 74: the initial internal resistance of the cell and of the pack (the module recommended).
    for (const level of ['PACK', 'CELL'] as const) {
      if (!levels.has(level))
        throw badInput(f('initialInternalResistances'), `must give the ${level.toLowerCase()}'s resistance`, 'MALFORMED_VALUE');
    }
    set('initialInternalResistances', list);
  }
  return out;
}

/**
 * The values of a new version: the latest version's with the recorded ones replacing theirs
 * (a correction names only what changes). The idle temperature range and the voltages must stay
 * ordered (minimum below the model's nominal voltage, below the maximum), and a spare-part source
 * must sell recorded parts.
 */
export function nextModelPassportValues(
  latest: ModelPassportValues,
  recorded: ModelPassportValues,
  path = 'input.values',
  model: { nominalVoltageV: number } | null = null,
): ModelPassportValues {
  const next = { ...latest, ...recorded };
  const lower = next.temperatureRangeIdleStateLowerBoundary;
  const upper = next.temperatureRangeIdleStateUpperBoundary;
  if (typeof lower === 'number' && typeof upper === 'number' && lower >= upper) {
    const field =
      'temperatureRangeIdleStateLowerBoundary' in recorded
        ? `${path}.temperatureRangeIdleStateLowerBoundaryC`
        : `${path}.temperatureRangeIdleStateUpperBoundaryC`;
    throw badInput(
      field,
      `the idle temperature range must have its lower boundary below its upper one (${lower} ≥ ${upper} °C)`,
      'OUT_OF_RANGE',
    );
  }
  const min = next.minimumVoltage;
  const max = next.maximumVoltage;
  if (typeof min === 'number' && typeof max === 'number' && min >= max) {
    const field = 'minimumVoltage' in recorded ? `${path}.minimumVoltageV` : `${path}.maximumVoltageV`;
    throw badInput(field, `the minimum voltage must be below the maximum voltage (${min} ≥ ${max} V)`, 'OUT_OF_RANGE');
  }
  // The model's nominal voltage (its row) lies between the two.
  const nominal = model?.nominalVoltageV;
  if (nominal !== undefined) {
    if (typeof min === 'number' && min >= nominal && 'minimumVoltage' in recorded)
      throw badInput(`${path}.minimumVoltageV`, `must be below the model's nominal voltage (${min} ≥ ${nominal} V)`, 'OUT_OF_RANGE');
    if (typeof max === 'number' && max <= nominal && 'maximumVoltage' in recorded)
      throw badInput(`${path}.maximumVoltageV`, `must be above the model's nominal voltage (${max} ≤ ${nominal} V)`, 'OUT_OF_RANGE');
  }
  // A spare-part source sells parts the model lists: each of its part numbers must be recorded.
  const sources = next.sparePartSources as { partNumbers: string[] }[] | undefined;
  if (sources) {
    const known = new Set(((next.partNumber as { partNumber: string }[] | undefined) ?? []).map((p) => p.partNumber));
    sources.forEach((src, i) =>
      src.partNumbers.forEach((n, j) => {
        if (!known.has(n)) {
          throw badInput(
            'sparePartSources' in recorded ? `${path}.sparePartSources[${i}].partNumbers[${j}]` : `${path}.partNumbers`,
            `part number "${n}" of a spare-part source is not among the model's recorded part numbers`,
            'MALFORMED_VALUE',
          );
        }
      }),
    );
  }
  return next;
}
