import { demoHealthReadings, DemoPackHealth, DemoReadingLine, ordosAmbientC } from './demo-health';

const DAY = 86_400_000;
const start = new Date('2026-08-01T00:00:00Z');
const end = new Date(start.getTime() + 119 * DAY);
const later = new Date('2030-01-01T00:00:00Z');
const pack: DemoPackHealth = {
  serial: 'P-1',
  manufacturerId: 'm',
  usableEnergyKWh: 60,
  capacityAh: 160,
  originalPowerW: 148_800,
  calendarFadePerSqrtDay: 0.12,
  cycleFadePerCycle: 0.004,
  phases: [{ from: start, category: 'EV', fullCyclesPerDay: 0.5, deepDischargePerDay: 0.01, stationary: false }],
};
const series = (lines: DemoReadingLine[], attribute: string) => lines.filter((l) => l.attribute === attribute).map((l) => l.value);

describe('demo health readings', () => {
  const lines = demoHealthReadings(pack, start, end, later);

  it('one reading a day at 18:00 UTC of the EV attributes only, the same on every run', () => {
    expect(series(lines, 'stateOfCertifiedEnergy')).toHaveLength(120);
    expect(lines[0].measuredAt).toBe('2026-08-01T18:00:00Z');
    expect(new Set(lines.map((l) => l.attribute)).has('energyThroughput')).toBe(false);
    expect(demoHealthReadings(pack, start, end, later)).toEqual(lines);
  });

  it('leaves out the days whose reading time is after "now"', () => {
    const now = new Date(start.getTime() + 10 * DAY + 12 * 3_600_000);
    expect(series(demoHealthReadings(pack, start, end, now), 'stateOfCharge')).toHaveLength(10);
  });

  it('health goes down slowly, cycles and counts only up, capacity follows health', () => {
    const soh = series(lines, 'stateOfCertifiedEnergy');
    const cycles = series(lines, 'numberOfFullCycles');
    const deep = series(lines, 'numberOfDeepDischargeEvents');
    for (let i = 1; i < soh.length; i++) {
      expect(soh[i]).toBeLessThanOrEqual(soh[i - 1]);
      expect(cycles[i]).toBeGreaterThanOrEqual(cycles[i - 1]);
      expect(deep[i]).toBeGreaterThanOrEqual(deep[i - 1]);
    }
    expect(soh[soh.length - 1]).toBeGreaterThan(97);
    expect(soh[soh.length - 1]).toBeLessThan(99);
    expect(cycles[cycles.length - 1]).toBeGreaterThan(45);
    expect(cycles[cycles.length - 1]).toBeLessThan(75);
    expect(series(lines, 'remainingCapacity')[0]).toBeCloseTo((160 * soh[0]) / 100, 0);
    expect(series(lines, 'remainingEnergy')[119]).toBeCloseTo((60 * soh[119]) / 100, 1);
  });

  it('follows the seasons: warm August extremes, cold late-November ones; Ordos is coldest in January', () => {
    const temps = series(lines, 'temperatureInformation');
    expect(temps[0]).toBeGreaterThan(25);
    expect(temps[temps.length - 1]).toBeLessThan(0);
    expect(ordosAmbientC(new Date('2026-01-19T00:00:00Z'))).toBeCloseTo(-9.5, 0);
    expect(ordosAmbientC(new Date('2026-07-20T00:00:00Z'))).toBeCloseTo(24.5, 0);
  });

  it('a stationary second life continues the counts and reports throughput that agrees with cycles × energy', () => {
    const second = new Date(start.getTime() + 60 * DAY);
    const two: DemoPackHealth = {
      ...pack,
      phases: [...pack.phases, { from: second, category: 'STATIONARY', fullCyclesPerDay: 1, deepDischargePerDay: 0, stationary: true }],
    };
    const after = demoHealthReadings(two, second, end, later);
    const [energy, charge, cycles] = ['energyThroughput', 'capacityThroughput', 'numberOfFullCycles'].map((a) => series(after, a).pop()!);
    expect(cycles).toBeGreaterThan(series(lines, 'numberOfFullCycles')[59]);
    expect(energy / (cycles * 60)).toBeGreaterThan(0.95);
    expect(energy / (cycles * 60)).toBeLessThanOrEqual(1);
    expect(charge / energy).toBeCloseTo(160 / 60, 3);
    expect(series(after, 'stateOfCertifiedEnergy')).toHaveLength(0);
    expect(series(after, 'timeExtremeLowTemp').every((m) => m === 0)).toBe(true);
  });
});
