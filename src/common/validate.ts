import { badInput } from './errors';
import { isUsableNumber, QuantityBound, quantityProblem } from './physical-bounds';
import { bidiControlProblem, lineTextProblem } from './text-input';

/**
 * Small input checks shared by every mutation. Each throws BAD_USER_INPUT naming the field path,
 * before anything is written.
 */
export function requirePositive(field: string, value: number): void {
  if (!isUsableNumber(value) || value <= 0) throw badInput(field, `must be greater than 0, got ${value}`, 'OUT_OF_RANGE');
}

export function requireNonNegativeInt(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw badInput(field, `must be a whole number of 0 or more, got ${value}`, 'OUT_OF_RANGE');
}

export function requireRange(field: string, value: number, min: number, max: number): void {
  if (!isUsableNumber(value) || value < min || value > max) {
    throw badInput(field, `must be between ${min} and ${max}, got ${value}`, 'OUT_OF_RANGE');
  }
}

/**
 * A physical quantity within its bound (src/common/physical-bounds.ts): finite, not subnormal,
 * from min to max inclusive, whole where the bound says so. The message names the field and the
 * bound, e.g. `must be between 0.0001 and 10000 kWh, got 1e+308`.
 */
export function requireQuantity(field: string, value: number, bound: QuantityBound): number {
  const problem = quantityProblem(value, bound);
  if (problem) throw badInput(field, problem, { min: bound.min, max: bound.max, unit: bound.unit }, 'OUT_OF_RANGE');
  return value;
}

/** As requireQuantity, for an optional input: null or undefined passes (as null). */
export function optionalQuantity(field: string, value: number | null | undefined, bound: QuantityBound): number | null {
  return value === null || value === undefined ? null : requireQuantity(field, value, bound);
}

/** Trimmed, non-empty, at most `max` characters, well formed, no control characters (text-input.ts). */
export function requireText(field: string, value: string, max = 200): string {
  const v = value.trim();
  if (v.length === 0) throw badInput(field, 'must not be empty', 'EMPTY_TEXT');
  if (v.length > max) throw badInput(field, `must be at most ${max} characters, got ${v.length}`, 'TEXT_TOO_LONG');
  const problem = lineTextProblem(v);
  if (problem) throw badInput(field, problem, 'MALFORMED_TEXT');
  return v;
}

export function optionalText(field: string, value: string | null | undefined, max = 200): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : requireText(field, value, max);
}

/**
 * A name or identifier (of an organization, park, plant, model, port, vessel, person, key...):
 * text as requireText, and no bidirectional override or isolate characters, which would show a
 * reader something other than what is stored (text-input.ts).
 */
export function requireName(field: string, value: string, max = 200): string {
  const v = requireText(field, value, max);
  const problem = bidiControlProblem(v);
  if (problem) throw badInput(field, problem, 'MALFORMED_TEXT');
  return v;
}

export function optionalName(field: string, value: string | null | undefined, max = 200): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : requireName(field, value, max);
}

export const COUNTRY_CODE = /^[A-Z]{2}$/;

export function requireCountry(field: string, value: string): string {
  const v = value.trim().toUpperCase();
  if (!COUNTRY_CODE.test(v)) throw badInput(field, `must be an ISO 3166-1 alpha-2 country code, got "${value}"`, 'NOT_A_COUNTRY_CODE');
  return v;
}

export function requireDateOrder(field: string, start: Date, end: Date): void {
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw badInput(field, 'is not a valid date', 'MALFORMED_DATE_TIME');
  if (end.getTime() < start.getTime()) {
    throw badInput(field, `must not be before the start (${start.toISOString()} > ${end.toISOString()})`, 'DATES_OUT_OF_ORDER');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string): boolean => UUID.test(v);

/** Ids are UUIDs; anything else is a malformed id, answered before any query runs. */
export function requireId(field: string, value: string): string {
  if (!isUuid(value)) throw badInput(field, `is not a valid id: "${value.slice(0, 80)}"`, 'INVALID_ID');
  return value.toLowerCase();
}
