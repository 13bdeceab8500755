import { PASSPORT_ATTRIBUTES, PASSPORT_ATTRIBUTE_BY_KEY, isPassportAttributeKey } from './passport-attributes';

/**
 * The catalogue against the counts its source states (Battery Pass data attribute longlist v1.2:
 * 93 attributes; 60 public, 27 for persons with a legitimate interest, 5 for them and the
 * Commission, 1 for notified bodies, market surveillance authorities and the Commission; 67 per
 * model, 26 per battery; 20 dynamic). The conformance suite compares it with the longlist row by row.
 */
const count = <T>(values: readonly T[]): Map<T, number> => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>());

describe('PASSPORT_ATTRIBUTES', () => {
  it('holds the 93 attributes of the longlist, numbered 1 to 93 in order', () => {
    expect(PASSPORT_ATTRIBUTES).toHaveLength(93);
    expect(PASSPORT_ATTRIBUTES.map((a) => a.number)).toEqual(Array.from({ length: 93 }, (_, i) => i + 1));
  });

  it('60 public, 27 legitimate interest, 5 legitimate interest and the Commission, 1 authority', () => {
    expect(Object.fromEntries(count(PASSPORT_ATTRIBUTES.map((a) => a.accessGroup)))).toEqual({
      PUBLIC: 60,
      LEGITIMATE_INTEREST: 27,
      LEGITIMATE_INTEREST_AND_COMMISSION: 5,
      AUTHORITY: 1,
    });
  });

  it('67 per model, 26 per battery; 20 dynamic, every one of them per battery', () => {
    expect(Object.fromEntries(count(PASSPORT_ATTRIBUTES.map((a) => a.granularity)))).toEqual({ MODEL: 67, BATTERY: 26 });
    const dynamic = PASSPORT_ATTRIBUTES.filter((a) => a.dynamic);
    expect(dynamic).toHaveLength(20);
    expect(dynamic.filter((a) => a.granularity !== 'BATTERY')).toEqual([]);
  });

  it('keys are unique camelCase names, found by key', () => {
    const keys = PASSPORT_ATTRIBUTES.map((a) => a.key);
    expect(new Set(keys).size).toBe(93);
    expect(keys.filter((k) => !/^[a-z][a-zA-Z0-9]*$/.test(k))).toEqual([]);
    expect(PASSPORT_ATTRIBUTE_BY_KEY.get('dismantlingAndRemovalInformation')?.number).toBe(36);
    expect(isPassportAttributeKey('batteryMass')).toBe(true);
    expect(isPassportAttributeKey('batteryMassKg')).toBe(false);
    expect(isPassportAttributeKey('__proto__')).toBe(false);
  });

  it('every attribute is mandatory, voluntary or not applicable for each of the four passport categories', () => {
    for (const a of PASSPORT_ATTRIBUTES) {
      expect(Object.keys(a.requirement).sort()).toEqual(['EV', 'INDUSTRIAL', 'LMT', 'STATIONARY']);
      for (const r of Object.values(a.requirement)) expect(['MANDATORY', 'VOLUNTARY', 'NOT_APPLICABLE']).toContain(r);
    }
  });

  it('a data model path names one of the seven aspects of the Battery Pass data model 1.2', () => {
    const aspects = new Set([
      'GeneralProductInformation',
      'CarbonFootprintForBatteries',
      'SupplyChainDueDiligence',
      'MaterialComposition',
      'Circularity',
      'PerformanceAndDurability',
      'Labeling',
    ]);
    const paths = PASSPORT_ATTRIBUTES.flatMap((a) => (a.dataModelPath ? [a.dataModelPath] : []));
    expect(paths.filter((p) => !aspects.has(p.split('.')[0]))).toEqual([]);
    expect(PASSPORT_ATTRIBUTES.filter((a) => a.dataModelPath === null).map((a) => a.key)).toEqual(['carbonFootprintGeneralInformation']);
  });

  it('spot checks against the longlist', () => {
    const a = (key: string) => PASSPORT_ATTRIBUTE_BY_KEY.get(key)!;
    expect(a('resultOfTestReport')).toMatchObject({ number: 18, accessGroup: 'AUTHORITY', granularity: 'MODEL', dataFormat: 'PDF' });
    expect(a('stateOfCertifiedEnergy')).toMatchObject({
      number: 57,
      unit: '%',
      dynamic: true,
      granularity: 'BATTERY',
      requirement: { EV: 'MANDATORY', LMT: 'NOT_APPLICABLE', INDUSTRIAL: 'NOT_APPLICABLE', STATIONARY: 'NOT_APPLICABLE' },
    });
    expect(a('batteryCarbonFootprint')).toMatchObject({ number: 19, unit: 'kgCO2e/kWh', accessGroup: 'PUBLIC', subcategory: null });
    expect(a('supplyChainIndicies')).toMatchObject({ number: 30, regulationReference: null, dataFormat: null, unit: null });
  });
});
