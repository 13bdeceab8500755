import type { JWK } from 'jose';
import { verifyPassportChain } from '../../src/passports/passport-publication';
import { PASSPORT_ATTRIBUTE_BY_KEY } from '../../src/passports/passport-attributes';
import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { demoModelPassportValues } from '../../src/demo/demo-passport';
import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';

/**
 * Published, signed passport versions (issue 14 items 4 and 7, docs/passport-attributes.md
 * "Published, signed passport versions"): an incomplete model is refused naming what it lacks and
 * nothing is written; a complete one publishes version 1, a correction publishes version 2, and
 * the chain served publicly verifies with the platform key of the trust list; a tampered copy
 * does not; another manufacturer is FORBIDDEN.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PUBLISH = `mutation($input: PublishModelPassportInput!) {
  publishModelPassport(input: $input) { id modelId seq documentSha256 previousSha256 jws documentJson note publishedBy } }`;
const RECORD = `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`;

const doc = (title: string) => ({ title, mediaType: 'application/pdf', sha256: 'ab'.repeat(32), sizeBytes: 250_000 });

/**
 * Every model-level attribute battrace records (the demo's data for a car pack like the test
 * model), with the public mandatory ones below written out as before, and two that are not public.
 */
const VALUES = {
  ...demoModelPassportValues({ name: 'Test Car Pack', ...LFP_CAR_PACK }),
  hazardousSubstanceNames: ['Lithium hexafluorophosphate'],
  criticalRawMaterialNames: ['Lithium', 'Natural graphite'],
  preConsumerRecycledCobaltShare: 0,
  preConsumerRecycledLithiumShare: 0.02,
  preConsumerRecycledNickelShare: 0,
  preConsumerRecycledLeadShare: 0,
  postConsumerRecycledCobaltShare: 0,
  postConsumerRecycledLithiumShare: 0.06,
  postConsumerRecycledNickelShare: 0,
  postConsumerRecycledLeadShare: 0,
  renewableContentShare: 0.3,
  supplyChainDueDiligenceReport: doc('Due diligence report 2026'),
  declarationOfConformity: doc('EU declaration of conformity'),
  separateCollectionSymbol: doc('Separate collection symbol'),
  labelingMeaning: 'The crossed-out wheeled bin: collect separately.',
  originalPowerCapabilityW: 150_000,
  ratedMaximumPowerW: 180_000,
  temperatureRangeIdleStateLowerBoundaryC: -20,
  temperatureRangeIdleStateUpperBoundaryC: 45,
  dismantlingAndRemovalInformation: doc('Dismantling manual'),
  expectedLifetimeYears: 10,
};

describe('published, signed passport versions (e2e)', () => {
  let t: TestApp;
  let w: World;
  let other: OrgHandle;
  let batch: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    other = await newOrganization(t, 'MANUFACTURER');
    batch = await newBatch(t, w);
  }, 120_000);
  afterAll(() => t?.close());

  const publish = (input: Record<string, unknown>, key: string | null = w.manufacturer.key) =>
    t.gql<Json>(PUBLISH, { input: { modelId: w.model.id, ...input } }, key);
  const record = async (values: Record<string, unknown>) => {
    const r = await t.gql<Json>(RECORD, { input: { modelId: w.model.id, values } }, w.manufacturer.key);
    expect(r.errors).toBeUndefined();
  };
  const chain = async (): Promise<Json> => {
    const res = await t.http(`/passports/models/${w.model.id}/versions`);
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const batchPassport = async (key: string | null = null): Promise<Json> => {
    const res = await t.http(`/passports/${batch.id}`, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const platformJwk = async (): Promise<JWK> => ((await (await t.http('/trust/issuers.json')).json()) as Json).platformKey.publicJwk as JWK;

  it('an incomplete model is refused, naming the missing public attributes, and nothing is written', async () => {
    await record({ renewableContentShare: 0.3 });
    const before = await t.snapshot();
    const err = expectError((await publish({})) as never, 'BAD_USER_INPUT');
    expect(err.extensions?.reason).toBe('PASSPORT_INCOMPLETE');
    const blockers = err.extensions?.blockers as string[];
    expect(blockers).toContain('declarationOfConformity');
    expect(blockers).toContain('postConsumerRecycledLeadShare');
    expect(blockers).not.toContain('renewableContent');
    // Every model attribute is recordable now and blocks; those battrace holds per batch (the
    // carbon footprint, the place of manufacture) do not; derived ones are present.
    expect(blockers).toContain('cadmiumAndLeadSymbols');
    expect(blockers).not.toContain('batteryCarbonFootprint');
    expect(blockers).not.toContain('manufacturingPlace');
    expect(blockers).not.toContain('batteryMass');
    expect(await t.snapshot()).toEqual(before);
    expect(before.model_passport_publications).toBe(0);
    // Nothing published: the batch passport's last field says so, to the owner and to anyone.
    const [anonymous, owner] = [await batchPassport(), await batchPassport(w.manufacturer.key)];
    expect([anonymous.modelPassport, owner.modelPassport]).toEqual([null, null]);
    expect(Object.keys(anonymous).at(-1)).toBe('modelPassport');
  });

  it('another manufacturer, a buyer and no key are refused; an unknown model is NOT_FOUND', async () => {
    await record(VALUES);
    const before = await t.snapshot();
    const foreign = expectError((await publish({}, other.key)) as never, 'FORBIDDEN');
    expect(foreign.extensions?.reason).toBe('OTHER_MANUFACTURER');
    const buyer = await newOrganization(t, 'BUYER');
    const afterBuyer = await t.snapshot();
    expectError((await publish({}, buyer.key)) as never, 'FORBIDDEN');
    expectError((await publish({}, null)) as never, 'UNAUTHENTICATED');
    const unknown = expectError((await publish({ modelId: '00000000-0000-4000-8000-000000000000' })) as never, 'NOT_FOUND');
    expect(unknown.extensions?.reason).toBe('BATTERY_MODEL_NOT_FOUND');
    expect(await t.snapshot()).toEqual(afterBuyer);
    expect(before.model_passport_publications).toBe(0);
    expect((await t.http(`/passports/models/00000000-0000-4000-8000-000000000000/versions`)).status).toBe(404);
  });

  it('publishes v1, a correction publishes v2, and the public chain verifies with the trust list platform key', async () => {
    const r1 = await publish({ note: 'first placing on the market' });
    expect(r1.errors).toBeUndefined();
    const v1 = r1.data!.publishModelPassport;
    expect([v1.seq, v1.previousSha256, v1.publishedBy, v1.note]).toEqual([1, null, w.manufacturer.id, 'first placing on the market']);
    const d1 = JSON.parse(v1.documentJson as string) as Json;
    expect(d1.attributes.renewableContent).toBe(30);
    expect(d1.attributes.batteryMass).toBeDefined();
    // Only public attributes are signed: the dismantling manual and the expected lifetime are not.
    for (const key of Object.keys(d1.attributes)) {
      const a = PASSPORT_ATTRIBUTE_BY_KEY.get(key)!;
      expect({ key, group: a.accessGroup, granularity: a.granularity }).toEqual({ key, group: 'PUBLIC', granularity: 'MODEL' });
    }
    expect('dismantlingAndRemovalInformation' in d1.attributes).toBe(false);
    expect('expectedLifetime' in d1.attributes).toBe(false);

    await record({ renewableContentShare: 0.35 });
    const v2 = (await publish({})).data!.publishModelPassport;
    expect([v2.seq, v2.previousSha256]).toEqual([2, v1.documentSha256]);
    expect((JSON.parse(v2.documentJson as string) as Json).attributes.renewableContent).toBe(35);

    const served = await chain();
    expect(served.versions.map((v: Json) => [v.seq, v.documentSha256, v.previousSha256])).toEqual([
      [1, v1.documentSha256, null],
      [2, v2.documentSha256, v1.documentSha256],
    ]);
    const jwk = await platformJwk();
    expect(served.platformKey.publicJwk).toEqual(jwk);
    expect(await verifyPassportChain(served.versions, jwk)).toEqual({ valid: true, length: 2 });
    // The batch passport links to the model's chain and names its latest version.
    for (const p of [await batchPassport(), await batchPassport(w.manufacturer.key)]) {
      expect(p.modelPassport).toEqual({
        versionsUrl: `${t.config.publicBaseUrl}/passports/models/${w.model.id}/versions`,
        latestSeq: 2,
        latestSha256: v2.documentSha256,
      });
    }

    // A tampered copy: the second document with another renewable content.
    const [h, p, s] = (served.versions[1].jws as string).split('.');
    const forged = JSON.parse(Buffer.from(p, 'base64url').toString()) as Json;
    forged.attributes.renewableContent = 90;
    const tampered = [
      served.versions[0],
      { ...served.versions[1], jws: `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}` },
    ];
    expect(await verifyPassportChain(tampered, jwk)).toMatchObject({ valid: false, index: 1 });

    const audit: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'publishModelPassport' AND subject_id = $1`,
      [w.model.id],
    );
    expect(audit[0].n).toBe(2);
  });

  it('two publications at once take turns: seq 3 and 4, one chain', async () => {
    const [a, b] = await Promise.all([publish({}), publish({})]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect([a.data!.publishModelPassport.seq, b.data!.publishModelPassport.seq].sort()).toEqual([3, 4]);
    expect(await verifyPassportChain((await chain()).versions, await platformJwk())).toEqual({ valid: true, length: 4 });
  });
});
