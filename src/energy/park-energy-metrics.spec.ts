import { kWhToTce, parkEnergyMetrics, supplyTotals } from './park-energy-metrics';

describe('zero-carbon park indicators (docs/methods/zero-carbon-parks.md)', () => {
  const ordos = supplyTotals([
    { source: 'DIRECT_LINE', kWh: 800_000 },
    { source: 'GREEN_TRADE', kWh: 200_000 },
  ]);

  it('converts kWh to tce at 0.1229 kgce/kWh', () => {
    expect(kWhToTce(1_000_000)).toBeCloseTo(122.9, 9);
  });

  it('Ordos 80% direct, 20% green trade: 80% direct green, 100% green, zero intensity', () => {
    const m = parkEnergyMetrics(ordos, 1_000_000, 0.6849, 5);
    expect(m.directGreenShare).toBeCloseTo(0.8, 12);
    expect(m.totalGreenShare).toBeCloseTo(1, 12);
    expect(m.co2Tonnes).toBe(0);
    expect(m.tCo2PerTce).toBe(0);
    expect(m.directGreenCondition.holds).toBe(true);
    expect(m.intensityCondition).toEqual({ holds: true, tCo2PerTce: 0, baselineTCo2PerTce: 5, maximumTCo2PerTce: 0.5 });
    expect(m.zeroCarbonPark).toBe(true);
  });

  it('a park on 40% direct green and 60% grid fails both tests; the numbers are shown', () => {
    const t = supplyTotals([
      { source: 'DIRECT_LINE', kWh: 400 },
      { source: 'GRID', kWh: 600 },
    ]);
    const m = parkEnergyMetrics(t, 1000, 0.6849, 5);
    // CO2: 600 kWh × 0.6849 kg/kWh = 410.94 kg = 0.41094 t; energy: 1000 × 0.1229 / 1000 = 0.1229 tce; 3.3437 t/tce.
    expect(m.co2Tonnes).toBeCloseTo(0.41094, 9);
    expect(m.tCo2PerTce).toBeCloseTo(0.41094 / 0.1229, 9);
    expect(m.directGreenCondition).toEqual({ holds: false, share: 0.4, minimumShare: 0.5 });
    expect(m.intensityCondition.holds).toBe(false);
    expect(m.zeroCarbonPark).toBe(false);
  });

  it('leaves the intensity test open without a baseline', () => {
    const m = parkEnergyMetrics(ordos, 1_000_000, 0.6849, null);
    expect(m.intensityCondition.holds).toBeNull();
    expect(m.intensityCondition.maximumTCo2PerTce).toBeNull();
    expect(m.zeroCarbonPark).toBeNull();
  });

  it('exactly 50% direct green passes', () => {
    const t = supplyTotals([
      { source: 'ONSITE', kWh: 500 },
      { source: 'GRID', kWh: 500 },
    ]);
    expect(parkEnergyMetrics(t, 1000, 0.5, null).directGreenCondition.holds).toBe(true);
  });
});
