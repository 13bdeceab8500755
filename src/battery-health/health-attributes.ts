import { BOUNDS, QuantityBound } from '../common/physical-bounds';
import {
  PASSPORT_ATTRIBUTE_BY_KEY,
  PassportAttribute,
  PassportAttributeKey,
  PassportBatteryCategory,
} from '../passports/passport-attributes';

/**
 * The attributes a health reading carries: the dynamic per-battery attributes of the Battery Pass
 * catalogue (passports/passport-attributes.ts; Regulation (EU) 2023/1542 Annex VII and Annex XIII
 * point 4), each a number in the catalogue's own unit, within a physical bound.
 *
 * Not here: `batteryStatus` (dynamic and per battery, but a state the unit's lifecycle records:
 * units/unit-status.ts). Counts (full cycles, minutes spent in extreme temperatures, deep-discharge,
 * overcharge and accident events) are whole numbers and cumulative over the battery's life;
 * `informationOnAccidents` is the number of accidents recorded so far (the reports themselves are
 * documents, not readings).
 */
export interface HealthAttribute {
  readonly key: PassportAttributeKey;
  /** The catalogue's row number: what `battery_health_readings.attribute` stores. */
  readonly number: number;
  /** Position in HEALTH_ATTRIBUTES (0 to 18): a bit of a battery's applicable-attribute mask while an upload is checked. */
  readonly index: number;
  /** The unit a reading must name: the catalogue's unit. */
  readonly unit: string;
  readonly bound: QuantityBound;
  readonly attribute: PassportAttribute;
}

const HEALTH_BOUNDS: Partial<Record<PassportAttributeKey, QuantityBound>> = {
  remainingCapacity: BOUNDS.remainingCapacityAh,
  remainingEnergy: BOUNDS.remainingEnergyKWh,
  stateOfCertifiedEnergy: BOUNDS.healthPercent,
  stateOfCharge: BOUNDS.healthPercent,
  remainingPowerCapability: BOUNDS.remainingPowerW,
  remainingRoundTripEnergyEfficiency: BOUNDS.healthPercent,
  currentSelfDischargingRate: BOUNDS.selfDischargePercentPerMonth,
  evolutionOfSelfDischarge: BOUNDS.healthPercent,
  numberOfFullCycles: BOUNDS.fullCycleCount,
  energyThroughput: BOUNDS.energyThroughputKWh,
  capacityThroughput: BOUNDS.capacityThroughputAh,
  temperatureInformation: BOUNDS.batteryTemperatureC,
  timeExtremeHighTemp: BOUNDS.temperatureMinutes,
  timeExtremeLowTemp: BOUNDS.temperatureMinutes,
  timeExtremeHighTempCharging: BOUNDS.temperatureMinutes,
  timeExtremeLowTempCharging: BOUNDS.temperatureMinutes,
  numberOfDeepDischargeEvents: BOUNDS.healthEventCount,
  numberOfOverchargeEvents: BOUNDS.healthEventCount,
  informationOnAccidents: BOUNDS.healthEventCount,
};

export const HEALTH_ATTRIBUTES: readonly HealthAttribute[] = Object.entries(HEALTH_BOUNDS).map(([key, bound], index) => {
  const attribute = PASSPORT_ATTRIBUTE_BY_KEY.get(key);
  if (!attribute || !attribute.dynamic || attribute.granularity !== 'BATTERY' || attribute.unit === null) {
    throw new Error(`health attribute ${key} is no dynamic per-battery attribute with a unit in the catalogue`);
  }
  return Object.freeze({
    key: key as PassportAttributeKey,
    number: attribute.number,
    index,
    unit: attribute.unit,
    bound: bound!,
    attribute,
  });
});

export const HEALTH_ATTRIBUTE_BY_KEY: ReadonlyMap<string, HealthAttribute> = new Map(HEALTH_ATTRIBUTES.map((a) => [a.key, a]));
export const HEALTH_ATTRIBUTE_BY_NUMBER: ReadonlyMap<number, HealthAttribute> = new Map(HEALTH_ATTRIBUTES.map((a) => [a.number, a]));
export const HEALTH_ATTRIBUTE_KEYS: readonly string[] = HEALTH_ATTRIBUTES.map((a) => a.key);

/** The catalogue numbers of the health attributes, by index: `($n::smallint[])[index + 1]` in SQL. */
export const HEALTH_ATTRIBUTE_NUMBERS: readonly number[] = HEALTH_ATTRIBUTES.map((a) => a.number);

/** The catalogue numbers of the health attributes a battery of this passport category has (not NOT_APPLICABLE). */
export function applicableHealthAttributes(category: PassportBatteryCategory | null): number[] {
  if (category === null) return [];
  return HEALTH_ATTRIBUTES.filter((a) => a.attribute.requirement[category] !== 'NOT_APPLICABLE').map((a) => a.number);
}

/** The same as a bit mask over the attributes' indexes (bit `index` set: applicable). */
export function applicableHealthMask(category: PassportBatteryCategory | null): number {
  if (category === null) return 0;
  return HEALTH_ATTRIBUTES.reduce((mask, a) => (a.attribute.requirement[category] !== 'NOT_APPLICABLE' ? mask | (1 << a.index) : mask), 0);
}
