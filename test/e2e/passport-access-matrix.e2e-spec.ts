import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { demoModelPassportValues } from '../../src/demo/demo-passport';
import { batteryPassDataModel } from '../../src/passports/battery-pass-data-model';
import { PASSPORT_ATTRIBUTES, PassportAccessGroup } from '../../src/passports/passport-attributes';
import { newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data, newDeclaredFootprint, recordMarchEnergy } from '../support/footprints';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The tested access matrix (issue 14; docs/passport-attributes.md and docs/battery-passports.md,
 * "Tests"): one EV battery whose passport holds a value for every attribute battrace can hold
 * (a complete model record, a declared footprint, a later life, a fleet operator's readings), read
 * by every kind of caller through every route that returns passport data. For each caller, route
 * and each of the 93 catalogue attributes: present with a non-null value where the caller's access
 * groups (written out below, apart from the code under test) read it and the route serves it,
 * absent (the key not there, never null) everywhere else.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PUBLIC: readonly PassportAccessGroup[] = ['PUBLIC'];
const INTEREST: readonly PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION'];
const AUTHORITY: readonly PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];
const ALL: readonly PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];

/**
 * Attributes that no battery of battrace can hold a value for today, each with the reason. Each is
 * expected absent for every caller on every route: when one starts having a value the test fails,
 * so that this list stays true.
 */
const NEVER_FILLED: Readonly<Record<string, string>> = {
  puttingIntoService: 'battrace records no date of putting into service (no input for it)',
  carbonFootprintPerformanceClass: 'the classes await a delegated act (Art. 7(2)): no footprint has one',
  // The health attributes the longlist does not apply to EV batteries: the upload refuses them for
  // an EV battery (ATTRIBUTE_NOT_APPLICABLE), so the EV battery of this test never holds them.
  remainingRoundTripEnergyEfficiency: 'health attribute for LMT and stationary batteries, not EV',
  currentSelfDischargingRate: 'health attribute for LMT and stationary batteries, not EV',
  evolutionOfSelfDischarge: 'health attribute for stationary batteries, not EV',
  energyThroughput: 'health attribute for LMT and stationary batteries, not EV',
  capacityThroughput: 'health attribute for LMT and stationary batteries, not EV',
  timeExtremeHighTemp: 'health attribute for LMT, industrial and stationary batteries, not EV',
  timeExtremeLowTemp: 'health attribute for LMT, industrial and stationary batteries, not EV',
  timeExtremeHighTempCharging: 'health attribute for LMT, industrial and stationary batteries, not EV',
  timeExtremeLowTempCharging: 'health attribute for LMT, industrial and stationary batteries, not EV',
};

/** The EV battery's health readings, one per attribute the longlist applies to EV batteries, in the catalogue's units. */
const READINGS: readonly { attribute: string; value: number; unit: string }[] = [
  { attribute: 'remainingCapacity', value: 190, unit: 'Ah' },
  { attribute: 'remainingEnergy', value: 71.5, unit: 'kWh' },
  { attribute: 'stateOfCertifiedEnergy', value: 96, unit: '%' },
  { attribute: 'stateOfCharge', value: 64, unit: '%' },
  { attribute: 'remainingPowerCapability', value: 180_000, unit: 'W' },
  { attribute: 'numberOfFullCycles', value: 41, unit: '-' },
  { attribute: 'temperatureInformation', value: 47.5, unit: '°C' },
  { attribute: 'numberOfDeepDischargeEvents', value: 2, unit: '-' },
  { attribute: 'numberOfOverchargeEvents', value: 1, unit: '-' },
  { attribute: 'informationOnAccidents', value: 0, unit: '-' },
];

/**
 * Only one battery's passport holds these: its later life's operator, its status and its health
 * readings. The batch passport (and its data model arrangement) never has them; the health route
 * has nothing else.
 */
const BATTERY_ONLY = new Set(['operatorInformation', 'batteryStatus', ...READINGS.map((r) => r.attribute)]);
const HEALTH = new Set(READINGS.map((r) => r.attribute));

const RECORD = `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`;
const GRANT_PASSPORT = `mutation($input: GrantPassportAccessInput!) { grantPassportAccess(input: $input) { id } }`;
const GRANT_OPERATION = `mutation($input: GrantBatteryOperationInput!) { grantBatteryOperation(input: $input) { id } }`;
const REPURPOSE = `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { batteryPassportId } }`;
const ONE = `query($id: ID!) { batteryPassport(passportId: $id) }`;
const PAGE = `query($b: ID!) { batteryPassports(batchId: $b, first: 10) { nodes pageInfo { hasNextPage } } }`;

type Route = 'batch' | 'batterypass' | 'battery' | 'serial' | 'graphql' | 'graphqlPage' | 'export' | 'health';
const ROUTES: readonly Route[] = ['batch', 'batterypass', 'battery', 'serial', 'graphql', 'graphqlPage', 'export', 'health'];

/** What a route serves of a battery whose every attribute has a value. */
function routeServes(route: Route, key: string): boolean {
  if (route === 'batch' || route === 'batterypass') return !BATTERY_ONLY.has(key);
  if (route === 'health') return HEALTH.has(key);
  return true;
}

describe('the passport access matrix: 93 attributes, every caller, every route (e2e)', () => {
  let t: TestApp;
  let w: World;
  let batchId: string;
  let prefix: string;
  /** The battery of the matrix (pack P0, remanufactured: its current passport is life 1) and its neighbour P1. */
  const unit: Record<'P0' | 'P1', string> = { P0: '', P1: '' };
  let passportId: string;
  const orgs: Record<string, OrgHandle> = {};

  /**
   * The callers and the access groups each is expected to read, written out by hand. `batch` is
   * where the batch passport differs: an interest in one battery (operating it) is no interest in
   * its batch.
   */
  const CALLERS: readonly {
    name: string;
    key: () => string | null;
    groups: readonly PassportAccessGroup[];
    batch?: readonly PassportAccessGroup[];
  }[] = [
    { name: 'an anonymous caller', key: () => null, groups: PUBLIC },
    { name: 'a buyer', key: () => orgs.buyer.key, groups: PUBLIC },
    { name: 'a forwarder', key: () => orgs.forwarder.key, groups: PUBLIC },
    { name: 'a certifier', key: () => orgs.certifier.key, groups: PUBLIC },
    { name: 'another manufacturer', key: () => orgs.otherManufacturer.key, groups: PUBLIC },
    { name: 'an authority', key: () => orgs.authority.key, groups: AUTHORITY },
    { name: 'a recycler', key: () => orgs.recycler.key, groups: INTEREST },
    { name: 'a repairer', key: () => orgs.repairer.key, groups: INTEREST },
    { name: 'a second-life operator', key: () => orgs.secondLife.key, groups: INTEREST },
    { name: 'an independent operator', key: () => orgs.independent.key, groups: INTEREST },
    { name: 'a buyer granted the batch', key: () => orgs.buyerBatchGrant.key, groups: INTEREST },
    { name: 'a buyer granted the model', key: () => orgs.buyerModelGrant.key, groups: INTEREST },
    { name: 'an authority granted the batch', key: () => orgs.authorityGrant.key, groups: ALL },
    { name: 'a fleet operator operating the battery', key: () => orgs.fleet.key, groups: INTEREST, batch: PUBLIC },
    { name: 'a fleet operator operating another battery', key: () => orgs.otherFleet.key, groups: PUBLIC },
    { name: 'the manufacturer', key: () => w.manufacturer.key, groups: ALL },
    { name: 'the administrator', key: () => t.adminKey, groups: ALL },
  ];
  const groupsOn = (c: (typeof CALLERS)[number], route: Route) =>
    (route === 'batch' || route === 'batterypass') && c.batch ? c.batch : c.groups;

  /** Each caller's answer of each route, fetched once. */
  const answers = new Map<string, Record<Route, Json>>();

  const get = async (path: string, key: string | null): Promise<Json> => {
    const res = await t.http(path, { key, headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };

  async function fetchAll(key: string | null): Promise<Record<Route, Json>> {
    const serial = encodeURIComponent(`${prefix}-P0`);
    const [batch, batterypass, battery, bySerial, one, page, exported, health] = await Promise.all([
      get(`/passports/${batchId}`, key),
      get(`/passports/${batchId}/batterypass`, key),
      get(`/passports/batteries/${passportId}`, key),
      get(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${serial}`, key),
      t.gql<{ batteryPassport: string }>(ONE, { id: passportId }, key),
      t.gql<{ batteryPassports: { nodes: string[]; pageInfo: { hasNextPage: boolean } } }>(PAGE, { b: batchId }, key),
      t.http(`/passports/batches/${batchId}/batteries`, { key }).then(async (r) => {
        expect(r.status).toBe(200);
        return (await r.text())
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l) as Json);
      }),
      get(`/batteries/${unit.P0}/health`, key),
    ]);
    const nodes = data(page).batteryPassports.nodes.map((n) => JSON.parse(n) as Json);
    const mine = (list: Json[]) => {
      const found = list.filter((p) => p.passportId === passportId);
      expect(found).toHaveLength(1);
      return found[0];
    };
    return {
      batch,
      batterypass,
      battery,
      serial: bySerial,
      graphql: JSON.parse(data(one).batteryPassport) as Json,
      graphqlPage: mine(nodes),
      export: mine(exported),
      health,
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
    ({ batchId } = await newDeclaredFootprint(t, w));
    const kinds: Record<string, string> = {
      buyer: 'BUYER',
      forwarder: 'FORWARDER',
      certifier: 'CERTIFIER',
      otherManufacturer: 'MANUFACTURER',
      authority: 'AUTHORITY',
      recycler: 'RECYCLER',
      repairer: 'REPAIRER',
      secondLife: 'SECOND_LIFE_OPERATOR',
      independent: 'INDEPENDENT_OPERATOR',
      buyerBatchGrant: 'BUYER',
      buyerModelGrant: 'BUYER',
      authorityGrant: 'AUTHORITY',
      fleet: 'FLEET_OPERATOR',
      otherFleet: 'FLEET_OPERATOR',
    };
    for (const [name, kind] of Object.entries(kinds)) orgs[name] = await newOrganization(t, kind);

    // Every model-level attribute, as the demo records it.
    data(
      await t.gql(
        RECORD,
        {
          input: {
            modelId: w.model.id,
            expectedVersion: 0,
            values: demoModelPassportValues({ name: 'Matrix LFP Car Pack', ...LFP_CAR_PACK }),
          },
        },
        w.manufacturer.key,
      ),
    );
    // Two packs.
    prefix = `MX${batchId.slice(0, 8)}`;
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ['P0', 'P1']
        .map((s) => JSON.stringify({ serial: `${prefix}-${s}`, kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' }))
        .join('\n'),
      key: w.manufacturer.key,
    });
    expect(res.status).toBe(200);
    const rows: { serial: string; id: string }[] = await t.db.query(`SELECT serial, id::text AS id FROM units WHERE batch_id = $1`, [
      batchId,
    ]);
    for (const r of rows) unit[r.serial.slice(prefix.length + 1) as 'P0' | 'P1'] = r.id;

    // Passport access grants: a buyer for the batch, another for the model, an authority for the batch.
    for (const [grantee, subject] of [
      ['buyerBatchGrant', { batchId }],
      ['buyerModelGrant', { modelId: w.model.id }],
      ['authorityGrant', { batchId }],
    ] as const) {
      data(
        await t.gql(
          GRANT_PASSPORT,
          { input: { granteeOrganizationId: orgs[grantee].id, ...subject, reason: 'access matrix' } },
          w.manufacturer.key,
        ),
      );
    }
    // Operation grants: the fleet operator runs P0, the other one P1.
    for (const [fleet, s] of [
      ['fleet', 'P0'],
      ['otherFleet', 'P1'],
    ] as const) {
      data(
        await t.gql(
          GRANT_OPERATION,
          {
            input: {
              operatorOrganizationId: orgs[fleet].id,
              serial: `${prefix}-${s}`,
              manufacturerId: w.manufacturer.id,
              reason: 'fleet contract',
            },
          },
          w.manufacturer.key,
        ),
      );
    }
    // A later life: remanufactured, so that its operator (attribute 3) is recorded; it stays an EV battery.
    passportId = data(
      await t.gql<{ markRepurposed: { batteryPassportId: string } }>(
        REPURPOSE,
        { input: { serial: `${prefix}-P0`, status: 'REMANUFACTURED', reason: 'new cells' } },
        w.manufacturer.key,
      ),
    ).markRepurposed.batteryPassportId;
    // The fleet operator's readings: one per health attribute of an EV battery.
    const up = await t.http('/batteries/health-readings', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body:
        READINGS.map((r) =>
          JSON.stringify({ serial: `${prefix}-P0`, manufacturerId: w.manufacturer.id, measuredAt: '2026-06-02T08:00:00Z', ...r }),
        ).join('\n') + '\n',
      key: orgs.fleet.key,
    });
    expect(await up.json()).toMatchObject({ inserted: READINGS.length });

    for (const c of CALLERS) answers.set(c.name, await fetchAll(c.key()));
  }, 300_000);
  afterAll(() => t?.close());

  it('the catalogue has 93 attributes and the never-filled list names only catalogue keys', () => {
    expect(PASSPORT_ATTRIBUTES).toHaveLength(93);
    const keys = new Set<string>(PASSPORT_ATTRIBUTES.map((a) => a.key));
    for (const k of [...Object.keys(NEVER_FILLED), ...BATTERY_ONLY]) expect(keys).toContain(k);
  });

  it('the world fills every attribute but the never-filled ones: the owner reads each on the battery routes', () => {
    const owner = answers.get('the manufacturer')!.battery.attributes as Json;
    const missing = PASSPORT_ATTRIBUTES.filter((a) => !(a.key in NEVER_FILLED) && (owner[a.key] === undefined || owner[a.key] === null));
    expect(missing.map((a) => a.key)).toEqual([]);
    expect(PASSPORT_ATTRIBUTES.length - Object.keys(NEVER_FILLED).length).toBe(82);
  });

  /** The mismatches of one answer's attributes against the expectation, by attribute key. */
  function mismatches(route: Route, attributes: Json, groups: readonly PassportAccessGroup[], owner: Json) {
    const out = {
      leaked: [] as string[],
      missing: [] as string[],
      nullValued: [] as string[],
      notTheOwners: [] as string[],
      unknown: [] as string[],
    };
    const catalogue = new Set<string>(PASSPORT_ATTRIBUTES.map((a) => a.key));
    for (const k of Object.keys(attributes)) if (!catalogue.has(k)) out.unknown.push(k);
    for (const a of PASSPORT_ATTRIBUTES) {
      const expected = groups.includes(a.accessGroup) && routeServes(route, a.key) && !(a.key in NEVER_FILLED);
      const has = Object.prototype.hasOwnProperty.call(attributes, a.key);
      if (has && attributes[a.key] === null) out.nullValued.push(a.key);
      else if (expected && !has) out.missing.push(a.key);
      else if (!expected && has) out.leaked.push(a.key);
      else if (expected && JSON.stringify(attributes[a.key]) !== JSON.stringify(owner[a.key])) out.notTheOwners.push(a.key);
    }
    return out;
  }
  const NONE = { leaked: [], missing: [], nullValued: [], notTheOwners: [], unknown: [] };

  const cases = CALLERS.flatMap((c) => ROUTES.filter((r) => r !== 'batterypass').map((r) => [c.name, r, c] as const));
  it.each(cases)('%s, %s: present exactly where its groups read it', (name, route, caller) => {
    const a = answers.get(name)![route];
    const owner = answers.get('the manufacturer')![route];
    const groups = groupsOn(caller, route);
    expect(a.access.groups).toEqual(groups);
    expect(mismatches(route, a.attributes as Json, groups, owner.attributes as Json)).toEqual(NONE);
  });

  it.each(CALLERS.map((c) => [c.name, c] as const))(
    '%s, batterypass: the aspects hold only the attributes its groups read',
    (name, caller) => {
      const a = answers.get(name)!.batterypass;
      const groups = groupsOn(caller, 'batterypass');
      const owner = answers.get('the manufacturer')!.batch.attributes as Json;
      // The expected aspects: the owner's batch attributes kept by the groups written out above.
      const kept = Object.fromEntries(
        PASSPORT_ATTRIBUTES.filter((x) => groups.includes(x.accessGroup) && x.key in owner).map((x) => [x.key, owner[x.key]]),
      );
      expect(a.access.groups).toEqual(groups);
      expect(a.aspects).toEqual(batteryPassDataModel(kept));
    },
  );

  it('a recycler reads the dismantling information that an anonymous caller does not see', () => {
    for (const route of ['batch', 'battery', 'export'] as const) {
      expect(answers.get('a recycler')![route].attributes.dismantlingAndRemovalInformation).toBeTruthy();
      expect(answers.get('an anonymous caller')![route].attributes).not.toHaveProperty('dismantlingAndRemovalInformation');
    }
    expect(answers.get('a recycler')!.batterypass.aspects.Circularity).toHaveProperty('dismantlingAndRemovalInformation');
    expect(answers.get('an anonymous caller')!.batterypass.aspects.Circularity).not.toHaveProperty('dismantlingAndRemovalInformation');
  });

  it("a fleet operator reads its readings in the passport of the battery it operates; another one's are refused", async () => {
    const mine = answers.get('a fleet operator operating the battery')!;
    expect(mine.battery.attributes.stateOfCharge).toEqual({ value: 64, measuredAt: '2026-06-02T08:00:00.000Z' });
    expect(mine.health.attributes.stateOfCharge).toEqual({ value: 64, measuredAt: '2026-06-02T08:00:00.000Z' });
    const other = answers.get('a fleet operator operating another battery')!;
    expect(other.battery.attributes).not.toHaveProperty('stateOfCharge');
    expect(other.health.attributes).not.toHaveProperty('stateOfCharge');
    const history = (key: string) => t.http(`/batteries/${unit.P0}/health-readings?attribute=stateOfCharge`, { key });
    expect((await history(orgs.fleet.key)).status).toBe(200);
    const refused = await history(orgs.otherFleet.key);
    expect(refused.status).toBe(403);
  });
});
