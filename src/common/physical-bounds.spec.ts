import { BOUNDS, EMISSION_FACTOR_BOUNDS, isUsableNumber, MIN_NORMAL, nonFinitePaths, quantityProblem } from './physical-bounds';
import { UNITS_BY_KIND } from '../emission-factors/factor-kinds';

describe('physical bounds', () => {
  it('every bound is a usable, ordered range with a reason', () => {
    for (const [name, b] of Object.entries(BOUNDS)) {
      expect({ name, ok: isUsableNumber(b.min) && isUsableNumber(b.max) && b.min < b.max }).toEqual({ name, ok: true });
      expect(b.reason.length).toBeGreaterThan(10);
      if (b.integer) expect(Number.isInteger(b.min) && Number.isInteger(b.max)).toBe(true);
    }
  });

  it('the smallest normal double is 2^-1022', () => {
    expect(MIN_NORMAL).toBe(2 ** -1022);
    expect(isUsableNumber(MIN_NORMAL)).toBe(true);
    expect(isUsableNumber(MIN_NORMAL / 2)).toBe(false);
    expect(isUsableNumber(Number.MIN_VALUE)).toBe(false);
    expect(isUsableNumber(-Number.MIN_VALUE)).toBe(false);
    expect(isUsableNumber(0)).toBe(true);
    expect(isUsableNumber(-0)).toBe(true);
    expect(isUsableNumber(Number.MAX_VALUE)).toBe(true);
    expect(isUsableNumber(Number.NaN)).toBe(false);
  });

  // Real products and operations, written down independently of the bounds: each must pass.
  it.each([
    ['a CR2032 coin cell, 0.66 Wh', 0.00066, BOUNDS.batteryEnergyKWh],
    ['an EU car pack, 78 kWh', 78, BOUNDS.batteryEnergyKWh],
    ['a Megapack 2 XL, 3,916 kWh', 3_916, BOUNDS.batteryEnergyKWh],
    ['a 560 Ah LFP storage cell', 560, BOUNDS.batteryCapacityAh],
    ['an 800 V car pack', 800, BOUNDS.batteryVoltageV],
    ['a 1.2 V NiMH cell', 1.2, BOUNDS.batteryVoltageV],
    ['a Megapack, about 38 t', 38_100, BOUNDS.batteryMassKg],
    ['a 2.6 t bus pack', 2_600, BOUNDS.batteryMassKg],
    ['a 720,000 km bus warranty', 720_000, BOUNDS.warrantyKm],
    ['a loaded 40 ft container, 30,480 kg', 30_480, BOUNDS.containerGrossMassKg],
    ['a 200,000 t container ship load', 200_000_000, BOUNDS.shipmentGrossMassKg],
    ['Shanghai to Rotterdam via the Cape, about 26,000 km', 26_000, BOUNDS.legDistanceKm],
    ['a 10,500 nm sea leg', 10_500, BOUNDS.legDistanceNauticalMiles],
    ['a park-year of 5 TWh', 5e9, BOUNDS.siteElectricityKWh],
    ['300,000 packs of 100 kWh', 3e7, BOUNDS.outputEnergyKWh],
    ['3.2 GWh of packs for a what-if', 3.2e6, BOUNDS.batteryEnergyTotalKWh],
    ['a lignite grid, 1.2 kg CO2e/kWh', 1.2, BOUNDS.kgCo2ePerKWh],
    ['diesel, 3.16 kg CO2 per kg', 3.16, BOUNDS.tailpipeKgCo2PerKgFuel],
    ['a diesel coach, 45 L/100 km', 45, BOUNDS.fuelLitresPer100Km],
    ['an electric truck, 180 kWh/100 km', 180, BOUNDS.evKWhPer100Km],
    ['coal, 2.66 t CO2 per tce', 2.66, BOUNDS.tCo2PerTce],
    ['a 280 Ah prismatic LFP cell, about 0.2 mΩ', 0.0002, BOUNDS.internalResistanceOhm],
    ['a CR2032 coin cell, about 20 Ω', 20, BOUNDS.internalResistanceOhm],
    ['a cycle-life test at C/3', 0.33, BOUNDS.cRateAPerAh],
    ['an NMC cell losing 3 % a month', 3, BOUNDS.monthlySelfDischargePercent],
    ['a resistance doubled at end of life', 100, BOUNDS.resistanceIncreasePercent],
    ['a power cell rated 10 W per Wh', 10, BOUNDS.powerEnergyRatioWPerWh],
  ])('accepts %s', (_what, value, b) => {
    expect(quantityProblem(value, b)).toBeNull();
  });

  it.each([
    ['1e308 kWh', 1e308, BOUNDS.batteryEnergyKWh],
    ['5e-324 kg', 5e-324, BOUNDS.containerGrossMassKg],
    ['-1 km', -1, BOUNDS.legDistanceKm],
    ['0 kWh of battery', 0, BOUNDS.batteryEnergyKWh],
    ['a latitude of 90.5', 90.5, BOUNDS.latitude],
    ['a share of 1.5', 1.5, BOUNDS.share],
    ['an efficiency of 0', 0, BOUNDS.positiveShare],
    ['a year 1989', 1989, BOUNDS.year],
    ['half a cycle life', 1000.5, BOUNDS.cycleLife],
    ['more CO2 than carbon makes', 3.7, BOUNDS.tailpipeKgCo2PerKgFuel],
    ['a resistance of nothing', 0, BOUNDS.internalResistanceOhm],
    ['a self-discharge above all the charge', 120, BOUNDS.monthlySelfDischargePercent],
  ])('refuses %s', (_what, value, b) => {
    expect(quantityProblem(value, b)).toMatch(/^must be .* got /);
  });

  it('has a bound for every emission factor unit', () => {
    for (const unit of Object.values(UNITS_BY_KIND).flat()) expect(EMISSION_FACTOR_BOUNDS[unit]).toBeDefined();
  });

  it('nonFinitePaths lists NaN and infinities by path', () => {
    expect(nonFinitePaths({ a: 1, b: { c: Number.NaN, d: [0, Number.POSITIVE_INFINITY] }, e: null, f: 'x' })).toEqual(['b.c', 'b.d[1]']);
    expect(nonFinitePaths({ vehicles: 1e-320, netCo2eTonnes: -1 })).toEqual([]);
    expect(nonFinitePaths(Number.NEGATIVE_INFINITY)).toEqual(['(value)']);
  });
});
