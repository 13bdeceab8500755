"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kWhToTce = exports.NEAR_ZERO_FRACTION_OF_BASELINE = exports.MIN_DIRECT_GREEN_SHARE = exports.KGCE_PER_KWH = void 0;
exports.supplyTotals = supplyTotals;
exports.parkEnergyMetrics = parkEnergyMetrics;
const electricity_source_1 = require("./electricity-source");
/**
 * The national zero-carbon park indicators of a park and period (DOMAIN.md §2, NDRC 2025):
 * - directly supplied green electricity must be at least 50% of consumption;
 * - "near-zero": carbon emissions per unit of energy consumed about one tenth of today's average
 *   park, measured in t CO2 per tonne of standard coal equivalent (tce); 1 kWh = 0.1229 kgce.
 * Only electricity is recorded here: the energy in tce is the electricity converted at 0.1229
 * kgce/kWh, and its CO2 is the GRID supply times the park's grid factor (direct, on-site and
 * GEC-backed green supply count as zero-carbon). The baseline (today's average park) is not in
 * DOMAIN.md, so the caller states it; without one the intensity test is left open (null).
 */
exports.KGCE_PER_KWH = 0.1229;
exports.MIN_DIRECT_GREEN_SHARE = 0.5;
exports.NEAR_ZERO_FRACTION_OF_BASELINE = 0.1;
function supplyTotals(supplies) {
    const t = Object.fromEntries(electricity_source_1.ELECTRICITY_SOURCES.map((s) => [s, 0]));
    for (const s of supplies)
        t[s.source] += s.kWh;
    return t;
}
/** Energy in tonnes of standard coal equivalent. */
const kWhToTce = (kWh) => (kWh * exports.KGCE_PER_KWH) / 1000;
exports.kWhToTce = kWhToTce;
function parkEnergyMetrics(totals, totalKWh, gridKgCo2PerKWh, baselineTCo2PerTce) {
    const directGreenKWh = electricity_source_1.DIRECT_GREEN_SOURCES.reduce((a, s) => a + totals[s], 0);
    const greenKWh = electricity_source_1.GREEN_SOURCES.reduce((a, s) => a + totals[s], 0);
    const directGreenShare = directGreenKWh / totalKWh;
    const energyTce = (0, exports.kWhToTce)(totalKWh);
    const co2Tonnes = (totals.GRID * gridKgCo2PerKWh) / 1000;
    const tCo2PerTce = co2Tonnes / energyTce;
    const maximum = baselineTCo2PerTce === null ? null : baselineTCo2PerTce * exports.NEAR_ZERO_FRACTION_OF_BASELINE;
    const directHolds = directGreenShare >= exports.MIN_DIRECT_GREEN_SHARE;
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
        directGreenCondition: { holds: directHolds, share: directGreenShare, minimumShare: exports.MIN_DIRECT_GREEN_SHARE },
        intensityCondition: { holds: intensityHolds, tCo2PerTce, baselineTCo2PerTce, maximumTCo2PerTce: maximum },
        zeroCarbonPark: !directHolds ? false : intensityHolds,
    };
}
//# sourceMappingURL=park-energy-metrics.js.map