import { EU_CAR_DOMAIN_PARAMETERS } from '../../test/support/domain-fixtures';
import { computeDisplacement, DisplacementParameters } from './displacement-formula';
import { SummaryRun, summarizeParkYear, sumFigures } from './park-summary';

const P: DisplacementParameters = EU_CAR_DOMAIN_PARAMETERS;
const packs = (n: number) => computeDisplacement(P, [{ vehicles: n, packKWh: 60, batteryKgCo2ePerKWhCapacity: 75 }]);
const run = (id: string, over: Partial<SummaryRun>): SummaryRun => ({
  id,
  market: 'EU',
  vehicleClass: 'EU_CAR',
  coverage: 'MANUFACTURER',
  manufacturerId: 'm1',
  completedAt: new Date('2026-01-01T00:00:00Z'),
  result: packs(1),
  ...over,
});

describe('park-year summary', () => {
  it('sums figures of disjoint pack sets like one run over all of them', () => {
    const whole = packs(5);
    const parts = sumFigures([packs(2), packs(3)]);
    expect(parts.vehicles).toBe(5);
    expect(parts.netCo2eTonnes).toBeCloseTo(whole.netCo2eTonnes, 9);
    expect(parts.creditedKmPerPack).toBeCloseTo(200_000, 6);
    expect(parts.tailpipeCo2PerTonneFuel).toBeCloseTo(3.07, 9);
  });

  it('sums the latest run of each manufacturer, keeps markets and classes apart', () => {
    const groups = summarizeParkYear([
      run('a', { manufacturerId: 'm1', result: packs(2), completedAt: new Date('2026-01-01') }),
      run('b', { manufacturerId: 'm1', result: packs(4), completedAt: new Date('2026-02-01') }), // re-run: replaces a
      run('c', { manufacturerId: 'm2', result: packs(3) }),
      run('d', { manufacturerId: 'm2', market: 'US', vehicleClass: 'US_CAR', result: packs(3) }),
    ]);
    expect(groups.map((g) => [g.market, g.vehicleClass, g.runIds, g.result.vehicles])).toEqual([
      ['EU', 'EU_CAR', ['b', 'c'], 7],
      ['US', 'US_CAR', ['d'], 3],
    ]);
  });

  it('uses only the latest run over all packs when there is one', () => {
    const groups = summarizeParkYear([
      run('m', { manufacturerId: 'm1', result: packs(4) }),
      run('all-old', { coverage: 'ALL', manufacturerId: null, result: packs(6), completedAt: new Date('2026-01-01') }),
      run('all-new', { coverage: 'ALL', manufacturerId: null, result: packs(9), completedAt: new Date('2026-03-01') }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].runIds).toEqual(['all-new']);
    expect(groups[0].result.vehicles).toBe(9);
  });

  it('is empty without runs and keeps null ratios without fuel', () => {
    expect(summarizeParkYear([])).toEqual([]);
    const zero = computeDisplacement({ ...P, vehicleLifetimeKm: 0 }, [{ vehicles: 1, packKWh: 60, batteryKgCo2ePerKWhCapacity: 75 }]);
    expect(sumFigures([zero]).netCo2ePerTonneFuel).toBeNull();
  });
});
