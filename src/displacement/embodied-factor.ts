import { badInput } from '../common/errors';
import { batteryFactorFamily, DisplacementDefaults, Sourced } from './displacement-defaults';

export interface EmbodiedFactorChoice {
  /** overrides.batteryKgCo2ePerKWhCapacity of the request. */
  override: number | null | undefined;
  /** The batch's latest declared footprint, when it has one. */
  declared: Sourced<number> | null;
  chemistry: string;
  /** The error message when nothing above applies and the chemistry has no default factor. */
  noDefault: string;
}

/**
 * The embodied factor of a pack group (kg CO2e per kWh of capacity), with its source: the
 * caller's override, else the batch's declared footprint, else the docs/methods/displacement.md default of the
 * chemistry's family (NMC, LFP). Any other chemistry needs the override.
 */
export function chooseEmbodiedFactor(defaults: DisplacementDefaults, c: EmbodiedFactorChoice): Sourced<number> {
  if (c.override !== null && c.override !== undefined) return { value: c.override, source: 'caller override' };
  if (c.declared) return c.declared;
  const family = batteryFactorFamily(c.chemistry);
  if (!family) throw badInput('input.overrides.batteryKgCo2ePerKWhCapacity', c.noDefault);
  return defaults.batteryKgCo2ePerKWhCapacity[family];
}
