import { filterPassport } from '../access/passport-access';
import type { BatteryPassAttributes } from './battery-pass-attributes';
import type { PassportAccessGroup, PassportBatteryCategory } from './passport-attributes';
import { PassportCompleteness, passportCompleteness } from './passport-completeness';

/**
 * The assembly both passports share, the batch's (GET /passports/:batchId) and each battery's
 * (GET /passports/batteries/:passportId, its export and GraphQL): one record of catalogue
 * attributes, then the part every caller receives (docs/passport-attributes.md, docs/battery-passports.md).
 */

/**
 * The attributes of a batch's passport: the model's latest recorded passport data
 * (battery-models/model-passport-data.ts) under what battrace derives from its records
 * (battery-pass-attributes.ts): a derived value wins on the same key.
 */
export function batchPassportAttributes(
  modelPassportValues: Readonly<Record<string, unknown>> | null,
  derived: BatteryPassAttributes,
): BatteryPassAttributes {
  return { ...(modelPassportValues ?? {}), ...derived };
}

export interface ServedAttributes {
  access: { groups: readonly PassportAccessGroup[] };
  attributes: BatteryPassAttributes;
  completeness?: PassportCompleteness | null;
}

/**
 * What a caller receives of a passport record: the access groups it reads (first), the attributes
 * they read (filterPassport: every other attribute absent), and for the owner `completeness`
 * (passportCompleteness for the passport's category, null when the battery needs no passport).
 */
export function servedAttributes(
  attributes: BatteryPassAttributes,
  groups: readonly PassportAccessGroup[],
  isOwner: boolean,
  category: PassportBatteryCategory | null,
): ServedAttributes {
  return {
    access: { groups },
    attributes: filterPassport(attributes, groups),
    ...(isOwner ? { completeness: category && passportCompleteness(category, attributes) } : {}),
  };
}
