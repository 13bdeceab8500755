import { annualKmFromCycles, functionalUnit } from './functional-unit';

describe('functional unit (docs/methods/footprint.md)', () => {
  it('reproduces the docs/methods/footprint.md example: 60 kWh usable, M1 (60 cycles a year), 8 years -> 28,800 kWh; 4,500 kg -> 0.156 kg/kWh', () => {
    const fu = functionalUnit({
      usableEnergyKWh: 60,
      fullEquivalentCyclesPerYear: 60,
      warrantyYears: 8,
      warrantyKm: null,
      evConsumptionKWhPer100Km: 17,
    });
    expect(fu.lifetimeEnergyKWhPerBattery).toBe(28_800);
    expect(fu.serviceLifeBasis).toBe('WARRANTY_YEARS');
    expect(Number((4500 / fu.lifetimeEnergyKWhPerBattery).toPrecision(3))).toBe(0.156);
  });

  it('keeps the years when the km warranty lasts longer: 200,000 km at 17 kWh/100 km is 9.44 years', () => {
    // 60 kWh × 60 cycles = 3,600 kWh a year; / 0.17 kWh per km = 21,176.47 km a year; 200,000 / 21,176.47 = 9.444 years.
    const fu = functionalUnit({
      usableEnergyKWh: 60,
      fullEquivalentCyclesPerYear: 60,
      warrantyYears: 8,
      warrantyKm: 200_000,
      evConsumptionKWhPer100Km: 17,
    });
    expect(fu.annualKm).toBeCloseTo(21_176.47, 2);
    expect(fu.kmWarrantyYears).toBeCloseTo(9.4444, 4);
    expect(fu.serviceLifeYears).toBe(8);
    expect(fu.lifetimeEnergyKWhPerBattery).toBe(28_800);
  });

  it('takes the converted km warranty when it is shorter: 100,000 km -> 4.72 years', () => {
    const fu = functionalUnit({
      usableEnergyKWh: 60,
      fullEquivalentCyclesPerYear: 60,
      warrantyYears: 8,
      warrantyKm: 100_000,
      evConsumptionKWhPer100Km: 17,
    });
    // 100,000 / 21,176.47 = 4.7222 years; 60 × 60 × 4.7222 = 17,000 kWh = the energy that drives 100,000 km at 17 kWh/100 km.
    expect(fu.serviceLifeBasis).toBe('WARRANTY_KM');
    expect(fu.serviceLifeYears).toBeCloseTo(4.7222, 4);
    expect(fu.lifetimeEnergyKWhPerBattery).toBeCloseTo(17_000, 6);
  });

  it('uses a bus rate of 250 cycles a year', () => {
    const fu = functionalUnit({
      usableEnergyKWh: 350,
      fullEquivalentCyclesPerYear: 250,
      warrantyYears: 8,
      warrantyKm: null,
      evConsumptionKWhPer100Km: null,
    });
    expect(fu.lifetimeEnergyKWhPerBattery).toBe(350 * 250 * 8);
  });

  it('cannot convert a km warranty without a consumption figure: the years stand', () => {
    const fu = functionalUnit({
      usableEnergyKWh: 2,
      fullEquivalentCyclesPerYear: 20,
      warrantyYears: 3,
      warrantyKm: 30_000,
      evConsumptionKWhPer100Km: null,
    });
    expect(fu.kmWarrantyYears).toBeNull();
    expect(fu.lifetimeEnergyKWhPerBattery).toBe(2 * 20 * 3);
  });

  it('annualKmFromCycles is energy a year over consumption per km', () => {
    expect(annualKmFromCycles(350, 250, 110)).toBeCloseTo((350 * 250) / 1.1, 9);
  });
});
