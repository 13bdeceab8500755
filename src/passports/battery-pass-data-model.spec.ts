import { filterPassport } from '../access/passport-access';
import { batteryPassDataModel, dataModelPassportIdentifier, documentUri } from './battery-pass-data-model';

const SHA = 'ab'.repeat(32);
/** The RFC 6920 name of those 32 bytes 0xab, worked out by hand: base64url of 0xab × 32, no padding. */
const NI = 'ni:///sha-256;q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s';
const pdf = (title: string) => ({ title, mediaType: 'application/pdf', sha256: SHA, sizeBytes: 1000 });

/** A catalogue-keyed record as the batch passport serves it (values written by hand, not by the code). */
const ATTRIBUTES: Record<string, unknown> = {
  batteryPassportIdentifier: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
  productIdentifier: 'urn:battrace:batch:m:B-1',
  manufacturerInformation: { identifier: 'urn:battrace:org:m', contactName: 'Maker' },
  manufacturingDate: '2026-03-31T00:00:00.000Z',
  batteryCategory: 'ev',
  batteryMass: 395,
  batteryCarbonFootprint: 0.15625,
  carbonFootprintRawMaterialExtraction: { lifecycleStage: 'RawMaterialExtraction', carbonFootprint: 0.1 },
  carbonFootprintRecycling: { lifecycleStage: 'Recycling', carbonFootprint: 0.01 },
  carbonFootprintStudy: 'https://battrace.example/footprints/1/study',
  supplyChainDueDiligenceReport: { ...pdf('Due diligence'), url: 'https://maker.example/dd.pdf' },
  supplyChainIndicies: 72,
  batteryChemistry: { shortName: 'LFP', clearName: 'Lithium iron phosphate' },
  batteryMaterials: [{ materialName: 'Graphite', component: 'ANODE', massKg: 62, casNumber: '7782-42-5', criticalRawMaterial: true }],
  hazardousSubstances: ['Ethylene carbonate', 'Unlisted'],
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
  dismantlingAndRemovalInformation: pdf('Dismantling manual'),
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
  safetyMeasures: pdf('Safety'),
  extinguishingAgent: 'Water',
  preConsumerRecycledLithiumShare: 2,
  postConsumerRecycledLithiumShare: 4,
  renewableContent: 35,
  wastePrevention: pdf('Waste prevention'),
  originalPowerCapability: 148_800,
  nominalVoltage: 387.5,
  initialInternalResistance: [
    { batteryComponent: 'PACK', resistanceOhm: 0.08 },
    { batteryComponent: 'CELL', resistanceOhm: 0.0005 },
  ],
  temperatureRangeIdleStateLowerBoundary: -20,
  temperatureRangeIdleStateUpperBoundary: 55,
  capacityFade: 0.5,
  internalResistanceIncrease: 30,
  declarationOfConformity: pdf('DoC'),
  separateCollectionSymbol: pdf('Bin'),
  labelingMeaning: 'Collect separately.',
};

describe('batteryPassDataModel', () => {
  it('arranges the attributes into the data model aspects, with its field names and nesting', () => {
    const dm = batteryPassDataModel(ATTRIBUTES);
    expect(Object.keys(dm)).toEqual([
      'GeneralProductInformation',
      'CarbonFootprintForBatteries',
      'SupplyChainDueDiligence',
      'MaterialComposition',
      'Circularity',
      'PerformanceAndDurability',
      'Labeling',
    ]);
    expect(dm.GeneralProductInformation).toEqual({
      batteryPassportIdentifier: 'urn:uuid:0f8fad5bd9cb469fa16570867728950e',
      productIdentifier: 'urn:battrace:batch:m:B-1',
      manufacturerInformation: { identifier: 'urn:battrace:org:m', contactName: 'Maker' },
      manufacturingDate: '2026-03-31T00:00:00.000Z',
      batteryCategory: 'ev',
      batteryMass: 395,
    });
    expect(dm.CarbonFootprintForBatteries).toEqual({
      batteryCarbonFootprint: 0.15625,
      carbonFootprintPerLifecycleStage: [
        { lifecycleStage: 'RawMaterialExtraction', carbonFootprint: 0.1 },
        { lifecycleStage: 'Recycling', carbonFootprint: 0.01 },
      ],
      carbonFootprintStudy: 'https://battrace.example/footprints/1/study',
    });
    expect(dm.SupplyChainDueDiligence).toEqual({ supplyChainDueDiligenceReport: 'https://maker.example/dd.pdf', supplyChainIndicies: 72 });
    expect(dm.MaterialComposition).toEqual({
      batteryChemistry: { shortName: 'LFP', clearName: 'Lithium iron phosphate' },
      batteryMaterials: [
        {
          batteryMaterialLocation: { componentName: 'Anode' },
          batteryMaterialIdentifier: '7782-42-5',
          batteryMaterialName: 'Graphite',
          batteryMaterialMass: 62,
          isCriticalRawMaterial: true,
        },
      ],
      hazardousSubstances: [
        {
          hazardousSubstanceClass: 'EyeDamageOrIrritation',
          hazardousSubstanceName: 'Ethylene carbonate',
          hazardousSubstanceConcentration: 3,
          hazardousSubstanceImpact: ['Causes serious eye irritation'],
          hazardousSubstanceLocation: { componentName: 'Electrolyte' },
          hazardousSubstanceIdentifier: '96-49-1',
        },
        // Named without its impact recorded: the name only.
        { hazardousSubstanceName: 'Unlisted' },
      ],
    });
    expect(dm.Circularity).toEqual({
      dismantlingAndRemovalInformation: [{ documentType: 'DismantlingManual', mimeType: 'application/pdf', documentURL: NI }],
      sparePartSources: [
        {
          nameOfSupplier: 'Parts GmbH',
          addressOfSupplier: { addressCountry: 'DE', postalCode: '38440', streetAddress: 'Industriestraße 12' },
          emailAddressOfSupplier: 'parts@parts.example.com',
          supplierWebAddress: 'https://parts.example.com/',
          components: [{ partName: 'Battery module', partNumber: 'MOD-01' }],
        },
      ],
      recycledContent: [{ preConsumerShare: 2, recycledMaterial: 'Lithium', postConsumerShare: 4 }],
      safetyMeasures: { safetyInstructions: NI, extinguishingAgent: ['Water'] },
      endOfLifeInformation: { wastePrevention: NI },
      renewableContent: 35,
    });
    expect(dm.PerformanceAndDurability).toEqual({
      batteryTechicalProperties: {
        originalPowerCapability: [{ atSoC: 80, powerCapabilityAt: 148_800 }],
        initialInternalResistance: [
          { ohmicResistance: 0.08, batteryComponent: 'pack' },
          { ohmicResistance: 0.0005, batteryComponent: 'cell' },
        ],
        nominalVoltage: 387.5,
        temperatureRangeIdleState: -20,
      },
      batteryCondition: {
        capacityFade: { capacityFadeValue: 0.5, lastUpdate: '2026-03-31T00:00:00.000Z' },
        internalResistanceIncrease: [
          { internalResistanceIncreaseValue: 30, batteryComponent: 'pack', lastUpdate: '2026-03-31T00:00:00.000Z' },
        ],
      },
    });
    expect(dm.Labeling).toEqual({
      declarationOfConformity: NI,
      labels: [{ labelingSymbol: NI, labelingMeaning: { en: 'Collect separately.' }, labelingSubject: 'SeparateCollection' }],
    });
  });

  it('shapes what the caller reads: the public group loses the materials, the dismantling manual and the fades', () => {
    const dm = batteryPassDataModel(filterPassport(ATTRIBUTES, ['PUBLIC']));
    expect(dm.MaterialComposition).not.toHaveProperty('batteryMaterials');
    expect(dm.Circularity).not.toHaveProperty('dismantlingAndRemovalInformation');
    expect(dm.Circularity).not.toHaveProperty('sparePartSources');
    expect(dm.Circularity).not.toHaveProperty('safetyMeasures.safetyInstructions');
    expect(dm.PerformanceAndDurability).not.toHaveProperty('batteryCondition');
    expect(dm.Labeling).toHaveProperty('declarationOfConformity', NI);
    // Nothing readable in an aspect: the aspect is absent.
    expect(batteryPassDataModel({ renewableContent: 5 })).toEqual({ Circularity: { renewableContent: 5 } });
    expect(batteryPassDataModel({})).toEqual({});
  });

  it('names documents by their url, else by their SHA-256 (RFC 6920)', () => {
    expect(documentUri({ sha256: SHA, mediaType: 'application/pdf', url: 'https://x.example/a.pdf' })).toBe('https://x.example/a.pdf');
    expect(documentUri({ sha256: SHA, mediaType: 'application/pdf' })).toBe(NI);
  });

  it('writes the passport identifier without the hyphens the data model refuses', () => {
    expect(dataModelPassportIdentifier('urn:uuid:0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe('urn:uuid:0f8fad5bd9cb469fa16570867728950e');
    expect(dataModelPassportIdentifier('urn:bmwk:123')).toBe('urn:bmwk:123');
  });

  describe('a battery: its status, operator and latest health readings', () => {
    const at = '2026-11-20T08:00:00.000Z';
    const earlier = '2026-11-19T08:00:00.000Z';
    const r = (value: number, measuredAt = at) => ({ value, measuredAt });
    /** A battery's passport record: battery-level attributes and readings as `{ value, measuredAt }` (written by hand). */
    const BATTERY: Record<string, unknown> = {
      batteryPassportIdentifier: 'urn:uuid:00000000-0000-8000-8000-00000000002a',
      productIdentifier: 'urn:battrace:unit:m:P-1',
      manufacturingDate: '2026-03-10T00:00:00.000Z',
      batteryStatus: 'Repurposed',
      operatorInformation: { identifier: 'urn:battrace:org:r', contactName: 'Second Life Storage' },
      stateOfCharge: r(64.5),
      remainingCapacity: r(198.4),
      remainingEnergy: r(59.9),
      stateOfCertifiedEnergy: r(99.1),
      remainingPowerCapability: r(179_000),
      remainingRoundTripEnergyEfficiency: r(94.2),
      currentSelfDischargingRate: r(1.8),
      evolutionOfSelfDischarge: r(0.4),
      numberOfFullCycles: r(180),
      energyThroughput: r(10_440),
      capacityThroughput: r(68_400),
      timeExtremeHighTemp: r(96),
      timeExtremeLowTemp: r(240, earlier),
      timeExtremeHighTempCharging: r(12),
      timeExtremeLowTempCharging: r(30),
      numberOfDeepDischargeEvents: r(2),
      numberOfOverchargeEvents: r(0, earlier),
      informationOnAccidents: r(0),
    };

    it('fills the battery status, identifiers, date and operator of GeneralProductInformation', () => {
      expect(batteryPassDataModel(BATTERY).GeneralProductInformation).toEqual({
        batteryPassportIdentifier: 'urn:uuid:0000000000008000800000000000002a',
        productIdentifier: 'urn:battrace:unit:m:P-1',
        operatorInformation: { identifier: 'urn:battrace:org:r', contactName: 'Second Life Storage' },
        manufacturingDate: '2026-03-10T00:00:00.000Z',
        batteryStatus: 'Repurposed',
      });
    });

    it("writes the readings into batteryCondition in the data model's shapes and field names", () => {
      expect(batteryPassDataModel(BATTERY).PerformanceAndDurability).toEqual({
        batteryCondition: {
          energyThroughput: 10_440,
          capacityThroughput: { capacityThroughputValue: 68_400, lastUpdate: at },
          numberOfFullCycles: { numberOfFullCyclesValue: 180, lastUpdate: at },
          stateOfCertifiedEnergy: { stateOfCertifiedEnergyValue: 99.1, lastUpdate: at },
          remainingEnergy: { remainingEnergyalue: 59.9, lastUpdate: at },
          remainingCapacity: { remainingCapacityValue: 198.4, lastUpdate: at },
          negativeEvents: [
            { negativeEvent: '2 deep discharge events', lastUpdate: at },
            { negativeEvent: '0 overcharge events', lastUpdate: earlier },
            { negativeEvent: '0 accidents', lastUpdate: at },
          ],
          temperatureInformation: {
            timeExtremeHighTemp: 96,
            timeExtremeLowTemp: 240,
            timeExtremeHighTempCharging: 12,
            timeExtremeLowTempCharging: 30,
            lastUpdate: at,
          },
          remainingPowerCapability: [
            { remainingPowerCapabilityValue: { atSoC: 64.5, powerCapabilityAt: 179_000, rPCLastUpdated: at }, lastUpdate: at },
          ],
          evolutionOfSelfDischarge: { evolutionOfSelfDischargeEntityValue: 0.4 },
          currentSelfDischargingRate: { currentSelfDischargingRateEntity: 1.8, lastUpdate: at },
          remainingRoundTripEnergyEfficiency: { remainingRoundTripEnergyEfficiencyValue: 94.2, lastUpdate: at },
          stateOfCharge: { stateOfChargeValue: 64.5, lastUpdate: at },
        },
      });
    });

    it('leaves out the temperature times unless all four were read, and a state of charge not read with the power', () => {
      const { timeExtremeLowTempCharging: _, ...threeTimes } = BATTERY;
      const condition = batteryPassDataModel({ ...threeTimes, stateOfCharge: r(70, earlier) }).PerformanceAndDurability!
        .batteryCondition as Record<string, unknown>;
      expect(condition.temperatureInformation).toBeUndefined();
      expect(condition.remainingPowerCapability).toEqual([
        { remainingPowerCapabilityValue: { powerCapabilityAt: 179_000, rPCLastUpdated: at }, lastUpdate: at },
      ]);
    });

    it('serves no condition for a passport without readings, and only what the caller reads', () => {
      expect(batteryPassDataModel({ batteryStatus: 'Original' }).PerformanceAndDurability).toBeUndefined();
      const publicOnly = batteryPassDataModel(filterPassport(BATTERY, ['PUBLIC']));
      expect(publicOnly.PerformanceAndDurability?.batteryCondition).toBeUndefined();
    });
  });
});
