import { randomUUID } from 'node:crypto';
import {
  BATTERY_STATUS_VALUE,
  batteryLives,
  batteryPassport,
  BatteryPassportInput,
  batteryPassportAttributes,
  LaterLifeRow,
  originalPassportId,
  PackFacts,
  startsNewPassport,
  StatusEventRow,
  unitIdOfOriginalPassport,
} from './battery-passport';
import { PASSPORT_ACCESS_GROUPS } from './passport-attributes';

const M = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = '11111111-2222-4333-8444-555555555555';
const REPURPOSER = 'bbbbbbbb-0000-4000-8000-000000000002';
const pack = (overrides: Partial<PackFacts> = {}): PackFacts => ({
  unitId: '4242',
  manufacturerId: M,
  batchId: B,
  serial: 'P 1/7',
  producedAt: '2026-03-10T08:00:00Z',
  status: 'ORIGINAL',
  ...overrides,
});
const LIFE_1: LaterLifeRow = {
  id: '5d0b9a8c-1f7e-4a43-9d55-0a6f0c1d2e3f',
  life: 1,
  predecessorId: originalPassportId('4242'),
  status: 'REPURPOSED',
  category: 'STATIONARY',
  operatorId: REPURPOSER,
  operatorName: 'Second Life GmbH',
  startedAt: '2031-05-01T00:00:00Z',
  recordedAt: '2031-05-02T00:00:00Z',
};
const LIFE_2: LaterLifeRow = {
  ...LIFE_1,
  id: '7e1c2b3a-4d5e-4f60-8a71-b2c3d4e5f607',
  life: 2,
  predecessorId: LIFE_1.id,
  status: 'REMANUFACTURED',
  startedAt: '2036-01-01T00:00:00Z',
  recordedAt: '2036-01-01T00:00:00Z',
};

describe('original passport identifiers', () => {
  it('are version-8 UUIDs carrying the unit id, worked by hand', () => {
    // 4242 = 0x1092, in 15 hexadecimal digits: 000 000000001092.
    expect(originalPassportId('4242')).toBe('00000000-0000-8000-8000-000000001092');
    expect(originalPassportId(1)).toBe('00000000-0000-8000-8000-000000000001');
    // The largest unit id the global ids allow (18 digits) fits the 60 bits.
    expect(originalPassportId('999999999999999999')).toBe('00000000-0000-8000-8de0-b6b3a763ffff');
  });

  it('read back to the unit id, in either case', () => {
    for (const id of ['1', '4242', '123456789012345678', '999999999999999999'])
      expect(unitIdOfOriginalPassport(originalPassportId(id))).toBe(id);
    expect(unitIdOfOriginalPassport('00000000-0000-8000-8000-00000000109A'.toLowerCase())).toBe('4250');
    expect(unitIdOfOriginalPassport('00000000-0000-8000-8ABC-000000000001')).toBe(0xabc000000000001n.toString());
  });

  it('are never a random (version 4) UUID, nor the zero id', () => {
    for (let i = 0; i < 1000; i++) expect(unitIdOfOriginalPassport(randomUUID())).toBeNull();
    expect(unitIdOfOriginalPassport('00000000-0000-8000-8000-000000000000')).toBeNull();
    expect(unitIdOfOriginalPassport('00000000-0000-4000-8000-000000001092')).toBeNull();
  });

  it('refuse unit ids that do not fit', () => {
    expect(() => originalPassportId(0)).toThrow();
    expect(() => originalPassportId((1n << 60n).toString())).toThrow();
  });
});

describe('lives', () => {
  it('repurposing and remanufacturing start a passport, reuse and recycling do not (Art. 77(6))', () => {
    expect(['ORIGINAL', 'REPURPOSED', 'REUSED', 'REMANUFACTURED', 'WASTE'].filter((s) => startsNewPassport(s as never))).toEqual([
      'REPURPOSED',
      'REMANUFACTURED',
    ]);
  });

  it('an original pack has one passport, its status the pack status', () => {
    expect(batteryLives(pack({ status: 'REUSED' }), 'EV', [])).toEqual([
      {
        passportId: originalPassportId('4242'),
        life: 0,
        category: 'EV',
        operator: null,
        startedAt: null,
        recordedAt: null,
        predecessorId: null,
        successorId: null,
        status: 'REUSED',
      },
    ]);
  });

  it('are linked both ways; an earlier passport holds the status its successor began with', () => {
    const lives = batteryLives(pack({ status: 'WASTE' }), 'EV', [LIFE_2, LIFE_1]);
    expect(lives.map((l) => [l.life, l.passportId, l.predecessorId, l.successorId, l.status, l.category])).toEqual([
      [0, originalPassportId('4242'), null, LIFE_1.id, 'REPURPOSED', 'EV'],
      [1, LIFE_1.id, originalPassportId('4242'), LIFE_2.id, 'REMANUFACTURED', 'STATIONARY'],
      [2, LIFE_2.id, LIFE_1.id, null, 'WASTE', 'STATIONARY'],
    ]);
    expect(lives[1].operator).toEqual({ id: REPURPOSER, name: 'Second Life GmbH' });
    expect(lives[1].startedAt).toBe('2031-05-01T00:00:00.000Z');
  });
});

describe('batteryPassportAttributes', () => {
  const batch = {
    batteryPassportIdentifier: `urn:uuid:${B}`,
    productIdentifier: `urn:battrace:batch:${M}:B-1`,
    manufacturingDate: '2026-03-31T00:00:00.000Z',
    batteryCategory: 'ev',
    batteryMass: 480,
  };

  it('puts the battery over the batch: identifier, serial, manufacturing date, status, category', () => {
    const [life] = batteryLives(pack(), 'EV', []);
    expect(batteryPassportAttributes(batch, pack(), life)).toEqual({
      batteryPassportIdentifier: 'urn:uuid:00000000-0000-8000-8000-000000001092',
      productIdentifier: `urn:battrace:unit:${M}:P%201%2F7`,
      manufacturingDate: '2026-03-10T08:00:00.000Z',
      batteryCategory: 'ev',
      batteryMass: 480,
      batteryStatus: 'Original',
    });
  });

  it('a later life names its operator and its own category', () => {
    const lives = batteryLives(pack({ status: 'REPURPOSED' }), 'EV', [LIFE_1]);
    const a = batteryPassportAttributes(batch, pack(), lives[1]);
    expect(a.batteryPassportIdentifier).toBe(`urn:uuid:${LIFE_1.id}`);
    expect(a.batteryCategory).toBe('stationary');
    expect(a.batteryStatus).toBe('Repurposed');
    expect(a.operatorInformation).toEqual({ identifier: `urn:battrace:org:${REPURPOSER}`, contactName: 'Second Life GmbH' });
  });

  it('takes dynamic per-battery values only (the seam for health readings), never over the records', () => {
    const [life] = batteryLives(pack(), 'EV', []);
    const a = batteryPassportAttributes(batch, pack(), life, {
      stateOfCharge: 81.5,
      numberOfFullCycles: 120,
      remainingCapacity: null,
      batteryStatus: 'Waste',
      batteryMass: 1,
      notAnAttribute: 1,
    });
    expect(a.stateOfCharge).toBe(81.5);
    expect(a.numberOfFullCycles).toBe(120);
    expect('remainingCapacity' in a).toBe(false);
    expect(a.batteryStatus).toBe('Original');
    expect(a.batteryMass).toBe(480);
    expect('notAnAttribute' in a).toBe(false);
  });

  it('spells every status as the data model does', () => {
    expect(Object.values(BATTERY_STATUS_VALUE)).toEqual(['Original', 'Repurposed', 'Reused', 'Remanufactured', 'Waste']);
  });
});

describe('batteryPassport', () => {
  const WASTE: StatusEventRow = {
    status: 'WASTE',
    occurredAt: '2040-01-01T00:00:00Z',
    recordedAt: '2040-01-02T00:00:00Z',
    actorType: 'ORGANIZATION',
    actorId: REPURPOSER,
  };
  const REPURPOSED: StatusEventRow = {
    ...WASTE,
    status: 'REPURPOSED',
    occurredAt: '2031-05-01T00:00:00Z',
    recordedAt: '2031-05-02T00:00:00Z',
  };
  const input = (overrides: Partial<BatteryPassportInput> = {}): BatteryPassportInput => {
    const p = pack({ status: 'WASTE' });
    return {
      publicBaseUrl: 'https://bt.example',
      pack: p,
      lives: batteryLives(p, 'EV', [LIFE_1]),
      lifeIndex: 1,
      statusEvents: [WASTE, REPURPOSED],
      batchAttributes: { batteryMass: 480, stateOfCharge: 1 },
      nominalEnergyKWh: 75,
      groups: ['PUBLIC'],
      isOwner: false,
      modelPassport: null,
      versions: { model: null, batch: null },
      ...overrides,
    };
  };

  it('a public caller: the links, ceased, public attributes only, no status history, no completeness', () => {
    const d = batteryPassport(input());
    expect(Object.keys(d)).toEqual([
      'passportId',
      'life',
      'battery',
      'predecessor',
      'successor',
      'ceased',
      'ceasedAt',
      'batchPassportUrl',
      'access',
      'attributes',
      'modelPassport',
      'versions',
    ]);
    expect(d.versions).toEqual({ model: null, batch: null });
    expect(d.predecessor).toEqual({
      passportId: originalPassportId('4242'),
      url: `https://bt.example/passports/batteries/${originalPassportId('4242')}`,
    });
    expect(d.successor).toBeNull();
    expect(d.ceased).toBe(true);
    expect(d.ceasedAt).toBe('2040-01-01T00:00:00.000Z');
    expect(d.battery).toEqual({ id: 'Unit:4242', serial: 'P 1/7', manufacturerId: M, batchId: B });
    expect('batteryStatus' in d.attributes).toBe(false);
    expect('stateOfCharge' in d.attributes).toBe(false);
    expect(d.attributes.batteryCategory).toBe('stationary');
  });

  it('the original passport of a recycled, repurposed pack is not ceased: it has a successor', () => {
    const d = batteryPassport(input({ lifeIndex: 0 }));
    expect(d.ceased).toBe(false);
    expect(d.ceasedAt).toBeNull();
    expect(d.successor?.passportId).toBe(LIFE_1.id);
  });

  it('the owner: every group, the status history oldest first with who and when, completeness for the life category', () => {
    const d = batteryPassport(input({ groups: PASSPORT_ACCESS_GROUPS, isOwner: true }));
    expect(d.attributes.batteryStatus).toBe('Waste');
    expect(d.statusHistory).toEqual([
      {
        status: 'REPURPOSED',
        at: '2031-05-01T00:00:00.000Z',
        recordedAt: '2031-05-02T00:00:00.000Z',
        by: { type: 'ORGANIZATION', id: REPURPOSER },
      },
      {
        status: 'WASTE',
        at: '2040-01-01T00:00:00.000Z',
        recordedAt: '2040-01-02T00:00:00.000Z',
        by: { type: 'ORGANIZATION', id: REPURPOSER },
      },
    ]);
    expect(d.completeness?.category).toBe('STATIONARY');
    expect(d.completeness?.missing).not.toContain('batteryStatus');
  });
});
