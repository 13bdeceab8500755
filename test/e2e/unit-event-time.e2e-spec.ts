import { newBatch, newWorld, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';

/**
 * Units carry the time they were made (producedAt, event time) apart from the time battrace
 * learned of them (createdAt, record time); the bulk upload is strict about its input.
 */
interface UploadError {
  code: string;
  message: string;
  field?: string;
  line?: number;
}
interface UploadAnswer {
  received?: number;
  inserted?: number;
  alreadyPresent?: number;
  error?: UploadError;
}

// Declared counts leave room for every unit these tests register.
const JUNE = {
  productionStart: '2026-06-01T00:00:00Z',
  productionEnd: '2026-06-30T00:00:00Z',
  declaredCellCount: 100,
  declaredModuleCount: 100,
  declaredPackCount: 100,
};
const REGISTER_UNITS = `mutation($input: RegisterUnitsInput!) { registerUnits(input: $input) { received inserted alreadyPresent } }`;
const UNIT_AT = `query($s: String!, $at: DateTime!) { unitAt(serial: $s, at: $at) { parent { serial producedAt } pack { serial } } }`;

describe('event time of units: producedAt inside the production window; strict upload lines', () => {
  let t: TestApp;
  let w: World;
  const P = `E${Date.now().toString(36).toUpperCase()}`;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function upload(
    batchId: string,
    body: string,
    contentType = 'application/x-ndjson',
  ): Promise<{ status: number; body: UploadAnswer }> {
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': contentType },
      body,
    });
    return { status: res.status, body: (await res.json()) as UploadAnswer };
  }

  /** Expects a 400 BAD_USER_INPUT and nothing written. */
  async function refused(run: () => Promise<{ status: number; body: UploadAnswer }>): Promise<UploadError> {
    const before = await t.snapshot();
    const r = await run();
    expect({ status: r.status, code: r.body.error?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await t.snapshot()).toEqual(before);
    return r.body.error!;
  }

  const ndjson = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

  it('answers unitAt for a June date with the parent of a batch produced in June and uploaded later', async () => {
    const batch = await newBatch(t, w, JUNE);
    const r = await upload(
      batch.id,
      ndjson([
        { serial: `${P}-P0`, kind: 'PACK', producedAt: '2026-06-10T08:00:00Z' },
        { serial: `${P}-P0-M0`, kind: 'MODULE', parentSerial: `${P}-P0`, producedAt: '2026-06-05T08:00:00+02:00' },
        { serial: `${P}-P0-M0-C0`, kind: 'CELL', parentSerial: `${P}-P0-M0`, producedAt: '2026-06-02T00:00:00Z' },
        { serial: `${P}-P0-M0-C1`, kind: 'CELL', parentSerial: `${P}-P0-M0` },
      ]),
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ received: 4, inserted: 4 });

    const at = async (serial: string, when: string) => {
      const q = await t.gql<{ unitAt: { parent: { serial: string; producedAt: string } | null; pack: { serial: string } | null } }>(
        UNIT_AT,
        { s: serial, at: when },
        w.manufacturer.key,
      );
      expect(q.errors).toBeUndefined();
      return q.data!.unitAt;
    };
    // Made on 2 June, uploaded in November: in its module and pack on 20 June.
    expect(await at(`${P}-P0-M0-C0`, '2026-06-20T00:00:00Z')).toEqual({
      parent: { serial: `${P}-P0-M0`, producedAt: '2026-06-05T06:00:00.000Z' },
      pack: { serial: `${P}-P0` },
    });
    expect(await at(`${P}-P0-M0-C0`, '2026-06-01T23:59:59Z')).toEqual({ parent: null, pack: null });
    // Without producedAt a unit was made at the batch's production end.
    expect(await at(`${P}-P0-M0-C1`, '2026-06-29T23:59:59Z')).toMatchObject({ parent: null });
    expect(await at(`${P}-P0-M0-C1`, '2026-06-30T00:00:00Z')).toMatchObject({ parent: { serial: `${P}-P0-M0` } });

    const m = await t.gql<{ unitMemberships: { validFrom: string }[] }>(
      `query($s: String!) { unitMemberships(serial: $s) { validFrom } }`,
      { s: `${P}-P0-M0-C0` },
      w.manufacturer.key,
    );
    expect(m.data!.unitMemberships).toEqual([{ validFrom: '2026-06-02T00:00:00.000Z' }]);

    // The batch's units show both times.
    const units = await t.gql<{ batch: { units: { nodes: { serial: string; producedAt: string; createdAt: string }[] } } }>(
      `query($id: ID!) { batch(id: $id) { units(first: 10) { nodes { serial producedAt createdAt } } } }`,
      { id: batch.id },
      w.manufacturer.key,
    );
    expect(units.errors).toBeUndefined();
    const cell = units.data!.batch.units.nodes.find((u) => u.serial === `${P}-P0-M0-C1`)!;
    expect(cell.producedAt).toBe('2026-06-30T00:00:00.000Z');
    expect(Date.parse(cell.createdAt)).toBeGreaterThan(Date.parse('2026-11-01T00:00:00Z'));

    // EPCIS: commissioned and packed at event time, recorded at upload time.
    const res = await t.http(`/epcis/events?batch=${batch.id}`, { key: w.manufacturer.key });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { epcisBody: { eventList: Record<string, unknown>[] } };
    const events = doc.epcisBody.eventList;
    const commissioned = events.filter((e) => e.bizStep === 'commissioning');
    expect(commissioned.map((e) => e.eventTime)).toEqual([
      '2026-06-02T00:00:00.000Z',
      '2026-06-05T06:00:00.000Z',
      '2026-06-10T08:00:00.000Z',
      '2026-06-30T00:00:00.000Z',
    ]);
    for (const e of commissioned) expect(Date.parse(e.recordTime as string)).toBeGreaterThan(Date.parse('2026-11-01T00:00:00Z'));
    const packing = events.filter((e) => e.bizStep === 'packing');
    expect(packing.map((e) => [e.eventTime, e.parentID])).toEqual([
      ['2026-06-02T00:00:00.000Z', expect.stringContaining(`${P}-P0-M0`)],
      ['2026-06-05T06:00:00.000Z', expect.stringContaining(`${P}-P0`)],
      ['2026-06-30T00:00:00.000Z', expect.stringContaining(`${P}-P0-M0`)],
    ]);
    expect(packing.every((e) => typeof e.recordTime === 'string')).toBe(true);
  });

  it('takes producedAt from a CSV column and from GraphQL, and answers the same upload twice as already present', async () => {
    const batch = await newBatch(t, w, JUNE);
    const csv = `serial,kind,parentSerial,producedAt\r\n${P}C-P0,PACK,,2026-06-03T00:00:00Z\r\n${P}C-P0-M0,MODULE,${P}C-P0,\r\n`;
    expect((await upload(batch.id, csv, 'text/csv')).body).toMatchObject({ received: 2, inserted: 2 });
    expect((await upload(batch.id, csv, 'text/csv')).body).toMatchObject({ received: 2, inserted: 0, alreadyPresent: 2 });
    // The same serial said to be made at another time is another fact: CONFLICT.
    const other = `serial,kind,producedAt\n${P}C-P0,PACK,2026-06-04T00:00:00Z\n`;
    const before = await t.snapshot();
    const clash = await upload(batch.id, other, 'text/csv');
    expect({ status: clash.status, code: clash.body.error?.code }).toEqual({ status: 409, code: 'CONFLICT' });
    expect(await t.snapshot()).toEqual(before);

    const g = await t.gql<{ registerUnits: { inserted: number } }>(
      REGISTER_UNITS,
      { input: { batchId: batch.id, units: [{ serial: `${P}G-P0`, kind: 'PACK', producedAt: '2026-06-15T12:00:00Z' }] } },
      w.manufacturer.key,
    );
    expect(g.errors).toBeUndefined();
    const rows: { serial: string; produced_at: Date }[] = await t.db.query(
      `SELECT serial, produced_at FROM units WHERE batch_id = $1 ORDER BY serial`,
      [batch.id],
    );
    expect(rows.map((r) => [r.serial, r.produced_at.toISOString()])).toEqual([
      [`${P}C-P0`, '2026-06-03T00:00:00.000Z'],
      [`${P}C-P0-M0`, '2026-06-30T00:00:00.000Z'],
      [`${P}G-P0`, '2026-06-15T12:00:00.000Z'],
    ]);
  });

  it('refuses a unit made outside the batch production window, in NDJSON, CSV and GraphQL, writing nothing', async () => {
    const batch = await newBatch(t, w, JUNE);
    const e1 = await refused(() =>
      upload(
        batch.id,
        ndjson([
          { serial: `${P}W-P0`, kind: 'PACK', producedAt: '2026-06-30T00:00:00Z' },
          { serial: `${P}W-P1`, kind: 'PACK', producedAt: '2026-07-01T00:00:00Z' },
        ]),
      ),
    );
    expect(e1).toMatchObject({ line: 2, field: 'line 2: producedAt' });
    expect(e1.message).toBe(
      "line 2: producedAt: 2026-07-01T00:00:00.000Z is outside the batch's production window [2026-06-01T00:00:00.000Z, 2026-06-30T00:00:00.000Z]",
    );
    const e2 = await refused(() => upload(batch.id, `serial,kind,producedAt\n${P}W-P0,PACK,2026-05-31T23:59:59Z\n`, 'text/csv'));
    expect(e2).toMatchObject({ line: 2, field: 'line 2: producedAt' });
    const e3 = await refused(() => upload(batch.id, ndjson([{ serial: `${P}W-P0`, kind: 'PACK', producedAt: '2026-06-31T00:00:00Z' }])));
    expect(e3).toMatchObject({ line: 1, field: 'line 1: producedAt' });
    expect(e3.message).toMatch(/ISO 8601/);

    const before = await t.snapshot();
    const units = [
      { serial: `${P}W-G0`, kind: 'PACK', producedAt: '2026-06-10T00:00:00Z' },
      { serial: `${P}W-G1`, kind: 'PACK', producedAt: '2026-12-01T00:00:00Z' },
    ];
    const g = expectError(await t.gql(REGISTER_UNITS, { input: { batchId: batch.id, units } }, w.manufacturer.key), 'BAD_USER_INPUT');
    expect(g.extensions?.field).toBe('input.units[1].producedAt');
    expect(g.message).toMatch(/outside the batch's production window/);
    const b = expectError(
      await t.gql(
        `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { id } }`,
        { input: { batchNumber: `${P}-WB`, modelId: w.model.id, plantId: w.plant.id, ...JUNE, units: [units[1]] } },
        w.manufacturer.key,
      ),
      'BAD_USER_INPUT',
    );
    expect(b.extensions?.field).toBe('input.units[0].producedAt');
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses an unknown NDJSON key naming the line and the key, with the near miss, writing nothing', async () => {
    const batch = await newBatch(t, w, JUNE);
    const lines = ndjson([
      { serial: `${P}K-P1`, kind: 'PACK' },
      { serial: `${P}K-P1-M1`, kind: 'MODULE', parentSerial: `${P}K-P1` },
      { serial: `${P}K-X`, kind: 'CELL', parent_serial: `${P}K-P1-M1` },
    ]);
    const e = await refused(() => upload(batch.id, lines));
    expect(e).toMatchObject({
      line: 3,
      field: 'line 3: parent_serial',
      message: 'line 3: parent_serial: unknown field; did you mean parentSerial?',
    });
    const e2 = await refused(() => upload(batch.id, ndjson([{ serial: `${P}K-P2`, kind: 'PACK', colour: 'blue' }])));
    expect(e2.message).toBe('line 1: colour: unknown field; expected one of serial, kind, parentSerial, producedAt');
  });

  it('refuses a CSV row with more or fewer fields than the header, and an unknown column, writing nothing', async () => {
    const batch = await newBatch(t, w, JUNE);
    const more = await refused(() =>
      upload(batch.id, `serial,kind,parentSerial\n${P}F-P0,PACK,\n${P}F-M0,MODULE,${P}F-P0,dropped\n`, 'text/csv'),
    );
    expect(more).toMatchObject({ line: 3, field: 'line 3: field 4' });
    expect(more.message).toMatch(/has 4 fields; the header names 3/);
    const fewer = await refused(() => upload(batch.id, `serial,kind,parentSerial\n${P}F-P0,PACK\n`, 'text/csv'));
    expect(fewer).toMatchObject({ line: 2, field: 'line 2: parentSerial' });
    const column = await refused(() => upload(batch.id, `serial,kind,Produced_At\n${P}F-P0,PACK,\n`, 'text/csv'));
    expect(column).toMatchObject({
      line: 1,
      field: 'line 1: Produced_At',
      message: 'line 1: Produced_At: unknown column; did you mean producedAt?',
    });
  });
});
