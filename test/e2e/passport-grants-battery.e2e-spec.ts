import { PassportGrantsPerBattery1763903000000 } from '../../migrations/1763903000000-PassportGrantsPerBattery';
import { originalPassportId } from '../../src/passports/battery-passport';
import { PASSPORT_ATTRIBUTE_BY_KEY, PassportAccessGroup } from '../../src/passports/passport-attributes';
import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data } from '../support/footprints';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

/**
 * Passport access a manufacturer grants per individual battery (issue 14 item 2,
 * docs/passport-attributes.md "By grant", docs/battery-passports.md "An interest in one battery"):
 * a buyer granted one pack reads the legitimate-interest groups of that battery on every battery
 * route (the passport, the serial lookup, GraphQL, the batch export) and its health routes; not of
 * its neighbour, and not on the batch passport; revoked, they are gone. Refusals write nothing.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PUBLIC: PassportAccessGroup[] = ['PUBLIC'];
const LI: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION'];

const GRANT = `mutation($input: GrantPassportAccessInput!) { grantPassportAccess(input: $input) {
  id manufacturerId granteeOrganizationId modelId batchId unitId serial reason active } }`;
const REVOKE = `mutation($input: RevokePassportAccessInput!) { revokePassportAccess(input: $input) { id active } }`;
const GRANTS = `{ passportAccessGrants { id unitId serial active } }`;
const PASSPORT = `query($id: ID!) { batteryPassport(passportId: $id) }`;

describe('passport access granted per battery (e2e)', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;
  let otherManufacturer: OrgHandle;
  let batchId: string;
  let tag: string;
  const ids: Record<string, string> = {};
  const serial = (s: string) => `${tag}-${s}`;

  const passport = async (unitId: string, key: string | null): Promise<Json> => {
    const res = await t.http(`/passports/batteries/${originalPassportId(unitId)}`, { key, headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const health = async (unitId: string, key: string | null): Promise<Json> => {
    const res = await t.http(`/batteries/${unitId}/health`, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const batchGroups = async (key: string | null): Promise<PassportAccessGroup[]> => {
    const res = await t.http(`/passports/${batchId}`, { key });
    expect(res.status).toBe(200);
    return ((await res.json()) as Json).access.groups;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    [buyer, otherManufacturer] = await Promise.all(['BUYER', 'MANUFACTURER'].map((k) => newOrganization(t, k)));
    const batch = await newBatch(t, w);
    batchId = batch.id;
    tag = batch.batchNumber;
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: [
        { serial: serial('P0'), kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' },
        { serial: serial('P1'), kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' },
        { serial: serial('M0'), kind: 'MODULE', parentSerial: serial('P0'), producedAt: '2026-03-10T00:00:00Z' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
      key: w.manufacturer.key,
    });
    expect(res.status).toBe(200);
    const rows: { serial: string; id: string }[] = await t.db.query(`SELECT serial, id::text AS id FROM units WHERE batch_id = $1`, [
      batch.id,
    ]);
    for (const r of rows) ids[r.serial.slice(tag.length + 1)] = r.id;
  }, 120_000);
  afterAll(() => t?.close());

  /** The caller reads, of the battery's passport, exactly the owner's attributes its groups read. */
  const expectBatteryAttributes = async (unitId: string, key: string, groups: PassportAccessGroup[]) => {
    const [owner, caller] = await Promise.all([passport(unitId, w.manufacturer.key), passport(unitId, key)]);
    expect(caller.access.groups).toEqual(groups);
    const expected = Object.keys(owner.attributes).filter((k) => groups.includes(PASSPORT_ATTRIBUTE_BY_KEY.get(k)!.accessGroup));
    expect(Object.keys(caller.attributes).sort()).toEqual(expected.sort());
    return caller;
  };

  it('a grant for one pack: that battery on every battery route and its health route; not its neighbour, not the batch; revoked, gone', async () => {
    expect((await passport(ids.P0, buyer.key)).access.groups).toEqual(PUBLIC);
    expect((await health(ids.P0, buyer.key)).access.groups).toEqual(PUBLIC);

    const g = data(
      await t.gql<{ grantPassportAccess: Json }>(
        GRANT,
        { input: { granteeOrganizationId: buyer.id, serial: serial('P0'), reason: 'second-life assessment of this pack' } },
        w.manufacturer.key,
      ),
    ).grantPassportAccess;
    expect(g).toMatchObject({
      manufacturerId: w.manufacturer.id,
      granteeOrganizationId: buyer.id,
      modelId: null,
      batchId: null,
      unitId: ids.P0,
      serial: serial('P0'),
      active: true,
    });

    const direct = await expectBatteryAttributes(ids.P0, buyer.key, LI);
    expect(direct.attributes).toHaveProperty('batteryStatus');
    const bySerial = await t.http(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${encodeURIComponent(serial('P0'))}`, {
      key: buyer.key,
      headers: { accept: 'application/json' },
    });
    expect(await bySerial.json()).toEqual(direct);
    const gql = data(await t.gql<{ batteryPassport: string }>(PASSPORT, { id: originalPassportId(ids.P0) }, buyer.key));
    expect(JSON.parse(gql.batteryPassport)).toEqual(direct);
    const exp = await t.http(`/passports/batches/${batchId}/batteries`, { key: buyer.key });
    const lines = (await exp.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
    expect(lines.find((l) => l.passportId === direct.passportId)).toEqual(direct);
    expect(lines.find((l) => l.battery.serial === serial('P1'))!.access.groups).toEqual(PUBLIC);
    expect((await health(ids.P0, buyer.key)).access.groups).toEqual(LI);

    // Not the neighbour, not the batch passport.
    expect((await passport(ids.P1, buyer.key)).access.groups).toEqual(PUBLIC);
    expect((await health(ids.P1, buyer.key)).access.groups).toEqual(PUBLIC);
    expect(await batchGroups(buyer.key)).toEqual(PUBLIC);

    // Both sides list it.
    for (const key of [w.manufacturer.key, buyer.key]) {
      const listed = data(await t.gql<{ passportAccessGrants: Json[] }>(GRANTS, {}, key)).passportAccessGrants;
      expect(listed.find((x) => x.id === g.id)).toEqual({ id: g.id, unitId: ids.P0, serial: serial('P0'), active: true });
    }

    data(await t.gql(REVOKE, { input: { grantId: g.id, reason: 'assessment done' } }, w.manufacturer.key));
    expect((await passport(ids.P0, buyer.key)).access.groups).toEqual(PUBLIC);
    expect((await health(ids.P0, buyer.key)).access.groups).toEqual(PUBLIC);

    const audit: { action: string; actorId: string }[] = await t.db.query(
      `SELECT action, actor_id AS "actorId" FROM audit_events WHERE subject_id = $1 ORDER BY seq`,
      [g.id],
    );
    expect(audit).toEqual([
      { action: 'grantPassportAccess', actorId: w.manufacturer.id },
      { action: 'revokePassportAccess', actorId: w.manufacturer.id },
    ]);
  });

  it('refused, writing nothing: two subjects, none, an unknown serial, another manufacturer, a module, an active grant again', async () => {
    const refused = async (r: Promise<GqlResult>, code: string, reason: string) => {
      const before = await t.snapshot();
      const grantsBefore = await t.db.query(`SELECT * FROM passport_access_grants ORDER BY id`);
      const err = expectError(await r, code);
      expect(err.extensions?.reason).toBe(reason);
      expect(await t.snapshot()).toEqual(before);
      expect(await t.db.query(`SELECT * FROM passport_access_grants ORDER BY id`)).toEqual(grantsBefore);
    };
    const ok = { granteeOrganizationId: buyer.id, serial: serial('P1'), reason: 'repair' };
    const gql = (input: Json, key = w.manufacturer.key) => t.gql(GRANT, { input }, key);
    await refused(gql({ ...ok, batchId }), 'BAD_USER_INPUT', 'INVALID_INPUT');
    await refused(gql({ ...ok, modelId: w.model.id }), 'BAD_USER_INPUT', 'INVALID_INPUT');
    await refused(gql({ ...ok, serial: undefined }), 'BAD_USER_INPUT', 'INVALID_INPUT');
    await refused(gql({ ...ok, serial: `${tag}-NOPE` }), 'NOT_FOUND', 'UNIT_NOT_FOUND');
    // Another manufacturer naming this manufacturer's pack learns nothing: the same NOT_FOUND.
    await refused(gql(ok, otherManufacturer.key), 'NOT_FOUND', 'UNIT_NOT_FOUND');
    await refused(gql({ ...ok, serial: serial('M0') }), 'BAD_USER_INPUT', 'NOT_A_BATTERY');
    await refused(gql(ok, buyer.key), 'FORBIDDEN', 'WRONG_ORGANIZATION_KIND');
    data(await gql(ok));
    await refused(gql(ok), 'CONFLICT', 'GRANT_ALREADY_ACTIVE');
  });
});

describe('PassportGrantsPerBattery migration on grants made before it', () => {
  let t: TestApp;
  const migration = new PassportGrantsPerBattery1763903000000();
  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKERS: 'false' });
  }, 120_000);
  afterAll(() => t?.close());

  it('keeps every grant, and the grants made before keep working', async () => {
    const qr = t.db.createQueryRunner();
    try {
      await migration.down(qr);
      const w = await newWorld(t);
      const batch = await newBatch(t, w);
      const buyer = await newOrganization(t, 'BUYER');
      await t.db.query(
        `INSERT INTO passport_access_grants (manufacturer_id, grantee_organization_id, batch_id, reason, granted_by) VALUES ($1, $2, $3, 'repair', $4)`,
        [w.manufacturer.id, buyer.id, batch.id, w.manufacturer.id],
      );
      const grantsBefore: Json[] = await t.db.query(`SELECT * FROM passport_access_grants ORDER BY id`);
      const before = await t.snapshot();
      await migration.up(qr);
      expect(await t.snapshot()).toEqual(before);
      expect(await t.db.query(`SELECT * FROM passport_access_grants ORDER BY id`)).toEqual(
        grantsBefore.map((g) => ({ ...g, unit_id: null })),
      );
      const res = await t.http(`/passports/${batch.id}`, { key: buyer.key });
      expect(((await res.json()) as Json).access.groups).toEqual(LI);
      // A grant naming two subjects is refused by the table.
      await expect(
        t.db.query(
          `INSERT INTO passport_access_grants (manufacturer_id, grantee_organization_id, batch_id, model_id, reason, granted_by)
           VALUES ($1, $2, $3, $4, 'x', $5)`,
          [w.manufacturer.id, buyer.id, batch.id, w.model.id, w.manufacturer.id],
        ),
      ).rejects.toThrow(/passport_access_grants_one_subject/);
    } finally {
      await qr.release();
    }
  }, 120_000);
});
