import { HEALTH_ATTRIBUTE_BY_KEY, applicableHealthAttributes } from '../battery-health/health-attributes';
import type { PassportBatteryCategory } from '../passports/passport-attributes';

/**
 * The demo world's battery-health readings (docs/battery-health.md), made by a small, deterministic
 * model of a pack in service, one simulated day at a time from its commissioning:
 *
 * - full cycles grow by the phase's cycles per day (whole numbers, cumulative over the life);
 * - state of health (the state of certified energy, UN GTR No. 22's ratio of today's usable energy
 *   to the new battery's) = 100 − calendar fade × √(days in service) − cycle fade × cycles;
 *   remaining capacity and remaining energy are the rated values times it; the power capability
 *   fades one and a half times as fast;
 * - throughput (discharged energy and charge) is the sum over the days of the day's cycles times
 *   the day's remaining energy and capacity, so it always agrees with cycles × capacity;
 * - the day's extreme temperature follows the seasons of Ordos, Inner Mongolia (mean 7.5 °C,
 *   ± 17 °C, warmest around 20 July): in a vehicle, the warm season reports the day's pack maximum
 *   (ambient + 14 °C while driving and fast charging), the cold season the overnight minimum
 *   (ambient − 6 °C); a day whose extreme passes 45 °C or −20 °C adds 30 minutes in extreme
 *   temperature (charging minutes are not modelled and stay 0); a stationary battery sits in a
 *   climate-controlled container (21 to 27 °C);
 * - deep-discharge events are rare and random (seeded by the serial), accidents happen on the days
 *   given, overcharge never.
 *
 * Readings are dated 18:00 UTC each day. Only the attributes the phase's passport category has are
 * emitted (applicableHealthAttributes), so an EV pack gets no throughput and a stationary one no
 * state of certified energy. Decimal places are those a battery management system would report.
 */
export interface DemoUsePhase {
  /** First day (UTC midnight) of the phase; the first phase starts at commissioning. */
  from: Date;
  category: PassportBatteryCategory;
  fullCyclesPerDay: number;
  /** Probability of a deep-discharge event on a day. */
  deepDischargePerDay: number;
  stationary: boolean;
}

export interface DemoPackHealth {
  serial: string;
  manufacturerId: string;
  usableEnergyKWh: number;
  capacityAh: number;
  originalPowerW: number;
  /** % of state of health lost per √day of calendar age, and per full cycle. */
  calendarFadePerSqrtDay: number;
  cycleFadePerCycle: number;
  phases: DemoUsePhase[];
  /** Days (UTC midnight) on which an accident happened. */
  accidentDays?: Date[];
}

export interface DemoReadingLine {
  serial: string;
  manufacturerId: string;
  attribute: string;
  measuredAt: string;
  value: number;
  unit: string;
}

const DAY_MS = 86_400_000;
const READ_HOUR_MS = 18 * 3_600_000;

/** UTC midnight of the day of `t`. */
export const utcDay = (t: Date): Date => new Date(Math.floor(t.getTime() / DAY_MS) * DAY_MS);

/** A small seeded generator (mulberry32), so the demo is the same on every run. */
function rng(seedText: string): () => number {
  let a = 0;
  for (const ch of seedText) a = (Math.imul(a ^ ch.charCodeAt(0), 2_654_435_761) + 1) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Ambient temperature of Ordos on a day of the year (°C): a seasonal cosine. */
export function ordosAmbientC(day: Date): number {
  const dayOfYear = (day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / DAY_MS;
  return 7.5 + 17 * Math.cos((2 * Math.PI * (dayOfYear - 201)) / 365);
}

/**
 * The readings of one pack for the days from `emitFrom` to `emitTo` (inclusive, UTC days; a day's
 * reading only if its 18:00 UTC is not after `notAfter`), the life simulated from the first
 * phase's start so that counts and throughput carry over from earlier phases.
 */
export function demoHealthReadings(pack: DemoPackHealth, emitFrom: Date, emitTo: Date, notAfter: Date): DemoReadingLine[] {
  const start = utcDay(pack.phases[0].from).getTime();
  const random = rng(pack.serial);
  const accidents = new Set((pack.accidentDays ?? []).map((d) => utcDay(d).getTime()));
  const out: DemoReadingLine[] = [];
  const applicable = new Map(pack.phases.map((p) => [p.category, new Set(applicableHealthAttributes(p.category))]));
  const phaseStarts = pack.phases.map((p) => utcDay(p.from).getTime());
  let cycles = 0;
  let cycleDebt = 0;
  let deepDischarges = 0;
  let accidentCount = 0;
  let energyThroughputKWh = 0;
  let capacityThroughputAh = 0;
  let firstSelfDischarge: number | null = null;
  let minutesHigh = 0;
  let minutesLow = 0;
  for (let day = start; day <= utcDay(emitTo).getTime(); day += DAY_MS) {
    let phaseIndex = 0;
    while (phaseIndex + 1 < phaseStarts.length && phaseStarts[phaseIndex + 1] <= day) phaseIndex++;
    const phase = pack.phases[phaseIndex];
    const ageDays = (day - start) / DAY_MS + 1;
    cycleDebt += phase.fullCyclesPerDay * (0.8 + 0.4 * random());
    const todayCycles = Math.floor(cycleDebt);
    cycleDebt -= todayCycles;
    cycles += todayCycles;
    const soh = 100 - pack.calendarFadePerSqrtDay * Math.sqrt(ageDays) - pack.cycleFadePerCycle * cycles;
    energyThroughputKWh += todayCycles * pack.usableEnergyKWh * (soh / 100);
    capacityThroughputAh += todayCycles * pack.capacityAh * (soh / 100);
    if (random() < phase.deepDischargePerDay) deepDischarges++;
    if (accidents.has(day)) accidentCount++;
    const ambient = ordosAmbientC(new Date(day));
    const noise = (random() - 0.5) * 6;
    const temperatureC = phase.stationary ? 24 + noise : ambient >= 5 ? ambient + 14 + noise : ambient - 6 + noise;
    // Minutes beyond the cell limits (above 45 °C, below −20 °C) on a day whose extreme passes them.
    if (temperatureC > 45) minutesHigh += 30;
    if (temperatureC < -20) minutesLow += 30;
    const stateOfCharge = 30 + 60 * random();
    const selfDischarge = 1.5 + 0.05 * (100 - soh);
    firstSelfDischarge ??= selfDischarge;

    const at = day + READ_HOUR_MS;
    if (day < utcDay(emitFrom).getTime() || at > notAfter.getTime()) continue;
    const values: Record<string, number> = {
      stateOfCertifiedEnergy: round(soh, 2),
      remainingCapacity: round((pack.capacityAh * soh) / 100, 1),
      remainingEnergy: round((pack.usableEnergyKWh * soh) / 100, 2),
      stateOfCharge: round(stateOfCharge, 1),
      remainingPowerCapability: Math.round(pack.originalPowerW * (1 - 1.5 * (1 - soh / 100))),
      remainingRoundTripEnergyEfficiency: round(95.5 - 0.15 * (100 - soh), 2),
      currentSelfDischargingRate: round(selfDischarge, 2),
      evolutionOfSelfDischarge: round((selfDischarge / firstSelfDischarge - 1) * 100, 2),
      numberOfFullCycles: cycles,
      energyThroughput: round(energyThroughputKWh, 1),
      capacityThroughput: round(capacityThroughputAh, 1),
      temperatureInformation: round(temperatureC, 1),
      timeExtremeHighTemp: minutesHigh,
      timeExtremeLowTemp: minutesLow,
      timeExtremeHighTempCharging: 0,
      timeExtremeLowTempCharging: 0,
      numberOfDeepDischargeEvents: deepDischarges,
      numberOfOverchargeEvents: 0,
      informationOnAccidents: accidentCount,
    };
    const measuredAt = new Date(at).toISOString().replace('.000Z', 'Z');
    const applies = applicable.get(phase.category)!;
    for (const [attribute, value] of Object.entries(values)) {
      const a = HEALTH_ATTRIBUTE_BY_KEY.get(attribute)!;
      if (applies.has(a.number))
        out.push({ serial: pack.serial, manufacturerId: pack.manufacturerId, attribute, measuredAt, value, unit: a.unit });
    }
  }
  return out;
}

/** The readings as an NDJSON upload body. */
export const ndjson = (lines: readonly DemoReadingLine[]): string => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
