import { BatteryHealthService } from '../../src/battery-health/battery-health.service';
import { newBatch, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { data } from '../support/footprints';
import { CREATE_SHIPMENT, glecFactorId, RECORD_EVENT, sailingInput } from '../support/shipments';
import { expectError, startTestApp, TestApp } from '../support/test-app';

/**
 * Live battery-health data (issue 14 item 5, docs/battery-health.md): a battery's holder grants a
 * fleet operator the right to write its readings; the operator streams them as NDJSON to
 * POST /batteries/health-readings (all or nothing, idempotent, errors naming the line and the
 * field); the history and the latest values are read back by the callers whose passport access
 * groups read them.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const GRANT = `mutation($input: GrantBatteryOperationInput!) { grantBatteryOperation(input: $input) {
  id unitId serial manufacturerId operatorOrganizationId grantorOrganizationId reason grantedBy active } }`;
const REVOKE = `mutation($input: RevokeBatteryOperationInput!) { revokeBatteryOperation(input: $input) {
  id revokedAt revokedBy revokeReason active } }`;
const GRANTS = `{ batteryOperationGrants { id unitId serial operatorOrganizationId active } }`;

interface Answer {
  received?: number;
  inserted?: number;
  duplicates?: number;
  batteries?: number;
  uploadSha256?: string;
  error?: { code: string; reason: string; message: string; field?: string; line?: number };
}

const reading = (o: Record<string, unknown>) =>
  JSON.stringify({ serial: 'X', attribute: 'stateOfCharge', measuredAt: '2026-06-14T08:30:00+02:00', value: 80, unit: '%', ...o });

describe('live battery-health data (e2e)', () => {
  let t: TestApp;
  let w: World;
  let fleet: OrgHandle;
  let otherFleet: OrgHandle;
  let buyer: OrgHandle;
  let recycler: OrgHandle;
  /** Serials: P0 is operated by `fleet`, P1 by nobody, C0 is a cell of P0. */
  let tag: string;
  let unitIds: Record<string, string>;
  let grantId: string;

  const serial = (s: string) => `${tag}-${s}`;

  async function upload(
    lines: string[],
    key: string | null = fleet.key,
    contentType = 'application/x-ndjson',
  ): Promise<{ status: number; body: Answer }> {
    const res = await t.http('/batteries/health-readings', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: lines.join('\n') + '\n',
      key,
    });
    return { status: res.status, body: (await res.json()) as Answer };
  }

  /** Expects the upload to be refused with `status`, naming `field` on `line`, and nothing written. */
  async function refused(lines: string[], status: number, reason: string, line: number, field: string, key = fleet.key) {
    const before = await t.snapshot();
    const r = await upload(lines, key);
    expect({ status: r.status, reason: r.body.error?.reason, field: r.body.error?.field, line: r.body.error?.line }).toEqual({
      status,
      reason,
      field: `line ${line}: ${field}`,
      line,
    });
    expect(r.body.error!.message).toContain(`line ${line}: ${field}`);
    expect(await t.snapshot()).toEqual(before);
    return r.body.error!;
  }

  const grant = (input: Record<string, unknown>, key = w.manufacturer.key) => t.gql<{ grantBatteryOperation: Json }>(GRANT, { input }, key);

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    [fleet, otherFleet, buyer, recycler] = await Promise.all(
      ['FLEET_OPERATOR', 'FLEET_OPERATOR', 'BUYER', 'RECYCLER'].map((k) => newOrganization(t, k)),
    );
    const batch = await newBatch(t, w);
    tag = batch.batchNumber;
    const units = [
      { serial: serial('P0'), kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' },
      { serial: serial('P1'), kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' },
      { serial: serial('M0'), kind: 'MODULE', parentSerial: serial('P0') },
      { serial: serial('C0'), kind: 'CELL', parentSerial: serial('M0') },
    ];
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: units.map((u) => JSON.stringify(u)).join('\n'),
      key: w.manufacturer.key,
    });
    expect(res.status).toBe(200);
    const rows: { serial: string; id: string }[] = await t.db.query(`SELECT serial, id::text AS id FROM units WHERE batch_id = $1`, [
      batch.id,
    ]);
    unitIds = Object.fromEntries(rows.map((r) => [r.serial.slice(tag.length + 1), r.id]));
  }, 120_000);
  afterAll(() => t?.close());

  describe('operation grants', () => {
    it('the holder (the manufacturer before any shipment) grants a fleet operator, with a reason, audited and listed', async () => {
      const r = data(await grant({ operatorOrganizationId: fleet.id, serial: serial('P0'), reason: 'fleet contract 2026-17' }));
      expect(r.grantBatteryOperation).toMatchObject({
        unitId: unitIds.P0,
        serial: serial('P0'),
        manufacturerId: w.manufacturer.id,
        operatorOrganizationId: fleet.id,
        grantorOrganizationId: w.manufacturer.id,
        reason: 'fleet contract 2026-17',
        grantedBy: w.manufacturer.id,
        active: true,
      });
      grantId = r.grantBatteryOperation.id;
      const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_events WHERE subject_id = $1`, [grantId]);
      expect(audit.map((a) => a.action)).toEqual(['grantBatteryOperation']);
      for (const key of [w.manufacturer.key, fleet.key]) {
        const list = data(await t.gql<{ batteryOperationGrants: Json[] }>(GRANTS, {}, key)).batteryOperationGrants;
        expect(list.map((g) => g.id)).toContain(grantId);
      }
      expect(data(await t.gql<{ batteryOperationGrants: Json[] }>(GRANTS, {}, buyer.key)).batteryOperationGrants).toEqual([]);
    });

    it('refuses: a second active grant, an organization that is no fleet operator, a cell, a caller that does not hold the battery', async () => {
      const base = { operatorOrganizationId: fleet.id, serial: serial('P0'), reason: 'again' };
      const before = await t.snapshot();
      expect(expectError(await grant(base), 'CONFLICT').extensions?.reason).toBe('GRANT_ALREADY_ACTIVE');
      expect(expectError(await grant({ ...base, operatorOrganizationId: buyer.id }), 'BAD_USER_INPUT').extensions?.reason).toBe(
        'NOT_A_FLEET_OPERATOR',
      );
      expect(expectError(await grant({ ...base, serial: serial('C0') }), 'BAD_USER_INPUT').extensions?.reason).toBe('NOT_A_BATTERY');
      expect(expectError(await grant({ ...base, serial: serial('P1') }, fleet.key), 'FORBIDDEN').extensions?.reason).toBe('NOT_HOLDER');
      expect(expectError(await grant({ ...base, serial: serial('P1') }, buyer.key), 'FORBIDDEN').extensions?.reason).toBe('NOT_HOLDER');
      expect(expectError(await grant({ ...base, serial: 'NO-SUCH' }), 'NOT_FOUND').extensions?.reason).toBe('UNIT_NOT_FOUND');
      expect(await t.snapshot()).toEqual(before);
    });
  });

  describe('upload', () => {
    const good = () => [
      reading({ serial: serial('P0'), value: 81.5 }),
      reading({ serial: serial('P0'), value: 79, measuredAt: '2026-07-14T08:30:00Z' }),
      reading({
        serial: serial('P0'),
        manufacturerId: w.manufacturer.id,
        attribute: 'numberOfFullCycles',
        unit: '-',
        value: 120,
        measuredAt: '2026-07-14T08:30:00Z',
      }),
      reading({ serial: serial('P0'), attribute: 'stateOfCertifiedEnergy', value: 97.2, measuredAt: '2026-07-14T08:30:00Z' }),
      reading({
        serial: serial('P0'),
        attribute: 'temperatureInformation',
        unit: '°C',
        value: 41,
        measuredAt: '2026-07-20T13:00:00+02:00',
      }),
      reading({ serial: serial('P0'), attribute: 'numberOfDeepDischargeEvents', unit: '-', value: 0, measuredAt: '2026-07-14T08:30:00Z' }),
    ];

    it('writes the readings of the batteries the operator operates, and a second upload of the same lines writes nothing new', async () => {
      const first = await upload(good());
      expect(first).toMatchObject({ status: 200, body: { received: 6, inserted: 6, duplicates: 0, batteries: 1 } });
      const stored: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM battery_health_readings WHERE unit_id = $1`, [
        unitIds.P0,
      ]);
      expect(stored[0].n).toBe(6);
      const audit: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'uploadHealthReadings' AND subject_id = $1`,
        [fleet.id],
      );
      expect(audit[0].n).toBe(1);

      const before = await t.snapshot();
      const again = await upload(good());
      expect(again).toMatchObject({ status: 200, body: { received: 6, inserted: 0, duplicates: 6 } });
      expect(await t.snapshot()).toEqual({ ...before, audit_events: before.audit_events + 1 });
      // A line repeated in one upload with the same value is a duplicate too.
      const twice = await upload([good()[0], good()[0]]);
      expect(twice).toMatchObject({ status: 200, body: { received: 2, inserted: 0, duplicates: 2 } });
    });

    it('the holder writes readings of its own batteries without a grant', async () => {
      const r = await upload([reading({ serial: serial('P1'), value: 50 })], w.manufacturer.key);
      expect(r).toMatchObject({ status: 200, body: { inserted: 1 } });
    });

    it('refuses bad input naming the line and the field, writing nothing', async () => {
      const ok = reading({ serial: serial('P0'), value: 66, measuredAt: '2026-08-01T00:00:00Z' });
      const P0 = serial('P0');
      await refused([ok, reading({ serial: P0, unit: 'percent' })], 400, 'UNIT_MISMATCH', 2, 'unit');
      await refused([ok, ok, reading({ serial: P0, attribute: 'batteryMass', unit: 'kg' })], 400, 'NOT_A_HEALTH_ATTRIBUTE', 3, 'attribute');
      await refused([ok, reading({ serial: P0, value: 100.1 })], 400, 'OUT_OF_RANGE', 2, 'value');
      await refused([ok, reading({ serial: P0, value: -0.5 })], 400, 'OUT_OF_RANGE', 2, 'value');
      await refused([ok, reading({ serial: P0, attribute: 'numberOfFullCycles', unit: '-', value: 1.5 })], 400, 'OUT_OF_RANGE', 2, 'value');
      await refused([ok, reading({ serial: P0, measuredAt: '2099-01-01T00:00:00Z' })], 400, 'EVENT_IN_FUTURE', 2, 'measuredAt');
      await refused([ok, reading({ serial: P0, extra: 1 })], 400, 'UNKNOWN_FIELD', 2, 'extra');
      // Checks that need the database: the battery's category (EV: no round-trip efficiency), when it was made.
      await refused(
        [ok, reading({ serial: P0, attribute: 'remainingRoundTripEnergyEfficiency', value: 91 })],
        400,
        'ATTRIBUTE_NOT_APPLICABLE',
        2,
        'attribute',
      );
      await refused(
        [ok, ok, reading({ serial: P0, measuredAt: '2026-03-01T00:00:00Z' })],
        400,
        'MEASURED_BEFORE_PRODUCTION',
        3,
        'measuredAt',
      );
      await refused([ok, reading({ serial: serial('C0') })], 400, 'NOT_A_BATTERY', 2, 'serial');
      await refused([ok, reading({ serial: 'NO-SUCH-PACK' })], 404, 'UNIT_NOT_FOUND', 2, 'serial');
      // A battery the caller neither holds nor operates.
      await refused([ok, reading({ serial: serial('P1'), value: 50 })], 403, 'NOT_OPERATOR', 2, 'serial');
      await refused([ok], 403, 'NOT_OPERATOR', 1, 'serial', otherFleet.key);
      // The same battery, attribute and time with another value: stored before, or earlier in the upload.
      await refused([ok, reading({ serial: P0, value: 81.6 })], 409, 'READING_CONFLICT', 2, 'value');
      const e = await refused(
        [ok, reading({ serial: P0, value: 67, measuredAt: '2026-08-01T00:00:00Z' })],
        409,
        'READING_CONFLICT',
        2,
        'value',
      );
      expect(e.message).toContain('another line of this upload');
    });

    it('refuses an upload that is no NDJSON, and callers that are no organization', async () => {
      const r = await upload([reading({ serial: serial('P0') })], fleet.key, 'application/json');
      expect(r.status).toBe(400);
      expect(r.body.error?.reason).toBe('UNSUPPORTED_CONTENT_TYPE');
      expect((await upload([reading({ serial: serial('P0') })], t.adminKey)).status).toBe(403);
      expect((await upload([reading({ serial: serial('P0') })], null)).status).toBe(401);
    });
  });

  describe('reading back', () => {
    const history = (key: string | null, attribute = 'stateOfCharge', query = '') =>
      t.http(`/batteries/${unitIds.P0}/health-readings?attribute=${attribute}${query}`, { key });

    it('the history, newest first and paged, for the callers whose groups read it', async () => {
      for (const key of [fleet.key, w.manufacturer.key, recycler.key, t.adminKey]) {
        const res = await history(key);
        expect(res.status).toBe(200);
        const body = (await res.json()) as Json;
        expect(body).toMatchObject({ unitId: unitIds.P0, attribute: 'stateOfCharge', unit: '%', nextCursor: null });
        expect(body.readings.map((r: Json) => [r.value, r.measuredAt])).toEqual([
          [79, '2026-07-14T08:30:00.000Z'],
          [81.5, '2026-06-14T06:30:00.000Z'],
        ]);
      }
      const page1 = (await (await history(fleet.key, 'stateOfCharge', '&first=1')).json()) as Json;
      expect(page1.readings).toHaveLength(1);
      const page2 = (await (await history(fleet.key, 'stateOfCharge', `&first=1&after=${page1.nextCursor}`)).json()) as Json;
      expect(page2.readings.map((r: Json) => r.value)).toEqual([81.5]);
      expect(page2.nextCursor).toBeNull();
      for (const key of [null, buyer.key, otherFleet.key]) {
        const res = await history(key);
        expect(res.status).toBe(403);
        expect(((await res.json()) as Json).error.reason).toBe('NOT_ALLOWED');
      }
      expect((await history(fleet.key, 'stateOfHealth')).status).toBe(400);
      expect((await history(fleet.key, 'stateOfCharge', '&colour=red')).status).toBe(400);
      expect((await history(fleet.key, 'stateOfCharge', '&first=0')).status).toBe(400);
      expect((await history(fleet.key, 'stateOfCharge', '&after=nonsense')).status).toBe(400);
      expect((await t.http('/batteries/99999999/health-readings?attribute=stateOfCharge', { key: fleet.key })).status).toBe(404);
      expect((await t.http('/batteries/x1/health', { key: fleet.key })).status).toBe(400);
    });

    it('the latest value per attribute: one statement for many batteries, and filtered by access groups over HTTP', async () => {
      const latest = await t.app.get(BatteryHealthService).latestValues([unitIds.P0, unitIds.P1]);
      expect(latest.get(unitIds.P0)).toEqual({
        stateOfCharge: { value: 79, measuredAt: '2026-07-14T08:30:00.000Z' },
        stateOfCertifiedEnergy: { value: 97.2, measuredAt: '2026-07-14T08:30:00.000Z' },
        numberOfFullCycles: { value: 120, measuredAt: '2026-07-14T08:30:00.000Z' },
        temperatureInformation: { value: 41, measuredAt: '2026-07-20T11:00:00.000Z' },
        numberOfDeepDischargeEvents: { value: 0, measuredAt: '2026-07-14T08:30:00.000Z' },
      });
      expect(latest.get(unitIds.P1)).toEqual({ stateOfCharge: { value: 50, measuredAt: '2026-06-14T06:30:00.000Z' } });
      const mine = (await (await t.http(`/batteries/${unitIds.P0}/health`, { key: fleet.key })).json()) as Json;
      expect(Object.keys(mine.attributes).sort()).toEqual(Object.keys(latest.get(unitIds.P0)!).sort());
      const anonymous = (await (await t.http(`/batteries/${unitIds.P0}/health`)).json()) as Json;
      expect(anonymous).toEqual({ unitId: unitIds.P0, access: { groups: ['PUBLIC'] }, attributes: {} });
    });

    it('a revoked grant stops writes and reads at once; the grant stays, revoked', async () => {
      const before = await t.snapshot();
      const r = data(
        await t.gql<{ revokeBatteryOperation: Json }>(REVOKE, { input: { grantId, reason: 'contract ended' } }, w.manufacturer.key),
      );
      expect(r.revokeBatteryOperation).toMatchObject({
        id: grantId,
        revokedBy: w.manufacturer.id,
        revokeReason: 'contract ended',
        active: false,
      });
      expect(await t.snapshot()).toEqual({ ...before, audit_events: before.audit_events + 1 });
      await refused([reading({ serial: serial('P0'), value: 60, measuredAt: '2026-09-01T00:00:00Z' })], 403, 'NOT_OPERATOR', 1, 'serial');
      expect((await history(fleet.key)).status).toBe(403);
      const again = await t.gql(REVOKE, { input: { grantId, reason: 'twice' } }, w.manufacturer.key);
      expect(expectError(again, 'CONFLICT').extensions?.reason).toBe('GRANT_ALREADY_REVOKED');
      const byFleet = await t.gql(REVOKE, { input: { grantId, reason: 'mine' } }, fleet.key);
      expect(expectError(byFleet, 'FORBIDDEN').extensions?.reason).toBe('NOT_HOLDER');
      // A new grant after a revoked one is allowed.
      expect(
        data(await grant({ operatorOrganizationId: fleet.id, serial: serial('P0'), reason: 'renewed' })).grantBatteryOperation.active,
      ).toBe(true);
    });
  });
  describe('a serial two manufacturers use', () => {
    it('needs manufacturerId on the line, else SERIAL_AMBIGUOUS naming it', async () => {
      const w2 = await newWorld(t);
      const batch = await newBatch(t, w2);
      const res = await t.http(`/batches/${batch.id}/units`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: JSON.stringify({ serial: serial('P1'), kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' }),
        key: w2.manufacturer.key,
      });
      expect(res.status).toBe(200);
      const line = (o: Record<string, unknown>) => reading({ serial: serial('P1'), value: 55, measuredAt: '2026-10-01T00:00:00Z', ...o });
      await refused([line({})], 400, 'SERIAL_AMBIGUOUS', 1, 'manufacturerId', w.manufacturer.key);
      const mine = await upload([line({ manufacturerId: w.manufacturer.id })], w.manufacturer.key);
      expect(mine.body).toMatchObject({ inserted: 1 });
      const theirs = await upload([line({ manufacturerId: w.manufacturer.id })], w2.manufacturer.key);
      expect({ status: theirs.status, reason: theirs.body.error?.reason }).toEqual({ status: 403, reason: 'NOT_OPERATOR' });
    });
  });

  describe('custody: the consignee holds a delivered battery', () => {
    const VOYAGE: [string, string, string, string | null][] = [
      ['BOOKED', '2026-07-01T08:00:00Z', 'Ordos', null],
      ['GATE_IN', '2026-07-05T10:00:00Z', 'Tianjin Xingang container terminal', 'CNTXG'],
      ['LOADED', '2026-07-06T03:00:00Z', 'Tianjin Xingang, berth 7', 'CNTXG'],
      ['DEPARTED', '2026-07-06T18:00:00Z', 'Tianjin Xingang', 'CNTXG'],
      ['ARRIVED', '2026-08-12T06:00:00Z', 'Rotterdam Maasvlakte II', 'NLRTM'],
      ['DISCHARGED', '2026-08-12T20:00:00Z', 'Rotterdam Maasvlakte II', 'NLRTM'],
      ['CUSTOMS_CLEARED', '2026-08-13T09:00:00Z', 'Rotterdam customs', 'NLRTM'],
      ['DELIVERED', '2026-08-14T15:00:00Z', 'Rotterdam EV assembly plant', null],
    ];

    it('grants and writes follow custody: nobody while shipped, only the consignee after delivery', async () => {
      const batch = await newBatch(t, w);
      const S = `${batch.batchNumber}-S`;
      const res = await t.http(`/batches/${batch.id}/units`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: [0, 1].map((p) => JSON.stringify({ serial: `${S}${p}`, kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' })).join('\n'),
        key: w.manufacturer.key,
      });
      expect(res.status).toBe(200);
      const s = await t.gql<{ createShipment: { id: string } }>(
        CREATE_SHIPMENT,
        {
          input: sailingInput({
            consigneeId: buyer.id,
            glecFactorId: await glecFactorId(t),
            cargoLines: [{ batchId: batch.id, containerNumber: 'CSQU3054383', packCount: 1, grossMassKg: 400 }],
          }),
        },
        w.manufacturer.key,
      );
      const shipmentId = data(s).createShipment.id;
      const base = { operatorOrganizationId: fleet.id, serial: `${S}0`, reason: 'fleet contract' };
      const record = async (i: number) => {
        const [type, occurredAt, place, locode] = VOYAGE[i];
        data(await t.gql(RECORD_EVENT, { input: { shipmentId, type, occurredAt, place, locode } }, w.manufacturer.key));
      };
      await record(0);
      expect(expectError(await grant(base), 'CONFLICT').extensions?.reason).toBe('NOT_IN_CUSTODY');
      const before = await t.snapshot();
      const shipped = await upload([reading({ serial: `${S}0`, value: 70 })], w.manufacturer.key);
      expect({ status: shipped.status, reason: shipped.body.error?.reason }).toEqual({ status: 403, reason: 'NOT_OPERATOR' });
      expect(await t.snapshot()).toEqual(before);
      for (let i = 1; i < VOYAGE.length; i++) await record(i);

      expect(expectError(await grant(base), 'FORBIDDEN').extensions?.reason).toBe('NOT_HOLDER');
      const byBuyer = data(await grant(base, buyer.key)).grantBatteryOperation;
      expect(byBuyer).toMatchObject({ grantorOrganizationId: buyer.id, manufacturerId: w.manufacturer.id, active: true });
      // The manufacturer still holds S1, which stayed home.
      expect((await upload([reading({ serial: `${S}1`, value: 70 })], w.manufacturer.key)).status).toBe(200);
      expect((await upload([reading({ serial: `${S}0`, value: 70 })], buyer.key)).body).toMatchObject({ inserted: 1 });
      expect((await upload([reading({ serial: `${S}0`, value: 71, measuredAt: '2026-09-01T00:00:00Z' })])).body).toMatchObject({
        inserted: 1,
      });
      const [{ id }]: { id: string }[] = await t.db.query(`SELECT id::text AS id FROM units WHERE serial = $1`, [`${S}0`]);
      const history = await t.http(`/batteries/${id}/health-readings?attribute=stateOfCharge`, { key: buyer.key });
      expect(((await history.json()) as Json).readings.map((r: Json) => r.value)).toEqual([71, 70]);
      const byManufacturer = await t.gql(REVOKE, { input: { grantId: byBuyer.id, reason: 'not mine' } }, w.manufacturer.key);
      expect(expectError(byManufacturer, 'FORBIDDEN').extensions?.reason).toBe('NOT_HOLDER');

      // S1, recycled by its holder on 15 September: nothing measured later, and no new operation grant.
      const recycled = await t.gql(
        `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { occurredAt } }`,
        { input: { serial: `${S}1`, reason: 'end of life', at: '2026-09-15T00:00:00Z' } },
        w.manufacturer.key,
      );
      expect(recycled.errors).toBeUndefined();
      await refused(
        [
          reading({ serial: `${S}1`, value: 12, measuredAt: '2026-09-10T00:00:00Z' }),
          reading({ serial: `${S}1`, value: 10, measuredAt: '2026-09-20T00:00:00Z' }),
        ],
        409,
        'UNIT_RECYCLED',
        2,
        'measuredAt',
        w.manufacturer.key,
      );
      expect((await upload([reading({ serial: `${S}1`, value: 12, measuredAt: '2026-09-10T00:00:00Z' })], w.manufacturer.key)).status).toBe(
        200,
      );
      expect(expectError(await grant({ ...base, serial: `${S}1` }), 'CONFLICT').extensions?.reason).toBe('UNIT_RECYCLED');
    });
  });
});
