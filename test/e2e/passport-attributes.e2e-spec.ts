import { PASSPORT_ATTRIBUTES, PassportAccessGroup } from '../../src/passports/passport-attributes';
import { newBatch, newModel, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data, newDeclaredFootprint, recordMarchEnergy } from '../support/footprints';
import { expectError, startTestApp, TestApp } from '../support/test-app';
import { requestAndIssue } from './certificates.fixtures';

/**
 * The passport attributes on GET /passports/:batchId (issue 14, docs/passport-attributes.md): a
 * batch with a declared, certified footprint, read by every kind of caller. For every attribute of
 * the catalogue: present (with the owner's value) exactly when the caller's access groups read it
 * and battrace holds a value, absent (not null) otherwise. The groups each caller reads are
 * written out here, apart from the code (Art. 77(2)). Completeness only for the owner; the
 * GraphQL passportCompleteness query for the manufacturer and the administrator only.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ALL: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];

/** What battrace holds for a batch with a declared footprint (performance class: only when the footprint has one). */
const HELD = [
  'batteryPassportIdentifier',
  'productIdentifier',
  'manufacturerInformation',
  'manufacturingPlace',
  'manufacturingDate',
  'warrentyPeriod',
  'batteryCategory',
  'batteryMass',
  'batteryChemistry',
  'ratedCapacity',
  'ratedEnergy',
  'nominalVoltage',
  'expectedNumberOfCycles',
  'batteryCarbonFootprint',
  'carbonFootprintRawMaterialExtraction',
  'carbonFootprintMainProduction',
  'carbonFootprintDistribution',
  'carbonFootprintRecycling',
  'carbonFootprintStudy',
  'absoluteCarbonFootprint',
];

const COMPLETENESS = `query($b: ID!) { passportCompleteness(batchId: $b) {
  batchId category mandatoryCount presentCount missing publishableBlockers complete
  missingByGranularity { model { public legitimateInterest legitimateInterestAndCommission authority }
                         battery { public legitimateInterest legitimateInterestAndCommission authority } } } }`;

describe('passport attributes on GET /passports/:batchId (e2e)', () => {
  let t: TestApp;
  let w: World;
  let batchId: string;
  let footprintId: string;
  let certifier: OrgHandle;
  const callers: { name: string; key: string | null; groups: PassportAccessGroup[]; owner: boolean }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
    ({ batchId, footprintId } = await newDeclaredFootprint(t, w));
    certifier = await newOrganization(t, 'CERTIFIER');
    await requestAndIssue(t, w, certifier, footprintId);
    const [buyer, forwarder, otherManufacturer, otherCertifier, authority] = await Promise.all(
      ['BUYER', 'FORWARDER', 'MANUFACTURER', 'CERTIFIER', 'AUTHORITY'].map((k) => newOrganization(t, k)),
    );
    callers.push(
      { name: 'anonymous', key: null, groups: ['PUBLIC'], owner: false },
      { name: 'buyer', key: buyer.key, groups: ['PUBLIC'], owner: false },
      { name: 'forwarder', key: forwarder.key, groups: ['PUBLIC'], owner: false },
      { name: 'another manufacturer', key: otherManufacturer.key, groups: ['PUBLIC'], owner: false },
      { name: 'a certifier not asked', key: otherCertifier.key, groups: ['PUBLIC'], owner: false },
      { name: 'the certifier asked', key: certifier.key, groups: ['PUBLIC'], owner: false },
      { name: 'an authority', key: authority.key, groups: ['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'], owner: false },
      { name: 'the manufacturer', key: w.manufacturer.key, groups: ALL, owner: true },
      { name: 'the administrator', key: t.adminKey, groups: ALL, owner: true },
    );
  }, 120_000);
  afterAll(() => t?.close());

  const passport = async (key: string | null): Promise<Json> => {
    const res = await t.http(`/passports/${batchId}`, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };

  it('the owner reads every attribute battrace holds, with the values of its records', async () => {
    const [owner, cf] = await Promise.all([
      passport(w.manufacturer.key),
      t.http(`/passports/${batchId}/carbon-footprint`).then((r) => r.json() as Promise<Json>),
    ]);
    const held = cf.carbonFootprintPerformanceClass === null ? HELD : [...HELD, 'carbonFootprintPerformanceClass'];
    expect(Object.keys(owner.attributes).sort()).toEqual([...held].sort());
    expect(Object.values(owner.attributes)).not.toContain(null);
    const a = owner.attributes;
    expect(a.batteryPassportIdentifier).toBe(`urn:uuid:${batchId}`);
    expect(a.productIdentifier).toBe(`urn:battrace:batch:${w.manufacturer.id}:${encodeURIComponent(owner.batchNumber)}`);
    expect(a.manufacturerInformation).toEqual({
      identifier: `urn:battrace:org:${w.manufacturer.id}`,
      contactName: w.manufacturer.name,
      postalAddress: { addressCountry: 'CN' },
    });
    expect(a.manufacturingPlace).toEqual({
      streetAddress: owner.placeOfManufacture.address,
      addressCountry: owner.placeOfManufacture.country,
    });
    expect(a.manufacturingDate).toBe(new Date(owner.dateOfManufacture.to).toISOString());
    expect(a.warrentyPeriod).toEqual({ warrantyYears: 8, warrantyKm: 200000 });
    expect([a.batteryCategory, a.batteryMass, a.ratedCapacity, a.ratedEnergy, a.nominalVoltage, a.expectedNumberOfCycles]).toEqual([
      'ev',
      395,
      160,
      60,
      387.5,
      4000,
    ]);
    expect(a.batteryChemistry).toEqual({ shortName: 'LFP', clearName: 'Lithium iron phosphate' });
    // The carbon-footprint attributes are the carbon-footprint route's values, attribute by attribute.
    expect(a.batteryCarbonFootprint).toBe(cf.batteryCarbonFootprint);
    expect(a.absoluteCarbonFootprint).toBe(cf.absoluteCarbonFootprint);
    expect(a.carbonFootprintStudy).toBe(cf.carbonFootprintStudy);
    expect([
      a.carbonFootprintRawMaterialExtraction,
      a.carbonFootprintMainProduction,
      a.carbonFootprintDistribution,
      a.carbonFootprintRecycling,
    ]).toEqual(cf.carbonFootprintPerLifecycleStage);
    expect(owner.carbonFootprint.footprintId).toBe(footprintId);
  });

  it('every catalogue attribute, every caller: present exactly where the caller reads its access group, absent otherwise', async () => {
    const owner = (await passport(w.manufacturer.key)).attributes as Json;
    let checked = 0;
    for (const c of callers) {
      const p = await passport(c.key);
      for (const attr of PASSPORT_ATTRIBUTES) {
        const expected = c.groups.includes(attr.accessGroup) && attr.key in owner;
        expect({ caller: c.name, key: attr.key, present: attr.key in p.attributes }).toEqual({
          caller: c.name,
          key: attr.key,
          present: expected,
        });
        if (expected) expect(p.attributes[attr.key]).toEqual(owner[attr.key]);
        checked++;
      }
      expect(Object.keys(p.attributes).length).toBe(
        PASSPORT_ATTRIBUTES.filter((x) => c.groups.includes(x.accessGroup) && x.key in owner).length,
      );
      expect({ caller: c.name, completeness: 'completeness' in p }).toEqual({ caller: c.name, completeness: c.owner });
      // The groups the answer says the caller reads (`access.groups`, in the catalogue's order).
      expect({ caller: c.name, groups: p.access.groups }).toEqual({ caller: c.name, groups: ALL.filter((g) => c.groups.includes(g)) });
    }
    expect(checked).toBe(93 * 9);
  });

  it('the existing fields stay as they were; access, attributes, completeness and modelPassport come last', async () => {
    const anonymous = await passport(null);
    expect(Object.keys(anonymous)).toEqual([
      'tier',
      'batchId',
      'batchNumber',
      'manufacturer',
      'category',
      'vehicleCategory',
      'model',
      'placeOfManufacture',
      'dateOfManufacture',
      'packCount',
      'declaredPackCount',
      'massKg',
      'capacity',
      'ratedPerformanceAndLifetime',
      'carbonFootprint',
      'hazardousSubstances',
      'criticalRawMaterials',
      'recycledContent',
      'dueDiligenceReport',
      'certificates',
      'access',
      'attributes',
      'modelPassport',
    ]);
    const owner = await passport(w.manufacturer.key);
    expect(Object.keys(owner).slice(-5)).toEqual(['verification', 'access', 'attributes', 'completeness', 'modelPassport']);
    expect(owner.tier).toBe('AUTHORITY');
  });

  it('completeness for the owner: EV, 70 mandatory, what battrace holds counted, the rest missing by granularity and group', async () => {
    const { completeness: c, attributes } = await passport(w.manufacturer.key);
    const held = PASSPORT_ATTRIBUTES.filter((a) => a.requirement.EV === 'MANDATORY' && a.key in attributes).length;
    // 18 mandatory EV attributes of HELD (rated energy and the absolute footprint are voluntary), plus the class when there is one.
    expect(held).toBe('carbonFootprintPerformanceClass' in attributes ? 19 : 18);
    expect(c).toMatchObject({ category: 'EV', mandatoryCount: 70, presentCount: held, complete: false });
    // No performance classes adopted yet (Art. 7(2)): with a declared footprint the class is pending, not missing.
    expect(c.pending).toEqual('carbonFootprintPerformanceClass' in attributes ? [] : ['carbonFootprintPerformanceClass']);
    expect(c.missing).toHaveLength(70 - held - c.pending.length);
    expect(c.missing).toContain('hazardousSubstances');
    expect(c.missing).not.toContain('batteryMass');
    expect(c.missingByGranularity.BATTERY.LEGITIMATE_INTEREST).toContain('stateOfCharge');
    expect(c.publishableBlockers).toContain('declarationOfConformity');
  });

  it('GraphQL passportCompleteness: the same answer for the manufacturer and the administrator', async () => {
    const { completeness: c } = await passport(w.manufacturer.key);
    for (const key of [w.manufacturer.key, t.adminKey]) {
      const r = data(await t.gql<{ passportCompleteness: Json }>(COMPLETENESS, { b: batchId }, key)).passportCompleteness;
      expect(r).toEqual({
        batchId,
        category: 'EV',
        mandatoryCount: 70,
        presentCount: c.presentCount,
        missing: c.missing,
        publishableBlockers: c.publishableBlockers,
        complete: false,
        missingByGranularity: {
          model: {
            public: c.missingByGranularity.MODEL.PUBLIC,
            legitimateInterest: c.missingByGranularity.MODEL.LEGITIMATE_INTEREST,
            legitimateInterestAndCommission: c.missingByGranularity.MODEL.LEGITIMATE_INTEREST_AND_COMMISSION,
            authority: c.missingByGranularity.MODEL.AUTHORITY,
          },
          battery: {
            public: c.missingByGranularity.BATTERY.PUBLIC,
            legitimateInterest: c.missingByGranularity.BATTERY.LEGITIMATE_INTEREST,
            legitimateInterestAndCommission: c.missingByGranularity.BATTERY.LEGITIMATE_INTEREST_AND_COMMISSION,
            authority: c.missingByGranularity.BATTERY.AUTHORITY,
          },
        },
      });
    }
  });

  it('GraphQL passportCompleteness: FORBIDDEN for everyone else, UNAUTHENTICATED without a key, NOT_FOUND for no batch', async () => {
    for (const c of callers.filter((x) => !x.owner && x.key !== null)) {
      const r = await t.gql(COMPLETENESS, { b: batchId }, c.key);
      expect({ caller: c.name, data: r.data?.passportCompleteness ?? null }).toEqual({ caller: c.name, data: null });
      expectError(r, 'FORBIDDEN');
    }
    expectError(await t.gql(COMPLETENESS, { b: batchId }, null), 'UNAUTHENTICATED');
    expectError(await t.gql(COMPLETENESS, { b: footprintId }, w.manufacturer.key), 'NOT_FOUND');
  });

  it('a starter battery (SLI, no passport needed) without a footprint: no carbon attributes, completeness null', async () => {
    const sli = await newWorld(t);
    sli.model = await newModel(t, sli.manufacturer, { category: 'SLI', vehicleCategory: null });
    const batch = await newBatch(t, sli);
    const p = (await (await t.http(`/passports/${batch.id}`, { key: sli.manufacturer.key })).json()) as Json;
    expect(p.attributes.batteryCategory).toBe('sli');
    const carbon = PASSPORT_ATTRIBUTES.filter((x) => x.category === 'Battery carbon footprint');
    expect(carbon).toHaveLength(9);
    for (const a of carbon) expect(a.key in p.attributes).toBe(false);
    expect(Object.keys(p.attributes)).toHaveLength(13);
    expect(p.completeness).toBeNull();
    expect(
      data(await t.gql<{ passportCompleteness: unknown }>(COMPLETENESS, { b: batch.id }, sli.manufacturer.key)).passportCompleteness,
    ).toBeNull();
  });
});
