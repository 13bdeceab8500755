import type { ValidateFunction } from 'ajv';
import { filterPassport, readableAccessGroups } from '../../src/access/passport-access';
import { modelPassportValues } from '../../src/battery-models/model-passport-data';
import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { demoModelPassportValues } from '../../src/demo/demo-passport';
import { batteryPassCarbonFootprint } from '../../src/passports/battery-pass';
import { batteryPassAttributes } from '../../src/passports/battery-pass-attributes';
import { BATTERY_PASS_ASPECTS, BatteryPassAspect, batteryPassDataModel } from '../../src/passports/battery-pass-data-model';
import { passportCompleteness } from '../../src/passports/passport-completeness';
import { aspectValidators, KNOWN_DIVERGENCES, refusals } from '../support/battery-pass-schemas';
import { describeWithKit } from '../support/conformance-kit';

/**
 * Battery Pass data model 1.2 (Battery Pass consortium, CC-BY-4.0): the passport of a battery of
 * the demo world's LFP car pack, read by its manufacturer (every access group), arranged into the
 * seven aspects (battery-pass-data-model.ts) and validated against each aspect's JSON schema. The
 * passport is built by the functions GET /passports/:batchId/batterypass runs, from the demo's
 * model data (demo-passport.ts) and a batch and footprint like the demo's: this suite runs
 * without a database. What the schemas still refuse is written out below, one line per known
 * divergence (docs/battery-pass-data-model.md); anything else refused fails the test.
 */
const MODEL = { name: 'OGC-LFP-62 Car Pack', ...LFP_CAR_PACK };

function ownerAttributes(): Record<string, unknown> {
  const derived = batteryPassAttributes({
    batchId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    batchNumber: 'OGC-2026-03-A',
    manufacturer: { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', name: 'Ordos Green Cells', country: 'CN' },
    plant: { address: 'Ordos Zero-Carbon Industrial Park, Ordos, Inner Mongolia, China', country: 'CN' },
    production: { start: '2026-03-01T00:00:00.000Z', end: '2026-03-31T00:00:00.000Z' },
    model: MODEL,
    carbonFootprint: batteryPassCarbonFootprint(
      {
        stages: { RAW_MATERIAL_ACQUISITION: 3000, MAIN_PRODUCTION: 1000, DISTRIBUTION: 200, END_OF_LIFE_RECYCLING: 300 },
        kgCo2ePerKWhLifetime: 4500 / 28_800,
        lifetimeEnergyKWh: 28_800,
        kgCo2ePerBattery: 4500,
        performanceClass: null,
      },
      'https://battrace.example/footprints/1/study',
    ),
  });
  // As the passport service merges them: the recorded model data, the derived values winning.
  const all = { ...modelPassportValues(demoModelPassportValues(MODEL)), ...derived };
  return filterPassport(all, readableAccessGroups('PUBLIC', true));
}

describeWithKit('batteryPassDataModel', 'Battery Pass 1.2: a demo battery’s full passport against every aspect schema', (dir) => {
  let validators: Map<BatteryPassAspect, ValidateFunction>;
  beforeAll(() => {
    validators = aspectValidators(dir);
  });

  it('the model level of the demo passport is complete (the performance class pending)', () => {
    const c = passportCompleteness('EV', ownerAttributes());
    expect(Object.values(c.missingByGranularity.MODEL).flat()).toEqual([]);
    expect(c.pending).toEqual(['carbonFootprintPerformanceClass']);
  });

  it.each(BATTERY_PASS_ASPECTS)('%s: the schema refuses only the known divergences', (aspect) => {
    const shaped = batteryPassDataModel(ownerAttributes());
    expect(Object.keys(shaped)).toEqual([...BATTERY_PASS_ASPECTS]);
    expect(refusals(validators.get(aspect)!, shaped[aspect])).toEqual(KNOWN_DIVERGENCES[aspect]);
  });
});
