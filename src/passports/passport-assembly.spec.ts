import { batchPassportAttributes, servedAttributes } from './passport-assembly';
import { PASSPORT_ACCESS_GROUPS } from './passport-attributes';

describe('passport assembly', () => {
  it('a derived value wins over recorded model data on the same key', () => {
    expect(batchPassportAttributes({ batteryMass: 1, capacityFade: 20 }, { batteryMass: 480 })).toEqual({
      batteryMass: 480,
      capacityFade: 20,
    });
    expect(batchPassportAttributes(null, { batteryMass: 480 })).toEqual({ batteryMass: 480 });
  });

  it('serves the groups first, the filtered attributes, and completeness only to the owner', () => {
    const attributes = { batteryMass: 480, capacityFade: 20, batteryStatus: 'Original' };
    const pub = servedAttributes(attributes, ['PUBLIC'], false, 'EV');
    expect(Object.keys(pub)).toEqual(['access', 'attributes']);
    expect(pub).toEqual({ access: { groups: ['PUBLIC'] }, attributes: { batteryMass: 480 } });
    const owner = servedAttributes(attributes, PASSPORT_ACCESS_GROUPS, true, 'EV');
    expect(Object.keys(owner)).toEqual(['access', 'attributes', 'completeness']);
    expect(owner.attributes).toEqual(attributes);
    expect(owner.completeness?.missing).not.toContain('batteryMass');
    expect(servedAttributes(attributes, PASSPORT_ACCESS_GROUPS, true, null).completeness).toBeNull();
  });
});
