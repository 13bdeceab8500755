/**
 * The demo LFP car pack: 60 kWh usable, M1, 8-year warranty, the functional-unit example of
 * docs/methods/footprint.md (60 kWh × 60 cycles × 8 years = 28,800 kWh). The demo world, the test factories and
 * the benchmarks register this same model.
 */
export const LFP_CAR_PACK = {
  category: 'EV',
  vehicleCategory: 'M1',
  chemistry: 'LFP',
  nominalEnergyKWh: 62,
  usableEnergyKWh: 60,
  capacityAh: 160,
  nominalVoltageV: 387.5,
  massKg: 395,
  expectedCycleLife: 4000,
  warrantyYears: 8,
  warrantyKm: 200000,
} as const;
