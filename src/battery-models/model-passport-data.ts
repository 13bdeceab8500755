import { badInput } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { requireName, requireQuantity, requireText } from '../common/validate';
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
};

/** Values stored per version: catalogue keys to the value the passport serves. */
export type ModelPassportValues = Partial<Record<PassportAttributeKey, unknown>>;

const SHA256 = /^[0-9a-f]{64}$/;
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
  let url: string | undefined;
  if (d.url !== null && d.url !== undefined) {
    const raw = requireText(`${field}.url`, d.url, MAX_LONG_TEXT);
    let parsed: URL | null = null;
    try {
      parsed = new URL(raw);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw badInput(`${field}.url`, 'must be an http or https address', 'MALFORMED_VALUE');
    }
    url = parsed.toString();
  }
  return { title, mediaType, sha256, sizeBytes, ...(url ? { url } : {}) };
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
        return { materialName: requireName(`${at}.name`, m.name), component: m.component, ...(massKg !== null ? { massKg } : {}) };
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
  ] as const) {
    const d = given(name);
    if (d) set(name, requireDocument(f(name), d));
  }
  for (const name of ['extinguishingAgent', 'labelingMeaning'] as const) {
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
  ] as const;
  for (const [name, bound] of quantities) {
    const v = given(name);
    if (v !== null) set(name, requireQuantity(f(name), v, bound));
  }
  return out;
}

/**
 * The values of a new version: the latest version's with the recorded ones replacing theirs
 * (a correction names only what changes). The idle temperature range must stay ordered.
 */
export function nextModelPassportValues(
  latest: ModelPassportValues,
  recorded: ModelPassportValues,
  path = 'input.values',
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
  return next;
}
