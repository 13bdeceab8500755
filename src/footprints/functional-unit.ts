/**
 * The EU functional unit of a battery carbon footprint (docs/methods/footprint.md, EU 2023/1542 Annex II and
 * the draft delegated act): 1 kWh of the total energy the battery delivers over its service life,
 *
 *   lifetimeEnergyKWh = usableEnergyKWh × fullEquivalentCyclesPerYear × serviceLifeYears
 *
 * where the service life is the commercial warranty in years; a km warranty is converted to years
 * and the shorter of the two is taken.
 *
 * The draft act gives no annual mileage, so the km warranty is converted with the consumption of the
 * vehicle (kWh per 100 km, a *default* ruleset parameter from docs/methods/displacement.md): at the draft act's
 * cycle rate the pack delivers `usableEnergyKWh × FEC` kWh a year, which drives
 * `usableEnergyKWh × FEC / (kWhPer100Km / 100)` km a year. A km warranty therefore ends after
 * `warrantyKm / thatAnnualKm` years; equivalently the lifetime energy is capped at the energy that
 * drives the warranted km.
 */
export interface FunctionalUnitParams {
  usableEnergyKWh: number;
  fullEquivalentCyclesPerYear: number;
  warrantyYears: number;
  /** null when the model has no km warranty. */
  warrantyKm: number | null;
  /** null when the ruleset has no consumption figure for the vehicle category (the km warranty then cannot be converted). */
  evConsumptionKWhPer100Km: number | null;
}

export interface FunctionalUnit {
  usableEnergyKWh: number;
  fullEquivalentCyclesPerYear: number;
  warrantyYears: number;
  warrantyKm: number | null;
  evConsumptionKWhPer100Km: number | null;
  /** km a year implied by the cycle rate and the consumption; null without a km warranty or consumption. */
  annualKm: number | null;
  /** the km warranty converted to years; null when not converted. */
  kmWarrantyYears: number | null;
  serviceLifeYears: number;
  /** which warranty set the service life. */
  serviceLifeBasis: 'WARRANTY_YEARS' | 'WARRANTY_KM';
  /** total energy one battery delivers over its service life: the functional unit's reference flow. */
  lifetimeEnergyKWhPerBattery: number;
}

/** km a year that `fec` full equivalent cycles of `usableEnergyKWh` drive at `kWhPer100Km`. */
export function annualKmFromCycles(usableEnergyKWh: number, fec: number, kWhPer100Km: number): number {
  return (usableEnergyKWh * fec) / (kWhPer100Km / 100);
}

export function functionalUnit(p: FunctionalUnitParams): FunctionalUnit {
  let annualKm: number | null = null;
  let kmWarrantyYears: number | null = null;
  if (p.warrantyKm !== null && p.evConsumptionKWhPer100Km !== null) {
    annualKm = annualKmFromCycles(p.usableEnergyKWh, p.fullEquivalentCyclesPerYear, p.evConsumptionKWhPer100Km);
    kmWarrantyYears = p.warrantyKm / annualKm;
  }
  const byKm = kmWarrantyYears !== null && kmWarrantyYears < p.warrantyYears;
  const serviceLifeYears = byKm ? kmWarrantyYears! : p.warrantyYears;
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
