import { applicableHealthAttributes, HEALTH_ATTRIBUTES } from '../battery-health/health-attributes';
import type { PassportBatteryCategory } from '../passports/passport-attributes';

/**
 * Plausible health readings of one car or bus pack a few months into its use (demo data, not a
 * measurement), for the benchmarks and the conformance tests: one value per health attribute in its
 * catalogue unit (docs/battery-health.md), the counts whole and growing with time. `monthsInUse`
 * scales what accumulates (cycles, throughput, minutes at extreme temperatures, events).
 */
export function demoHealthValue(key: string, monthsInUse: number): number {
  const m = Math.max(0, monthsInUse);
  switch (key) {
    case 'remainingCapacity':
      return Math.round((200 - 0.2 * m) * 10) / 10; // Ah, of a 200 Ah pack
    case 'remainingEnergy':
      return Math.round((60 - 0.06 * m) * 10) / 10; // kWh
    case 'stateOfCertifiedEnergy':
      return Math.round((100 - 0.1 * m) * 10) / 10; // %
    case 'stateOfCharge':
      return 64.5; // %
    case 'remainingPowerCapability':
      return Math.round(180_000 - 100 * m); // W
    case 'remainingRoundTripEnergyEfficiency':
      return 94.2; // %
    case 'currentSelfDischargingRate':
      return 1.8; // % per month
    case 'evolutionOfSelfDischarge':
      return 0.4; // %
    case 'numberOfFullCycles':
      return Math.round(22 * m);
    case 'energyThroughput':
      return Math.round(22 * m * 58); // kWh
    case 'capacityThroughput':
      return Math.round(22 * m * 2 * 190); // Ah
    case 'temperatureInformation':
      return 41.5; // °C, the highest measured
    case 'timeExtremeHighTemp':
    case 'timeExtremeHighTempCharging':
      return Math.round(12 * m); // minutes
    case 'timeExtremeLowTemp':
    case 'timeExtremeLowTempCharging':
      return Math.round(30 * m); // minutes
    case 'numberOfDeepDischargeEvents':
    case 'numberOfOverchargeEvents':
      return Math.floor(m / 4);
    case 'informationOnAccidents':
      return 0;
    default:
      throw new Error(`${key} is no health attribute`);
  }
}

/**
 * NDJSON lines for POST /batteries/health-readings: every health attribute the battery's passport
 * category has, once per time in `measuredAt` (RFC 3339 with offset), `monthsInUse` counted from
 * `since`.
 */
export function demoHealthReadingLines(
  battery: { serial: string; manufacturerId: string; category: PassportBatteryCategory | null; since: Date },
  measuredAt: readonly string[],
): string[] {
  const numbers = new Set(applicableHealthAttributes(battery.category));
  const lines: string[] = [];
  for (const at of measuredAt) {
    const months = (Date.parse(at) - battery.since.getTime()) / (30.44 * 24 * 3600 * 1000);
    for (const a of HEALTH_ATTRIBUTES) {
      if (!numbers.has(a.number)) continue;
      lines.push(
        JSON.stringify({
          serial: battery.serial,
          manufacturerId: battery.manufacturerId,
          attribute: a.key,
          measuredAt: at,
          value: demoHealthValue(a.key, months),
          unit: a.unit,
        }),
      );
    }
  }
  return lines;
}
