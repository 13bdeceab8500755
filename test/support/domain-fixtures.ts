import type { DisplacementParameters } from '../../src/displacement/displacement-formula';

/**
 * The EU passenger-car defaults of docs/methods/displacement.md (lifetime 200,000 km, gasoline 7.0 L/100 km at
 * 0.745 kg/L and 3.070 kg CO2/kg, upstream +20%, EV 17 kWh/100 km charged at 0.90 on the EU grid
 * 0.210 kg CO2e/kWh, SOH 0.9 for an 80% end of life, BEV), spelled out independently of the
 * defaults table so that tests check the table and the formulas against the source.
 */
export const EU_CAR_DOMAIN_PARAMETERS: DisplacementParameters = {
  vehicleLifetimeKm: 200_000,
  fuelLitresPer100Km: 7.0,
  fuelDensityKgPerL: 0.745,
  tailpipeKgCo2PerKgFuel: 3.07,
  upstreamUplift: 0.2,
  evKWhPer100Km: 17,
  chargingEfficiency: 0.9,
  gridKgCo2ePerKWh: 0.21,
  cycleLife: null,
  averageStateOfHealth: 0.9,
  electricShare: 1,
};
