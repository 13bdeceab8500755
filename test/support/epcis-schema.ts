import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * GS1's EPCIS 2.0 JSON schema is an official artefact that no package installable here ships, and
 * it is never copied into the repository: it comes from the conformance kit named by
 * `CONFORMANCE_KIT_DIR` (`.ci/run` points it at the kit beside the checkout). Without the kit,
 * `npm test` still checks what the EPCIS documents say and skips only the schema checks, which the
 * run reports (test/global-setup.ts, and jest's count of skipped tests). Under CI (`CI=true`) a
 * missing kit is an error, so CI never skips them.
 */
export const EPCIS_SCHEMA_FILE = 'epcis-2.0-json-schema.json';

export function epcisSchemaPath(): string | null {
  const dir = process.env.CONFORMANCE_KIT_DIR;
  if (!dir) {
    if (process.env.CI === 'true') throw new Error('CONFORMANCE_KIT_DIR is not set: CI validates EPCIS documents against the GS1 schema');
    return null;
  }
  const path = join(dir, EPCIS_SCHEMA_FILE);
  if (!existsSync(path)) throw new Error(`CONFORMANCE_KIT_DIR=${dir} has no ${EPCIS_SCHEMA_FILE}`);
  return path;
}

/** A validator of EPCIS 2.0 documents against GS1's schema, or null without the conformance kit. */
export function epcisValidator(): ValidateFunction | null {
  const path = epcisSchemaPath();
  if (!path) return null;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);
}

/** Throws with the schema's first errors when `doc` fails it; nothing to check without the kit. */
export function expectEpcisSchemaValid(validate: ValidateFunction | null, doc: unknown): void {
  if (validate && !validate(doc)) throw new Error(`EPCIS document fails the GS1 schema: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
}

/** `it` for a test that is only about the GS1 schema: skipped, and counted as such, without the kit. */
export function itWithEpcisSchema(name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  (epcisSchemaPath() ? it : it.skip)(name, fn, timeout);
}
