import { BOUNDS, QuantityBound } from '../common/physical-bounds';
import { optionalQuantity } from '../common/validate';
import { chargingEfficiencyFor, DisplacementDefaults, FuelType, Market, VehicleClass } from './displacement-defaults';
import type { DisplacementParameters } from './displacement-formula';

/**
 * The exact parameter set of a run: docs/methods/displacement.md defaults for the vehicle class and market,
 * replaced one by one by the caller's overrides, each value recorded with where it came from.
 */

/** Every parameter a caller may override (docs/methods/displacement.md: "every parameter overridable per run"). */
export interface DisplacementOverrides {
  vehicleLifetimeKm?: number | null;
  fuelType?: FuelType | null;
  fuelLitresPer100Km?: number | null;
  fuelDensityKgPerL?: number | null;
  tailpipeKgCo2PerKgFuel?: number | null;
  upstreamUplift?: number | null;
  evKWhPer100Km?: number | null;
  chargingEfficiency?: number | null;
  gridKgCo2ePerKWh?: number | null;
  batteryKgCo2ePerKWhCapacity?: number | null;
  cycleLife?: number | null;
  averageStateOfHealth?: number | null;
  electricShare?: number | null;
  packKWh?: number | null;
}

type NumericOverride = Exclude<keyof DisplacementOverrides, 'fuelType'>;

/**
 * What each numeric override may be (src/common/physical-bounds.ts). Distance and the figures
 * that may honestly be nil (upstream uplift, a zero-carbon grid) may be zero; sizes, densities,
 * factors and efficiencies may not; efficiencies and shares are at most 1.
 */
const RULES: Record<NumericOverride, QuantityBound> = {
  vehicleLifetimeKm: BOUNDS.vehicleLifetimeKm,
  fuelLitresPer100Km: BOUNDS.fuelLitresPer100Km,
  fuelDensityKgPerL: BOUNDS.fuelDensityKgPerL,
  tailpipeKgCo2PerKgFuel: BOUNDS.tailpipeKgCo2PerKgFuel,
  upstreamUplift: BOUNDS.upstreamUplift,
  evKWhPer100Km: BOUNDS.evKWhPer100Km,
  chargingEfficiency: BOUNDS.positiveShare,
  gridKgCo2ePerKWh: BOUNDS.kgCo2ePerKWh,
  batteryKgCo2ePerKWhCapacity: BOUNDS.kgCo2ePerKWhCapacity,
  cycleLife: BOUNDS.fullEquivalentCycles,
  averageStateOfHealth: BOUNDS.positiveShare,
  electricShare: BOUNDS.positiveShare,
  packKWh: BOUNDS.batteryEnergyKWh,
};

/** BAD_USER_INPUT naming the first override out of its bound (`input.overrides.<name>`). */
export function validateOverrides(o: DisplacementOverrides | null | undefined, path = 'input.overrides'): void {
  if (!o) return;
  for (const name of Object.keys(RULES) as NumericOverride[]) optionalQuantity(`${path}.${name}`, o[name], RULES[name]);
}

export type ParameterOrigin = 'DEFAULT' | 'OVERRIDE' | 'BATTERY_MODEL' | 'FOOTPRINT' | 'SHIPMENT' | 'INPUT';

export interface ParameterSource {
  parameter: string;
  value: string;
  origin: ParameterOrigin;
  source: string;
}

export interface RunParameters extends DisplacementParameters {
  defaultsVersion: string;
  vehicleClass: VehicleClass;
  market: Market;
  fuelType: FuelType;
  sources: ParameterSource[];
}

export interface MarketChoice {
  market: Market;
  origin: ParameterOrigin;
  source: string;
}

/** The run-wide parameters (the per-pack ones, pack size and battery factor, are per group). */
export function resolveRunParameters(
  defaults: DisplacementDefaults,
  vehicleClass: VehicleClass,
  market: MarketChoice,
  overrides: DisplacementOverrides = {},
): RunParameters {
  const cls = defaults.vehicleClasses[vehicleClass];
  const sources: ParameterSource[] = [];
  const pick = <T extends number | string | null>(parameter: string, override: T | null | undefined, fallback: T, source: string): T => {
    if (override !== null && override !== undefined) {
      sources.push({ parameter, value: String(override), origin: 'OVERRIDE', source: 'caller override' });
      return override;
    }
    sources.push({ parameter, value: String(fallback), origin: 'DEFAULT', source });
    return fallback;
  };

  sources.push({ parameter: 'market', value: market.market, origin: market.origin, source: market.source });
  const fuelType = pick<FuelType>('fuelType', overrides.fuelType, cls.fuelType, `${cls.source}: ${cls.label}`);
  const fuel = defaults.fuels[fuelType];
  const eta = chargingEfficiencyFor(defaults, vehicleClass);
  const grid = defaults.gridKgCo2ePerKWh[market.market];
  return {
    defaultsVersion: defaults.version,
    vehicleClass,
    market: market.market,
    fuelType,
    vehicleLifetimeKm: pick('vehicleLifetimeKm', overrides.vehicleLifetimeKm, cls.lifetimeKm, `${cls.source}: ${cls.label}`),
    fuelLitresPer100Km: pick('fuelLitresPer100Km', overrides.fuelLitresPer100Km, cls.fuelLitresPer100Km, `${cls.source}: ${cls.label}`),
    fuelDensityKgPerL: pick('fuelDensityKgPerL', overrides.fuelDensityKgPerL, fuel.densityKgPerL.value, fuel.densityKgPerL.source),
    tailpipeKgCo2PerKgFuel: pick(
      'tailpipeKgCo2PerKgFuel',
      overrides.tailpipeKgCo2PerKgFuel,
      fuel.tailpipeKgCo2PerKgFuel.value,
      fuel.tailpipeKgCo2PerKgFuel.source,
    ),
    upstreamUplift: pick('upstreamUplift', overrides.upstreamUplift, defaults.upstreamUplift.value, defaults.upstreamUplift.source),
    evKWhPer100Km: pick('evKWhPer100Km', overrides.evKWhPer100Km, cls.evKWhPer100Km, `${cls.source}: ${cls.label}`),
    chargingEfficiency: pick('chargingEfficiency', overrides.chargingEfficiency, eta.value, eta.source),
    gridKgCo2ePerKWh: pick('gridKgCo2ePerKWh', overrides.gridKgCo2ePerKWh, grid.value, grid.source),
    cycleLife: pick<number | null>(
      'cycleLife',
      overrides.cycleLife,
      null,
      'docs/methods/displacement.md: D_batt only when FEC_life is given',
    ),
    averageStateOfHealth: pick(
      'averageStateOfHealth',
      overrides.averageStateOfHealth,
      defaults.averageStateOfHealth.value,
      defaults.averageStateOfHealth.source,
    ),
    electricShare: pick('electricShare', overrides.electricShare, defaults.electricShare.value, defaults.electricShare.source),
    sources,
  };
}

/** The formula's inputs out of a stored parameter set. */
export function formulaParameters(p: RunParameters): DisplacementParameters {
  return {
    vehicleLifetimeKm: p.vehicleLifetimeKm,
    fuelLitresPer100Km: p.fuelLitresPer100Km,
    fuelDensityKgPerL: p.fuelDensityKgPerL,
    tailpipeKgCo2PerKgFuel: p.tailpipeKgCo2PerKgFuel,
    upstreamUplift: p.upstreamUplift,
    evKWhPer100Km: p.evKWhPer100Km,
    chargingEfficiency: p.chargingEfficiency,
    gridKgCo2ePerKWh: p.gridKgCo2ePerKWh,
    cycleLife: p.cycleLife,
    averageStateOfHealth: p.averageStateOfHealth,
    electricShare: p.electricShare,
  };
}
