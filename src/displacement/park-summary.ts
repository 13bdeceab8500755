import type { Market, VehicleClass } from './displacement-defaults';
import type { DisplacementFigures } from './displacement-formula';

/**
 * parkDisplacementSummary: the completed park-year runs of a park and year, by market and vehicle
 * class. Runs are re-runs or partial views of the same packs, so summing them all would count
 * packs twice. Within a market and class: the latest run over ALL packs when there is one; else
 * the latest run of each manufacturer over its own batches, summed (manufacturers' batches never
 * overlap). Different markets or classes are different scenarios and stay apart.
 */
export interface SummaryRun {
  id: string;
  market: Market;
  vehicleClass: VehicleClass;
  coverage: 'ALL' | 'MANUFACTURER';
  /** The manufacturer of a MANUFACTURER run. */
  manufacturerId: string | null;
  completedAt: Date;
  result: DisplacementFigures;
}

export interface SummaryGroup {
  market: Market;
  vehicleClass: VehicleClass;
  runIds: string[];
  result: DisplacementFigures;
}

const ADDITIVE = [
  'vehicles',
  'vehicleKm',
  'fuelDisplacedLitres',
  'fuelDisplacedTonnes',
  'tailpipeCo2Tonnes',
  'wellToWheelCo2eTonnes',
  'evElectricityMWh',
  'evUseCo2eTonnes',
  'batteryEmbodiedCo2eTonnes',
  'netCo2eTonnes',
] as const;

/** The figures of several disjoint sets of packs: sums, with the per-pack and per-tonne ratios recomputed. */
export function sumFigures(parts: readonly DisplacementFigures[]): DisplacementFigures {
  const total = Object.fromEntries(ADDITIVE.map((k) => [k, 0])) as Record<(typeof ADDITIVE)[number], number>;
  for (const p of parts) for (const k of ADDITIVE) total[k] += p[k];
  return {
    ...total,
    creditedKmPerPack: total.vehicles > 0 ? total.vehicleKm / total.vehicles : (parts[0]?.creditedKmPerPack ?? 0),
    tailpipeCo2PerTonneFuel: total.fuelDisplacedTonnes === 0 ? null : total.tailpipeCo2Tonnes / total.fuelDisplacedTonnes,
    netCo2ePerTonneFuel: total.fuelDisplacedTonnes === 0 ? null : total.netCo2eTonnes / total.fuelDisplacedTonnes,
  };
}

export function summarizeParkYear(runs: readonly SummaryRun[]): SummaryGroup[] {
  const byGroup = new Map<string, SummaryRun[]>();
  for (const r of runs) {
    const key = `${r.market}|${r.vehicleClass}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), r]);
  }
  const groups: SummaryGroup[] = [];
  for (const rs of byGroup.values()) {
    const latest = new Map<string, SummaryRun>();
    for (const r of rs) {
      const cov = r.coverage === 'ALL' ? 'ALL' : `M:${r.manufacturerId}`;
      const prev = latest.get(cov);
      if (
        !prev ||
        r.completedAt.getTime() > prev.completedAt.getTime() ||
        (r.completedAt.getTime() === prev.completedAt.getTime() && r.id > prev.id)
      ) {
        latest.set(cov, r);
      }
    }
    const chosen = latest.has('ALL')
      ? [latest.get('ALL')!]
      : [...latest.values()].sort((a, b) => (a.manufacturerId! < b.manufacturerId! ? -1 : 1));
    groups.push({
      market: rs[0].market,
      vehicleClass: rs[0].vehicleClass,
      runIds: chosen.map((r) => r.id),
      result: sumFigures(chosen.map((r) => r.result)),
    });
  }
  return groups.sort((a, b) => (a.market === b.market ? a.vehicleClass.localeCompare(b.vehicleClass) : a.market.localeCompare(b.market)));
}
