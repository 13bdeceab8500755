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

  it('maps the lists and figures of the other model attributes: CAS numbers, impacts, parts, sources, resistances', () => {
    const v = modelPassportValues({
      batteryMaterials: [{ name: 'Graphite', component: 'ANODE', massKg: 62, casNumber: ' 7782-42-5 ', criticalRawMaterial: true }],
      hazardousSubstanceImpacts: [
        {
          substanceName: 'Ethylene carbonate',
          casNumber: '96-49-1',
          hazardClass: 'EYE_DAMAGE_OR_IRRITATION',
          concentrationPercent: 3,
          component: 'ELECTROLYTE',
          impacts: ['Causes serious eye irritation'],
        },
      ],
      partNumbers: [{ partName: 'Battery module', partNumber: 'MOD-01' }],
      sparePartSources: [
        {
          supplierName: 'Parts GmbH',
          streetAddress: 'Industriestraße 12',
          postalCode: '38440',
          countryCode: 'de',
          emailAddress: 'parts@parts.example.com',
          webAddress: 'https://parts.example.com',
          partNumbers: ['MOD-01'],
        },
      ],
      initialInternalResistances: [
        { batteryComponent: 'PACK', resistanceOhm: 0.08 },
        { batteryComponent: 'CELL', resistanceOhm: 0.0005 },
      ],
      minimumVoltageV: 303,
      maximumVoltageV: 442,
      roundTripEfficiencyPercent: 95,
      cRateLifeCycleTestAPerAh: 0.33,
      supplyChainIndex: 72,
      thirdPartyAssurances: doc,
      cadmiumAndLeadSymbols: doc,
      carbonFootprintGeneralInformation: 'Declared per batch.',
    });
    expect(v).toEqual({
      batteryMaterials: [{ materialName: 'Graphite', component: 'ANODE', massKg: 62, casNumber: '7782-42-5', criticalRawMaterial: true }],
      hazardousSubstanceImpact: [
        {
          substanceName: 'Ethylene carbonate',
          casNumber: '96-49-1',
          hazardClass: 'EYE_DAMAGE_OR_IRRITATION',
          concentrationPercent: 3,
          component: 'ELECTROLYTE',
          impacts: ['Causes serious eye irritation'],
        },
      ],
      partNumber: [{ partName: 'Battery module', partNumber: 'MOD-01' }],
      sparePartSources: [
        {
          supplierName: 'Parts GmbH',
          streetAddress: 'Industriestraße 12',
          postalCode: '38440',
          countryCode: 'DE',
          emailAddress: 'parts@parts.example.com',
          webAddress: 'https://parts.example.com/',
          partNumbers: ['MOD-01'],
        },
      ],
      initialInternalResistance: [
        { batteryComponent: 'PACK', resistanceOhm: 0.08 },
        { batteryComponent: 'CELL', resistanceOhm: 0.0005 },
      ],
      minimumVoltage: 303,
      maximumVoltage: 442,
      roundtripEfficiency: 95,
      cRateLifeCycleTest: 0.33,
      supplyChainIndicies: 72,
      thirdPartyAussurances: doc,
      cadmiumAndLeadSymbols: doc,
      carbonFootprintGeneralInformation: 'Declared per batch.',
    });
    expect(nextModelPassportValues({}, v)).toEqual(v);
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
    [
      'a CAS number with a wrong check digit',
      { batteryMaterials: [{ name: 'Graphite', component: 'ANODE', casNumber: '7782-42-6' }] },
      'input.values.batteryMaterials[0].casNumber',
    ],
    [
      'a hazard impact without an impact',
      {
        hazardousSubstanceImpacts: [
          {
            substanceName: 'EC',
            casNumber: '96-49-1',
            hazardClass: 'ACUTE_TOXICITY',
            concentrationPercent: 3,
            component: 'ELECTROLYTE',
            impacts: [],
          },
        ],
      },
      'input.values.hazardousSubstanceImpacts[0].impacts',
    ],
    [
      'resistances without a cell',
      { initialInternalResistances: [{ batteryComponent: 'PACK', resistanceOhm: 0.08 }] },
      'input.values.initialInternalResistances',
    ],
    [
      'a resistance of 0 Ω',
      {
        initialInternalResistances: [
          { batteryComponent: 'PACK', resistanceOhm: 0 },
          { batteryComponent: 'CELL', resistanceOhm: 0.001 },
        ],
      },
      'input.values.initialInternalResistances[0].resistanceOhm',
    ],
    [
      'a part number twice',
      {
        partNumbers: [
          { partName: 'Module', partNumber: 'M-1' },
          { partName: 'Module too', partNumber: 'M-1' },
        ],
      },
      'input.values.partNumbers[1].partNumber',
    ],
    [
      'a supplier e-mail that is no address',
      {
        sparePartSources: [
          {
            supplierName: 'S',
            streetAddress: 'Street 1',
            postalCode: '1000',
            countryCode: 'DE',
            emailAddress: 'parts at example',
            webAddress: 'https://s.example.com',
            partNumbers: [],
          },
        ],
      },
      'input.values.sparePartSources[0].emailAddress',
    ],
    ['a round-trip efficiency above 100 %', { roundTripEfficiencyPercent: 101 }, 'input.values.roundTripEfficiencyPercent'],
    ['a negative C-rate', { cRateLifeCycleTestAPerAh: -1 }, 'input.values.cRateLifeCycleTestAPerAh'],
  ])('refuses %s, naming the field', (_name, data, field) => {
    expect(refusedField(() => modelPassportValues(data as never))).toBe(field);
  });

  it('a correction replaces the fields it names and keeps the others', () => {
    const v1 = modelPassportValues({ renewableContentShare: 0.1, extinguishingAgent: 'Water' });
    const v2 = nextModelPassportValues(v1, modelPassportValues({ renewableContentShare: 0.2 }));
    expect(v2).toEqual({ renewableContent: 20, extinguishingAgent: 'Water' });
    expect(v1).toEqual({ renewableContent: 10, extinguishingAgent: 'Water' });
  });

  it('the voltages stay ordered and a spare-part source sells recorded parts, across versions', () => {
    const v1 = modelPassportValues({
      minimumVoltageV: 300,
      maximumVoltageV: 440,
      partNumbers: [{ partName: 'Module', partNumber: 'M-1' }],
    });
    expect(refusedField(() => nextModelPassportValues(v1, modelPassportValues({ minimumVoltageV: 450 })))).toBe(
      'input.values.minimumVoltageV',
    );
    // Around the model's nominal voltage (387.5 V for the car pack).
    const car = { nominalVoltageV: 387.5 };
    const against = (values: Parameters<typeof modelPassportValues>[0]) =>
      refusedField(() => nextModelPassportValues(v1, modelPassportValues(values), 'input.values', car));
    expect([against({ minimumVoltageV: 390 }), against({ maximumVoltageV: 387.5 }), against({ minimumVoltageV: 303 })]).toEqual([
      'input.values.minimumVoltageV',
      'input.values.maximumVoltageV',
      null,
    ]);
    const source = (partNumbers: string[]) => ({
      sparePartSources: [
        {
          supplierName: 'S',
          streetAddress: 'Street 1',
          postalCode: '1000',
          countryCode: 'DE',
          emailAddress: 'parts@s.example.com',
          webAddress: 'https://s.example.com',
          partNumbers,
        },
      ],
    });
    expect(refusedField(() => nextModelPassportValues(v1, modelPassportValues(source(['M-1']))))).toBeNull();
    expect(refusedField(() => nextModelPassportValues(v1, modelPassportValues(source(['M-2']))))).toBe(
      'input.values.sparePartSources[0].partNumbers[0]',
    );
    // Removing the part a recorded source sells is refused on the part numbers.
    const v2 = nextModelPassportValues(v1, modelPassportValues(source(['M-1'])));
    expect(
      refusedField(() => nextModelPassportValues(v2, modelPassportValues({ partNumbers: [{ partName: 'Other', partNumber: 'O-1' }] }))),
    ).toBe('input.values.partNumbers');
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
