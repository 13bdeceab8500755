/**
 * Where a park's electricity comes from (docs/methods/electricity.md): a direct physical line from wind and solar
 * farms, on-site generation, green power bought through grid trading (backed by Green Electricity
 * Certificates, 1 GEC = 1 MWh), and the grid.
 */
export const ELECTRICITY_SOURCES = ['DIRECT_LINE', 'ONSITE', 'GREEN_TRADE', 'GRID'] as const;
export type ElectricitySource = (typeof ELECTRICITY_SOURCES)[number];

/** Supplies that count as directly supplied green electricity for the national zero-carbon park test. */
export const DIRECT_GREEN_SOURCES: readonly ElectricitySource[] = ['DIRECT_LINE', 'ONSITE'];
/** Supplies that count as green at all (direct, on-site, or GEC-backed trading). */
export const GREEN_SOURCES: readonly ElectricitySource[] = ['DIRECT_LINE', 'ONSITE', 'GREEN_TRADE'];

/** 1 Green Electricity Certificate = 1 MWh of renewable generation (docs/methods/electricity.md). */
export const KWH_PER_GEC = 1000;
