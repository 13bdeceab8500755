import { AppError } from '../common/errors';
import { PASSPORT_ATTRIBUTE_BY_KEY } from '../passports/passport-attributes';
import { MODEL_PASSPORT_FIELD_KEY, modelPassportValues, nextModelPassportValues, shareToPercent } from './model-passport-data';

const SHA = 'a'.repeat(64);
const doc = { title: 'EU declaration of conformity', mediaType: 'application/pdf', sha256: SHA, sizeBytes: 120_000 };

/** The field an input is refused on, or null when it is accepted. */
function refusedField(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    expect(err.code).toBe('BAD_USER_INPUT');
    return err.field ?? null;
  }
}

describe('model passport data', () => {
  it('every typed field fills a model-level catalogue attribute (extinguishing agent: per battery, the same for every battery of the model)', () => {
    for (const [field, key] of Object.entries(MODEL_PASSPORT_FIELD_KEY)) {
      const a = PASSPORT_ATTRIBUTE_BY_KEY.get(key);
      expect({ field, key, known: a !== undefined }).toEqual({ field, key, known: true });
      expect({ field, granularity: a!.granularity }).toEqual({ field, granularity: key === 'extinguishingAgent' ? 'BATTERY' : 'MODEL' });
    }
    expect(new Set(Object.values(MODEL_PASSPORT_FIELD_KEY)).size).toBe(Object.keys(MODEL_PASSPORT_FIELD_KEY).length);
  });

  it('maps typed fields to catalogue keys: shares as the catalogue percent, documents with their hash', () => {
    const v = modelPassportValues({
      preConsumerRecycledCobaltShare: 0.07,
      postConsumerRecycledLithiumShare: 0,
      renewableContentShare: 1,
      declarationOfConformity: { ...doc, sha256: SHA.toUpperCase(), url: 'https://example.com/doc.pdf' },
      batteryMaterials: [
        { name: 'LiFePO4', component: 'CATHODE', massKg: 120.5 },
        { name: 'Graphite', component: 'ANODE' },
      ],
      hazardousSubstanceNames: ['Lithium hexafluorophosphate'],
      capacityFadePercent: 20,
      temperatureRangeIdleStateLowerBoundaryC: -20,
      temperatureRangeIdleStateUpperBoundaryC: 45,
      labelingMeaning: 'Separate collection symbol: do not dispose with household waste',
    });
    expect(v).toEqual({
      preConsumerRecycledCobaltShare: 7,
      postConsumerRecycledLithiumShare: 0,
      renewableContent: 100,
      declarationOfConformity: { ...doc, url: 'https://example.com/doc.pdf' },
      batteryMaterials: [
        { materialName: 'LiFePO4', component: 'CATHODE', massKg: 120.5 },
        { materialName: 'Graphite', component: 'ANODE' },
      ],
      hazardousSubstances: ['Lithium hexafluorophosphate'],
      capacityFade: 20,
      temperatureRangeIdleStateLowerBoundary: -20,
      temperatureRangeIdleStateUpperBoundary: 45,
      labelingMeaning: 'Separate collection symbol: do not dispose with household waste',
    });
    expect(modelPassportValues({ renewableContentShare: null })).toEqual({});
  });

  it('shares become percent without binary noise', () => {
    expect([0.07, 0.29, 0.123456, 0.5, 1].map(shareToPercent)).toEqual([7, 29, 12.3456, 50, 100]);
  });

  it.each([
    ['a share above 1', { postConsumerRecycledCobaltShare: 1.5 }, 'input.values.postConsumerRecycledCobaltShare'],
    ['a negative share', { renewableContentShare: -0.1 }, 'input.values.renewableContentShare'],
    ['a NaN share', { preConsumerRecycledLeadShare: Number.NaN }, 'input.values.preConsumerRecycledLeadShare'],
    [
      'a negative material mass',
      { batteryMaterials: [{ name: 'Cobalt', component: 'CATHODE', massKg: -1 }] },
      'input.values.batteryMaterials[0].massKg',
    ],
    [
      'a hash of 63 digits',
      { dismantlingAndRemovalInformation: { ...doc, sha256: SHA.slice(1) } },
      'input.values.dismantlingAndRemovalInformation.sha256',
    ],
    ['a hash that is not hex', { safetyMeasures: { ...doc, sha256: 'g'.repeat(64) } }, 'input.values.safetyMeasures.sha256'],
    ['an empty document title', { declarationOfConformity: { ...doc, title: ' ' } }, 'input.values.declarationOfConformity.title'],
    ['a document of 0 bytes', { declarationOfConformity: { ...doc, sizeBytes: 0 } }, 'input.values.declarationOfConformity.sizeBytes'],
    [
      'a url that is no web address',
      { declarationOfConformity: { ...doc, url: 'javascript:alert(1)' } },
      'input.values.declarationOfConformity.url',
    ],
    ['a malformed media type', { declarationOfConformity: { ...doc, mediaType: 'pdf' } }, 'input.values.declarationOfConformity.mediaType'],
    ['a lone surrogate', { extinguishingAgent: 'ABC powder \ud800' }, 'input.values.extinguishingAgent'],
    ['a lone surrogate in a list', { criticalRawMaterialNames: ['Cobalt', '\udc00'] }, 'input.values.criticalRawMaterialNames[1]'],
    ['a fade above 100 %', { capacityFadePercent: 101 }, 'input.values.capacityFadePercent'],
    ['a power of 0 W', { ratedMaximumPowerW: 0 }, 'input.values.ratedMaximumPowerW'],
    [
      'an idle temperature of 1000 °C',
      { temperatureRangeIdleStateUpperBoundaryC: 1000 },
      'input.values.temperatureRangeIdleStateUpperBoundaryC',
    ],
  ])('refuses %s, naming the field', (_name, data, field) => {
    expect(refusedField(() => modelPassportValues(data as never))).toBe(field);
  });

  it('a correction replaces the fields it names and keeps the others', () => {
    const v1 = modelPassportValues({ renewableContentShare: 0.1, extinguishingAgent: 'Water' });
    const v2 = nextModelPassportValues(v1, modelPassportValues({ renewableContentShare: 0.2 }));
    expect(v2).toEqual({ renewableContent: 20, extinguishingAgent: 'Water' });
    expect(v1).toEqual({ renewableContent: 10, extinguishingAgent: 'Water' });
  });

  it('the idle temperature range stays ordered across versions', () => {
    const v1 = modelPassportValues({ temperatureRangeIdleStateLowerBoundaryC: -20, temperatureRangeIdleStateUpperBoundaryC: 45 });
    expect(refusedField(() => nextModelPassportValues(v1, modelPassportValues({ temperatureRangeIdleStateLowerBoundaryC: 50 })))).toBe(
      'input.values.temperatureRangeIdleStateLowerBoundaryC',
    );
    expect(refusedField(() => nextModelPassportValues(v1, modelPassportValues({ temperatureRangeIdleStateUpperBoundaryC: -30 })))).toBe(
      'input.values.temperatureRangeIdleStateUpperBoundaryC',
    );
    expect(
      refusedField(() => nextModelPassportValues(v1, modelPassportValues({ temperatureRangeIdleStateUpperBoundaryC: 60 }))),
    ).toBeNull();
  });
});
