import { PASSPORT_ATTRIBUTES } from '../passports/passport-attributes';
import { applicableHealthAttributes, HEALTH_ATTRIBUTE_BY_KEY, HEALTH_ATTRIBUTES } from './health-attributes';

describe('health attributes', () => {
  it('are every dynamic per-battery attribute of the catalogue but the battery status, in its units', () => {
    const dynamic = PASSPORT_ATTRIBUTES.filter((a) => a.dynamic && a.granularity === 'BATTERY').map((a) => a.key);
    expect(HEALTH_ATTRIBUTES.map((a) => a.key).sort()).toEqual(dynamic.filter((k) => k !== 'batteryStatus').sort());
    expect(HEALTH_ATTRIBUTE_BY_KEY.get('stateOfCertifiedEnergy')).toMatchObject({ number: 57, unit: '%' });
    expect(HEALTH_ATTRIBUTE_BY_KEY.get('remainingPowerCapability')).toMatchObject({ number: 63, unit: 'W' });
    expect(HEALTH_ATTRIBUTE_BY_KEY.get('timeExtremeHighTemp')).toMatchObject({ unit: 'Minutes' });
    expect(HEALTH_ATTRIBUTE_BY_KEY.get('numberOfFullCycles')).toMatchObject({ unit: '-' });
  });

  it('bound percentages to 0..100 and counts to whole numbers', () => {
    const soce = HEALTH_ATTRIBUTE_BY_KEY.get('stateOfCertifiedEnergy')!.bound;
    expect([soce.min, soce.max]).toEqual([0, 100]);
    for (const key of [
      'numberOfFullCycles',
      'numberOfDeepDischargeEvents',
      'numberOfOverchargeEvents',
      'informationOnAccidents',
      'timeExtremeLowTemp',
    ]) {
      expect(HEALTH_ATTRIBUTE_BY_KEY.get(key)!.bound.integer).toBe(true);
    }
    expect(HEALTH_ATTRIBUTE_BY_KEY.get('energyThroughput')!.bound.integer).toBeUndefined();
  });

  it('follow the catalogue requirement per category (Battery Pass longlist: SOCE for EV only, round trip efficiency for LMT and stationary)', () => {
    const ev = applicableHealthAttributes('EV');
    expect(ev).toContain(57);
    expect(ev).not.toContain(69);
    expect(applicableHealthAttributes('STATIONARY')).toEqual(expect.arrayContaining([69, 73, 81]));
    expect(applicableHealthAttributes('LMT')).not.toContain(57);
    expect(applicableHealthAttributes(null)).toEqual([]);
  });
});
