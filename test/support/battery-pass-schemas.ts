import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { join } from 'node:path';
import { BATTERY_PASS_ASPECTS, BatteryPassAspect } from '../../src/passports/battery-pass-data-model';
import { readKitJson } from './conformance-kit';

/**
 * The Battery Pass data model 1.2 aspect schemas (Battery Pass consortium, CC-BY-4.0), read from
 * the conformance kit and compiled with Ajv; what they still refuse in battrace's passport, written
 * out once for the conformance checks (docs/battery-pass-data-model.md, "Divergences left").
 */

/**
 * Draft-04 writes exclusive bounds as booleans beside `minimum`/`maximum` (the Battery Pass schemas
 * write `exclusiveMinimum: false`); Ajv's default draft reads them as numbers. Rewritten in place:
 * `true` makes the bound exclusive, `false` is dropped. Nothing else in these schemas reads differently.
 */
function fromDraft04(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(fromDraft04);
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof o[flag] !== 'boolean') continue;
    if (o[flag] === true) {
      o[flag] = o[bound];
      delete o[bound];
    } else delete o[flag];
  }
  Object.values(o).forEach(fromDraft04);
}

/** One validator per aspect, from `<dir>/<Aspect>-schema.json`. */
export function aspectValidators(dir: string): Map<BatteryPassAspect, ValidateFunction> {
  const validators = new Map<BatteryPassAspect, ValidateFunction>();
  for (const aspect of BATTERY_PASS_ASPECTS) {
    const schema = readKitJson(join(dir, `${aspect}-schema.json`));
    delete schema.$schema;
    fromDraft04(schema);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validators.set(aspect, ajv.compile(schema));
  }
  return validators;
}

/** What a schema refuses, as `<instance path> <keyword> <missing property>`, sorted. */
export function refusals(validate: ValidateFunction, aspect: unknown): string[] {
  validate(aspect);
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath} ${e.keyword} ${(e.params as { missingProperty?: string }).missingProperty ?? ''}`.trimEnd())
    .sort();
}

/** What each schema refuses in the full passport of a battery today: the divergences the docs list. */
export const KNOWN_DIVERGENCES: Record<BatteryPassAspect, string[]> = {
  GeneralProductInformation: [
    // Per battery, not recorded by battrace yet.
    ' required batteryStatus',
    ' required operatorInformation',
    ' required puttingIntoService',
    // battrace records a country for organizations and a free-text address for plants, no postal code.
    '/manufacturerInformation/postalAddress required postalCode',
    '/manufacturerInformation/postalAddress required streetAddress',
    '/manufacturingPlace required postalCode',
    // The data model types the warranty period as a month of the year (--MM); battrace serves years and km.
    '/warrentyPeriod type',
  ].sort(),
  // Regulation (EU) 2023/1542 Art. 7(2): no performance classes adopted yet.
  CarbonFootprintForBatteries: [' required carbonFootprintPerformanceClass'],
  SupplyChainDueDiligence: [],
  MaterialComposition: [],
  Circularity: [],
  // The battery's condition over its life: per battery, dynamic, not recorded by battrace yet.
  PerformanceAndDurability: [
    'capacityThroughput',
    'currentSelfDischargingRate',
    'energyThroughput',
    'evolutionOfSelfDischarge',
    'negativeEvents',
    'numberOfFullCycles',
    'remainingCapacity',
    'remainingEnergy',
    'remainingPowerCapability',
    'remainingRoundTripEnergyEfficiency',
    'stateOfCertifiedEnergy',
    'stateOfCharge',
    'temperatureInformation',
  ]
    .map((p) => `/batteryCondition required ${p}`)
    .sort(),
  Labeling: [],
};

/**
 * What each schema refuses in the full (owner's) passport of one original EV battery with health
 * readings uploaded for every attribute its category has: the batch's divergences, less the status;
 * less the battery condition except the attributes the longlist does not give an EV battery.
 */
export const KNOWN_BATTERY_DIVERGENCES: Record<BatteryPassAspect, string[]> = {
  ...KNOWN_DIVERGENCES,
  GeneralProductInformation: [
    // The operator of an original battery's life is not recorded (a later life names its operator).
    ' required operatorInformation',
    // When the battery was put into service is not recorded.
    ' required puttingIntoService',
    '/manufacturerInformation/postalAddress required postalCode',
    '/manufacturerInformation/postalAddress required streetAddress',
    '/manufacturingPlace required postalCode',
    '/warrentyPeriod type',
  ].sort(),
  // Not applicable to an EV battery in the longlist (LMT, industrial or stationary only), so an upload refuses them for one.
  PerformanceAndDurability: [
    'capacityThroughput',
    'currentSelfDischargingRate',
    'energyThroughput',
    'evolutionOfSelfDischarge',
    'remainingRoundTripEnergyEfficiency',
    'temperatureInformation',
  ]
    .map((p) => `/batteryCondition required ${p}`)
    .sort(),
};
