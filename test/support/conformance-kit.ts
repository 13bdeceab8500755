import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The conformance kit: official artefacts of standards bodies that no npm package ships (GS1's
 * current EPCIS 2.0 JSON schema, the Battery Pass data model's JSON schemas), never copied into
 * the repository because they are other organisations' work under their own licences.
 * `npm run conformance` reads them from the folder named by CONFORMANCE_KIT_DIR; without it, every
 * check is skipped and the run says which (test/conformance/setup.ts). Under CI (CI=true) a missing
 * kit is an error. `npm test` never needs the kit. With the kit, the run also prepares a test database
 * (test/global-setup.ts) for the checks that boot the app (test/conformance/setup.ts).
 */
export const KIT_FILES = {
  epcisSchema: { file: 'epcis-2.0-json-schema.json', what: "EPCIS documents against GS1's current EPCIS 2.0 JSON schema" },
  batteryPassCarbonFootprint: {
    file: 'batterypass-1.2/CarbonFootprintForBatteries-schema.json',
    what: "the passport's carbon footprint against the Battery Pass data model 1.2 (CarbonFootprintForBatteries)",
  },
  batteryPassDataModel: {
    file: 'batterypass-1.2',
    what: "a demo battery's passport, arranged into the Battery Pass data model 1.2, against each of its seven aspect schemas",
  },
  demoBatteryPass: {
    file: 'batterypass-1.2',
    what: "the demo world's served passport (GET /passports/:batchId/batterypass, the app booted on PostgreSQL) against each aspect schema",
  },
} as const;

export type KitFile = keyof typeof KIT_FILES;

export function kitDir(): string | null {
  const dir = process.env.CONFORMANCE_KIT_DIR;
  if (!dir) {
    if (process.env.CI === 'true') throw new Error('CONFORMANCE_KIT_DIR is not set: under CI the conformance suite must run');
    return null;
  }
  if (!existsSync(dir)) throw new Error(`CONFORMANCE_KIT_DIR=${dir} does not exist`);
  return dir;
}

/** The path of a kit file, or null without the kit; a kit that lacks the file is an error. */
export function kitPath(name: KitFile): string | null {
  const dir = kitDir();
  if (!dir) return null;
  const path = join(dir, KIT_FILES[name].file);
  if (!existsSync(path)) throw new Error(`CONFORMANCE_KIT_DIR=${dir} has no ${KIT_FILES[name].file}`);
  return path;
}

/** Reads a JSON file of the kit, whatever its encoding (the Battery Pass files are UTF-16 with a byte order mark). */
export function readKitJson(path: string): Record<string, unknown> {
  const bytes = readFileSync(path);
  const text =
    bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8').replace(/^\uFEFF/, '');
  return JSON.parse(text) as Record<string, unknown>;
}

/**
 * Reference data that sits beside the kit's schemas, in its sibling folder `reference`
 * (`$CONFORMANCE_KIT_DIR/../reference`): facts published by standards projects as tables rather
 * than schemas. A kit without the folder or the file skips those checks and says so.
 */
export const REFERENCE_FILES = {
  batteryPassLonglist: {
    file: 'batterypass-longlist-v1.2.csv',
    what: 'the passport attribute catalogue against the Battery Pass data attribute longlist v1.2, row by row',
  },
} as const;

export type ReferenceFile = keyof typeof REFERENCE_FILES;

/** The path of a reference file, or null without the kit or without the file. */
export function referencePath(name: ReferenceFile): string | null {
  const dir = kitDir();
  if (!dir) return null;
  const path = join(dir, '..', 'reference', REFERENCE_FILES[name].file);
  return existsSync(path) ? path : null;
}

/** `describe` for checks that need one reference file: skipped, with the reason in its title, without it. */
export function describeWithReference(name: ReferenceFile, title: string, fn: (path: string) => void): void {
  const path = referencePath(name);
  if (path) describe(title, () => fn(path));
  else describe.skip(`${title} (skipped: no reference/${REFERENCE_FILES[name].file} beside the kit)`, () => fn(''));
}

/** `describe` for checks that need one kit file: skipped (and counted as skipped) without the kit. */
export function describeWithKit(name: KitFile, title: string, fn: (path: string) => void): void {
  const path = kitPath(name);
  if (path) describe(title, () => fn(path));
  else describe.skip(title, () => fn(''));
}
