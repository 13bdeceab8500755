import { PassportAccessGrants1763902100000 } from '../../migrations/1763902100000-PassportAccessGrants';
import { PassportGrantsPerBattery1763903000000 } from '../../migrations/1763903000000-PassportGrantsPerBattery';
import { PASSPORT_ATTRIBUTE_BY_KEY, PassportAccessGroup } from '../../src/passports/passport-attributes';
import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data } from '../support/footprints';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

/**
 * Persons with a legitimate interest in a battery passport (issue 14 item 2,
 * docs/passport-attributes.md "Legitimate interest"), over GET /passports/:batchId and GraphQL:
 * organizations of the four legitimate-interest kinds read the legitimate-interest groups of every
 * battery; another organization reads them for a model or batch its manufacturer granted, until the
 * grant is revoked. The groups each caller reads are written out here, apart from the code.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PUBLIC: PassportAccessGroup[] = ['PUBLIC'];
const LI: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION'];
const ALL: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];

const GRANT = `mutation($input: GrantPassportAccessInput!) { grantPassportAccess(input: $input) {
  id manufacturerId granteeOrganizationId modelId batchId reason grantedAt grantedBy revokedAt revokedBy revokeReason active } }`;
const REVOKE = `mutation($input: RevokePassportAccessInput!) { revokePassportAccess(input: $input) {
  id revokedAt revokedBy revokeReason active } }`;
const GRANTS = `{ passportAccessGrants { id manufacturerId granteeOrganizationId modelId batchId active } }`;

interface Grant {
  id: string;
  manufacturerId: string;
  granteeOrganizationId: string;
  modelId: string | null;
  batchId: string | null;
  reason: string;
  grantedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
  active: boolean;
}

describe('legitimate interest in battery passports (e2e)', () => {
  let t: TestApp;
  let w: World;
  let batchId: string;
  let otherBatchId: string;
  let buyer: OrgHandle;
  let forwarder: OrgHandle;
  let otherManufacturer: OrgHandle;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    batchId = (await newBatch(t, w)).id;
    otherBatchId = (await newBatch(t, w)).id;
    [buyer, forwarder, otherManufacturer] = await Promise.all(['BUYER', 'FORWARDER', 'MANUFACTURER'].map((k) => newOrganization(t, k)));
  }, 120_000);
  afterAll(() => t?.close());

  const passport = async (key: string | null, id = batchId): Promise<Json> => {
    const res = await t.http(`/passports/${id}`, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const groupsOf = async (key: string | null, id = batchId): Promise<PassportAccessGroup[]> => (await passport(key, id)).access.groups;
  const grant = async (input: Record<string, unknown>, key = w.manufacturer.key): Promise<Grant> =>
    data(await t.gql<{ grantPassportAccess: Grant }>(GRANT, { input }, key)).grantPassportAccess;

  /** Every attribute the owner's passport holds: present for the caller exactly when one of its groups reads it. */
  const expectAttributesOf = async (key: string | null, groups: PassportAccessGroup[]) => {
    const [owner, caller] = await Promise.all([passport(w.manufacturer.key), passport(key)]);
    expect(caller.access.groups).toEqual(groups);
    const expected = Object.keys(owner.attributes).filter((k) => groups.includes(PASSPORT_ATTRIBUTE_BY_KEY.get(k)!.accessGroup));
    expect(Object.keys(caller.attributes).sort()).toEqual(expected.sort());
    for (const k of expected) expect(caller.attributes[k]).toEqual(owner.attributes[k]);
  };

  it.each(['RECYCLER', 'REPAIRER', 'SECOND_LIFE_OPERATOR', 'INDEPENDENT_OPERATOR'])(
    'an organization of kind %s, created by the administrator, reads the legitimate-interest groups of every battery',
    async (kind) => {
      const org = await newOrganization(t, kind);
      const me = data(await t.gql<{ me: { organization: { kind: string } } }>(`{ me { organization { kind } } }`, {}, org.key));
      expect(me.me.organization.kind).toBe(kind);
      await expectAttributesOf(org.key, LI);
      expect(await groupsOf(org.key, otherBatchId)).toEqual(LI);
    },
  );

  it('what others read is unchanged: anonymous, buyer, forwarder, other manufacturer public; the owner and the administrator all', async () => {
    await expectAttributesOf(null, PUBLIC);
    await expectAttributesOf(buyer.key, PUBLIC);
    expect(await groupsOf(forwarder.key)).toEqual(PUBLIC);
    expect(await groupsOf(otherManufacturer.key)).toEqual(PUBLIC);
    expect(await groupsOf(w.manufacturer.key)).toEqual(ALL);
    expect(await groupsOf(t.adminKey)).toEqual(ALL);
  });

  it('a grant per batch: the buyer gains the groups for that batch only; revoked, it loses them at once; both audited', async () => {
    expect(await groupsOf(buyer.key)).toEqual(PUBLIC);
    const g = await grant({ granteeOrganizationId: buyer.id, batchId, reason: 'second-life assessment of the returned packs' });
    expect(g).toMatchObject({
      manufacturerId: w.manufacturer.id,
      granteeOrganizationId: buyer.id,
      modelId: null,
      batchId,
      reason: 'second-life assessment of the returned packs',
      grantedBy: w.manufacturer.id,
      revokedAt: null,
      active: true,
    });
    await expectAttributesOf(buyer.key, LI);
    expect(await groupsOf(buyer.key, otherBatchId)).toEqual(PUBLIC);
    expect(await groupsOf(forwarder.key)).toEqual(PUBLIC);

    // Both sides list it; a third organization does not see it.
    const listed = async (key: string) =>
      data(await t.gql<{ passportAccessGrants: Grant[] }>(GRANTS, {}, key)).passportAccessGrants.map((x) => x.id);
    expect(await listed(w.manufacturer.key)).toContain(g.id);
    expect(await listed(buyer.key)).toContain(g.id);
    expect(await listed(forwarder.key)).not.toContain(g.id);

    const revoked = data(
      await t.gql<{ revokePassportAccess: Grant }>(REVOKE, { input: { grantId: g.id, reason: 'assessment done' } }, w.manufacturer.key),
    ).revokePassportAccess;
    expect(revoked).toMatchObject({ id: g.id, revokedBy: w.manufacturer.id, revokeReason: 'assessment done', active: false });
    expect(revoked.revokedAt).not.toBeNull();
    await expectAttributesOf(buyer.key, PUBLIC);

    const audit: { action: string; actorId: string; subjectType: string }[] = await t.db.query(
      `SELECT action, actor_id AS "actorId", subject_type AS "subjectType" FROM audit_events WHERE subject_id = $1 ORDER BY seq`,
      [g.id],
    );
    expect(audit).toEqual([
      { action: 'grantPassportAccess', actorId: w.manufacturer.id, subjectType: 'PassportAccessGrant' },
      { action: 'revokePassportAccess', actorId: w.manufacturer.id, subjectType: 'PassportAccessGrant' },
    ]);
    // Revoked grants stay; a new grant for the same batch may follow.
    const again = await grant({ granteeOrganizationId: buyer.id, batchId, reason: 'second assessment' });
    expect(await groupsOf(buyer.key)).toEqual(LI);
    await t.gql(REVOKE, { input: { grantId: again.id, reason: 'done' } }, w.manufacturer.key);
    expect(await groupsOf(buyer.key)).toEqual(PUBLIC);
  });

  it('a grant per model covers every batch of the model', async () => {
    const g = await grant({ granteeOrganizationId: forwarder.id, modelId: w.model.id, reason: 'authorised repair network' });
    expect(g.modelId).toBe(w.model.id);
    expect(await groupsOf(forwarder.key)).toEqual(LI);
    expect(await groupsOf(forwarder.key, otherBatchId)).toEqual(LI);
    data(await t.gql(REVOKE, { input: { grantId: g.id, reason: 'network left' } }, w.manufacturer.key));
    expect(await groupsOf(forwarder.key, otherBatchId)).toEqual(PUBLIC);
  });

  describe('refused, with typed errors and reasons, writing nothing', () => {
    const refused = async (r: Promise<GqlResult>, code: string, reason: string) => {
      const before = await t.snapshot();
      const grantsBefore = await t.db.query(`SELECT * FROM passport_access_grants ORDER BY id`);
      const err = expectError(await r, code);
      expect(err.extensions?.reason).toBe(reason);
      expect(await t.snapshot()).toEqual(before);
      expect(await t.db.query(`SELECT * FROM passport_access_grants ORDER BY id`)).toEqual(grantsBefore);
    };
    const unknown = '00000000-0000-4000-8000-000000000000';
    let active: Grant;
    let revoked: Grant;
    beforeAll(async () => {
      active = await grant({ granteeOrganizationId: buyer.id, modelId: w.model.id, reason: 'recycling partner' });
      revoked = await grant({ granteeOrganizationId: forwarder.id, batchId: otherBatchId, reason: 'repair' });
      data(await t.gql(REVOKE, { input: { grantId: revoked.id, reason: 'ended' } }, w.manufacturer.key));
    });

    it('grantPassportAccess', async () => {
      const ok = { granteeOrganizationId: buyer.id, batchId, reason: 'x' };
      await refused(t.gql(GRANT, { input: ok }, otherManufacturer.key), 'FORBIDDEN', 'OTHER_MANUFACTURER');
      await refused(t.gql(GRANT, { input: ok }, buyer.key), 'FORBIDDEN', 'WRONG_ORGANIZATION_KIND');
      await refused(t.gql(GRANT, { input: ok }, t.adminKey), 'FORBIDDEN', 'WRONG_ORGANIZATION_KIND');
      await refused(t.gql(GRANT, { input: ok }, null), 'UNAUTHENTICATED', 'API_KEY_REQUIRED');
      await refused(t.gql(GRANT, { input: { ...ok, batchId: unknown } }, w.manufacturer.key), 'NOT_FOUND', 'BATCH_NOT_FOUND');
      await refused(
        t.gql(GRANT, { input: { ...ok, batchId: undefined, modelId: unknown } }, w.manufacturer.key),
        'NOT_FOUND',
        'BATTERY_MODEL_NOT_FOUND',
      );
      await refused(
        t.gql(GRANT, { input: { ...ok, granteeOrganizationId: unknown } }, w.manufacturer.key),
        'NOT_FOUND',
        'ORGANIZATION_NOT_FOUND',
      );
      await refused(t.gql(GRANT, { input: { ...ok, modelId: w.model.id } }, w.manufacturer.key), 'BAD_USER_INPUT', 'INVALID_INPUT');
      await refused(t.gql(GRANT, { input: { ...ok, batchId: undefined } }, w.manufacturer.key), 'BAD_USER_INPUT', 'INVALID_INPUT');
      await refused(t.gql(GRANT, { input: { ...ok, reason: '  ' } }, w.manufacturer.key), 'BAD_USER_INPUT', 'EMPTY_TEXT');
      await refused(
        t.gql(GRANT, { input: { ...ok, granteeOrganizationId: w.manufacturer.id } }, w.manufacturer.key),
        'BAD_USER_INPUT',
        'INVALID_INPUT',
      );
      await refused(
        t.gql(GRANT, { input: { granteeOrganizationId: buyer.id, modelId: w.model.id, reason: 'again' } }, w.manufacturer.key),
        'CONFLICT',
        'GRANT_ALREADY_ACTIVE',
      );
      // Two grants at once for the same organization and batch: one wins, the other is a CONFLICT.
      const both = await Promise.all(
        [0, 1].map(() => t.gql(GRANT, { input: { ...ok, granteeOrganizationId: otherManufacturer.id } }, w.manufacturer.key)),
      );
      expect(both.filter((r) => !r.errors).length).toBe(1);
      expect(both.find((r) => r.errors)!.errors![0].extensions?.reason).toBe('GRANT_ALREADY_ACTIVE');
    });

    it('revokePassportAccess', async () => {
      await refused(
        t.gql(REVOKE, { input: { grantId: active.id, reason: 'x' } }, otherManufacturer.key),
        'FORBIDDEN',
        'OTHER_MANUFACTURER',
      );
      await refused(t.gql(REVOKE, { input: { grantId: active.id, reason: 'x' } }, buyer.key), 'FORBIDDEN', 'WRONG_ORGANIZATION_KIND');
      await refused(
        t.gql(REVOKE, { input: { grantId: unknown, reason: 'x' } }, w.manufacturer.key),
        'NOT_FOUND',
        'PASSPORT_ACCESS_GRANT_NOT_FOUND',
      );
      await refused(t.gql(REVOKE, { input: { grantId: active.id, reason: '' } }, w.manufacturer.key), 'BAD_USER_INPUT', 'EMPTY_TEXT');
      await refused(
        t.gql(REVOKE, { input: { grantId: revoked.id, reason: 'x' } }, w.manufacturer.key),
        'CONFLICT',
        'GRANT_ALREADY_REVOKED',
      );
      expect(await groupsOf(buyer.key)).toEqual(LI);
    });
  });
});

describe('PassportAccessGrants migration on a database with rows from before it', () => {
  let t: TestApp;
  const migration = new PassportAccessGrants1763902100000();
  // The per-battery grants alter the table: they go first and come back last.
  const later = new PassportGrantsPerBattery1763903000000();
  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKERS: 'false' });
  }, 120_000);
  afterAll(() => t?.close());

  it('keeps every organization and batch, then allows the new kinds and grants', async () => {
    const qr = t.db.createQueryRunner();
    try {
      await later.down(qr);
      await migration.down(qr);
      // The shape before: rows made then, the new kinds refused.
      const w = await newWorld(t);
      const batch = await newBatch(t, w);
      const buyer = await newOrganization(t, 'BUYER');
      await expect(t.db.query(`INSERT INTO organizations (kind, name) VALUES ('RECYCLER', 'too early')`)).rejects.toThrow(
        /organizations_kind_check/,
      );
      const orgs = await t.db.query(`SELECT * FROM organizations ORDER BY id`);
      const batches = await t.db.query(`SELECT * FROM batches ORDER BY id`);
      const before = await t.snapshot();
      await migration.up(qr);
      await later.up(qr);
      expect(await t.db.query(`SELECT * FROM organizations ORDER BY id`)).toEqual(orgs);
      expect(await t.db.query(`SELECT * FROM batches ORDER BY id`)).toEqual(batches);
      expect(await t.snapshot()).toEqual({ ...before, passport_access_grants: 0 });
      // After: a recycler and a grant on the batch made before.
      const recycler = await newOrganization(t, 'RECYCLER');
      expect((await t.http(`/passports/${batch.id}`, { key: recycler.key }).then((r) => r.json() as Promise<Json>)).access.groups).toEqual(
        LI,
      );
      const g = data(
        await t.gql<{ grantPassportAccess: { id: string } }>(
          GRANT,
          { input: { granteeOrganizationId: buyer.id, batchId: batch.id, reason: 'repair' } },
          w.manufacturer.key,
        ),
      );
      expect(g.grantPassportAccess.id).toBeDefined();
    } finally {
      await qr.release();
    }
  }, 120_000);
});
