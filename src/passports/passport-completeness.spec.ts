import { PASSPORT_ATTRIBUTES, PassportBatteryCategory } from './passport-attributes';
import { passportCompleteness } from './passport-completeness';

/**
 * Counts read off the longlist v1.2 per category (mandatory `x` cells, split by per model / per
 * battery and by access group), written here by hand, apart from the code that computes them.
 */
const MANDATORY: Record<PassportBatteryCategory, { total: number; modelPublic: number; batteryLegitimate: number }> = {
  EV: { total: 70, modelPublic: 49, batteryLegitimate: 6 },
  LMT: { total: 79, modelPublic: 48, batteryLegitimate: 16 },
  INDUSTRIAL: { total: 72, modelPublic: 48, batteryLegitimate: 9 },
  STATIONARY: { total: 80, modelPublic: 48, batteryLegitimate: 17 },
};

/** A value for every attribute of the catalogue. */
const full = (): Record<string, unknown> => Object.fromEntries(PASSPORT_ATTRIBUTES.map((a) => [a.key, `value of ${a.key}`]));

describe('passportCompleteness', () => {
  it.each(Object.entries(MANDATORY))('%s: an empty record misses every mandatory attribute', (category, expected) => {
    const c = passportCompleteness(category as PassportBatteryCategory, {});
    expect(c.mandatoryCount).toBe(expected.total);
    expect(c.presentCount).toBe(0);
    expect(c.missing).toHaveLength(expected.total);
    expect(c.publishableBlockers).toHaveLength(expected.modelPublic);
    expect(c.missingByGranularity.MODEL.PUBLIC).toEqual(c.publishableBlockers);
    expect(c.missingByGranularity.BATTERY.LEGITIMATE_INTEREST).toHaveLength(expected.batteryLegitimate);
    expect(c.missingByGranularity.BATTERY.PUBLIC).toEqual([
      'batteryPassportIdentifier',
      'productIdentifier',
      'manufacturingDate',
      'extinguishingAgent',
    ]);
    expect(c.missingByGranularity.MODEL.AUTHORITY).toEqual(['resultOfTestReport']);
    expect(c.complete).toBe(false);
  });

  it.each(Object.keys(MANDATORY))('%s: a record with every attribute is complete', (category) => {
    const c = passportCompleteness(category as PassportBatteryCategory, full());
    expect(c).toMatchObject({ missing: [], publishableBlockers: [], complete: true });
    expect(c.presentCount).toBe(c.mandatoryCount);
  });

  it('null and undefined are missing; 0, false and an empty string are values', () => {
    const values = {
      ...full(),
      batteryMass: null,
      ratedCapacity: undefined,
      minimumVoltage: 0,
      batteryChemistry: '',
      batteryCategory: false,
    };
    const c = passportCompleteness('EV', values);
    expect(c.missing).toEqual(['batteryMass', 'ratedCapacity']);
    expect(c.publishableBlockers).toEqual(['batteryMass', 'ratedCapacity']);
  });

  it('a missing mandatory attribute outside the public model data is missing but does not block publishing', () => {
    const { dismantlingAndRemovalInformation: _a, stateOfCharge: _b, manufacturingDate: _c, ...values } = full();
    const c = passportCompleteness('EV', values);
    expect(c.missing).toEqual(['manufacturingDate', 'dismantlingAndRemovalInformation', 'stateOfCharge']);
    expect(c.missingByGranularity.MODEL.LEGITIMATE_INTEREST_AND_COMMISSION).toEqual(['dismantlingAndRemovalInformation']);
    expect(c.missingByGranularity.BATTERY.LEGITIMATE_INTEREST).toEqual(['stateOfCharge']);
    expect(c.missingByGranularity.BATTERY.PUBLIC).toEqual(['manufacturingDate']);
    expect(c.publishableBlockers).toEqual([]);
    expect(c.complete).toBe(false);
  });

  it('voluntary and not-applicable attributes never count, per category', () => {
    // #57 state of certified energy: mandatory for EV only; #14 carbon footprint label: voluntary everywhere.
    const { stateOfCertifiedEnergy: _s, carbonFootprintLabel: _l, ...values } = full();
    expect(passportCompleteness('EV', values).missing).toEqual(['stateOfCertifiedEnergy']);
    expect(passportCompleteness('LMT', values).complete).toBe(true);
    expect(passportCompleteness('STATIONARY', values).complete).toBe(true);
  });

  it('the performance class is pending, not missing, once a footprint is declared (Art. 7(2): no classes adopted yet)', () => {
    const { carbonFootprintPerformanceClass: _c, ...values } = full();
    const c = passportCompleteness('EV', values);
    expect(c).toMatchObject({ missing: [], pending: ['carbonFootprintPerformanceClass'], publishableBlockers: [], complete: true });
    expect(c.presentCount).toBe(MANDATORY.EV.total - 1);
    const { batteryCarbonFootprint: _f, ...withoutFootprint } = values;
    const d = passportCompleteness('EV', withoutFootprint);
    expect(d.missing).toEqual(['batteryCarbonFootprint', 'carbonFootprintPerformanceClass']);
    expect(d.pending).toEqual([]);
    expect(passportCompleteness('EV', full()).pending).toEqual([]);
  });

  it('keys outside the catalogue neither count nor hide a missing attribute', () => {
    const { batteryMass: _m, ...values } = full();
    const c = passportCompleteness('INDUSTRIAL', { ...values, batteryMassKg: 300 });
    expect(c.missing).toEqual(['batteryMass']);
    expect(c.presentCount).toBe(MANDATORY.INDUSTRIAL.total - 1);
  });
});
