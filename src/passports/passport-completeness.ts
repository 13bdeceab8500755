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
  /** Mandatory public model-level attributes without a value: the model's passport cannot be published while any remain. */
  publishableBlockers: PassportAttributeKey[];
  complete: boolean;
}

const emptyGroups = (): MissingByGroup =>
  Object.fromEntries(PASSPORT_ACCESS_GROUPS.map((g) => [g, [] as PassportAttributeKey[]])) as MissingByGroup;

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
  let mandatoryCount = 0;
  for (const a of PASSPORT_ATTRIBUTES) {
    if (a.requirement[category] !== 'MANDATORY') continue;
    mandatoryCount++;
    if (Object.prototype.hasOwnProperty.call(values, a.key) && values[a.key] !== null && values[a.key] !== undefined) continue;
    missing.push(a.key);
    missingByGranularity[a.granularity][a.accessGroup].push(a.key);
    if (a.granularity === 'MODEL' && a.accessGroup === 'PUBLIC') publishableBlockers.push(a.key);
  }
  return {
    category,
    mandatoryCount,
    presentCount: mandatoryCount - missing.length,
    missing,
    missingByGranularity,
    publishableBlockers,
    complete: missing.length === 0,
  };
}
