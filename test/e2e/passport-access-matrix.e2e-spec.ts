import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { demoModelPassportValues } from '../../src/demo/demo-passport';
import { batteryPassDataModel } from '../../src/passports/battery-pass-data-model';
import { PASSPORT_ATTRIBUTES, PassportAccessGroup } from '../../src/passports/passport-attributes';
import { newModel, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data, newDeclaredFootprint, recordMarchEnergy } from '../support/footprints';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The tested access matrix (issue 14; docs/passport-attributes.md and docs/battery-passports.md,
 * "Tests"): two batteries, an EV pack and a stationary pack, whose passports hold a value for every
 * attribute battrace can hold (a complete model record, a declared footprint, a later life, a fleet
 * operator's readings), read by every kind of caller through every route that returns passport
 * data. For each battery, caller, route and each of the 93 catalogue attributes: present with a
 * non-null value where the caller's access groups (written out below, apart from the code under
 * test) read it and the route serves it, absent (the key not there, never null) everywhere else.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PUBLIC: readonly PassportAccessGroup[] = ['PUBLIC'];
const INTEREST: readonly PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION'];
const AUTHORITY: readonly PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];
const ALL: readonly PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];

/** No battery of battrace holds these today, whatever is recorded; each with the reason. */
const NEVER_FILLED: Readonly<Record<string, string>> = {
  puttingIntoService: 'battrace records no date of putting into service (no input for it)',
  carbonFootprintPerformanceClass: 'the classes await a delegated act (Art. 7(2)): no footprint has one',
};

type Reading = { attribute: string; value: number; unit: string };
/** Health readings for every category that has them (the longlist: all categories), in the catalogue's units. */
const COMMON_READINGS: readonly Reading[] = [
  { attribute: 'remainingCapacity', value: 150, unit: 'Ah' },
  { attribute: 'stateOfCharge', value: 64, unit: '%' },
  { attribute: 'remainingPowerCapability', value: 180_000, unit: 'W' },
  { attribute: 'numberOfFullCycles', value: 41, unit: '-' },
  { attribute: 'temperatureInformation', value: 47.5, unit: '°C' },
  { attribute: 'numberOfDeepDischargeEvents', value: 2, unit: '-' },
  { attribute: 'numberOfOverchargeEvents', value: 1, unit: '-' },
  { attribute: 'informationOnAccidents', value: 0, unit: '-' },
];
/** The two the longlist keeps for EV batteries. */
const EV_READINGS: readonly Reading[] = [
  { attribute: 'remainingEnergy', value: 57.5, unit: 'kWh' },
  { attribute: 'stateOfCertifiedEnergy', value: 96, unit: '%' },
];
/** The nine the longlist gives stationary batteries (some also LMT and industrial ones) and not EV batteries. */
const STATIONARY_READINGS: readonly Reading[] = [
  { attribute: 'remainingRoundTripEnergyEfficiency', value: 91, unit: '%' },
  { attribute: 'currentSelfDischargingRate', value: 2.5, unit: '%/month' },
  { attribute: 'evolutionOfSelfDischarge', value: 10, unit: '%' },
  { attribute: 'energyThroughput', value: 12_000, unit: 'kWh' },
  { attribute: 'capacityThroughput', value: 80_000, unit: 'Ah' },
  { attribute: 'timeExtremeHighTemp', value: 30, unit: 'Minutes' },
  { attribute: 'timeExtremeLowTemp', value: 12, unit: 'Minutes' },
  { attribute: 'timeExtremeHighTempCharging', value: 5, unit: 'Minutes' },
  { attribute: 'timeExtremeLowTempCharging', value: 3, unit: 'Minutes' },
];
const notFor = (readings: readonly Reading[], category: string) =>
  Object.fromEntries(
    readings.map((r) => [
      r.attribute,
      `a health attribute the longlist does not give ${category} batteries: the upload refuses it (ATTRIBUTE_NOT_APPLICABLE)`,
    ]),
  );

/**
 * The two batteries of the matrix: an EV battery and a stationary storage battery, since no one
 * category has all 19 health attributes. Each holds a value for every attribute but its
 * `neverFilled` ones, which every caller is expected not to read on any route: when one starts
 * having a value the test fails, so that the lists stay true.
 */
const BATTERIES = [
  {
    label: 'EV',
    model: {},
    footprintInputs: {},
    readings: [...COMMON_READINGS, ...EV_READINGS],
    neverFilled: { ...NEVER_FILLED, ...notFor(STATIONARY_READINGS, 'EV') } as Readonly<Record<string, string>>,
  },
  {
    label: 'stationary',
    model: { category: 'STATIONARY', vehicleCategory: null, warrantyKm: null },
    // A storage battery has no vehicle category: its footprint declares its full equivalent cycles.
    footprintInputs: { declaredFullEquivalentCycles: { cyclesPerYear: 300, justification: 'grid storage duty (fixture)' } },
    readings: [...COMMON_READINGS, ...STATIONARY_READINGS],
    neverFilled: { ...NEVER_FILLED, ...notFor(EV_READINGS, 'stationary') } as Readonly<Record<string, string>>,
  },
] as const;
type Battery = (typeof BATTERIES)[number];

/**
 * Only one battery's passport holds these: its later life's operator, its status and its health
 * readings. The batch passport (and its data model arrangement) never has them; the health route
 * has nothing else.
 */
const HEALTH = new Set([...COMMON_READINGS, ...EV_READINGS, ...STATIONARY_READINGS].map((r) => r.attribute));
const BATTERY_ONLY = new Set(['operatorInformation', 'batteryStatus', ...HEALTH]);

const RECORD = `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`;
const REQUEST_CERTIFICATION = `mutation($input: RequestCertificationInput!) { requestCertification(input: $input) { id } }`;
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
  const orgs: Record<string, OrgHandle> = {};
  /** Per battery: its batch, its serial prefix, its pack P0 (remanufactured: its current passport is life 1) and the neighbour P1. */
  interface Built {
    batchId: string;
    modelId: string;
    prefix: string;
    unit: Record<'P0' | 'P1', string>;
    passportId: string;
  }
  const built = new Map<Battery['label'], Built>();

  /**
   * The callers and the access groups each is expected to read, written out by hand. `batch` is
   * where the batch passport differs: an interest in one battery (operating it, or a grant for it) is
   * no interest in its batch.
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
    { name: 'the certifier asked to certify the footprint', key: () => orgs.certifierAsked.key, groups: PUBLIC },
    { name: 'another manufacturer', key: () => orgs.otherManufacturer.key, groups: PUBLIC },
    { name: 'an authority', key: () => orgs.authority.key, groups: AUTHORITY },
    { name: 'a recycler', key: () => orgs.recycler.key, groups: INTEREST },
    { name: 'a repairer', key: () => orgs.repairer.key, groups: INTEREST },
    { name: 'a second-life operator', key: () => orgs.secondLife.key, groups: INTEREST },
    { name: 'an independent operator', key: () => orgs.independent.key, groups: INTEREST },
    { name: 'a buyer granted the batch', key: () => orgs.buyerBatchGrant.key, groups: INTEREST },
    { name: 'a buyer granted the model', key: () => orgs.buyerModelGrant.key, groups: INTEREST },
    { name: 'an authority granted the batch', key: () => orgs.authorityGrant.key, groups: ALL },
    { name: 'a buyer granted this pack', key: () => orgs.buyerPackGrant.key, groups: INTEREST, batch: PUBLIC },
    { name: 'a fleet operator operating the battery', key: () => orgs.fleet.key, groups: INTEREST, batch: PUBLIC },
    { name: 'a fleet operator operating another battery', key: () => orgs.otherFleet.key, groups: PUBLIC },
    { name: 'the manufacturer', key: () => w.manufacturer.key, groups: ALL },
    { name: 'the administrator', key: () => t.adminKey, groups: ALL },
  ];
  const groupsOn = (c: (typeof CALLERS)[number], route: Route) =>
    (route === 'batch' || route === 'batterypass') && c.batch ? c.batch : c.groups;

  /** Each battery's answers to each caller on each route, fetched once: `${battery} ${caller}`. */
  const answers = new Map<string, Record<Route, Json>>();
  const answer = (battery: Battery['label'], caller: string) => answers.get(`${battery} ${caller}`)!;

  const get = async (path: string, key: string | null): Promise<Json> => {
    const res = await t.http(path, { key, headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };

  async function fetchAll(b: Built, key: string | null): Promise<Record<Route, Json>> {
    const serial = encodeURIComponent(`${b.prefix}-P0`);
    const [batch, batterypass, battery, bySerial, one, page, exported, health] = await Promise.all([
      get(`/passports/${b.batchId}`, key),
      get(`/passports/${b.batchId}/batterypass`, key),
      get(`/passports/batteries/${b.passportId}`, key),
      get(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${serial}`, key),
      t.gql<{ batteryPassport: string }>(ONE, { id: b.passportId }, key),
      t.gql<{ batteryPassports: { nodes: string[]; pageInfo: { hasNextPage: boolean } } }>(PAGE, { b: b.batchId }, key),
      t.http(`/passports/batches/${b.batchId}/batteries`, { key }).then(async (r) => {
        expect(r.status).toBe(200);
        return (await r.text())
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l) as Json);
      }),
      get(`/batteries/${b.unit.P0}/health`, key),
    ]);
    expect(data(page).batteryPassports.pageInfo.hasNextPage).toBe(false);
    const nodes = data(page).batteryPassports.nodes.map((n) => JSON.parse(n) as Json);
    const mine = (list: Json[]) => {
      const found = list.filter((p) => p.passportId === b.passportId);
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

  /** A batch of the battery's model with a declared footprint and the model's every attribute recorded, two packs, P0 remanufactured and read by the fleet operator. */
  async function build(battery: Battery): Promise<Built> {
    const model = battery.label === 'EV' ? w.model : await newModel(t, w.manufacturer, battery.model);
    const { batchId, footprintId } = await newDeclaredFootprint(t, { ...w, model }, { inputs: battery.footprintInputs });
    // A certifier asked to certify the footprint reads the verification evidence, not more attributes.
    data(await t.gql(REQUEST_CERTIFICATION, { input: { footprintId, certifierId: orgs.certifierAsked.id } }, w.manufacturer.key));
    data(
      await t.gql(
        RECORD,
        {
          input: {
            modelId: model.id,
            expectedVersion: 0,
            values: demoModelPassportValues({ name: `Matrix ${battery.label} pack`, ...LFP_CAR_PACK, ...battery.model }),
          },
        },
        w.manufacturer.key,
      ),
    );
    const prefix = `MX${batchId.slice(0, 8)}`;
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ['P0', 'P1']
        .map((s) => JSON.stringify({ serial: `${prefix}-${s}`, kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' }))
        .join('\n'),
      key: w.manufacturer.key,
    });
    expect(res.status).toBe(200);
    const unit = { P0: '', P1: '' };
    const rows: { serial: string; id: string }[] = await t.db.query(`SELECT serial, id::text AS id FROM units WHERE batch_id = $1`, [
      batchId,
    ]);
    for (const r of rows) unit[r.serial.slice(prefix.length + 1) as 'P0' | 'P1'] = r.id;

    // Passport access grants: a buyer for the batch, another for the model, a third for pack P0, an authority for the batch.
    for (const [grantee, subject] of [
      ['buyerBatchGrant', { batchId }],
      ['buyerModelGrant', { modelId: model.id }],
      ['buyerPackGrant', { serial: `${prefix}-P0` }],
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
    // A later life: remanufactured, so that its operator (attribute 3) is recorded; its category stays.
    const passportId = data(
      await t.gql<{ markRepurposed: { batteryPassportId: string } }>(
        REPURPOSE,
        { input: { serial: `${prefix}-P0`, status: 'REMANUFACTURED', reason: 'new cells' } },
        w.manufacturer.key,
      ),
    ).markRepurposed.batteryPassportId;
    // The fleet operator's readings: one per health attribute of the battery's category.
    const up = await t.http('/batteries/health-readings', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body:
        battery.readings
          .map((r) =>
            JSON.stringify({ serial: `${prefix}-P0`, manufacturerId: w.manufacturer.id, measuredAt: '2026-06-02T08:00:00Z', ...r }),
          )
          .join('\n') + '\n',
      key: orgs.fleet.key,
    });
    expect(await up.json()).toMatchObject({ inserted: battery.readings.length });
    return { batchId, modelId: model.id, prefix, unit, passportId };
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
    const kinds: Record<string, string> = {
      buyer: 'BUYER',
      forwarder: 'FORWARDER',
      certifier: 'CERTIFIER',
      certifierAsked: 'CERTIFIER',
      otherManufacturer: 'MANUFACTURER',
      authority: 'AUTHORITY',
      recycler: 'RECYCLER',
      repairer: 'REPAIRER',
      secondLife: 'SECOND_LIFE_OPERATOR',
      independent: 'INDEPENDENT_OPERATOR',
      buyerBatchGrant: 'BUYER',
      buyerModelGrant: 'BUYER',
      buyerPackGrant: 'BUYER',
      authorityGrant: 'AUTHORITY',
      fleet: 'FLEET_OPERATOR',
      otherFleet: 'FLEET_OPERATOR',
    };
    for (const [name, kind] of Object.entries(kinds)) orgs[name] = await newOrganization(t, kind);
    for (const battery of BATTERIES) built.set(battery.label, await build(battery));
    for (const battery of BATTERIES)
      for (const c of CALLERS) answers.set(`${battery.label} ${c.name}`, await fetchAll(built.get(battery.label)!, c.key()));
  }, 300_000);
  afterAll(() => t?.close());

  it('the catalogue has 93 attributes; the lists name catalogue keys; between them the batteries fill all but two', () => {
    expect(PASSPORT_ATTRIBUTES).toHaveLength(93);
    const keys = new Set<string>(PASSPORT_ATTRIBUTES.map((a) => a.key));
    for (const b of BATTERIES) for (const k of Object.keys(b.neverFilled)) expect(keys).toContain(k);
    for (const k of BATTERY_ONLY) expect(keys).toContain(k);
    expect(HEALTH.size).toBe(19);
    const filledSomewhere = PASSPORT_ATTRIBUTES.filter((a) => BATTERIES.some((b) => !(a.key in b.neverFilled)));
    expect(filledSomewhere).toHaveLength(91);
    expect(Object.keys(NEVER_FILLED)).toHaveLength(93 - 91);
  });

  it.each(BATTERIES.map((b) => [b.label, b] as const))(
    'the %s battery holds every attribute but its never-filled ones: the owner reads each on the battery routes',
    (label, battery) => {
      const owner = answer(label, 'the manufacturer');
      for (const route of ['battery', 'serial', 'graphql', 'graphqlPage', 'export'] as const) {
        const attributes = owner[route].attributes as Json;
        const missing = PASSPORT_ATTRIBUTES.filter((a) => !(a.key in battery.neverFilled) && (attributes[a.key] ?? null) === null);
        expect({ route, missing: missing.map((a) => a.key) }).toEqual({ route, missing: [] });
      }
    },
  );

  /** The mismatches of one answer's attributes against the expectation, by attribute key. */
  function mismatches(battery: Battery, route: Route, attributes: Json, groups: readonly PassportAccessGroup[], owner: Json) {
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
      const expected = groups.includes(a.accessGroup) && routeServes(route, a.key) && !(a.key in battery.neverFilled);
      const has = Object.prototype.hasOwnProperty.call(attributes, a.key);
      if (has && attributes[a.key] === null) out.nullValued.push(a.key);
      else if (expected && !has) out.missing.push(a.key);
      else if (!expected && has) out.leaked.push(a.key);
      else if (expected && JSON.stringify(attributes[a.key]) !== JSON.stringify(owner[a.key])) out.notTheOwners.push(a.key);
    }
    return out;
  }
  const NONE = { leaked: [], missing: [], nullValued: [], notTheOwners: [], unknown: [] };

  const cases = BATTERIES.flatMap((b) =>
    CALLERS.flatMap((c) => ROUTES.filter((r) => r !== 'batterypass').map((r) => [b.label, c.name, r, b, c] as const)),
  );
  it.each(cases)('%s battery, %s, %s: each attribute present exactly where its groups read it', (label, name, route, battery, caller) => {
    const a = answer(label, name)[route];
    const owner = answer(label, 'the manufacturer')[route];
    const groups = groupsOn(caller, route);
    expect(a.access.groups).toEqual(groups);
    expect(mismatches(battery, route, a.attributes as Json, groups, owner.attributes as Json)).toEqual(NONE);
  });

  it.each(BATTERIES.flatMap((b) => CALLERS.map((c) => [b.label, c.name, c] as const)))(
    '%s battery, %s, batterypass: the aspects hold only the attributes its groups read',
    (label, name, caller) => {
      const a = answer(label, name).batterypass;
      const groups = groupsOn(caller, 'batterypass');
      const owner = answer(label, 'the manufacturer').batch.attributes as Json;
      // The expected aspects: the owner's batch attributes kept by the groups written out above.
      const kept = Object.fromEntries(
        PASSPORT_ATTRIBUTES.filter((x) => groups.includes(x.accessGroup) && x.key in owner).map((x) => [x.key, owner[x.key]]),
      );
      expect(a.access.groups).toEqual(groups);
      expect(a.aspects).toEqual(batteryPassDataModel(kept));
    },
  );

  it('the certifier asked is in the certifier tier (it reads its verification evidence) and the other certifier is not', () => {
    for (const b of BATTERIES) {
      expect(answer(b.label, 'the certifier asked to certify the footprint').batch).toMatchObject({ tier: 'CERTIFIER' });
      expect(answer(b.label, 'the certifier asked to certify the footprint').batch.verification.certificationRequests).toHaveLength(1);
      expect(answer(b.label, 'a certifier').batch).toMatchObject({ tier: 'PUBLIC' });
    }
  });

  it('a recycler reads the dismantling information that an anonymous caller does not see', () => {
    for (const route of ['batch', 'battery', 'export'] as const) {
      expect(answer('EV', 'a recycler')[route].attributes.dismantlingAndRemovalInformation).toBeTruthy();
      expect(answer('EV', 'an anonymous caller')[route].attributes).not.toHaveProperty('dismantlingAndRemovalInformation');
    }
    expect(answer('EV', 'a recycler').batterypass.aspects.Circularity).toHaveProperty('dismantlingAndRemovalInformation');
    expect(answer('EV', 'an anonymous caller').batterypass.aspects.Circularity).not.toHaveProperty('dismantlingAndRemovalInformation');
  });

  it("a fleet operator reads its readings in the passport of the battery it operates; another one's are refused", async () => {
    const reading = { value: 64, measuredAt: '2026-06-02T08:00:00.000Z' };
    const mine = answer('EV', 'a fleet operator operating the battery');
    expect(mine.battery.attributes.stateOfCharge).toEqual(reading);
    expect(mine.health.attributes.stateOfCharge).toEqual(reading);
    const other = answer('EV', 'a fleet operator operating another battery');
    expect(other.battery.attributes).not.toHaveProperty('stateOfCharge');
    expect(other.health.attributes).not.toHaveProperty('stateOfCharge');
    const history = (key: string) => t.http(`/batteries/${built.get('EV')!.unit.P0}/health-readings?attribute=stateOfCharge`, { key });
    expect((await history(orgs.fleet.key)).status).toBe(200);
    const refused = await history(orgs.otherFleet.key);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' } });
  });
});
