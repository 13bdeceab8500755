"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateOverrides = validateOverrides;
exports.resolveRunParameters = resolveRunParameters;
exports.formulaParameters = formulaParameters;
const errors_1 = require("../common/errors");
const displacement_defaults_1 = require("./displacement-defaults");
/**
 * What each numeric override may be. Distance and the shares that may honestly be nil (upstream
 * uplift, a zero-carbon grid) may be zero; sizes, densities, factors and efficiencies may not;
 * efficiencies and shares are at most 1.
 */
const RULES = {
    vehicleLifetimeKm: { min: 0, minInclusive: true },
    fuelLitresPer100Km: { min: 0, minInclusive: false },
    fuelDensityKgPerL: { min: 0, minInclusive: false },
    tailpipeKgCo2PerKgFuel: { min: 0, minInclusive: false },
    upstreamUplift: { min: 0, minInclusive: true },
    evKWhPer100Km: { min: 0, minInclusive: false },
    chargingEfficiency: { min: 0, minInclusive: false, max: 1 },
    gridKgCo2ePerKWh: { min: 0, minInclusive: true },
    batteryKgCo2ePerKWhCapacity: { min: 0, minInclusive: false },
    cycleLife: { min: 0, minInclusive: false },
    averageStateOfHealth: { min: 0, minInclusive: false, max: 1 },
    electricShare: { min: 0, minInclusive: false, max: 1 },
    packKWh: { min: 0, minInclusive: false },
};
/** BAD_USER_INPUT naming the first override out of range (`input.overrides.<name>`). */
function validateOverrides(o, path = 'input.overrides') {
    if (!o)
        return;
    for (const name of Object.keys(RULES)) {
        const v = o[name];
        if (v === null || v === undefined)
            continue;
        const rule = RULES[name];
        const field = `${path}.${name}`;
        if (!Number.isFinite(v))
            throw (0, errors_1.badInput)(field, `must be a finite number, got ${v}`);
        if (rule.minInclusive ? v < rule.min : v <= rule.min) {
            throw (0, errors_1.badInput)(field, rule.minInclusive ? `must be ${rule.min} or more, got ${v}` : `must be greater than ${rule.min}, got ${v}`);
        }
        if (rule.max !== undefined && v > rule.max)
            throw (0, errors_1.badInput)(field, `must be at most ${rule.max}, got ${v}`);
    }
}
/** The run-wide parameters (the per-pack ones, pack size and battery factor, are per group). */
function resolveRunParameters(defaults, vehicleClass, market, overrides = {}) {
    const cls = defaults.vehicleClasses[vehicleClass];
    const sources = [];
    const pick = (parameter, override, fallback, source) => {
        if (override !== null && override !== undefined) {
            sources.push({ parameter, value: String(override), origin: 'OVERRIDE', source: 'caller override' });
            return override;
        }
        sources.push({ parameter, value: String(fallback), origin: 'DEFAULT', source });
        return fallback;
    };
    sources.push({ parameter: 'market', value: market.market, origin: market.origin, source: market.source });
    const fuelType = pick('fuelType', overrides.fuelType, cls.fuelType, `${cls.source}: ${cls.label}`);
    const fuel = defaults.fuels[fuelType];
    const eta = (0, displacement_defaults_1.chargingEfficiencyFor)(defaults, vehicleClass);
    const grid = defaults.gridKgCo2ePerKWh[market.market];
    return {
        defaultsVersion: defaults.version,
        vehicleClass,
        market: market.market,
        fuelType,
        vehicleLifetimeKm: pick('vehicleLifetimeKm', overrides.vehicleLifetimeKm, cls.lifetimeKm, `${cls.source}: ${cls.label}`),
        fuelLitresPer100Km: pick('fuelLitresPer100Km', overrides.fuelLitresPer100Km, cls.fuelLitresPer100Km, `${cls.source}: ${cls.label}`),
        fuelDensityKgPerL: pick('fuelDensityKgPerL', overrides.fuelDensityKgPerL, fuel.densityKgPerL.value, fuel.densityKgPerL.source),
        tailpipeKgCo2PerKgFuel: pick('tailpipeKgCo2PerKgFuel', overrides.tailpipeKgCo2PerKgFuel, fuel.tailpipeKgCo2PerKgFuel.value, fuel.tailpipeKgCo2PerKgFuel.source),
        upstreamUplift: pick('upstreamUplift', overrides.upstreamUplift, defaults.upstreamUplift.value, defaults.upstreamUplift.source),
        evKWhPer100Km: pick('evKWhPer100Km', overrides.evKWhPer100Km, cls.evKWhPer100Km, `${cls.source}: ${cls.label}`),
        chargingEfficiency: pick('chargingEfficiency', overrides.chargingEfficiency, eta.value, eta.source),
        gridKgCo2ePerKWh: pick('gridKgCo2ePerKWh', overrides.gridKgCo2ePerKWh, grid.value, grid.source),
        cycleLife: pick('cycleLife', overrides.cycleLife, null, 'DOMAIN.md §6: D_batt only when FEC_life is given'),
        averageStateOfHealth: pick('averageStateOfHealth', overrides.averageStateOfHealth, defaults.averageStateOfHealth.value, defaults.averageStateOfHealth.source),
        electricShare: pick('electricShare', overrides.electricShare, defaults.electricShare.value, defaults.electricShare.source),
        sources,
    };
}
/** The formula's inputs out of a stored parameter set. */
function formulaParameters(p) {
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
//# sourceMappingURL=run-parameters.js.map