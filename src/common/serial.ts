import { nameTextProblem } from './text-input';

/**
 * Unit serials (cells, modules, packs): 1 to 64 characters, printable (well formed, no control or
 * bidirectional control characters: text-input.ts) and no surrounding spaces. The same rule serves the GraphQL path and the bulk NDJSON / CSV path.
 */
export const MAX_SERIAL_LENGTH = 64;

/** Returns null when the serial is acceptable, else the reason. */
export function serialProblem(serial: unknown): string | null {
  if (typeof serial !== 'string') return 'must be a string';
  if (serial.length === 0) return 'must not be empty';
  if (serial.length > MAX_SERIAL_LENGTH) return `must be at most ${MAX_SERIAL_LENGTH} characters, got ${serial.length}`;
  const textProblem = nameTextProblem(serial);
  if (textProblem) return textProblem;
  if (serial.trim() !== serial) return 'must not start or end with spaces';
  return null;
}
