import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { batteryPassCarbonFootprint } from '../../src/passports/battery-pass';
import { describeWithKit, readKitJson } from '../support/conformance-kit';

/** Battery Pass data model 1.2 (Battery Pass consortium, CC-BY-4.0): the JSON schema of the CarbonFootprintForBatteries aspect. */
function compile(path: string): ValidateFunction {
  const schema = readKitJson(path);
  // Draft-04 in name only: nothing in the aspect's schema reads differently under Ajv's default draft.
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const footprint = (performanceClass: string | null) =>
  batteryPassCarbonFootprint(
    {
      stages: { RAW_MATERIAL_ACQUISITION: 3000, MAIN_PRODUCTION: 1000, DISTRIBUTION: 200, END_OF_LIFE_RECYCLING: 300 },
      kgCo2ePerKWhLifetime: 4500 / 28_800,
      lifetimeEnergyKWh: 28_800,
      kgCo2ePerBattery: 4500,
      performanceClass,
    },
    'https://battrace.example/footprints/1/study',
  );

describeWithKit('batteryPassCarbonFootprint', 'Battery Pass 1.2: the carbon footprint aspect of the passport', (path) => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = compile(path);
  });

  it('the schema accepts its own example payload and refuses an aspect without its footprint', () => {
    const example = readKitJson(path.replace(/-schema\.json$/, '-payload.json'));
    expect(validate(example)).toBe(true);
    const { batteryCarbonFootprint: _dropped, ...rest } = footprint('B');
    expect(validate(rest)).toBe(false);
  });

  it('accepts battrace’s aspect once a performance class is set', () => {
    const ok = validate(footprint('B'));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses battrace’s null performance class, and nothing else (a known divergence)', () => {
    // Regulation (EU) 2023/1542 Art. 7(2): performance classes come with a delegated act not yet
    // adopted, so battrace writes null; the data model types the field as a required string.
    expect(validate(footprint(null))).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(['/carbonFootprintPerformanceClass type']);
  });
});
