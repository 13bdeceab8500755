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

/**
 * The demo LFP manufacturer's GS1 company prefix: under GS1 prefix 952, which GS1 makes available
 * to anyone for demonstrations and examples of GS1 identification keys, so that no real company's
 * numbers are used. 952 + company number 1234: a 7-digit company prefix.
 */
export const DEMO_GS1_COMPANY_PREFIX = '9521234';

/**
 * The demo LFP car pack's GTIN-13: company prefix 9521234, item reference 00062, check digit 4
 * (GS1 General Specifications mod-10: 952123400062 weighted 3,1,… from the right sums to 56;
 * 60 − 56 = 4). Its packs are named /01/09521234000624/21/<serial>.
 */
export const DEMO_LFP_CAR_PACK_GTIN = '9521234000624';
