import { batteryPassCarbonFootprint } from './battery-pass';

describe('Battery Pass carbon footprint aspect', () => {
  it('renders per-kWh-lifetime stage values that add up to batteryCarbonFootprint', () => {
    // docs/methods/footprint.md example: 4,500 kg over 28,800 kWh = 0.15625 kg/kWh.
    const bp = batteryPassCarbonFootprint(
      {
        stages: { RAW_MATERIAL_ACQUISITION: 3000, MAIN_PRODUCTION: 1000, DISTRIBUTION: 200, END_OF_LIFE_RECYCLING: 300 },
        kgCo2ePerKWhLifetime: 4500 / 28_800,
        lifetimeEnergyKWh: 28_800,
        kgCo2ePerBattery: 4500,
        performanceClass: null,
      },
      'https://example.test/footprints/1/study',
    );
    expect(bp.batteryCarbonFootprint).toBeCloseTo(0.15625, 12);
    expect(bp.carbonFootprintPerLifecycleStage.map((s) => s.lifecycleStage)).toEqual([
      'RawMaterialExtraction',
      'MainProduction',
      'Distribution',
      'Recycling',
    ]);
    const sum = bp.carbonFootprintPerLifecycleStage.reduce((a, s) => a + s.carbonFootprint, 0);
    expect(sum).toBeCloseTo(bp.batteryCarbonFootprint, 12);
    expect(bp.absoluteCarbonFootprint).toBe(4500);
    expect(bp.carbonFootprintPerformanceClass).toBeNull();
    expect(bp.carbonFootprintStudy).toBe('https://example.test/footprints/1/study');
  });
});
