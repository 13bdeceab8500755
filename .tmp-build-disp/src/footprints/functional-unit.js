"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.annualKmFromCycles = annualKmFromCycles;
exports.functionalUnit = functionalUnit;
/** km a year that `fec` full equivalent cycles of `usableEnergyKWh` drive at `kWhPer100Km`. */
function annualKmFromCycles(usableEnergyKWh, fec, kWhPer100Km) {
    return (usableEnergyKWh * fec) / (kWhPer100Km / 100);
}
function functionalUnit(p) {
    let annualKm = null;
    let kmWarrantyYears = null;
    if (p.warrantyKm !== null && p.evConsumptionKWhPer100Km !== null) {
        annualKm = annualKmFromCycles(p.usableEnergyKWh, p.fullEquivalentCyclesPerYear, p.evConsumptionKWhPer100Km);
        kmWarrantyYears = p.warrantyKm / annualKm;
    }
    const byKm = kmWarrantyYears !== null && kmWarrantyYears < p.warrantyYears;
    const serviceLifeYears = byKm ? kmWarrantyYears : p.warrantyYears;
    return {
        usableEnergyKWh: p.usableEnergyKWh,
        fullEquivalentCyclesPerYear: p.fullEquivalentCyclesPerYear,
        warrantyYears: p.warrantyYears,
        warrantyKm: p.warrantyKm,
        evConsumptionKWhPer100Km: p.evConsumptionKWhPer100Km,
        annualKm,
        kmWarrantyYears,
        serviceLifeYears,
        serviceLifeBasis: byKm ? 'WARRANTY_KM' : 'WARRANTY_YEARS',
        lifetimeEnergyKWhPerBattery: p.usableEnergyKWh * p.fullEquivalentCyclesPerYear * serviceLifeYears,
    };
}
//# sourceMappingURL=functional-unit.js.map