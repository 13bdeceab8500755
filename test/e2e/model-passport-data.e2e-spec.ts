import { PASSPORT_ATTRIBUTE_BY_KEY } from '../../src/passports/passport-attributes';
import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';

/**
 * Model-level passport data (issue 14, docs/passport-attributes.md "Model data recorded by
 * manufacturers"): the manufacturer records a version, the passport serves it per caller, a
 * correction is version 2 beside version 1, a stale or foreign or malformed recording writes
 * nothing, and completeness counts what was recorded.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RECORD = `mutation($input: RecordModelPassportDataInput!) {
  recordModelPassportData(input: $input) { id modelId version valuesJson recordedBy recordedAt supersedes } }`;
const VERSIONS = `query($m: ID!) { modelPassportVersions(modelId: $m) { id version valuesJson recordedBy supersedes } }`;
const COMPLETENESS = `query($b: ID!) { passportCompleteness(batchId: $b) { mandatoryCount presentCount missing } }`;

const SHA = 'c0ffee'.padEnd(64, '0');
const doc = (title: string) => ({
  title,
  mediaType: 'application/pdf',
  sha256: SHA,
  sizeBytes: 250_000,
  url: 'https://example.com/' + encodeURIComponent(title) + '.pdf',
});

const VALUES = {
  batteryMaterials: [
    { name: 'Lithium iron phosphate', component: 'CATHODE', massKg: 95 },
    { name: 'Graphite', component: 'ANODE', massKg: 48 },
    { name: 'LiPF6 in EC/DMC', component: 'ELECTROLYTE' },
  ],
  hazardousSubstanceNames: ['Lithium hexafluorophosphate'],
  criticalRawMaterialNames: ['Lithium', 'Natural graphite', 'Phosphate rock'],
  preConsumerRecycledCobaltShare: 0,
  postConsumerRecycledLithiumShare: 0.06,
  renewableContentShare: 0.3,
  supplyChainDueDiligenceReport: doc('Due diligence report 2026'),
  declarationOfConformity: doc('EU declaration of conformity'),
  dismantlingAndRemovalInformation: doc('Dismantling manual'),
  safetyMeasures: doc('Safety instructions'),
  extinguishingAgent: 'Water in large amounts; class D powder for lithium metal',
  originalPowerCapabilityW: 150_000,
  ratedMaximumPowerW: 180_000,
  capacityFadePercent: 20,
  expectedLifetimeYears: 10,
  temperatureRangeIdleStateLowerBoundaryC: -20,
  temperatureRangeIdleStateUpperBoundaryC: 45,
  labelingMeaning: 'The crossed-out wheeled bin: collect separately, never with household waste.',
};

describe('model passport data (e2e)', () => {
  let t: TestApp;
  let w: World;
  let batchId: string;
  let other: OrgHandle;
  let buyer: OrgHandle;
  let authority: OrgHandle;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    ({ id: batchId } = await newBatch(t, w));
    [other, buyer, authority] = await Promise.all(['MANUFACTURER', 'BUYER', 'AUTHORITY'].map((k) => newOrganization(t, k)));
  }, 120_000);
  afterAll(() => t?.close());

  const record = (input: Record<string, unknown>, key: string | null = w.manufacturer.key) =>
    t.gql<Json>(RECORD, { input: { modelId: w.model.id, ...input } }, key);
  const passport = async (key: string | null): Promise<Json> => {
    const res = await t.http(`/passports/${batchId}`, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const completeness = async () => (await t.gql<Json>(COMPLETENESS, { b: batchId }, w.manufacturer.key)).data!.passportCompleteness;
  const versionRows = async () => Number((await t.db.query(`SELECT count(*)::int AS n FROM battery_model_passport_versions`))[0].n);

  /** Refused with this code and reason, and nothing written anywhere. */
  async function refused(run: () => Promise<{ errors?: unknown[]; data: unknown }>, code: string, reason?: string, field?: string) {
    const before = await t.snapshot();
    const r = await run();
    const err = expectError(r as never, code);
    if (reason) expect(err.extensions?.reason).toBe(reason);
    if (field) expect(err.extensions?.field).toBe(field);
    expect(await t.snapshot()).toEqual(before);
    return err;
  }

  let missingBefore: string[] = [];

  it('before any recording the passport has none of the recorded attributes and completeness lists them missing', async () => {
    const owner = await passport(w.manufacturer.key);
    expect(owner.attributes.dismantlingAndRemovalInformation).toBeUndefined();
    const c = await completeness();
    missingBefore = c.missing;
    expect(c.missing).toEqual(expect.arrayContaining(['dismantlingAndRemovalInformation', 'renewableContent', 'expectedLifetime']));
  });

  it('the manufacturer records version 1: the owner reads it all, the public only the public attributes, an authority its groups', async () => {
    const r = await record({ values: VALUES });
    expect(r.errors).toBeUndefined();
    const v1 = r.data!.recordModelPassportData;
    expect([v1.version, v1.modelId, v1.recordedBy, v1.supersedes]).toEqual([1, w.model.id, w.manufacturer.id, null]);

    const owner = (await passport(w.manufacturer.key)).attributes;
    expect(owner.renewableContent).toBe(30);
    expect(owner.postConsumerRecycledLithiumShare).toBe(6);
    expect(owner.preConsumerRecycledCobaltShare).toBe(0);
    expect(owner.declarationOfConformity).toEqual(doc('EU declaration of conformity'));
    expect(owner.dismantlingAndRemovalInformation).toEqual(doc('Dismantling manual'));
    expect(owner.batteryMaterials).toEqual([
      { materialName: 'Lithium iron phosphate', component: 'CATHODE', massKg: 95 },
      { materialName: 'Graphite', component: 'ANODE', massKg: 48 },
      { materialName: 'LiPF6 in EC/DMC', component: 'ELECTROLYTE' },
    ]);
    expect([owner.expectedLifetime, owner.capacityFade, owner.ratedMaximumPower]).toEqual([10, 20, 180_000]);
    // The records battrace derives stay as they were.
    expect(owner.ratedCapacity).toBe(160);

    const anonymous = (await passport(null)).attributes;
    const authorityView = (await passport(authority.key)).attributes;
    for (const key of Object.keys(owner)) {
      const group = PASSPORT_ATTRIBUTE_BY_KEY.get(key)!.accessGroup;
      expect({ key, anonymous: key in anonymous }).toEqual({ key, anonymous: group === 'PUBLIC' });
      expect({ key, authority: key in authorityView }).toEqual({ key, authority: group !== 'LEGITIMATE_INTEREST' });
    }
    expect(anonymous.renewableContent).toBe(30);
    expect(anonymous.hazardousSubstances).toEqual(['Lithium hexafluorophosphate']);
    for (const hidden of ['dismantlingAndRemovalInformation', 'batteryMaterials', 'safetyMeasures', 'expectedLifetime', 'capacityFade']) {
      expect({ hidden, present: hidden in anonymous }).toEqual({ hidden, present: false });
    }
    expect(authorityView.dismantlingAndRemovalInformation).toEqual(doc('Dismantling manual'));
    expect('expectedLifetime' in authorityView).toBe(false);
  });

  it('a recycler (legitimate interest) reads the dismantling information that an anonymous caller and a buyer do not', async () => {
    const recycler = await newOrganization(t, 'RECYCLER');
    const recyclerView = (await passport(recycler.key)).attributes;
    const owner = (await passport(w.manufacturer.key)).attributes;
    expect(recyclerView.dismantlingAndRemovalInformation).toEqual(doc('Dismantling manual'));
    expect(recyclerView.safetyMeasures).toEqual(doc('Safety instructions'));
    expect(recyclerView.batteryMaterials).toEqual(owner.batteryMaterials);
    expect('dismantlingAndRemovalInformation' in (await passport(null)).attributes).toBe(false);
    expect('dismantlingAndRemovalInformation' in (await passport(buyer.key)).attributes).toBe(false);
    // Everything the owner reads except the authority-only group.
    for (const key of Object.keys(owner)) {
      const group = PASSPORT_ATTRIBUTE_BY_KEY.get(key)!.accessGroup;
      expect({ key, recycler: key in recyclerView }).toEqual({ key, recycler: group !== 'AUTHORITY' });
    }
  });

  it('completeness: every mandatory attribute recorded leaves the missing list, and the count drops by as many', async () => {
    const c = await completeness();
    const recordedMandatory = missingBefore.filter((k) => !c.missing.includes(k));
    expect(recordedMandatory.sort()).toEqual(
      [
        'batteryMaterials',
        'capacityFade',
        'criticalRawMaterials',
        'declarationOfConformity',
        'dismantlingAndRemovalInformation',
        'expectedLifetime',
        'extinguishingAgent',
        'hazardousSubstances',
        'labelingMeaning',
        'originalPowerCapability',
        'postConsumerRecycledLithiumShare',
        'preConsumerRecycledCobaltShare',
        'ratedMaximumPower',
        'renewableContent',
        'safetyMeasures',
        'supplyChainDueDiligenceReport',
        'temperatureRangeIdleStateLowerBoundary',
        'temperatureRangeIdleStateUpperBoundary',
      ].sort(),
    );
    expect(c.missing.length).toBe(missingBefore.length - 18);
    expect(c.presentCount + c.missing.length).toBe(c.mandatoryCount);
  });

  it('a correction is version 2: it replaces what it names, keeps the rest, and the history lists both', async () => {
    const r = await record({ expectedVersion: 1, values: { renewableContentShare: 0.35 } });
    expect(r.errors).toBeUndefined();
    const v2 = r.data!.recordModelPassportData;
    expect(v2.version).toBe(2);
    const owner = (await passport(w.manufacturer.key)).attributes;
    expect(owner.renewableContent).toBe(35);
    expect(owner.expectedLifetime).toBe(10);

    const history = (await t.gql<Json>(VERSIONS, { m: w.model.id }, w.manufacturer.key)).data!.modelPassportVersions;
    expect(history.map((v: Json) => v.version)).toEqual([1, 2]);
    expect(history[1].supersedes).toBe(history[0].id);
    expect(JSON.parse(history[0].valuesJson).renewableContent).toBe(30);
    expect(JSON.parse(history[1].valuesJson).renewableContent).toBe(35);
    const admin = (await t.gql<Json>(VERSIONS, { m: w.model.id }, t.adminKey)).data!.modelPassportVersions;
    expect(admin).toHaveLength(2);
  });

  it('a stale expectedVersion is a CONFLICT naming the latest version, and writes nothing', async () => {
    const err = await refused(
      () => record({ expectedVersion: 1, values: { renewableContentShare: 0.4 } }),
      'CONFLICT',
      'PASSPORT_VERSION_STALE',
      'input.expectedVersion',
    );
    expect(err.extensions?.latestVersion).toBe(2);
  });

  it('another manufacturer, a buyer and the anonymous caller cannot record; other callers cannot read the history', async () => {
    await refused(() => record({ values: { renewableContentShare: 0.4 } }, other.key), 'FORBIDDEN', 'OTHER_MANUFACTURER', 'input.modelId');
    await refused(() => record({ values: { renewableContentShare: 0.4 } }, buyer.key), 'FORBIDDEN');
    await refused(() => record({ values: { renewableContentShare: 0.4 } }, null), 'UNAUTHENTICATED');
    expectError(await t.gql(VERSIONS, { m: w.model.id }, other.key), 'FORBIDDEN');
    expectError(await t.gql(VERSIONS, { m: w.model.id }, buyer.key), 'FORBIDDEN');
    expectError(
      await t.gql(RECORD, { input: { modelId: '00000000-0000-4000-8000-000000000000', values: {} } }, w.manufacturer.key),
      'NOT_FOUND',
    );
  });

  it.each([
    ['a share of 1.5', { postConsumerRecycledCobaltShare: 1.5 }, 'input.values.postConsumerRecycledCobaltShare'],
    [
      'a negative material mass',
      { batteryMaterials: [{ name: 'Cobalt', component: 'CATHODE', massKg: -2 }] },
      'input.values.batteryMaterials[0].massKg',
    ],
    [
      'a SHA-256 of 63 digits',
      { declarationOfConformity: { ...doc('x'), sha256: SHA.slice(1) } },
      'input.values.declarationOfConformity.sha256',
    ],
    ['a lone surrogate', { extinguishingAgent: 'Water \ud800' }, 'input.values.extinguishingAgent'],
    ['an unordered idle range', { temperatureRangeIdleStateLowerBoundaryC: 50 }, 'input.values.temperatureRangeIdleStateLowerBoundaryC'],
  ])('refuses %s as BAD_USER_INPUT naming the field; nothing written', async (_name, values, field) => {
    const rows = await versionRows();
    await refused(() => record({ values }), 'BAD_USER_INPUT', undefined, field);
    expect(await versionRows()).toBe(rows);
  });

  it('an unknown field is refused by the schema, named in the message; nothing written', async () => {
    const rows = await versionRows();
    const before = await t.snapshot();
    const r = await record({ values: { renewableContentShare: 0.4, recycledUnobtainiumShare: 0.1 } });
    expect(r.errors?.length).toBeGreaterThan(0);
    // As every input of the schema: graphql-js refuses the variable before any resolver runs
    // (docs/error-reasons.md: GRAPHQL_VALIDATION_FAILED, reason WRONG_TYPE), naming the field.
    expect(r.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].extensions?.reason).toBe('WRONG_TYPE');
    expect(r.errors![0].message).toContain('recycledUnobtainiumShare');
    expect(r.data?.recordModelPassportData ?? null).toBeNull();
    expect(await t.snapshot()).toEqual(before);
    expect(await versionRows()).toBe(rows);
  });

  it('each recording is in the audit chain', async () => {
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'recordModelPassportData' AND subject_id = $1`,
      [w.model.id],
    );
    expect(rows[0].n).toBe(2);
  });
});
