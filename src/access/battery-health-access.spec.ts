import { caught, orgActor } from '../../test/support/actors';
import { ADMIN, ANONYMOUS } from './actor';
import {
  assertCanGrantBatteryOperation,
  assertCanReadHealthAttribute,
  assertCanRevokeBatteryOperation,
  healthReadGroups,
  holderOf,
  interestInBattery,
  mayWriteHealthReadings,
  requireHealthWriter,
} from './battery-health-access';

const shipment = {
  id: 's',
  reference: 'SH-1',
  status: 'DELIVERED',
  manufacturerId: 'm',
  consigneeId: 'c',
  createdAt: new Date('2026-05-01T00:00:00Z'),
  handedOverAt: new Date('2026-05-20T00:00:00Z'),
  shippedSerial: 'P-1',
  unitSerial: 'P-1',
};
const fleet = { id: 'f', kind: 'FLEET_OPERATOR' as const };
const codeOf = (run: () => void) => {
  const e = caught(run) as { code: string; reason: string } | null;
  return e && `${e.code} ${e.reason}`;
};

describe('battery health access', () => {
  it('the holder is the manufacturer, the consignee once delivered, nobody while shipped', () => {
    expect(holderOf({ holder: 'MANUFACTURER', since: null, shipment: null }, 'm')).toBe('m');
    expect(holderOf({ holder: 'CONSIGNEE', consigneeId: 'c', since: null, shipment }, 'm')).toBe('c');
    expect(holderOf({ holder: 'NOBODY', shipment: { ...shipment, status: 'DEPARTED' } }, 'm')).toBeNull();
  });

  it('only the holder grants operation, to a fleet operator, and not while the battery is shipped', () => {
    expect(codeOf(() => assertCanGrantBatteryOperation(orgActor('m', 'MANUFACTURER'), 'm', fleet, 'input.serial'))).toBeNull();
    expect(codeOf(() => assertCanGrantBatteryOperation(orgActor('c', 'BUYER'), 'c', fleet, 'input.serial'))).toBeNull();
    expect(codeOf(() => assertCanGrantBatteryOperation(orgActor('m', 'MANUFACTURER'), 'c', fleet, 'input.serial'))).toBe(
      'FORBIDDEN NOT_HOLDER',
    );
    expect(codeOf(() => assertCanGrantBatteryOperation(ADMIN, 'm', fleet, 'input.serial'))).toBe('FORBIDDEN NOT_HOLDER');
    expect(codeOf(() => assertCanGrantBatteryOperation(orgActor('m', 'MANUFACTURER'), null, fleet, 'input.serial'))).toBe(
      'CONFLICT NOT_IN_CUSTODY',
    );
    expect(codeOf(() => assertCanGrantBatteryOperation(orgActor('m', 'MANUFACTURER'), 'm', { id: 'r', kind: 'REPAIRER' }, 'x'))).toBe(
      'BAD_USER_INPUT NOT_A_FLEET_OPERATOR',
    );
  });

  it('the grantor or the holder now revokes, once', () => {
    const grant = { grantorOrganizationId: 'm', revokedAt: null };
    expect(codeOf(() => assertCanRevokeBatteryOperation(orgActor('m', 'MANUFACTURER'), grant, 'c'))).toBeNull();
    expect(codeOf(() => assertCanRevokeBatteryOperation(orgActor('c', 'BUYER'), grant, 'c'))).toBeNull();
    expect(codeOf(() => assertCanRevokeBatteryOperation(orgActor('f', 'FLEET_OPERATOR'), grant, 'c'))).toBe('FORBIDDEN NOT_HOLDER');
    expect(codeOf(() => assertCanRevokeBatteryOperation(ANONYMOUS, grant, 'c'))).toBe('FORBIDDEN NOT_HOLDER');
    expect(codeOf(() => assertCanRevokeBatteryOperation(orgActor('m', 'MANUFACTURER'), { ...grant, revokedAt: new Date() }, 'm'))).toBe(
      'CONFLICT GRANT_ALREADY_REVOKED',
    );
  });

  it('writes: the holder, or an operator with an active grant; never the administrator or anonymous', () => {
    expect(mayWriteHealthReadings(orgActor('m', 'MANUFACTURER'), 'm', false)).toBe(true);
    expect(mayWriteHealthReadings(orgActor('f', 'FLEET_OPERATOR'), 'm', true)).toBe(true);
    expect(mayWriteHealthReadings(orgActor('f', 'FLEET_OPERATOR'), 'm', false)).toBe(false);
    expect(mayWriteHealthReadings(orgActor('m', 'MANUFACTURER'), null, false)).toBe(false);
    expect(mayWriteHealthReadings(ADMIN, 'm', false)).toBe(false);
    expect(mayWriteHealthReadings(ANONYMOUS, 'm', false)).toBe(false);
    expect(codeOf(() => requireHealthWriter(orgActor('f', 'FLEET_OPERATOR')))).toBeNull();
    expect(codeOf(() => requireHealthWriter(ADMIN))).toBe('FORBIDDEN WRONG_ORGANIZATION_KIND');
  });

  it('reads: the groups of the passport, with a legitimate interest for operators and holders of the battery', () => {
    const facts = { manufacturerId: 'm', holderId: 'c', operates: false, passportGrant: false };
    const LI = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION'];
    expect(healthReadGroups(orgActor('m', 'MANUFACTURER'), facts)).toHaveLength(4);
    expect(healthReadGroups(ADMIN, facts)).toHaveLength(4);
    expect(healthReadGroups(ANONYMOUS, facts)).toEqual(['PUBLIC']);
    expect(healthReadGroups(orgActor('f', 'FLEET_OPERATOR'), facts)).toEqual(['PUBLIC']);
    expect(healthReadGroups(orgActor('f', 'FLEET_OPERATOR'), { ...facts, operates: true })).toEqual(LI);
    expect(healthReadGroups(orgActor('c', 'BUYER'), facts)).toEqual(LI);
    expect(healthReadGroups(orgActor('b', 'BUYER'), { ...facts, passportGrant: true })).toEqual(LI);
    expect(healthReadGroups(orgActor('r', 'RECYCLER'), facts)).toEqual(LI);
    expect(healthReadGroups(orgActor('a', 'AUTHORITY'), facts)).toEqual(['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY']);
  });

  it('an interest in one battery: operating it, holding it, or a passport access grant for it; never for anonymous callers', () => {
    const buyer = orgActor('b', 'BUYER');
    expect(interestInBattery(buyer, { operates: false, holderId: 'm' })).toBe(false);
    expect(interestInBattery(buyer, { operates: false, holderId: 'm', batteryPassportGrant: true })).toBe(true);
    expect(interestInBattery(buyer, { operates: true, holderId: 'm' })).toBe(true);
    expect(interestInBattery(buyer, { operates: false, holderId: 'b' })).toBe(true);
    expect(interestInBattery(ANONYMOUS, { operates: false, holderId: null, batteryPassportGrant: true })).toBe(false);
  });

  it('an attribute is read with its group only', () => {
    const soc = { key: 'stateOfCharge', accessGroup: 'LEGITIMATE_INTEREST' as const };
    expect(codeOf(() => assertCanReadHealthAttribute(['PUBLIC', 'LEGITIMATE_INTEREST'], soc))).toBeNull();
    expect(codeOf(() => assertCanReadHealthAttribute(['PUBLIC'], soc))).toBe('FORBIDDEN NOT_ALLOWED');
  });
});
