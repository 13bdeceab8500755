import { PASSPORT_ATTRIBUTE_BY_KEY, PassportAccessGroup } from '../../src/passports/passport-attributes';
import { newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data } from '../support/footprints';
import { containerNumber, CREATE_SHIPMENT, glecFactorId, newPackedBatch, sailingInput } from '../support/shipments';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

/**
 * Each battery's passport (issue 14, docs/battery-passports.md): GET /passports/batteries/:passportId,
 * the lookup by manufacturer and serial, GraphQL batteryPassport and batteryPassports and the NDJSON
 * export of a batch give the same attributes to the same caller, filtered by its access groups
 * (written out here, apart from the code); repurposing and remanufacturing start new passports
 * linked both ways (Art. 77(6)), recycling closes the current one (ceased, still readable);
 * custody refusals write nothing; unknown and malformed ids are refused typed.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PUBLIC: PassportAccessGroup[] = ['PUBLIC'];
const LI: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION'];
const AUTHORITY: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];
const ALL: PassportAccessGroup[] = ['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY'];

const RECORD = `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`;
const REPURPOSE = `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { eventCount batteryPassportId units { serial status } } }`;
const RECYCLE = `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { eventCount batteryPassportId units { serial status } } }`;
const ONE = `query($id: ID!) { batteryPassport(passportId: $id) }`;
const PAGE = `query($b: ID!, $first: Int, $after: String) { batteryPassports(batchId: $b, first: $first, after: $after) {
  nodes pageInfo { hasNextPage endCursor } } }`;
const PACKS = 4;

describe('battery passports (e2e)', () => {
  let t: TestApp;
  let w: World;
  let batch: { id: string; prefix: string };
  let anonymous: null;
  let buyer: OrgHandle;
  let recycler: OrgHandle;
  let authority: OrgHandle;
  /** The original passport id of each pack, by serial. */
  const originalOf = new Map<string, string>();
  const serial = (p: number) => `${batch.prefix}-P${p}`;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    anonymous = null;
    [buyer, recycler, authority] = await Promise.all(['BUYER', 'RECYCLER', 'AUTHORITY'].map((k) => newOrganization(t, k)));
    // Model data in every group: materials (persons with a legitimate interest and the Commission), capacity fade (legitimate interest).
    data(
      await t.gql(
        RECORD,
        {
          input: {
            modelId: w.model.id,
            expectedVersion: 0,
            values: {
              batteryMaterials: [{ name: 'Graphite', component: 'ANODE', massKg: 50 }],
              capacityFadePercent: 20,
              renewableContentShare: 0.3,
            },
          },
        },
        w.manufacturer.key,
      ),
    );
    batch = await newPackedBatch(t, w, PACKS);
    const rows: { id: string; serial: string }[] = await t.db.query(
      `SELECT id::text, serial FROM units WHERE batch_id = $1 AND kind = 3 ORDER BY id`,
      [batch.id],
    );
    for (const r of rows) {
      const id = BigInt(r.id).toString(16).padStart(15, '0');
      originalOf.set(r.serial, `00000000-0000-8000-8${id.slice(0, 3)}-${id.slice(3)}`);
    }
  }, 120_000);
  afterAll(() => t?.close());

  const get = async (path: string, key: string | null = null): Promise<Json> => {
    const res = await t.http(path, { key });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const passport = (id: string, key: string | null = null) => get(`/passports/batteries/${id}`, key);
  const gqlPassport = async (id: string, key: string | null = null): Promise<Json> =>
    JSON.parse(data(await t.gql<{ batteryPassport: string }>(ONE, { id }, key)).batteryPassport) as Json;
  const exported = async (key: string | null = null): Promise<Json[]> => {
    const res = await t.http(`/passports/batches/${batch.id}/batteries`, { key });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = await res.text();
    expect(text.endsWith('\n')).toBe(true);
    return text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
  };
  const paged = async (key: string | null = null): Promise<Json[]> => {
    const out: Json[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { nodes: string[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = data(
        await t.gql<{ batteryPassports: { nodes: string[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
          PAGE,
          { b: batch.id, first: 3, after },
          key,
        ),
      ).batteryPassports;
      out.push(...page.nodes.map((n) => JSON.parse(n) as Json));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  };
  const repurpose = (input: Record<string, unknown>, key = w.manufacturer.key) => t.gql<Json>(REPURPOSE, { input }, key);
  /** Expects the error code and reason, and no row added or removed and no unit changed. */
  const refused = async (code: string, reason: string | null, run: () => Promise<GqlResult>) => {
    const before = await t.snapshot();
    const units = await t.db.query(`SELECT id, status, parent_id FROM units WHERE batch_id = $1 ORDER BY id`, [batch.id]);
    const err = expectError(await run(), code);
    if (reason) expect(err.extensions?.reason).toBe(reason);
    expect(await t.snapshot()).toEqual(before);
    expect(await t.db.query(`SELECT id, status, parent_id FROM units WHERE batch_id = $1 ORDER BY id`, [batch.id])).toEqual(units);
    return err;
  };

  describe('every route gives the same filtered passport to the same caller', () => {
    const callers: [string, () => string | null, PassportAccessGroup[]][] = [
      ['an anonymous caller', () => anonymous, PUBLIC],
      ['a buyer', () => buyer.key, PUBLIC],
      ['a recycler', () => recycler.key, LI],
      ['an authority', () => authority.key, AUTHORITY],
      ['the manufacturer', () => w.manufacturer.key, ALL],
      ['the administrator', () => t.adminKey, ALL],
    ];

    it.each(callers)('%s', async (_, key, groups) => {
      const id = originalOf.get(serial(3))!;
      const [owner, mine] = await Promise.all([passport(id, w.manufacturer.key), passport(id, key())]);
      expect(mine.access.groups).toEqual(groups);
      expect(Object.keys(mine)).toEqual(
        expect.arrayContaining(['passportId', 'battery', 'predecessor', 'successor', 'ceased', 'access', 'attributes', 'modelPassport']),
      );
      expect(Object.keys(mine).indexOf('access')).toBe(Object.keys(mine).indexOf('attributes') - 1);
      // Present with the owner's value exactly where the caller's groups read it.
      const expected = Object.keys(owner.attributes).filter((k) => groups.includes(PASSPORT_ATTRIBUTE_BY_KEY.get(k)!.accessGroup));
      expect(Object.keys(mine.attributes).sort()).toEqual(expected.sort());
      for (const k of expected) expect(mine.attributes[k]).toEqual(owner.attributes[k]);
      expect('batteryStatus' in mine.attributes).toBe(groups.includes('LEGITIMATE_INTEREST'));
      expect('batteryMaterials' in mine.attributes).toBe(groups.includes('LEGITIMATE_INTEREST_AND_COMMISSION'));
      expect('completeness' in mine).toBe(groups === ALL);
      expect('statusHistory' in mine).toBe(groups.includes('LEGITIMATE_INTEREST'));
      // The same document through GraphQL, the lookup by serial, the paged query and the export.
      expect(await gqlPassport(id, key())).toEqual(mine);
      expect(await get(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${encodeURIComponent(serial(3))}`, key())).toEqual(
        mine,
      );
      const lines = await exported(key());
      expect(lines).toHaveLength(PACKS);
      expect(lines.find((l) => l.passportId === id)).toEqual(mine);
      expect(await paged(key())).toEqual(lines);
    });

    it('the battery-level attributes: its own identifier, its serial, its manufacturing date, its status', async () => {
      const id = originalOf.get(serial(3))!;
      const p = await passport(id, w.manufacturer.key);
      const [unit]: { id: string; produced_at: Date }[] = await t.db.query(
        `SELECT id::text, produced_at FROM units WHERE manufacturer_id = $1 AND serial = $2`,
        [w.manufacturer.id, serial(3)],
      );
      expect(p.passportId).toBe(id);
      expect(p.battery).toEqual({ id: `Unit:${unit.id}`, serial: serial(3), manufacturerId: w.manufacturer.id, batchId: batch.id });
      expect(p.attributes.batteryPassportIdentifier).toBe(`urn:uuid:${id}`);
      expect(p.attributes.productIdentifier).toBe(`urn:battrace:unit:${w.manufacturer.id}:${encodeURIComponent(serial(3))}`);
      expect(p.attributes.manufacturingDate).toBe(new Date(unit.produced_at).toISOString());
      expect(p.attributes.batteryStatus).toBe('Original');
      expect(p.attributes.batteryCategory).toBe('ev');
      expect(p.attributes.capacityFade).toBe(20);
      expect([p.life, p.predecessor, p.successor, p.ceased, p.ceasedAt]).toEqual([0, null, null, false, null]);
      expect(p.batchPassportUrl).toBe(`${t.config.publicBaseUrl}/passports/${batch.id}`);
      // Completeness per battery: the battery-level identifiers, date and status are there now.
      for (const k of ['batteryPassportIdentifier', 'productIdentifier', 'manufacturingDate', 'batteryStatus'])
        expect(p.completeness.missing).not.toContain(k);
      const batchPassport = await get(`/passports/${batch.id}`, w.manufacturer.key);
      expect(batchPassport.completeness.missing).toContain('batteryStatus');
    });
  });

  describe('repurposing, remanufacturing, reuse and recycling', () => {
    let life1: string;
    let life2: string;

    it('repurposing a pack starts a new passport of its own category, linked both ways', async () => {
      const r = data(await repurpose({ serial: serial(1), status: 'REPURPOSED', passportCategory: 'STATIONARY', reason: 'home storage' }));
      life1 = r.markRepurposed.batteryPassportId;
      expect(life1).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const original = originalOf.get(serial(1))!;
      const [o, n] = await Promise.all([passport(original, w.manufacturer.key), passport(life1, w.manufacturer.key)]);
      expect(o.successor).toEqual({ passportId: life1, url: `${t.config.publicBaseUrl}/passports/batteries/${life1}` });
      expect(o.attributes.batteryStatus).toBe('Repurposed');
      expect(o.attributes.batteryCategory).toBe('ev');
      expect([n.life, n.predecessor.passportId, n.successor, n.ceased]).toEqual([1, original, null, false]);
      expect(n.attributes.batteryPassportIdentifier).toBe(`urn:uuid:${life1}`);
      expect(n.attributes.batteryCategory).toBe('stationary');
      expect(n.attributes.batteryStatus).toBe('Repurposed');
      expect(n.attributes.operatorInformation).toEqual({
        identifier: `urn:battrace:org:${w.manufacturer.id}`,
        contactName: w.manufacturer.name,
      });
      expect(n.completeness.category).toBe('STATIONARY');
      expect(n.statusHistory.map((s: Json) => [s.status, s.by])).toEqual([['REPURPOSED', { type: 'ORGANIZATION', id: w.manufacturer.id }]]);
      // The lookup by serial answers the current passport; the export too.
      const bySerial = await get(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${serial(1)}`);
      expect(bySerial.passportId).toBe(life1);
      expect((await exported()).map((l) => l.passportId)).toContain(life1);
      // The public sees the links and the category, not the status.
      const pub = await passport(life1);
      expect(pub.predecessor.passportId).toBe(original);
      expect('batteryStatus' in pub.attributes).toBe(false);
      expect(pub.attributes.batteryCategory).toBe('stationary');
      const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [
        n.battery.id,
      ]);
      expect(audit.map((a) => a.action)).toEqual(['markRepurposed']);
    });

    it('remanufacturing it later starts a third passport; the repurposed one then links forward', async () => {
      const r = data(await repurpose({ serial: serial(1), status: 'REMANUFACTURED' }));
      life2 = r.markRepurposed.batteryPassportId;
      const [one, two] = await Promise.all([passport(life1, w.manufacturer.key), passport(life2, w.manufacturer.key)]);
      expect(one.successor.passportId).toBe(life2);
      expect(one.attributes.batteryStatus).toBe('Remanufactured');
      expect([two.life, two.predecessor.passportId, two.attributes.batteryStatus]).toEqual([2, life1, 'Remanufactured']);
      // Without a category the model's: an EV pack.
      expect(two.attributes.batteryCategory).toBe('ev');
      const rows: { life: number; predecessor_id: string }[] = await t.db.query(
        `SELECT life, predecessor_id FROM battery_passports WHERE unit_id = $1 ORDER BY life`,
        [two.battery.id.slice('Unit:'.length)],
      );
      expect(rows).toEqual([
        { life: 1, predecessor_id: originalOf.get(serial(1)) },
        { life: 2, predecessor_id: life1 },
      ]);
    });

    it('reuse keeps the passport: no new one, status Reused', async () => {
      const r = data(await repurpose({ serial: serial(2), status: 'REUSED' }));
      expect(r.markRepurposed.batteryPassportId).toBeNull();
      const p = await passport(originalOf.get(serial(2))!, recycler.key);
      expect([p.attributes.batteryStatus, p.successor]).toEqual(['Reused', null]);
    });

    it('recycling closes the current passport: ceased, with when and by whom, still readable', async () => {
      const r = data(await t.gql<Json>(RECYCLE, { input: { serial: serial(1), reason: 'end of life' } }, w.manufacturer.key));
      expect(r.markRecycled.batteryPassportId).toBeNull();
      const [events]: { occurred_at: Date }[] = await t.db.query(
        `SELECT occurred_at FROM unit_events e JOIN units u ON u.id = e.unit_id WHERE u.manufacturer_id = $1 AND u.serial = $2 AND e.status = 'WASTE'`,
        [w.manufacturer.id, serial(1)],
      );
      const closed = await passport(life2);
      expect([closed.ceased, closed.ceasedAt]).toEqual([true, new Date(events.occurred_at).toISOString()]);
      expect('statusHistory' in closed).toBe(false);
      const mine = await passport(life2, recycler.key);
      expect(mine.attributes.batteryStatus).toBe('Waste');
      expect(mine.statusHistory.map((s: Json) => s.status)).toEqual(['REPURPOSED', 'REMANUFACTURED', 'WASTE']);
      expect(mine.statusHistory[2].by).toEqual({ type: 'ORGANIZATION', id: w.manufacturer.id });
      // The earlier passports are not ceased: each names its successor.
      for (const id of [originalOf.get(serial(1))!, life1]) expect((await passport(id)).ceased).toBe(false);
    });

    it('a passport category where no passport starts, a recycled pack, a status already set: refused, nothing written', async () => {
      await refused('BAD_USER_INPUT', null, () =>
        repurpose({ serial: serial(2), status: 'REPURPOSED', passportCategory: 'LMT', at: '2000-01-01T00:00:00Z' }),
      );
      const err = await refused('BAD_USER_INPUT', null, () =>
        repurpose({ serial: serial(3), status: 'REUSED', passportCategory: 'STATIONARY' }),
      );
      expect(err.extensions?.field).toBe('input.passportCategory');
      await refused('CONFLICT', 'UNIT_RECYCLED', () => repurpose({ serial: serial(1), status: 'REPURPOSED' }));
      await refused('CONFLICT', 'UNIT_STATUS_TRANSITION', () => repurpose({ serial: serial(2), status: 'REUSED' }));
      await refused('GRAPHQL_VALIDATION_FAILED', null, () => repurpose({ serial: serial(3), passportCategory: 'SPACESHIP' }));
    });
  });

  describe('custody', () => {
    it('a pack on a shipment under way is repurposed by nobody; a buyer never its consignee finds nothing', async () => {
      const shipped = data(
        await t.gql<{ createShipment: { id: string; cargoLines: { firstSerial: string }[] } }>(
          CREATE_SHIPMENT,
          {
            input: sailingInput({
              consigneeId: buyer.id,
              glecFactorId: await glecFactorId(t),
              containers: [{ containerNumber: containerNumber('BTP', 7), sealNumber: 'SEAL-P1', sizeType: '22G1', grossMassKg: 3000 }],
              cargoLines: [{ batchId: batch.id, containerNumber: containerNumber('BTP', 7), packCount: 1, grossMassKg: 400 }],
            }),
          },
          w.manufacturer.key,
        ),
      ).createShipment;
      const onBoard = shipped.cargoLines[0].firstSerial;
      await refused('CONFLICT', 'SHIPMENT_IN_TRANSIT', () =>
        repurpose({ serial: onBoard, status: 'REPURPOSED', passportCategory: 'STATIONARY' }),
      );
      await refused('CONFLICT', 'SHIPMENT_IN_TRANSIT', () => t.gql(RECYCLE, { input: { serial: onBoard } }, w.manufacturer.key));
      await refused('NOT_FOUND', 'UNIT_NOT_FOUND', () =>
        repurpose({ serial: serial(3), status: 'REPURPOSED', manufacturerId: w.manufacturer.id }, buyer.key),
      );
      await refused('FORBIDDEN', null, () => repurpose({ serial: serial(3), status: 'REPURPOSED' }, recycler.key));
      await refused('UNAUTHENTICATED', null, () => t.gql(REPURPOSE, { input: { serial: serial(3) } }, null));
    });
  });

  describe('the export', () => {
    it('a client that stops reading ends the export: its transaction is rolled back and its connection returned', async () => {
      const large = await newPackedBatch(t, w, 10_000);
      /** Sessions inside the export's transaction (its last statement the cursor's, and not yet back to idle). */
      const inExport = async (): Promise<number> =>
        Number(
          (
            await t.db.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid()
                  AND query LIKE '%battery_passport_export%' AND state <> 'idle'`,
            )
          )[0].n,
        );
      const abort = new AbortController();
      try {
        const res = await t.http(`/passports/batches/${large.id}/batteries`, { signal: abort.signal });
        expect(res.status).toBe(200);
        const reader = res.body!.getReader();
        expect((await reader.read()).done).toBe(false);
        // Far more than the socket buffers hold: the export waits for the client, inside its transaction.
        expect(await inExport()).toBe(1);
        abort.abort();
        await reader.cancel().catch(() => undefined);
      } finally {
        abort.abort();
      }
      // Wait (bounded) until the server has noticed: no session is left inside the export's transaction.
      for (let i = 0; i < 200 && (await inExport()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await inExport()).toBe(0);
      // And the whole export still reads to its end.
      const full = await t.http(`/passports/batches/${large.id}/batteries`);
      expect((await full.text()).trimEnd().split('\n')).toHaveLength(10_000);
    });
  });

  describe('unknown and malformed ids', () => {
    it('an unknown passport, a module, an unknown serial or batch: 404 and NOT_FOUND', async () => {
      const [module]: { id: string }[] = await t.db.query(`SELECT id::text FROM units WHERE batch_id = $1 AND kind = 2 LIMIT 1`, [
        batch.id,
      ]);
      const moduleId = `00000000-0000-8000-8${BigInt(module.id).toString(16).padStart(15, '0').slice(0, 3)}-${BigInt(module.id)
        .toString(16)
        .padStart(15, '0')
        .slice(3)}`;
      for (const id of ['7d1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d', moduleId, '00000000-0000-8000-8fff-ffffffffffff']) {
        const res = await t.http(`/passports/batteries/${id}`);
        expect(res.status).toBe(404);
        expect(((await res.json()) as Json).error).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'BATTERY_PASSPORT_NOT_FOUND',
          field: 'passportId',
        });
        const err = expectError(await t.gql(ONE, { id }), 'NOT_FOUND');
        expect(err.extensions?.reason).toBe('BATTERY_PASSPORT_NOT_FOUND');
      }
      expect((await t.http(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=NOPE`)).status).toBe(404);
      expect((await t.http(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${serial(1)}-M0`)).status).toBe(404);
      expect((await t.http(`/passports/batches/7d1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d/batteries`)).status).toBe(404);
      expectError(await t.gql(PAGE, { b: '7d1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d' }), 'NOT_FOUND');
    });

    it('a malformed id, serial or cursor: 400 and BAD_USER_INPUT', async () => {
      for (const path of [
        '/passports/batteries/not-a-uuid',
        '/passports/batteries?manufacturerId=nope&serial=X',
        `/passports/batteries?manufacturerId=${w.manufacturer.id}`,
        '/passports/batches/not-a-uuid/batteries',
        `/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=a&serial=b`,
        `/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${'x'.repeat(65)}`,
      ])
        expect([path, (await t.http(path)).status]).toEqual([path, 400]);
      expectError(await t.gql(ONE, { id: 'not-a-uuid' }), 'BAD_USER_INPUT');
      expectError(await t.gql(PAGE, { b: batch.id, after: 'garbage' }), 'BAD_USER_INPUT');
      expectError(await t.gql(PAGE, { b: batch.id, first: 0 }), 'BAD_USER_INPUT');
    });
  });
});
