"use strict";
/**
 * Lifecycle displacement: gasoline or diesel and CO2 displaced by traced battery packs, the method
 * of DOMAIN.md §6, term by term. Pure functions, no I/O; units are in the names.
 *
 *   N          vehicles = packs (or delivered energy kWh / pack kWh; fractional, never rounded)
 *   D_batt     = FEC_life × packKWh × SOH_avg / (EC / 100)            (only when FEC_life is given)
 *   D_cred     = min(D_vehicle, D_batt) × UF
 *   VKM        = N × D_cred
 *   fuel_L     = VKM × FC / 100
 *   fuel_t     = fuel_L × density / 1000
 *   ttw_t      = fuel_t × EF_ttw
 *   wtw_t      = ttw_t × (1 + u_wtt)
 *   grid_kWh   = VKM × EC / 100 / eta_charge
 *   ev_t       = grid_kWh × EF_grid / 1000
 *   battery_t  = N × packKWh × EF_batt / 1000
 *   net_t      = wtw_t − ev_t − battery_t      (may be negative; ratios null when fuel_t = 0)
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.batteryLimitedKm = batteryLimitedKm;
exports.creditedKm = creditedKm;
exports.computeDisplacement = computeDisplacement;
exports.vehiclesFromEnergy = vehiclesFromEnergy;
/** D_batt: km the pack can drive over its cycle life, or null when no cycle life is given. */
function batteryLimitedKm(p, packKWh) {
    if (p.cycleLife === null)
        return null;
    return (p.cycleLife * packKWh * p.averageStateOfHealth) / (p.evKWhPer100Km / 100);
}
/** D_cred: km credited to one pack = min(D_vehicle, D_batt) × UF. */
function creditedKm(p, packKWh) {
    const dBatt = batteryLimitedKm(p, packKWh);
    const km = dBatt === null ? p.vehicleLifetimeKm : Math.min(p.vehicleLifetimeKm, dBatt);
    return km * p.electricShare;
}
/**
 * The figures for a set of pack groups. Groups are summed in the order given, so the same groups
 * in the same order always give bit-identical figures (however the packs were counted).
 */
function computeDisplacement(p, groups) {
    let vehicles = 0;
    let vehicleKm = 0;
    let batteryKg = 0;
    let creditedSum = 0;
    for (const g of groups) {
        const dCred = creditedKm(p, g.packKWh);
        vehicles += g.vehicles;
        vehicleKm += g.vehicles * dCred;
        batteryKg += g.vehicles * g.packKWh * g.batteryKgCo2ePerKWhCapacity;
        creditedSum += dCred;
    }
    const fuelL = (vehicleKm * p.fuelLitresPer100Km) / 100;
    const fuelT = (fuelL * p.fuelDensityKgPerL) / 1000;
    const ttwT = fuelT * p.tailpipeKgCo2PerKgFuel;
    const wtwT = ttwT * (1 + p.upstreamUplift);
    const gridKWh = (vehicleKm * p.evKWhPer100Km) / 100 / p.chargingEfficiency;
    const evT = (gridKWh * p.gridKgCo2ePerKWh) / 1000;
    const batteryT = batteryKg / 1000;
    const netT = wtwT - evT - batteryT;
    return {
        vehicles,
        creditedKmPerPack: vehicles > 0 ? vehicleKm / vehicles : groups.length > 0 ? creditedSum / groups.length : 0,
        vehicleKm,
        fuelDisplacedLitres: fuelL,
        fuelDisplacedTonnes: fuelT,
        tailpipeCo2Tonnes: ttwT,
        wellToWheelCo2eTonnes: wtwT,
        evElectricityMWh: gridKWh / 1000,
        evUseCo2eTonnes: evT,
        batteryEmbodiedCo2eTonnes: batteryT,
        netCo2eTonnes: netT,
        tailpipeCo2PerTonneFuel: fuelT === 0 ? null : ttwT / fuelT,
        netCo2ePerTonneFuel: fuelT === 0 ? null : netT / fuelT,
    };
}
/** N for a what-if: delivered energy over pack size, fractional, never rounded (DOMAIN.md §6). */
function vehiclesFromEnergy(energyKWh, packKWh) {
    return energyKWh / packKWh;
}
//# sourceMappingURL=displacement-formula.js.map