import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { demoModelPassportValues } from '../../src/demo/demo-passport';
import { batteryPassDataModel } from '../../src/passports/battery-pass-data-model';
import { newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { newDeclaredFootprint, recordMarchEnergy } from '../support/footprints';
import { expectError, startTestApp, TestApp } from '../support/test-app';

/**
 * Issue 14, done when "a manufacturer records a complete model and sees completeness reach 100 %"
 * (docs/passport-attributes.md "Model data recorded by manufacturers", docs/battery-pass-data-model.md):
 * every model-level attribute recorded through recordModelPassportData, a batch with a declared
 * footprint, and GraphQL passportCompleteness lists nothing missing at model level (the
 * performance class pending: no classes adopted yet). GET /passports/:batchId/batterypass serves
 * the same attributes in the data model's aspects, filtered for each caller exactly as `attributes`.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RECORD = `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`;
const PUBLISH = `mutation($input: PublishModelPassportInput!) { publishModelPassport(input: $input) { seq } }`;
const GROUPS = 'public legitimateInterest legitimateInterestAndCommission authority';
const COMPLETENESS = `query($b: ID!) { passportCompleteness(batchId: $b) {
  mandatoryCount presentCount missing pending publishableBlockers complete
  missingByGranularity { model { ${GROUPS} } battery { ${GROUPS} } } } }`;

const MODEL = { name: 'Complete LFP Car Pack', ...LFP_CAR_PACK };

describe('a complete model: completeness at model level, the data model aspects (e2e)', () => {
  let t: TestApp;
  let w: World;
  let batchId: string;
  let recycler: OrgHandle;
  let authority: OrgHandle;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
    ({ batchId } = await newDeclaredFootprint(t, w));
    [recycler, authority] = await Promise.all([newOrganization(t, 'RECYCLER'), newOrganization(t, 'AUTHORITY')]);
  }, 120_000);
  afterAll(() => t?.close());

  const completeness = async (): Promise<Json> => {
    const r = await t.gql<Json>(COMPLETENESS, { b: batchId }, w.manufacturer.key);
    expect(r.errors).toBeUndefined();
    return r.data!.passportCompleteness as Json;
  };
  const get = async (path: string, key: string | null): Promise<Json> => {
    const res = await t.http(path, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };

  it('an incomplete resistance list is refused naming its field, and nothing is written', async () => {
    const before = await t.snapshot();
    const values = { initialInternalResistances: [{ batteryComponent: 'PACK', resistanceOhm: 0.08 }] };
    const err = expectError(
      (await t.gql<Json>(RECORD, { input: { modelId: w.model.id, values } }, w.manufacturer.key)) as never,
      'BAD_USER_INPUT',
    );
    expect(err.extensions?.field).toBe('input.values.initialInternalResistances');
    expect(await t.snapshot()).toEqual(before);
  });

  it('before: model-level attributes missing; after recording every one, none is missing at model level', async () => {
    const before = await completeness();
    expect(Object.values(before.missingByGranularity.model).flat().length).toBeGreaterThan(30);

    const r = await t.gql<Json>(RECORD, { input: { modelId: w.model.id, values: demoModelPassportValues(MODEL) } }, w.manufacturer.key);
    expect(r.errors).toBeUndefined();

    const c = await completeness();
    expect(c.missingByGranularity.model).toEqual({
      public: [],
      legitimateInterest: [],
      legitimateInterestAndCommission: [],
      authority: [],
    });
    expect(c.publishableBlockers).toEqual([]);
    expect(c.pending).toEqual(['carbonFootprintPerformanceClass']);
    // What remains is per battery: its status, state of charge, negative events… (the battery part).
    expect([...c.missing].sort()).toEqual((Object.values(c.missingByGranularity.battery).flat() as string[]).sort());
    expect(c.missing).toContain('stateOfCharge');
    expect(c.presentCount + c.missing.length + c.pending.length).toBe(c.mandatoryCount);
    // The gate passes: the model's passport publishes.
    const published = await t.gql<Json>(PUBLISH, { input: { modelId: w.model.id } }, w.manufacturer.key);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishModelPassport.seq).toBe(1);
  });

  it('GET /passports/:batchId/batterypass: the attributes each caller reads, arranged into the aspects', async () => {
    for (const key of [null, recycler.key, authority.key, w.manufacturer.key]) {
      const passport = await get(`/passports/${batchId}`, key);
      const shaped = await get(`/passports/${batchId}/batterypass`, key);
      expect(shaped).toEqual({
        batchId,
        dataModelVersion: '1.2.0',
        access: passport.access,
        aspects: batteryPassDataModel(passport.attributes as Json),
      });
    }
    const owner = (await get(`/passports/${batchId}/batterypass`, w.manufacturer.key)).aspects as Json;
    expect(Object.keys(owner)).toEqual([
      'GeneralProductInformation',
      'CarbonFootprintForBatteries',
      'SupplyChainDueDiligence',
      'MaterialComposition',
      'Circularity',
      'PerformanceAndDurability',
      'Labeling',
    ]);
    expect(owner.MaterialComposition.batteryMaterials).toHaveLength(7);
    expect(owner.Labeling.labels.map((l: Json) => l.labelingSubject)).toEqual([
      'SeparateCollection',
      'HazardousMaterial',
      'CarbonFootPrint',
    ]);
    expect(owner.Labeling.resultOfTestReport).toMatch(/^ni:\/\/\/sha-256;/);
    expect(owner.GeneralProductInformation.batteryPassportIdentifier).toBe(`urn:uuid:${batchId.replace(/-/g, '')}`);

    // Anyone: public attributes only; the materials, the dismantling manual and the test reports are absent.
    const anonymous = (await get(`/passports/${batchId}/batterypass`, null)).aspects as Json;
    expect(anonymous.MaterialComposition).not.toHaveProperty('batteryMaterials');
    expect(anonymous.MaterialComposition.hazardousSubstances).toHaveLength(2);
    expect(anonymous.Circularity).not.toHaveProperty('dismantlingAndRemovalInformation');
    expect(anonymous.Labeling).not.toHaveProperty('resultOfTestReport');
    // The fades are for persons with a legitimate interest; the efficiency at 50 % of cycle life is public.
    expect(anonymous.PerformanceAndDurability.batteryCondition).toEqual({ roundTripEfficiencyat50PerCentCycleLife: 93 });
    // An authority reads the test reports; a recycler (legitimate interest) does not.
    expect((await get(`/passports/${batchId}/batterypass`, authority.key)).aspects.Labeling).toHaveProperty('resultOfTestReport');
    expect((await get(`/passports/${batchId}/batterypass`, recycler.key)).aspects.Labeling).not.toHaveProperty('resultOfTestReport');
    expect((await get(`/passports/${batchId}/batterypass`, recycler.key)).aspects.MaterialComposition).toHaveProperty('batteryMaterials');
    expect((await t.http(`/passports/00000000-0000-4000-8000-000000000000/batterypass`)).status).toBe(404);
  });
});
