/**
 * What a number the API accepts may physically be: one named bound per kind of quantity a
 * battery, a ship, a park or a factory can have. A bound is inclusive at both ends and wide enough
 * for every real case (a coin cell, a grid-scale storage container, the largest container ships,
 * a gigawatt-hour park-year), so that only figures no battery, ship or park can have are refused:
 * an energy of 1e308 kWh, a mass of 5e-324 kg. docs/input-bounds.md gives the sources.
 *
 * `requireQuantity` (src/common/validate.ts) checks a value against one of these.
 */
export interface QuantityBound {
  /** Smallest accepted value (inclusive). */
  readonly min: number;
  /** Largest accepted value (inclusive). */
  readonly max: number;
  /** Unit printed after the range in the error message ('' for a plain number). */
  readonly unit: string;
  /** A whole number only. */
  readonly integer?: boolean;
  /** Why these limits: what real thing sits near each end. */
  readonly reason: string;
}

const bound = (min: number, max: number, unit: string, reason: string, integer = false): QuantityBound =>
  Object.freeze({ min, max, unit, reason, ...(integer ? { integer } : {}) });

export const BOUNDS = Object.freeze({
  // Batteries (a battery model: a cell, a module, a pack or a storage system sold as one product)
  batteryEnergyKWh: bound(
    0.0001,
    10_000,
    'kWh',
    'a 0.1 Wh coin cell up to a 10 MWh storage container (one Tesla Megapack 2 XL holds 3.9 MWh)',
  ),
  batteryCapacityAh: bound(0.001, 1_000_000, 'Ah', 'a 1 mAh micro cell up to a 10 MWh system at 12 V (about 830,000 Ah)'),
  batteryVoltageV: bound(0.5, 2_000, 'V', 'one cell (1.2 V NiMH, 3.2 V LFP) up to a 1,500 V DC storage bus'),
  batteryMassKg: bound(0.001, 100_000, 'kg', 'a 1 g cell up to a 40 t storage container'),
  cycleLife: bound(1, 100_000, 'cycles', 'one cycle up to five times the 20,000 cycles of lithium-titanate cells', true),
  fullEquivalentCycles: bound(1, 100_000, 'cycles', 'the same range, as full equivalent cycles (may be fractional)'),
  warrantyYears: bound(0.1, 50, 'years', 'a month up to twice the 25-year life of grid storage'),
  warrantyKm: bound(1, 10_000_000, 'km', 'up to six times the 1.6 million km of long-haul truck warranties', true),
  fullEquivalentCyclesPerYear: bound(0.01, 3_650, 'cycles per year', 'a standby battery up to ten full cycles a day'),
  /** Total battery capacity of a what-if: packs × kWh, up to several years of world production. */
  batteryEnergyTotalKWh: bound(0.0001, 1e10, 'kWh', 'one cell up to 10 TWh, several years of world battery production'),

  // Counts
  unitCount: bound(0, 100_000_000, 'units', 'an empty batch up to 100 million cells, weeks of a gigafactory’s output', true),
  shipmentUnitCount: bound(1, 10_000_000, 'units', 'one unit up to 10 million cells in one cargo line', true),

  // Masses
  materialMassKg: bound(1e-6, 1e9, 'kg', 'one milligram of an additive up to a million tonnes for a batch'),
  containerGrossMassKg: bound(1, 40_000, 'kg', 'above the 36,000 kg maximum gross mass rating of ISO 668 series 1 containers'),
  cargoLineGrossMassKg: bound(0.001, 40_000, 'kg', 'one small cell in its packaging up to a full container'),
  shipmentGrossMassKg: bound(
    1,
    250_000_000,
    'kg',
    'up to 250,000 t, above the deadweight of the largest container ships (about 240,000 t)',
  ),

  // Distances
  legDistanceKm: bound(0.001, 40_075, 'km', 'one metre up to the circumference of the Earth at the equator'),
  legDistanceNauticalMiles: bound(0.001, 21_639, 'nautical miles', 'the same, in nautical miles (40,075 km / 1.852)'),
  vehicleLifetimeKm: bound(0, 10_000_000, 'km', 'a vehicle never driven up to four times the life of a city bus'),

  // Energy
  siteElectricityKWh: bound(0, 1e11, 'kWh', 'a site using nothing up to 100 TWh, the yearly electricity use of a whole mid-size country'),
  outputEnergyKWh: bound(0.0001, 1e10, 'kWh', 'one cell up to 10 TWh of capacity, more than any plant makes in a period'),

  // Emission factors and emissions
  kgCo2ePerKWh: bound(0, 10, 'kg CO2e per kWh', 'zero-carbon supply up to eight times lignite power (about 1.2)'),
  kgCo2ePerKg: bound(0, 100_000, 'kg CO2e per kg', 'recycled scrap up to above platinum-group metals (tens of tonnes per kg)'),
  kgCo2ePerTonneKm: bound(0, 10, 'kg CO2e per tonne-km', 'up to about five times air freight'),
  kgCo2ePerTeuKm: bound(0, 100, 'kg CO2e per TEU-km', 'a TEU of up to 24 t at the tonne-km limit, rounded up'),
  kgCo2ePerKWhCapacity: bound(0, 1_000, 'kg CO2e per kWh of capacity', 'up to five times the worst cradle-to-gate pack footprints'),
  kgCo2eTotal: bound(0, 1e11, 'kg CO2e', 'up to 100 Mt CO2e, a year of a mid-size country’s industry'),
  tCo2PerTce: bound(0.001, 10, 't CO2 per tce', 'up to more than three times coal (2.66 t CO2 per tonne of coal equivalent)'),

  // Vehicles (displacement parameters)
  fuelLitresPer100Km: bound(0.1, 500, 'L/100 km', 'a hybrid car up to ten times a loaded coach'),
  fuelDensityKgPerL: bound(0.05, 2, 'kg/L', 'compressed natural gas up to above any liquid fuel (diesel 0.84)'),
  tailpipeKgCo2PerKgFuel: bound(0.01, 3.67, 'kg CO2 per kg', 'pure carbon burns to 44/12 = 3.664 kg CO2 per kg; no fuel emits more'),
  upstreamUplift: bound(0, 5, '', 'well-to-tank adds 0.2 to 0.3 of the tailpipe emissions; up to five times'),
  evKWhPer100Km: bound(1, 1_000, 'kWh/100 km', 'a light quadricycle up to five times an electric truck'),

  // Shares and fractions
  share: bound(0, 1, '', 'a fraction of a whole'),
  positiveShare: bound(0.01, 1, '', 'an efficiency, state of health or utility factor: at least 1 % and at most all of it'),
  percent: bound(0.01, 100, '%', 'a percentage above nothing and at most all of it'),
  /** A loss over a battery's life (capacity or power fade): none of it up to all of it. */
  fadePercent: bound(0, 100, '%', 'no loss at all up to the loss of all of it'),

  // Battery model performance and documents (model passport data)
  batteryPowerW: bound(0.001, 1e9, 'W', 'a milliwatt sensor cell up to a 1 GW storage plant'),
  batteryLifetimeYears: bound(0.1, 100, 'years', 'a month up to four times the 25-year life of grid storage'),
  batteryTemperatureC: bound(-100, 200, '°C', 'below any Arctic storage (-60 °C) up to above any cell’s thermal runaway onset'),
  documentSizeBytes: bound(1, 10_000_000_000, 'bytes', 'a one-byte file up to a 10 GB scanned manual', true),
  internalResistanceOhm: bound(1e-6, 10_000, 'Ω', 'a large pack’s micro-ohm busbars up to a coin cell’s tens of ohms, with room'),
  resistanceIncreasePercent: bound(0, 1_000, '%', 'no increase up to ten times the initial resistance, well past end of life'),
  monthlySelfDischargePercent: bound(0, 100, '% per month', 'no loss up to losing the whole charge in a month'),
  cRateAPerAh: bound(0.001, 100, 'A/Ah', 'a 1,000-hour discharge up to the 100 C pulses of power cells'),
  powerEnergyRatioWPerWh: bound(0.001, 1_000, 'W/Wh', 'a long-duration storage system up to a high-power cell, with room'),
  supplyChainIndex: bound(0, 1_000_000, '', 'an index score of a recognised scheme: none up to a million points'),
  dataQualityRating: bound(1, 5, '', 'PEF data quality rating scale'),

  // Battery health readings (battery-health/health-attributes.ts): what a battery in use reports
  healthPercent: bound(0, 100, '%', 'a state of health, charge or efficiency: none of it up to all of it'),
  selfDischargePercentPerMonth: bound(0, 100, '%/month', 'no loss at all up to losing the whole charge within a month'),
  remainingPowerW: bound(0, 1e9, 'W', 'a dead battery up to a 1 GW storage plant'),
  remainingCapacityAh: bound(0, 1_000_000, 'Ah', 'a dead battery up to a 10 MWh system at 12 V (about 830,000 Ah)'),
  remainingEnergyKWh: bound(0, 10_000, 'kWh', 'a dead battery up to a 10 MWh storage container'),
  fullCycleCount: bound(0, 1_000_000, 'cycles', 'a new battery up to ten times the 100,000-cycle bound of a cycle life', true),
  energyThroughputKWh: bound(0, 1e10, 'kWh', 'nothing yet up to 1,000,000 full cycles of a 10 MWh storage container'),
  capacityThroughputAh: bound(0, 1e12, 'Ah', 'nothing yet up to 1,000,000 full cycles of an 830,000 Ah system'),
  temperatureMinutes: bound(0, 52_560_000, 'minutes', 'none up to 100 years, longer than any battery lives', true),
  healthEventCount: bound(0, 10_000_000, 'events', 'none up to one event a minute for 19 years', true),

  // Places and times
  latitude: bound(-90, 90, 'degrees', 'WGS 84 latitude'),
  longitude: bound(-180, 180, 'degrees', 'WGS 84 longitude'),
  year: bound(1990, 2100, '', 'the base year of the Kyoto Protocol up to the end of this century', true),
} as const satisfies Record<string, QuantityBound>);

export type BoundName = keyof typeof BOUNDS;

/** Emission factor bound by the unit of a factor row (src/emission-factors/factor-kinds.ts). */
export const EMISSION_FACTOR_BOUNDS: Readonly<Record<string, QuantityBound>> = Object.freeze({
  'kgCO2e/kWh': BOUNDS.kgCo2ePerKWh,
  'kgCO2e/kg': BOUNDS.kgCo2ePerKg,
  'kgCO2e/t-km': BOUNDS.kgCo2ePerTonneKm,
  'kgCO2e/TEU-km': BOUNDS.kgCo2ePerTeuKm,
  'kgCO2e/kWh-capacity': BOUNDS.kgCo2ePerKWhCapacity,
});

/** Smallest positive normal double (2^-1022); a non-zero value below it in magnitude is subnormal. */
export const MIN_NORMAL = 2.2250738585072014e-308;

/** A number that can be stored and computed with: finite, and zero or normal (not subnormal). */
export const isUsableNumber = (v: number): boolean => typeof v === 'number' && Number.isFinite(v) && (v === 0 || Math.abs(v) >= MIN_NORMAL);

/** Why `value` does not fit `b`, or null when it does. */
export function quantityProblem(value: number, b: QuantityBound): string | null {
  const range = `between ${b.min} and ${b.max}${b.unit ? ` ${b.unit}` : ''}`;
  if (!isUsableNumber(value) || value < b.min || value > b.max)
    return `must be ${b.integer ? 'a whole number ' : ''}${range}, got ${value}`;
  if (b.integer && !Number.isInteger(value)) return `must be a whole number ${range}, got ${value}`;
  return null;
}

/**
 * Paths of the numbers in a computed result that are not finite (NaN, ±Infinity): JSON would
 * store each as null. An empty list: safe to store.
 */
export function nonFinitePaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path || '(value)'];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => nonFinitePaths(v, path ? `${path}.${k}` : k));
  }
  return [];
}
