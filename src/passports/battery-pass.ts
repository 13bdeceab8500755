import type { LifecycleStage } from '../footprints/footprint-document';

/**
 * A footprint as the carbon-footprint aspect of a battery passport, with the Battery Pass data
 * model's field names (CarbonFootprintForBatteries 1.2.0, DIN DKE SPEC 99100 §6.3):
 * - batteryCarbonFootprint: kg CO2e per kWh of the total energy delivered over the service life
 *   (the functional unit of docs/methods/footprint.md, the EU declared value);
 * - carbonFootprintPerLifecycleStage: the same per stage, in kg CO2e per kWh lifetime, with the
 *   stage names RawMaterialExtraction, MainProduction, Distribution, Recycling;
 * - carbonFootprintPerformanceClass: null until the delegated act publishes classes;
 * - carbonFootprintStudy: a link to the public study behind the values;
 * - absoluteCarbonFootprint: kg CO2e of one battery (optional in the model).
 */
export const BATTERY_PASS_STAGE: Record<LifecycleStage, string> = {
  RAW_MATERIAL_ACQUISITION: 'RawMaterialExtraction',
  MAIN_PRODUCTION: 'MainProduction',
  DISTRIBUTION: 'Distribution',
  END_OF_LIFE_RECYCLING: 'Recycling',
};

export interface BatteryPassCarbonFootprint {
  batteryCarbonFootprint: number;
  carbonFootprintPerLifecycleStage: { lifecycleStage: string; carbonFootprint: number }[];
  carbonFootprintPerformanceClass: string | null;
  carbonFootprintStudy: string;
  absoluteCarbonFootprint: number;
}

export function batteryPassCarbonFootprint(
  f: {
    stages: Record<LifecycleStage, number>;
    kgCo2ePerKWhLifetime: number;
    lifetimeEnergyKWh: number;
    kgCo2ePerBattery: number;
    performanceClass: string | null;
  },
  studyUrl: string,
): BatteryPassCarbonFootprint {
  return {
    batteryCarbonFootprint: f.kgCo2ePerKWhLifetime,
    carbonFootprintPerLifecycleStage: (Object.keys(BATTERY_PASS_STAGE) as LifecycleStage[]).map((s) => ({
      lifecycleStage: BATTERY_PASS_STAGE[s],
      carbonFootprint: f.stages[s] / f.lifetimeEnergyKWh,
    })),
    carbonFootprintPerformanceClass: f.performanceClass,
    carbonFootprintStudy: studyUrl,
    absoluteCarbonFootprint: f.kgCo2ePerBattery,
  };
}
