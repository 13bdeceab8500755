/**
 * Kinds of emission factor rows and the unit each kind is expressed in. A footprint multiplies a
 * factor only by a quantity in the matching unit, so a row of the wrong kind is refused where it
 * is used (a GRID row as a material factor, for instance).
 */
export const FACTOR_KINDS = ['ELECTRICITY', 'MATERIAL', 'PROCESS_ENERGY', 'TRANSPORT', 'END_OF_LIFE', 'BATTERY'] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

export const UNITS_BY_KIND: Record<FactorKind, readonly string[]> = {
  ELECTRICITY: ['kgCO2e/kWh'],
  MATERIAL: ['kgCO2e/kg'],
  PROCESS_ENERGY: ['kgCO2e/kWh'],
  TRANSPORT: ['kgCO2e/t-km', 'kgCO2e/TEU-km'],
  END_OF_LIFE: ['kgCO2e/kg'],
  BATTERY: ['kgCO2e/kWh-capacity'],
};

/** Series of a grid factor (docs/methods/electricity.md): keep the series name with the value. */
export const FACTOR_SERIES = ['AVERAGE', 'EXCLUDING_MARKET_NON_FOSSIL', 'FOSSIL_ONLY', 'CARBON_MARKET', 'RENEWABLE'] as const;
export type FactorSeries = (typeof FACTOR_SERIES)[number];

export const FACTOR_CODE = /^[A-Z0-9][A-Z0-9._-]{0,99}$/;

export const isUnitOfKind = (kind: FactorKind, unit: string): boolean => UNITS_BY_KIND[kind].includes(unit);
