import { PASSPORT_ATTRIBUTES, PassportAccessGroup } from '../passports/passport-attributes';
import { passportTier } from '../passports/passport-tier';
import { canSeePrivate } from './access-policy';
import { ADMIN, ANONYMOUS, Actor, OrganizationKind } from './actor';
import { filterPassport, visibleAttributes } from './passport-access';

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
 * same two decisions the passport routes make: its tier (passportTier) and ownership (canSeePrivate).
 */
const ALL: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];
const CALLERS: { who: string; actor: Actor; reads: PassportAccessGroup[] }[] = [
  { who: 'an anonymous caller', actor: ANONYMOUS, reads: ['PUBLIC'] },
  { who: 'a buyer', actor: org('BUYER', 'b1'), reads: ['PUBLIC'] },
  { who: 'a forwarder', actor: org('FORWARDER', 'f1'), reads: ['PUBLIC'] },
  { who: 'another manufacturer', actor: org('MANUFACTURER', 'm2'), reads: ['PUBLIC'] },
  { who: 'a certifier not asked', actor: org('CERTIFIER', 'c2'), reads: ['PUBLIC'] },
  { who: 'the certifier asked', actor: org('CERTIFIER', 'c1'), reads: ['PUBLIC'] },
  { who: 'an authority', actor: org('AUTHORITY', 'a1'), reads: ['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'] },
  { who: 'the owner (its manufacturer)', actor: org('MANUFACTURER', 'm1'), reads: ALL },
  { who: 'the administrator', actor: ADMIN, reads: ALL },
];

const caller = (actor: Actor) => ({ tier: passportTier(actor, batch), isOwner: canSeePrivate(actor, batch.manufacturerId) });

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
    const { tier, isOwner } = caller(m.actor);
    const result = filterPassport(FULL, tier, isOwner);
    if (m.readable) expect(result[key]).toBe(FULL[key]);
    else expect(key in result).toBe(false);
    expect(visibleAttributes(tier, isOwner).includes(m.attribute.key)).toBe(m.readable);
  });
});

describe('filterPassport', () => {
  it('keeps exactly the visible attributes, in number: 60 public, 66 for an authority, 93 for the owner', () => {
    const keys = (actor: Actor) => Object.keys(filterPassport(FULL, caller(actor).tier, caller(actor).isOwner));
    expect(keys(ANONYMOUS)).toHaveLength(60);
    expect(keys(org('AUTHORITY', 'a1'))).toHaveLength(66);
    expect(keys(org('MANUFACTURER', 'm1'))).toHaveLength(93);
    for (const c of CALLERS) expect(keys(c.actor)).toEqual(visibleAttributes(caller(c.actor).tier, caller(c.actor).isOwner));
  });

  it('a null the caller may not read is absent; a null it may read stays null', () => {
    const record = { batteryMass: null, dismantlingAndRemovalInformation: null, stateOfCharge: null };
    expect(filterPassport(record, 'PUBLIC', false)).toEqual({ batteryMass: null });
    expect('dismantlingAndRemovalInformation' in filterPassport(record, 'PUBLIC', false)).toBe(false);
    expect(filterPassport(record, 'AUTHORITY', false)).toEqual({ batteryMass: null, dismantlingAndRemovalInformation: null });
    expect(filterPassport(record, 'PUBLIC', true)).toEqual(record);
  });

  it('drops keys outside the catalogue, even for the owner, and leaves its input alone', () => {
    const record = { batteryMass: 420, internalNote: 'x', apiKey: 'secret' };
    expect(filterPassport(record, 'AUTHORITY', true)).toEqual({ batteryMass: 420 });
    expect(record).toEqual({ batteryMass: 420, internalNote: 'x', apiKey: 'secret' });
    expect(Object.getPrototypeOf(filterPassport(JSON.parse('{"__proto__": {"polluted": 1}}'), 'AUTHORITY', true))).toBe(Object.prototype);
  });

  it('an authority reads test reports and dismantling information, not a battery’s state of charge', () => {
    const { tier, isOwner } = caller(org('AUTHORITY', 'a1'));
    const result = filterPassport(FULL, tier, isOwner);
    expect('resultOfTestReport' in result).toBe(true);
    expect('dismantlingAndRemovalInformation' in result).toBe(true);
    expect('stateOfCharge' in result).toBe(false);
    expect('batteryStatus' in result).toBe(false);
  });
});
