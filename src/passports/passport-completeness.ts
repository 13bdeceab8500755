import {
  AttributeGranularity,
  PASSPORT_ACCESS_GROUPS,
  PASSPORT_ATTRIBUTES,
  PassportAccessGroup,
  PassportAttributeKey,
  PassportBatteryCategory,
} from './passport-attributes';

type MissingByGroup = Record<PassportAccessGroup, PassportAttributeKey[]>;

export interface PassportCompleteness {
  category: PassportBatteryCategory;
  /** How many attributes the category makes mandatory, and how many of them have a value. */
  mandatoryCount: number;
  presentCount: number;
  /** Every mandatory attribute without a value, in the catalogue's order. */
  missing: PassportAttributeKey[];
  /** The same, split by where it is recorded (per model, per battery) and by who may read it. */
  missingByGranularity: Record<AttributeGranularity, MissingByGroup>;
  /**
   * Mandatory attributes no passport can hold yet although their inputs are there (PENDING_ATTRIBUTES):
   * neither present nor missing, and not counted in `presentCount`.
   */
  pending: PassportAttributeKey[];
  /** Mandatory public model-level attributes without a value: the model's passport cannot be published while any remain. */
  publishableBlockers: PassportAttributeKey[];
  complete: boolean;
}

const emptyGroups = (): MissingByGroup =>
  Object.fromEntries(PASSPORT_ACCESS_GROUPS.map((g) => [g, [] as PassportAttributeKey[]])) as MissingByGroup;

const has = (values: Readonly<Record<string, unknown>>, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(values, key) && values[key] !== null && values[key] !== undefined;

/**
 * Mandatory attributes the law does not let anyone fill yet, each with the condition under which
 * its absence is pending rather than missing. The carbon-footprint performance class (longlist 24)
 * follows Regulation (EU) 2023/1542 Art. 7(2): the classes come with a delegated act not adopted
 * yet, so a declared footprint (`batteryCarbonFootprint` present) has none to give; without a
 * declared footprint the class is missing like the footprint itself.
 */
export const PENDING_ATTRIBUTES: Readonly<Partial<Record<PassportAttributeKey, (values: Readonly<Record<string, unknown>>) => boolean>>> = {
  carbonFootprintPerformanceClass: (values) => has(values, 'batteryCarbonFootprint'),
};

/**
 * Which attributes the battery's category makes mandatory (Battery Pass longlist v1.2, mandatory
 * `x` per category; docs/passport-attributes.md) and which of them `values` still lacks. A value is
 * missing when its key is absent or its value is null or undefined; voluntary and not-applicable
 * attributes never count, and keys outside the catalogue are ignored.
 */
export function passportCompleteness(category: PassportBatteryCategory, values: Readonly<Record<string, unknown>>): PassportCompleteness {
  const missingByGranularity: Record<AttributeGranularity, MissingByGroup> = { MODEL: emptyGroups(), BATTERY: emptyGroups() };
  const missing: PassportAttributeKey[] = [];
  const publishableBlockers: PassportAttributeKey[] = [];
  const pending: PassportAttributeKey[] = [];
  let mandatoryCount = 0;
  for (const a of PASSPORT_ATTRIBUTES) {
    if (a.requirement[category] !== 'MANDATORY') continue;
    mandatoryCount++;
    if (has(values, a.key)) continue;
    if (PENDING_ATTRIBUTES[a.key]?.(values)) {
      pending.push(a.key);
      continue;
    }
    missing.push(a.key);
    missingByGranularity[a.granularity][a.accessGroup].push(a.key);
    if (a.granularity === 'MODEL' && a.accessGroup === 'PUBLIC') publishableBlockers.push(a.key);
  }
  return {
    category,
    mandatoryCount,
    presentCount: mandatoryCount - missing.length - pending.length,
    missing,
    missingByGranularity,
    pending,
    publishableBlockers,
    complete: missing.length === 0,
  };
}
