import { PASSPORT_ATTRIBUTE_BY_KEY } from './passport-attributes';
import { batteryPassCarbonFootprint } from './battery-pass';
import { BatteryPassFacts, batteryPassAttributes, passportCategoryOf } from './battery-pass-attributes';
import { passportCompleteness } from './passport-completeness';

/** A 75 kWh LFP car pack, batch B-042 made in March 2026, declared at 4,500 kg CO2e over 28,800 kWh (docs/methods/footprint.md example). */
const facts = (overrides: Partial<BatteryPassFacts> = {}): BatteryPassFacts => ({
  batchId: '11111111-2222-4333-8444-555555555555',
  batchNumber: 'B-042/3',
  manufacturer: { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Pack Works', country: 'CN' },
  plant: { address: '1 Cell Road, Yibin', country: 'CN' },
  production: { start: new Date('2026-03-01T00:00:00Z'), end: '2026-03-31T00:00:00.000Z' },
  model: {
    category: 'EV',
    chemistry: 'LFP',
    massKg: 480,
    capacityAh: 230,
    usableEnergyKWh: 72,
    nominalVoltageV: 326.4,
    expectedCycleLife: 3000,
    warrantyYears: 8,
    warrantyKm: 160000,
  },
  carbonFootprint: batteryPassCarbonFootprint(
    {
      stages: { RAW_MATERIAL_ACQUISITION: 3000, MAIN_PRODUCTION: 1000, DISTRIBUTION: 200, END_OF_LIFE_RECYCLING: 300 },
      kgCo2ePerKWhLifetime: 4500 / 28_800,
      lifetimeEnergyKWh: 28_800,
      kgCo2ePerBattery: 4500,
      performanceClass: null,
    },
    'https://example.test/footprints/f1/study',
  ),
  ...overrides,
});

describe('batteryPassAttributes', () => {
  it('fills what battrace holds, by catalogue key, worked by hand', () => {
    expect(batteryPassAttributes(facts())).toEqual({
      batteryPassportIdentifier: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      productIdentifier: 'urn:battrace:batch:aaaaaaaa-0000-4000-8000-000000000001:B-042%2F3',
      manufacturerInformation: {
        identifier: 'urn:battrace:org:aaaaaaaa-0000-4000-8000-000000000001',
        contactName: 'Pack Works',
        postalAddress: { addressCountry: 'CN' },
      },
      manufacturingPlace: { streetAddress: '1 Cell Road, Yibin', addressCountry: 'CN' },
      manufacturingDate: '2026-03-31T00:00:00.000Z',
      warrentyPeriod: { warrantyYears: 8, warrantyKm: 160000 },
      batteryCategory: 'ev',
      batteryMass: 480,
      batteryChemistry: { shortName: 'LFP', clearName: 'Lithium iron phosphate' },
      ratedCapacity: 230,
      ratedEnergy: 72,
      nominalVoltage: 326.4,
      expectedNumberOfCycles: 3000,
      // 4,500 kg / 28,800 kWh = 0.15625; stages 3,000, 1,000, 200 and 300 kg over 28,800 kWh.
      batteryCarbonFootprint: 0.15625,
      carbonFootprintRawMaterialExtraction: { lifecycleStage: 'RawMaterialExtraction', carbonFootprint: 0.10416666666666667 },
      carbonFootprintMainProduction: { lifecycleStage: 'MainProduction', carbonFootprint: 0.034722222222222224 },
      carbonFootprintDistribution: { lifecycleStage: 'Distribution', carbonFootprint: 0.006944444444444444 },
      carbonFootprintRecycling: { lifecycleStage: 'Recycling', carbonFootprint: 0.010416666666666666 },
      carbonFootprintStudy: 'https://example.test/footprints/f1/study',
      absoluteCarbonFootprint: 4500,
    });
  });

  it('leaves absent (not null) what it has no value for: no footprint, no performance class, no warranty distance, no country', () => {
    const a = batteryPassAttributes(
      facts({
        carbonFootprint: null,
        manufacturer: { id: 'm', name: 'M', country: null },
        model: { ...facts().model, warrantyKm: null },
      }),
    );
    for (const key of ['batteryCarbonFootprint', 'carbonFootprintRecycling', 'carbonFootprintPerformanceClass', 'carbonFootprintStudy']) {
      expect(key in a).toBe(false);
    }
    expect(a.warrentyPeriod).toEqual({ warrantyYears: 8 });
    expect(a.manufacturerInformation).toEqual({ identifier: 'urn:battrace:org:m', contactName: 'M' });
    expect(Object.values(a)).not.toContain(null);
    const withClass = facts();
    withClass.carbonFootprint = { ...withClass.carbonFootprint!, carbonFootprintPerformanceClass: 'B' };
    expect(batteryPassAttributes(withClass).carbonFootprintPerformanceClass).toBe('B');
  });

  it('uses only catalogue keys; an EV batch with a declared footprint has 18 of its 70 mandatory attributes', () => {
    const a = batteryPassAttributes(facts());
    for (const key of Object.keys(a)) expect(PASSPORT_ATTRIBUTE_BY_KEY.has(key)).toBe(true);
    // 20 values: rated energy and the absolute footprint are voluntary for EV, so 18 mandatory
    // ones; 15 of them per model and public. The performance class is pending (a declared
    // footprint, no classes adopted yet), so 49 - 15 - 1 = 33 publishing blockers remain.
    const c = passportCompleteness('EV', a);
    expect([
      Object.keys(a).length,
      c.mandatoryCount,
      c.presentCount,
      c.missing.length,
      c.pending.length,
      c.publishableBlockers.length,
    ]).toEqual([20, 70, 18, 51, 1, 33]);
    expect(c.pending).toEqual(['carbonFootprintPerformanceClass']);
    expect(c.missing).not.toContain('carbonFootprintPerformanceClass');
    expect(c.missing).not.toContain('batteryMass');
    // Without a declared footprint the class is missing like the footprint itself.
    const none = passportCompleteness('EV', batteryPassAttributes(facts({ carbonFootprint: null })));
    expect(none.pending).toEqual([]);
    expect(none.missing).toContain('carbonFootprintPerformanceClass');
  });
});

describe('passportCategoryOf', () => {
  it('maps EV and LMT, industrial and stationary above 2 kWh, and nothing else (Art. 77(1))', () => {
    expect(passportCategoryOf('EV', 0.5)).toBe('EV');
    expect(passportCategoryOf('LMT', 0.5)).toBe('LMT');
    expect(passportCategoryOf('INDUSTRIAL', 2.1)).toBe('INDUSTRIAL');
    expect(passportCategoryOf('INDUSTRIAL', 2)).toBeNull();
    expect(passportCategoryOf('STATIONARY', 100)).toBe('STATIONARY');
    expect(passportCategoryOf('STATIONARY', 1.5)).toBeNull();
    expect(passportCategoryOf('SLI', 10)).toBeNull();
    expect(passportCategoryOf('PORTABLE', 0.1)).toBeNull();
  });
});
