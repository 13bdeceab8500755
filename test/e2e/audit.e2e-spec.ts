import { createHash } from 'node:crypto';
import { LFP_CAR_PACK, newBatch, newOrganization, newWorld, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';

interface AuditEvent {
  seq: string;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  inputDigest: string;
  prevHash: string;
  hash: string;
}
interface ChainReport {
  intact: boolean;
  entriesChecked: number;
  brokenAtSeq: string | null;
  reason: string | null;
}

const TRAIL = `query($s: ID!) { auditTrail(subjectId: $s) { seq at actorType actorId action subjectType subjectId inputDigest prevHash hash } }`;
const VERIFY = `{ verifyAuditChain { intact entriesChecked brokenAtSeq reason } }`;

describe('audit trail', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const auditCount = async (): Promise<number> => (await t.snapshot()).audit_events;

  it('appends exactly one entry per accepted mutation, and none for a refused one', async () => {
    const mutations: [string, Record<string, unknown>, string][] = [
      [
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { apiKey } }`,
        { kind: 'BUYER', name: 'Audited buyer' },
        t.adminKey,
      ],
      [
        `mutation($input: CreateParkInput!) { createPark(input: $input) { id } }`,
        { code: 'AUD-PARK', name: 'Audit park', country: 'CN', province: 'Inner Mongolia', gridRegion: 'CN-NM' },
        t.adminKey,
      ],
      [
        `mutation($input: RegisterPlantInput!) { registerPlant(input: $input) { id } }`,
        { parkId: w.park.id, name: 'Audit plant', address: 'Ordos', latitude: 39.5, longitude: 110 },
        w.manufacturer.key,
      ],
      [
        `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id } }`,
        { name: 'Audit model', ...LFP_CAR_PACK },
        w.manufacturer.key,
      ],
      [
        `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { id } }`,
        {
          batchNumber: 'AUD-1',
          modelId: w.model.id,
          plantId: w.plant.id,
          productionStart: '2026-03-01T00:00:00Z',
          productionEnd: '2026-03-02T00:00:00Z',
          units: [{ serial: 'AUD-P', kind: 'PACK' }],
        },
        w.manufacturer.key,
      ],
      [
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey } }`,
        { organizationId: w.manufacturer.id, name: 'second' },
        t.adminKey,
      ],
    ];
    for (const [query, input, key] of mutations) {
      const before = await auditCount();
      const r = await t.gql(query, { input }, key);
      expect(r.errors).toBeUndefined();
      expect(await auditCount()).toBe(before + 1);
      // The same mutation again is refused (a duplicate name, code or number): no entry.
      if (!query.includes('createApiKey')) {
        const again = await t.gql(query, { input }, key);
        expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
        expect(await auditCount()).toBe(before + 1);
      }
    }
  });

  it('records a key revocation once; revoking it again changes nothing', async () => {
    const org = await newOrganization(t, 'FORWARDER');
    const keys = await t.gql<{ apiKeys: { id: string }[] }>(
      `query($o: ID!) { apiKeys(organizationId: $o) { id } }`,
      { o: org.id },
      t.adminKey,
    );
    const revoke = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }`;
    const before = await auditCount();
    expect((await t.gql(revoke, { input: { keyId: keys.data!.apiKeys[0].id } }, org.key)).errors).toBeUndefined();
    expect(await auditCount()).toBe(before + 1);
    expect((await t.gql(revoke, { input: { keyId: keys.data!.apiKeys[0].id } }, t.adminKey)).errors).toBeUndefined();
    expect(await auditCount()).toBe(before + 1);
    const trail = await t.gql<{ auditTrail: AuditEvent[] }>(TRAIL, { s: org.id }, t.adminKey);
    expect(trail.data!.auditTrail.map((e) => [e.action, e.actorType, e.actorId])).toEqual([
      ['createOrganization', 'ADMIN', 'admin'],
      ['revokeApiKey', 'ORGANIZATION', org.id],
    ]);
  });

  it("lists a batch's entries for its owner, oldest first, each naming the actor and chained to the one before", async () => {
    const b = await newBatch(t, w);
    await t.gql(
      `mutation($input: RegisterUnitsInput!) { registerUnits(input: $input) { inserted } }`,
      { input: { batchId: b.id, units: [{ serial: 'TR-P', kind: 'PACK' }] } },
      w.manufacturer.key,
    );
    const res = await t.http(`/batches/${b.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: '{"serial":"TR-M","kind":"MODULE","parentSerial":"TR-P"}\n',
    });
    expect(res.status).toBe(200);

    const r = await t.gql<{ auditTrail: AuditEvent[] }>(TRAIL, { s: b.id }, w.manufacturer.key);
    expect(r.errors).toBeUndefined();
    const trail = r.data!.auditTrail;
    expect(trail.map((e) => e.action)).toEqual(['registerBatch', 'registerUnits', 'uploadUnits']);
    for (const e of trail) {
      expect(e).toMatchObject({ actorType: 'ORGANIZATION', actorId: w.manufacturer.id, subjectType: 'Batch', subjectId: b.id });
      expect(e.inputDigest).toMatch(/^[0-9a-f]{64}$/);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    }
    expect(Number(trail[1].seq)).toBeGreaterThan(Number(trail[0].seq));
    // Entries about other subjects sit between them, so check the chain link against the row before.
    const [prev]: { hash: string }[] = await t.db.query(`SELECT hash FROM audit_events WHERE seq = $1`, [String(Number(trail[2].seq) - 1)]);
    expect(trail[2].prevHash).toBe(prev.hash);
    // The administrator may read it too.
    expect((await t.gql<{ auditTrail: AuditEvent[] }>(TRAIL, { s: b.id }, t.adminKey)).data!.auditTrail).toHaveLength(3);
  });

  it('lets an organization read the trail of itself, and records the administrator as the actor', async () => {
    const org = await newOrganization(t, 'CERTIFIER');
    const r = await t.gql<{ auditTrail: AuditEvent[] }>(TRAIL, { s: org.id }, org.key);
    expect(r.data!.auditTrail).toHaveLength(1);
    expect(r.data!.auditTrail[0]).toMatchObject({
      action: 'createOrganization',
      actorType: 'ADMIN',
      actorId: 'admin',
      subjectType: 'Organization',
    });
  });

  it('refuses the trail to another organization (FORBIDDEN) and to a caller without a key (UNAUTHENTICATED)', async () => {
    const b = await newBatch(t, w);
    const other = await newWorld(t);
    expectError(await t.gql(TRAIL, { s: b.id }, other.manufacturer.key), 'FORBIDDEN');
    expectError(await t.gql(TRAIL, { s: w.manufacturer.id }, other.manufacturer.key), 'FORBIDDEN');
    expectError(await t.gql(TRAIL, { s: w.plant.id }, other.manufacturer.key), 'FORBIDDEN');
    expectError(await t.gql(TRAIL, { s: 'not-a-subject' }, other.manufacturer.key), 'FORBIDDEN');
    expectError(await t.gql(TRAIL, { s: b.id }), 'UNAUTHENTICATED');
  });

  it('reports verifyAuditChain for the administrator only', async () => {
    expectError(await t.gql(VERIFY, {}, w.manufacturer.key), 'FORBIDDEN');
    expectError(await t.gql(VERIFY), 'UNAUTHENTICATED');
  });

  // Runs last: it breaks this file's chain on purpose.
  it('verifies an intact chain, then finds the row changed behind its back and says where', async () => {
    const n = await auditCount();
    const ok = await t.gql<{ verifyAuditChain: ChainReport }>(VERIFY, {}, t.adminKey);
    expect(ok.data!.verifyAuditChain).toEqual({ intact: true, entriesChecked: n, brokenAtSeq: null, reason: null });

    // The chain is recomputable from the rows: the first entry follows the genesis hash.
    const [first]: { prev_hash: string }[] = await t.db.query(`SELECT prev_hash FROM audit_events WHERE seq = 1`);
    expect(first.prev_hash).toBe('0'.repeat(64));

    const victim = Math.max(2, Math.floor(n / 2));
    await t.db.query(`UPDATE audit_events SET subject_id = $1 WHERE seq = $2`, [createHash('sha256').update('x').digest('hex'), victim]);
    const broken = await t.gql<{ verifyAuditChain: ChainReport }>(VERIFY, {}, t.adminKey);
    expect(broken.data!.verifyAuditChain).toMatchObject({ intact: false, brokenAtSeq: String(victim), entriesChecked: victim - 1 });
    expect(broken.data!.verifyAuditChain.reason).toMatch(/hash/);

    // Deleting an entry is found too (as a gap), at the earliest break.
    await t.db.query(`DELETE FROM audit_events WHERE seq = $1`, [victim - 1]);
    const gap = await t.gql<{ verifyAuditChain: ChainReport }>(VERIFY, {}, t.adminKey);
    expect(gap.data!.verifyAuditChain).toMatchObject({ intact: false, brokenAtSeq: String(victim) });
    expect(gap.data!.verifyAuditChain.reason).toMatch(/gap/);
  });
});
