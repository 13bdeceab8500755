import { PASSPORT_ATTRIBUTES, PassportAccessGroup } from '../passports/passport-attributes';
import { passportTier } from '../passports/passport-tier';
import { canSeePrivate } from './access-policy';
import { ADMIN, ANONYMOUS, Actor, OrganizationKind } from './actor';
import { hasLegitimateInterest } from './legitimate-interest';
import { filterPassport, ownsBatteryPassport, readableAccessGroups, readsAttribute, visibleAttributes } from './passport-access';

const org = (organizationKind: OrganizationKind, organizationId: string): Actor => ({
  type: 'ORGANIZATION',
  organizationKind,
  organizationId,
  apiKeyId: 'k',
});
const batch = { manufacturerId: 'm1', certifierIds: ['c1'] };

/**
 * Every kind of caller, with the access groups it must read, written out here apart from the code
 * (Regulation (EU) 2023/1542 Art. 77(2); docs/passport-attributes.md). Each caller goes through the
 * same three decisions the passport routes make: its tier (passportTier), ownership (canSeePrivate)
 * and legitimate interest (its kind, or an active grant to its organization).
 */
const ALL: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];
const LI: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION'];
const CALLERS: { who: string; actor: Actor; granted?: boolean; reads: PassportAccessGroup[] }[] = [
  { who: 'an anonymous caller', actor: ANONYMOUS, reads: ['PUBLIC'] },
  { who: 'a buyer', actor: org('BUYER', 'b1'), reads: ['PUBLIC'] },
  { who: 'a forwarder', actor: org('FORWARDER', 'f1'), reads: ['PUBLIC'] },
  { who: 'another manufacturer', actor: org('MANUFACTURER', 'm2'), reads: ['PUBLIC'] },
  { who: 'a certifier not asked', actor: org('CERTIFIER', 'c2'), reads: ['PUBLIC'] },
  { who: 'the certifier asked', actor: org('CERTIFIER', 'c1'), reads: ['PUBLIC'] },
  { who: 'an authority', actor: org('AUTHORITY', 'a1'), reads: ['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'] },
  { who: 'a recycler', actor: org('RECYCLER', 'r1'), reads: LI },
  { who: 'a repairer', actor: org('REPAIRER', 'r2'), reads: LI },
  { who: 'a second-life operator', actor: org('SECOND_LIFE_OPERATOR', 'r3'), reads: LI },
  { who: 'an independent operator', actor: org('INDEPENDENT_OPERATOR', 'r4'), reads: LI },
  { who: 'a buyer granted access', actor: org('BUYER', 'b2'), granted: true, reads: LI },
  { who: 'an authority granted access', actor: org('AUTHORITY', 'a2'), granted: true, reads: ALL },
  { who: 'the certifier asked, granted access', actor: org('CERTIFIER', 'c1'), granted: true, reads: LI },
  { who: 'the owner (its manufacturer)', actor: org('MANUFACTURER', 'm1'), reads: ALL },
  { who: 'the administrator', actor: ADMIN, reads: ALL },
];

const groupsOf = (actor: Actor, granted = false) =>
  readableAccessGroups(passportTier(actor, batch), canSeePrivate(actor, batch.manufacturerId), hasLegitimateInterest(actor, granted));

/** A passport with a value for every attribute of the catalogue. */
const FULL: Record<string, unknown> = Object.fromEntries(PASSPORT_ATTRIBUTES.map((a) => [a.key, { value: a.number }]));

const MATRIX = CALLERS.flatMap((c) => PASSPORT_ATTRIBUTES.map((a) => ({ ...c, attribute: a, readable: c.reads.includes(a.accessGroup) })));

describe('the passport access matrix: every attribute against every caller', () => {
  it('covers the 93 attributes for each of the callers', () => {
    expect(MATRIX).toHaveLength(93 * CALLERS.length);
  });

  it.each(
    MATRIX.map((m) => [m.who, m.attribute.number, m.attribute.key, m.attribute.accessGroup, m.readable ? 'reads' : 'does not read', m]),
  )('%s, #%i %s (%s): %s it', (_who, _n, key, _group, _verdict, m) => {
    const groups = groupsOf(m.actor, m.granted);
    const result = filterPassport(FULL, groups);
    if (m.readable) expect(result[key]).toBe(FULL[key]);
    else expect(key in result).toBe(false);
    expect(visibleAttributes(groups).includes(m.attribute.key)).toBe(m.readable);
  });
});

describe('filterPassport', () => {
  it('keeps exactly the visible attributes, in number: 60 public, 66 for an authority, 92 with a legitimate interest, 93 for the owner', () => {
    const keys = (actor: Actor, granted = false) => Object.keys(filterPassport(FULL, groupsOf(actor, granted)));
    expect(keys(ANONYMOUS)).toHaveLength(60);
    expect(keys(org('AUTHORITY', 'a1'))).toHaveLength(66);
    expect(keys(org('RECYCLER', 'r1'))).toHaveLength(92);
    expect(keys(org('BUYER', 'b1'), true)).toHaveLength(92);
    expect(keys(org('MANUFACTURER', 'm1'))).toHaveLength(93);
    for (const c of CALLERS) expect(keys(c.actor, c.granted)).toEqual(visibleAttributes(groupsOf(c.actor, c.granted)));
  });

  it('a null the caller may not read is absent; a null it may read stays null', () => {
    const record = { batteryMass: null, dismantlingAndRemovalInformation: null, stateOfCharge: null };
    expect(filterPassport(record, readableAccessGroups('PUBLIC', false))).toEqual({ batteryMass: null });
    expect('dismantlingAndRemovalInformation' in filterPassport(record, readableAccessGroups('PUBLIC', false))).toBe(false);
    expect(filterPassport(record, readableAccessGroups('AUTHORITY', false))).toEqual({
      batteryMass: null,
      dismantlingAndRemovalInformation: null,
    });
    expect(filterPassport(record, readableAccessGroups('PUBLIC', true))).toEqual(record);
  });

  it('drops keys outside the catalogue, even for the owner, and leaves its input alone', () => {
    const record = { batteryMass: 420, internalNote: 'x', apiKey: 'secret' };
    expect(filterPassport(record, readableAccessGroups('AUTHORITY', true))).toEqual({ batteryMass: 420 });
    expect(record).toEqual({ batteryMass: 420, internalNote: 'x', apiKey: 'secret' });
    expect(
      Object.getPrototypeOf(filterPassport(JSON.parse('{"__proto__": {"polluted": 1}}'), readableAccessGroups('AUTHORITY', true))),
    ).toBe(Object.prototype);
  });

  it('an authority reads test reports and dismantling information, not a battery’s state of charge', () => {
    const result = filterPassport(FULL, groupsOf(org('AUTHORITY', 'a1')));
    expect('resultOfTestReport' in result).toBe(true);
    expect('dismantlingAndRemovalInformation' in result).toBe(true);
    expect('stateOfCharge' in result).toBe(false);
    expect('batteryStatus' in result).toBe(false);
  });

  it('a person with a legitimate interest reads dismantling information and the state of charge, not the test reports', () => {
    const result = filterPassport(FULL, groupsOf(org('RECYCLER', 'r1')));
    expect('dismantlingAndRemovalInformation' in result).toBe(true);
    expect('stateOfCharge' in result).toBe(true);
    expect('batteryStatus' in result).toBe(true);
    expect('resultOfTestReport' in result).toBe(false);
  });
});

describe('readableAccessGroups', () => {
  it('lists the groups in the catalogue order; a legitimate interest adds its groups to the tier’s, never the test reports', () => {
    expect(readableAccessGroups('PUBLIC', false, true)).toEqual(['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION']);
    expect(readableAccessGroups('AUTHORITY', false, true)).toEqual(ALL);
    expect(readableAccessGroups('CERTIFIER', false, false)).toEqual(['PUBLIC']);
    expect(readableAccessGroups('PUBLIC', true, false)).toEqual(ALL);
  });
});

describe('battery passports', () => {
  const M = 'm-1';
  it('the owner of a later life is also the organization that started it; of the original, only the manufacturer and the administrator', () => {
    expect(ownsBatteryPassport(org('MANUFACTURER', M), M, null)).toBe(true);
    expect(ownsBatteryPassport(ADMIN, M, null)).toBe(true);
    expect(ownsBatteryPassport(org('BUYER', 'b1'), M, null)).toBe(false);
    expect(ownsBatteryPassport(org('BUYER', 'b1'), M, 'b1')).toBe(true);
    expect(ownsBatteryPassport(org('BUYER', 'b2'), M, 'b1')).toBe(false);
    expect(ownsBatteryPassport(ANONYMOUS, M, 'b1')).toBe(false);
    expect(ownsBatteryPassport(org('MANUFACTURER', M), M, 'b1')).toBe(true);
  });

  it('readsAttribute follows the attribute’s group, and is false for a key that is no attribute', () => {
    expect(readsAttribute(['PUBLIC'], 'batteryStatus')).toBe(false);
    expect(readsAttribute(['PUBLIC', 'LEGITIMATE_INTEREST'], 'batteryStatus')).toBe(true);
    expect(readsAttribute(ALL, 'notAnAttribute' as never)).toBe(false);
  });
});
