"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sumFigures = sumFigures;
exports.summarizeParkYear = summarizeParkYear;
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
];
/** The figures of several disjoint sets of packs: sums, with the per-pack and per-tonne ratios recomputed. */
function sumFigures(parts) {
    const total = Object.fromEntries(ADDITIVE.map((k) => [k, 0]));
    for (const p of parts)
        for (const k of ADDITIVE)
            total[k] += p[k];
    return {
        ...total,
        creditedKmPerPack: total.vehicles > 0 ? total.vehicleKm / total.vehicles : (parts[0]?.creditedKmPerPack ?? 0),
        tailpipeCo2PerTonneFuel: total.fuelDisplacedTonnes === 0 ? null : total.tailpipeCo2Tonnes / total.fuelDisplacedTonnes,
        netCo2ePerTonneFuel: total.fuelDisplacedTonnes === 0 ? null : total.netCo2eTonnes / total.fuelDisplacedTonnes,
    };
}
function summarizeParkYear(runs) {
    const byGroup = new Map();
    for (const r of runs) {
        const key = `${r.market}|${r.vehicleClass}`;
        byGroup.set(key, [...(byGroup.get(key) ?? []), r]);
    }
    const groups = [];
    for (const rs of byGroup.values()) {
        const latest = new Map();
        for (const r of rs) {
            const cov = r.coverage === 'ALL' ? 'ALL' : `M:${r.manufacturerId}`;
            const prev = latest.get(cov);
            if (!prev ||
                r.completedAt.getTime() > prev.completedAt.getTime() ||
                (r.completedAt.getTime() === prev.completedAt.getTime() && r.id > prev.id)) {
                latest.set(cov, r);
            }
        }
        const chosen = latest.has('ALL')
            ? [latest.get('ALL')]
            : [...latest.values()].sort((a, b) => (a.manufacturerId < b.manufacturerId ? -1 : 1));
        groups.push({
            market: rs[0].market,
            vehicleClass: rs[0].vehicleClass,
            runIds: chosen.map((r) => r.id),
            result: sumFigures(chosen.map((r) => r.result)),
        });
    }
    return groups.sort((a, b) => (a.market === b.market ? a.vehicleClass.localeCompare(b.vehicleClass) : a.market.localeCompare(b.market)));
}
//# sourceMappingURL=park-summary.js.map