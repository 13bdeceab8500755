import { DIRECT_GREEN_SOURCES, ELECTRICITY_SOURCES, ElectricitySource, GREEN_SOURCES } from './electricity-source';

/**
 * The national zero-carbon park indicators of a park and period (docs/methods/zero-carbon-parks.md, NDRC 2025):
 * - directly supplied green electricity must be at least 50% of consumption;
 * - "near-zero": carbon emissions per unit of energy consumed about one tenth of today's average
 *   park, measured in t CO2 per tonne of standard coal equivalent (tce); 1 kWh = 0.1229 kgce.
 * Only electricity is recorded here: the energy in tce is the electricity converted at 0.1229
 * kgce/kWh, and its CO2 is the GRID supply times the park's grid factor (direct, on-site and
 * GEC-backed green supply count as zero-carbon). The baseline (today's average park) is not in
 * battrace's data, so the caller states it; without one the intensity test is left open (null).
 */
export const KGCE_PER_KWH = 0.1229;
export const MIN_DIRECT_GREEN_SHARE = 0.5;
export const NEAR_ZERO_FRACTION_OF_BASELINE = 0.1;

export type SupplyTotals = Record<ElectricitySource, number>;

export function supplyTotals(supplies: { source: ElectricitySource; kWh: number }[]): SupplyTotals {
  const t = Object.fromEntries(ELECTRICITY_SOURCES.map((s) => [s, 0])) as SupplyTotals;
  for (const s of supplies) t[s.source] += s.kWh;
  return t;
}

/** Energy in tonnes of standard coal equivalent. */
export const kWhToTce = (kWh: number): number => (kWh * KGCE_PER_KWH) / 1000;

export interface ParkEnergyMetrics {
  totalKWh: number;
  directGreenKWh: number;
  directGreenShare: number;
  greenKWh: number;
  totalGreenShare: number;
  energyTce: number;
  gridKWh: number;
  gridKgCo2PerKWh: number;
  co2Tonnes: number;
  tCo2PerTce: number;
  directGreenCondition: { holds: boolean; share: number; minimumShare: number };
  intensityCondition: { holds: boolean | null; tCo2PerTce: number; baselineTCo2PerTce: number | null; maximumTCo2PerTce: number | null };
  /** both conditions hold; null when the direct-green test passes but no baseline was given. */
  zeroCarbonPark: boolean | null;
}

export function parkEnergyMetrics(
  totals: SupplyTotals,
  totalKWh: number,
  gridKgCo2PerKWh: number,
  baselineTCo2PerTce: number | null,
): ParkEnergyMetrics {
  const directGreenKWh = DIRECT_GREEN_SOURCES.reduce((a, s) => a + totals[s], 0);
  const greenKWh = GREEN_SOURCES.reduce((a, s) => a + totals[s], 0);
  const directGreenShare = directGreenKWh / totalKWh;
  const energyTce = kWhToTce(totalKWh);
  const co2Tonnes = (totals.GRID * gridKgCo2PerKWh) / 1000;
  const tCo2PerTce = co2Tonnes / energyTce;
  const maximum = baselineTCo2PerTce === null ? null : baselineTCo2PerTce * NEAR_ZERO_FRACTION_OF_BASELINE;
  const directHolds = directGreenShare >= MIN_DIRECT_GREEN_SHARE;
  const intensityHolds = maximum === null ? null : tCo2PerTce <= maximum;
  return {
    totalKWh,
    directGreenKWh,
    directGreenShare,
    greenKWh,
    totalGreenShare: greenKWh / totalKWh,
    energyTce,
    gridKWh: totals.GRID,
    gridKgCo2PerKWh,
    co2Tonnes,
    tCo2PerTce,
    directGreenCondition: { holds: directHolds, share: directGreenShare, minimumShare: MIN_DIRECT_GREEN_SHARE },
    intensityCondition: { holds: intensityHolds, tCo2PerTce, baselineTCo2PerTce, maximumTCo2PerTce: maximum },
    zeroCarbonPark: !directHolds ? false : intensityHolds,
  };
}
