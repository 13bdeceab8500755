import type { JWK } from 'jose';
import { BATCH_PUBLICATION_TYPE, PUBLICATION_TYPE, verifyPassportChain } from '../../src/passports/passport-publication';
import { PASSPORT_ATTRIBUTE_BY_KEY } from '../../src/passports/passport-attributes';
import { LFP_CAR_PACK } from '../../src/demo/demo-models';
import { demoModelPassportValues } from '../../src/demo/demo-passport';
import { newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data, newDeclaredFootprint, recordMarchEnergy } from '../support/footprints';
import { newPackedBatch } from '../support/shipments';
import { expectError, startTestApp, TestApp } from '../support/test-app';

/**
 * Published, signed versions of a batch's passport (issue 14 item 7, docs/passport-attributes.md
 * "Published, signed passport versions"): refused while the batch has no declared footprint or its
 * model no published version, with nothing written; v1 and v2 chained and verified with the platform
 * key of the trust list, each naming the model version it builds on; a tampered copy detected;
 * another manufacturer FORBIDDEN; each battery passport names the heads of both chains.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PUBLISH_BATCH = `mutation($input: PublishBatchPassportInput!) {
  publishBatchPassport(input: $input) { id batchId seq documentSha256 previousSha256 modelSeq modelSha256 jws documentJson note publishedBy } }`;
const PUBLISH_MODEL = `mutation($input: PublishModelPassportInput!) { publishModelPassport(input: $input) { seq documentSha256 } }`;
const RECORD = `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`;
const ONE = `query($id: ID!) { batteryPassport(passportId: $id) }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('published, signed batch passport versions (e2e)', () => {
  let t: TestApp;
  let w: World;
  let other: OrgHandle;
  let batch: { id: string; batchNumber: string };
  let footprintId: string;
  /** The original passport id of the batch's first pack. */
  let passportId: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    other = await newOrganization(t, 'MANUFACTURER');
    await recordMarchEnergy(t, w);
    batch = await newPackedBatch(t, w, 2);
    const [pack]: { id: string }[] = await t.db.query(`SELECT id::text FROM units WHERE batch_id = $1 AND kind = 3 ORDER BY id LIMIT 1`, [
      batch.id,
    ]);
    const hex = BigInt(pack.id).toString(16).padStart(15, '0');
    passportId = `00000000-0000-8000-8${hex.slice(0, 3)}-${hex.slice(3)}`;
  }, 120_000);
  afterAll(() => t?.close());

  const publish = (input: Record<string, unknown> = {}, key: string | null = w.manufacturer.key) =>
    t.gql<Json>(PUBLISH_BATCH, { input: { batchId: batch.id, ...input } }, key);
  const publishModel = async (): Promise<Json> =>
    data(await t.gql<Json>(PUBLISH_MODEL, { input: { modelId: w.model.id } }, w.manufacturer.key)).publishModelPassport as Json;
  const get = async (path: string, key: string | null = null): Promise<Json> => {
    const res = await t.http(path, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const platformJwk = async (): Promise<JWK> => (await get('/trust/issuers.json')).platformKey.publicJwk as JWK;

  it('refused while the batch has no declared footprint, then while its model has no published version; nothing written', async () => {
    const before = await t.snapshot();
    const noFootprint = expectError((await publish()) as never, 'BAD_USER_INPUT');
    expect([noFootprint.extensions?.reason, noFootprint.extensions?.field]).toEqual(['NO_DECLARED_FOOTPRINT', 'input.batchId']);
    expect(await t.snapshot()).toEqual(before);

    footprintId = (await newDeclaredFootprint(t, w, { batchId: batch.id })).footprintId;
    const afterFootprint = await t.snapshot();
    const noModel = expectError((await publish()) as never, 'BAD_USER_INPUT');
    expect(noModel.extensions?.reason).toBe('MODEL_NOT_PUBLISHED');
    expect(await t.snapshot()).toEqual(afterFootprint);
    expect(afterFootprint.batch_passport_publications).toBe(0);

    // Nothing published: the battery passport says so, for anyone.
    const p = await get(`/passports/batteries/${passportId}`);
    expect(Object.keys(p).slice(-2)).toEqual(['modelPassport', 'versions']);
    expect(p.versions).toEqual({ model: null, batch: null });
    expect((await get(`/passports/batches/${batch.id}/versions`)).versions).toEqual([]);
  });

  it('another manufacturer, a buyer and no key are refused; an unknown batch is NOT_FOUND; nothing written', async () => {
    const buyer = await newOrganization(t, 'BUYER');
    const before = await t.snapshot();
    const foreign = expectError((await publish({}, other.key)) as never, 'FORBIDDEN');
    expect(foreign.extensions?.reason).toBe('OTHER_MANUFACTURER');
    expect(expectError((await publish({}, buyer.key)) as never, 'FORBIDDEN').extensions?.reason).toBe('WRONG_ORGANIZATION_KIND');
    expectError((await publish({}, null)) as never, 'UNAUTHENTICATED');
    const unknown = expectError((await publish({ batchId: UNKNOWN })) as never, 'NOT_FOUND');
    expect(unknown.extensions?.reason).toBe('BATCH_NOT_FOUND');
    expectError((await publish({ note: 'x'.repeat(1001) })) as never, 'BAD_USER_INPUT');
    expect(await t.snapshot()).toEqual(before);
    expect((await t.http(`/passports/batches/${UNKNOWN}/versions`)).status).toBe(404);
    expect((await t.http(`/passports/batches/not-a-uuid/versions`)).status).toBe(400);
  });

  it('publishes v1 on model v1, then v2 on model v2: one chain verified with the trust list key, tampering detected', async () => {
    data(
      await t.gql(
        RECORD,
        { input: { modelId: w.model.id, values: demoModelPassportValues({ name: 'Test Car Pack', ...LFP_CAR_PACK }) } },
        w.manufacturer.key,
      ),
    );
    const m1 = await publishModel();
    const r1 = await publish({ note: 'placed on the market' });
    expect(r1.errors).toBeUndefined();
    const v1 = r1.data!.publishBatchPassport as Json;
    expect([v1.batchId, v1.seq, v1.previousSha256, v1.modelSeq, v1.modelSha256, v1.publishedBy, v1.note]).toEqual([
      batch.id,
      1,
      null,
      1,
      m1.documentSha256,
      w.manufacturer.id,
      'placed on the market',
    ]);
    const d1 = JSON.parse(v1.documentJson as string) as Json;
    expect(d1).toMatchObject({
      type: BATCH_PUBLICATION_TYPE,
      batchId: batch.id,
      batchNumber: batch.batchNumber,
      manufacturerId: w.manufacturer.id,
      seq: 1,
      previousSha256: null,
      model: { modelId: w.model.id, seq: 1, sha256: m1.documentSha256 },
      footprint: { footprintId, version: 1 },
    });
    // The per-batch public attributes, as the batch passport serves them to anyone; the model's are in the model's chain.
    const batchPassport = await get(`/passports/${batch.id}`);
    for (const key of [
      'manufacturingPlace',
      'manufacturingDate',
      'batteryCarbonFootprint',
      'carbonFootprintStudy',
      'absoluteCarbonFootprint',
    ]) {
      expect([key, d1.attributes[key]]).toEqual([key, batchPassport.attributes[key]]);
    }
    expect(d1.attributes.productIdentifier).toBe(batchPassport.attributes.productIdentifier);
    for (const key of Object.keys(d1.attributes)) expect([key, PASSPORT_ATTRIBUTE_BY_KEY.get(key)?.accessGroup]).toEqual([key, 'PUBLIC']);
    expect('batteryMass' in d1.attributes).toBe(false);
    expect('renewableContent' in d1.attributes).toBe(false);

    const m2 = await publishModel();
    const v2 = data(await publish()).publishBatchPassport as Json;
    expect([v2.seq, v2.previousSha256, v2.modelSeq, v2.modelSha256]).toEqual([2, v1.documentSha256, 2, m2.documentSha256]);

    const served = await get(`/passports/batches/${batch.id}/versions`);
    expect(served.batchId).toBe(batch.id);
    expect(served.versions.map((v: Json) => [v.seq, v.documentSha256, v.previousSha256])).toEqual([
      [1, v1.documentSha256, null],
      [2, v2.documentSha256, v1.documentSha256],
    ]);
    expect(served.versions[0].document).toEqual(d1);
    const jwk = await platformJwk();
    expect(served.platformKey.publicJwk).toEqual(jwk);
    expect(await verifyPassportChain(served.versions, jwk, BATCH_PUBLICATION_TYPE)).toEqual({ valid: true, length: 2 });
    // The model version each batch version names is in the model's chain, which verifies too.
    const model = await get(`/passports/models/${w.model.id}/versions`);
    expect(await verifyPassportChain(model.versions, jwk, PUBLICATION_TYPE)).toEqual({ valid: true, length: 2 });
    for (const v of served.versions as Json[]) {
      const named = (model.versions as Json[]).find((m) => m.seq === v.document.model.seq);
      expect(named?.documentSha256).toBe(v.document.model.sha256);
    }
    // The batch's chain is no model's.
    expect(await verifyPassportChain(served.versions, jwk, PUBLICATION_TYPE)).toMatchObject({ valid: false, index: 0 });

    // A tampered copy: the first document with a smaller carbon footprint.
    const [h, p, s] = (served.versions[0].jws as string).split('.');
    const forged = JSON.parse(Buffer.from(p, 'base64url').toString()) as Json;
    forged.attributes.batteryCarbonFootprint = 0.01;
    const tampered = [
      { ...served.versions[0], jws: `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}` },
      served.versions[1],
    ];
    expect(await verifyPassportChain(tampered, jwk)).toEqual({
      valid: false,
      index: 0,
      reason: 'the signature does not verify with the platform key',
    });
    // A version left out.
    expect(await verifyPassportChain([served.versions[1]], jwk)).toMatchObject({ valid: false, index: 0 });

    const audit: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'publishBatchPassport' AND subject_id = $1`,
      [batch.id],
    );
    expect(audit[0].n).toBe(2);
  });

  it('each battery passport names the heads of both chains, on every route, for any caller', async () => {
    const model = await get(`/passports/models/${w.model.id}/versions`);
    const own = await get(`/passports/batches/${batch.id}/versions`);
    const expected = {
      model: { seq: 2, sha256: model.versions[1].documentSha256, url: `${t.config.publicBaseUrl}/passports/models/${w.model.id}/versions` },
      batch: { seq: 2, sha256: own.versions[1].documentSha256, url: `${t.config.publicBaseUrl}/passports/batches/${batch.id}/versions` },
    };
    const anonymous = await get(`/passports/batteries/${passportId}`);
    expect(anonymous.versions).toEqual(expected);
    expect((await get(`/passports/batteries/${passportId}`, w.manufacturer.key)).versions).toEqual(expected);
    const viaGraphql = JSON.parse(data(await t.gql<{ batteryPassport: string }>(ONE, { id: passportId })).batteryPassport) as Json;
    expect(viaGraphql.versions).toEqual(expected);
    const lines = (await (await t.http(`/passports/batches/${batch.id}/batteries`)).text()).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Json).versions)).toEqual([expected, expected]);
    // Following the links: the heads are the chains' last versions, and both chains verify.
    const jwk = await platformJwk();
    for (const head of [anonymous.versions.model, anonymous.versions.batch] as Json[]) {
      const served = await get(new URL(head.url as string).pathname);
      expect(served.versions.at(-1).documentSha256).toBe(head.sha256);
      expect(await verifyPassportChain(served.versions, jwk)).toEqual({ valid: true, length: 2 });
    }
  });

  it('two publications at once take turns: seq 3 and 4, one chain', async () => {
    const [a, b] = await Promise.all([publish(), publish()]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect([a.data!.publishBatchPassport.seq, b.data!.publishBatchPassport.seq].sort()).toEqual([3, 4]);
    const served = await get(`/passports/batches/${batch.id}/versions`);
    expect(await verifyPassportChain(served.versions, await platformJwk())).toEqual({ valid: true, length: 4 });
  });
});
