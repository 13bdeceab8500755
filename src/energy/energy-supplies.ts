import { badInput } from '../common/errors';
import { DAY_MAX, DAY_MIN } from '../common/date-time-input';
import { BOUNDS } from '../common/physical-bounds';
import { requireName, requirePositive, requireQuantity } from '../common/validate';
import { ELECTRICITY_SOURCES, ElectricitySource, KWH_PER_GEC } from './electricity-source';

/**
 * Checks of a park energy record (docs/methods/electricity.md), pure and run before anything is written. Each
 * failure is BAD_USER_INPUT naming the field.
 *
 * GEC rule (decided here): a GREEN_TRADE supply of k kWh must carry exactly ceil(k / 1000) serials.
 * Fewer would leave green-trade kWh without a certificate (1 GEC = 1 MWh); more would cancel
 * certificates the park did not consume and lock them away from everyone else on the platform.
 */
export const MAX_SUPPLIES = 50;
export const MAX_SERIALS_PER_RECORD = 50_000;
export const MAX_METER_IDS = 200;
const SERIAL = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface SupplyInputLike {
  source: ElectricitySource;
  kWh: number;
  meterIds?: string[] | null;
  gecSerials?: string[] | null;
}

export interface CheckedSupply {
  source: ElectricitySource;
  kWh: number;
  meterIds: string[];
  gecSerials: string[];
}

/** GEC serials a GREEN_TRADE supply of `kWh` needs. */
export const gecSerialsNeeded = (kWh: number): number => (kWh <= 0 ? 0 : Math.ceil(kWh / KWH_PER_GEC - 1e-9));

/** A calendar day `YYYY-MM-DD` within the accepted range (common/date-time-input.ts); returns it unchanged. */
export function requireDay(field: string, value: string): string {
  const m = DAY.exec(value?.trim() ?? '');
  if (!m) throw badInput(field, `must be a date written YYYY-MM-DD, got "${String(value).slice(0, 40)}"`);
  const d = new Date(`${m[0]}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[0]) throw badInput(field, `is not a calendar date: ${m[0]}`);
  // Four-digit days compare as text (docs/text-and-dates.md gives the range).
  if (m[0] < DAY_MIN || m[0] > DAY_MAX) throw badInput(field, `is outside the accepted range ${DAY_MIN} to ${DAY_MAX}: ${m[0]}`);
  return m[0];
}

/** A period of one month at most: both days in the same calendar month, start not after end. */
export function checkPeriod(startField: string, endField: string, start: string, end: string): { periodStart: string; periodEnd: string } {
  const periodStart = requireDay(startField, start);
  const periodEnd = requireDay(endField, end);
  if (periodEnd < periodStart) throw badInput(endField, `must not be before the start (${periodEnd} < ${periodStart})`);
  if (periodStart.slice(0, 7) !== periodEnd.slice(0, 7)) {
    throw badInput(endField, `a period lies within one calendar month (${periodStart} .. ${periodEnd} spans two); record each month apart`);
  }
  return { periodStart, periodEnd };
}

export function checkSupplies(totalKWh: number, supplies: SupplyInputLike[], path = 'input'): CheckedSupply[] {
  requirePositive(`${path}.totalKWh`, totalKWh);
  requireQuantity(`${path}.totalKWh`, totalKWh, BOUNDS.siteElectricityKWh);
  if (!supplies?.length) throw badInput(`${path}.supplies`, 'must list at least one supply');
  if (supplies.length > MAX_SUPPLIES) throw badInput(`${path}.supplies`, `at most ${MAX_SUPPLIES} supplies, got ${supplies.length}`);
  const seen = new Map<string, string>();
  let serialCount = 0;
  const out = supplies.map((s, i) => {
    const at = `${path}.supplies[${i}]`;
    if (!ELECTRICITY_SOURCES.includes(s.source)) throw badInput(`${at}.source`, `must be one of ${ELECTRICITY_SOURCES.join(', ')}`);
    requireQuantity(`${at}.kWh`, s.kWh, BOUNDS.siteElectricityKWh);
    const meterIds = (s.meterIds ?? []).map((m, j) => requireName(`${at}.meterIds[${j}]`, m, 64));
    if (meterIds.length > MAX_METER_IDS) throw badInput(`${at}.meterIds`, `at most ${MAX_METER_IDS} meter ids per supply`);
    const serials = (s.gecSerials ?? []).map((raw, j) => {
      const serial = String(raw).trim();
      if (!SERIAL.test(serial)) {
        throw badInput(`${at}.gecSerials[${j}]`, `"${serial.slice(0, 70)}" is not a GEC serial (1-64 letters, digits and . _ : / -)`);
      }
      const first = seen.get(serial);
      if (first) throw badInput(`${at}.gecSerials[${j}]`, `GEC serial ${serial} appears twice in this record (first at ${first})`);
      seen.set(serial, `${at}.gecSerials[${j}]`);
      return serial;
    });
    serialCount += serials.length;
    if (serialCount > MAX_SERIALS_PER_RECORD)
      throw badInput(`${at}.gecSerials`, `at most ${MAX_SERIALS_PER_RECORD} GEC serials per record`);
    if (s.source === 'GREEN_TRADE') {
      const needed = gecSerialsNeeded(s.kWh);
      if (serials.length !== needed) {
        throw badInput(
          `${at}.gecSerials`,
          `green trade of ${s.kWh} kWh needs exactly ${needed} GEC serial(s) (1 GEC = 1 MWh, docs/methods/electricity.md), got ${serials.length}`,
          { kWh: s.kWh, serialsNeeded: needed, serialsGiven: serials.length },
        );
      }
    } else if (serials.length) {
      throw badInput(`${at}.gecSerials`, `only GREEN_TRADE supplies carry GEC serials, not ${s.source}`);
    }
    return { source: s.source, kWh: s.kWh, meterIds, gecSerials: serials };
  });
  const sum = out.reduce((a, s) => a + s.kWh, 0);
  if (Math.abs(sum - totalKWh) > 1e-6 * Math.max(1, totalKWh)) {
    throw badInput(`${path}.supplies`, `add up to ${sum} kWh, not the stated period total of ${totalKWh} kWh`, {
      suppliesKWh: sum,
      totalKWh,
    });
  }
  return out;
}
