/**
 * Dangerous goods entries for lithium batteries at sea, all class 9 (docs/methods/identifiers.md). A UN 38.3
 * test summary is required for each.
 */
export const DG_CLASS = '9';

export const LITHIUM_UN_NUMBERS = {
  UN3480: 'lithium-ion batteries shipped alone',
  UN3481: 'lithium-ion batteries contained in or packed with equipment',
  UN3171: 'battery-powered vehicles',
  UN3536: 'lithium batteries installed in a cargo transport unit (containerised storage)',
} as const;
export type LithiumUnNumber = keyof typeof LITHIUM_UN_NUMBERS;
export const UN_NUMBERS = Object.keys(LITHIUM_UN_NUMBERS) as LithiumUnNumber[];

export type UnNumberParse = { ok: true; unNumber: LithiumUnNumber } | { ok: false; message: string };

/** `UN3480`, `UN 3480` or `3480`. */
export function parseUnNumber(raw: string): UnNumberParse {
  const digits = raw
    .trim()
    .toUpperCase()
    .replace(/^UN\s*/, '');
  const code = `UN${digits}`;
  if (/^[0-9]{4}$/.test(digits) && code in LITHIUM_UN_NUMBERS) return { ok: true, unNumber: code as LithiumUnNumber };
  return { ok: false, message: `"${raw.slice(0, 20)}" is not a lithium battery UN number; expected one of ${UN_NUMBERS.join(', ')}` };
}

/** Only class 9 applies to these entries; any other class given is refused. */
export function dgClassProblem(dgClass: string | null | undefined): string | null {
  if (dgClass === null || dgClass === undefined || dgClass.trim() === DG_CLASS) return null;
  return `lithium batteries (${UN_NUMBERS.join(', ')}) are class ${DG_CLASS}, not class "${dgClass.slice(0, 10)}"`;
}
