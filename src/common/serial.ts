/**
 * Unit serials (cells, modules, packs): 1 to 64 characters, printable, no control characters and
 * no surrounding spaces. The same rule serves the GraphQL path and the bulk NDJSON / CSV path.
 */
export const MAX_SERIAL_LENGTH = 64;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Returns null when the serial is acceptable, else the reason. */
export function serialProblem(serial: unknown): string | null {
  if (typeof serial !== 'string') return 'must be a string';
  if (serial.length === 0) return 'must not be empty';
  if (serial.length > MAX_SERIAL_LENGTH) return `must be at most ${MAX_SERIAL_LENGTH} characters, got ${serial.length}`;
  if (CONTROL.test(serial)) return 'must not contain control characters';
  if (serial.trim() !== serial) return 'must not start or end with spaces';
  return null;
}
