import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { newBatch, newOrganization, newWorld, unitsNdjson, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

interface UploadAnswer {
  batchId?: string;
  received?: number;
  inserted?: number;
  alreadyPresent?: number;
  /** SHA-256 of the uploaded bytes. */
  digest?: string;
  error?: { code: string; message: string; field?: string; line?: number; serial?: string };
  requestId?: string;
}

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const NDJSON = 'application/x-ndjson';
const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const ndjson = (units: { serial: string; kind: string; parentSerial?: string }[]) => units.map((u) => JSON.stringify(u)).join('\n') + '\n';

describe('bulk unit upload: POST /batches/:id/units', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function upload(
    batchId: string,
    body: string | Readable,
    contentType: string | null = NDJSON,
    key: string | null = w.manufacturer.key,
  ): Promise<{ status: number; body: UploadAnswer }> {
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    const init: RequestInit & { duplex?: 'half' } = {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : (Readable.toWeb(body) as ReadableStream),
    };
    if (typeof body !== 'string') init.duplex = 'half';
    const res = await t.http(`/batches/${batchId}/units`, { ...init, key });
    return { status: res.status, body: (await res.json()) as UploadAnswer };
  }

  async function unitsOf(batchId: string): Promise<{ serial: string; kind: number; parent: string | null }[]> {
    return t.db.query(
      `SELECT u.serial, u.kind, p.serial AS parent FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.batch_id = $1 ORDER BY u.serial`,
      [batchId],
    );
  }

  /** Expects the request to be refused with `status` and nothing at all written. */
  async function refused(status: number, code: string, run: () => Promise<{ status: number; body: UploadAnswer }>) {
    const before = await t.snapshot();
    const r = await run();
    expect({ status: r.status, code: r.body.error?.code }).toEqual({ status, code });
    expect(typeof r.body.requestId).toBe('string');
    expect(await t.snapshot()).toEqual(before);
    return r.body.error!;
  }

  it('ingests NDJSON with parents inside the same upload and links every unit to its parent', async () => {
    const b = await newBatch(t, w);
    const body = unitsNdjson('ND', 2, 2, 3);
    const r = await upload(b.id, body);
    expect(r).toEqual({
      status: 200,
      body: { batchId: b.id, received: 2 + 4 + 12, inserted: 18, alreadyPresent: 0, digest: sha256(body) },
    });
    const units = await unitsOf(b.id);
    expect(units).toHaveLength(18);
    expect(units.find((u) => u.serial === 'ND-P1')).toEqual({ serial: 'ND-P1', kind: 3, parent: null });
    expect(units.find((u) => u.serial === 'ND-P1-M0')).toEqual({ serial: 'ND-P1-M0', kind: 2, parent: 'ND-P1' });
    expect(units.find((u) => u.serial === 'ND-P1-M0-C2')).toEqual({ serial: 'ND-P1-M0-C2', kind: 1, parent: 'ND-P1-M0' });
  });

  it('accepts a child listed before its parent in the same upload', async () => {
    const b = await newBatch(t, w);
    const r = await upload(
      b.id,
      ndjson([
        { serial: 'ORD-C1', kind: 'CELL', parentSerial: 'ORD-M1' },
        { serial: 'ORD-M1', kind: 'MODULE', parentSerial: 'ORD-P1' },
        { serial: 'ORD-P1', kind: 'PACK' },
      ]),
    );
    expect(r.status).toBe(200);
    expect(await unitsOf(b.id)).toEqual([
      { serial: 'ORD-C1', kind: 1, parent: 'ORD-M1' },
      { serial: 'ORD-M1', kind: 2, parent: 'ORD-P1' },
      { serial: 'ORD-P1', kind: 3, parent: null },
    ]);
  });

  it('ingests CSV with a header row, quoting, CRLF and parents already registered', async () => {
    const b = await newBatch(t, w);
    expect((await upload(b.id, ndjson([{ serial: 'CSV-P', kind: 'PACK' }]))).body.inserted).toBe(1);
    // Columns in another order, a quoted serial holding a comma and a doubled quote, CRLF line ends.
    const csv = [
      'kind,serial,parentSerial',
      'MODULE,CSV-M,CSV-P',
      'CELL,"CSV-C,1",CSV-M',
      'CELL,"CSV-C""2",CSV-M',
      'CELL,CSV-C3,',
      '',
    ].join('\r\n');
    const r = await upload(b.id, csv, 'text/csv; charset=utf-8');
    expect(r).toEqual({ status: 200, body: { batchId: b.id, received: 4, inserted: 4, alreadyPresent: 0, digest: sha256(csv) } });
    expect(await unitsOf(b.id)).toEqual([
      { serial: 'CSV-C"2', kind: 1, parent: 'CSV-M' },
      { serial: 'CSV-C,1', kind: 1, parent: 'CSV-M' },
      { serial: 'CSV-C3', kind: 1, parent: null },
      { serial: 'CSV-M', kind: 2, parent: 'CSV-P' },
      { serial: 'CSV-P', kind: 3, parent: null },
    ]);
  });

  it('leaves one copy when the same upload is sent twice', async () => {
    const b = await newBatch(t, w);
    const body = unitsNdjson('TW', 1, 2, 2);
    const first = await upload(b.id, body);
    expect(first.body).toMatchObject({ received: 7, inserted: 7, alreadyPresent: 0 });
    const before = await t.snapshot();
    const second = await upload(b.id, body);
    expect(second).toEqual({
      status: 200,
      body: { batchId: b.id, received: 7, inserted: 0, alreadyPresent: 7, digest: first.body.digest },
    });
    expect(await t.snapshot()).toEqual({ ...before, audit_events: before.audit_events + 1 });
    // The same units in CSV are the same facts: still one copy.
    const csv = 'serial,kind,parentSerial\nTW-P0,PACK,\nTW-P0-M1,MODULE,TW-P0\n';
    expect((await upload(b.id, csv, 'text/csv')).body).toMatchObject({ received: 2, inserted: 0, alreadyPresent: 2 });
    // A larger upload that overlaps a previous one inserts only what is new.
    const more = body + ndjson([{ serial: 'TW-P0-M1-C9', kind: 'CELL', parentSerial: 'TW-P0-M1' }]);
    expect((await upload(b.id, more)).body).toMatchObject({ received: 8, inserted: 1, alreadyPresent: 7 });
    expect(await unitsOf(b.id)).toHaveLength(8);
  });

  it('refuses a bad line anywhere (line 37) with 400 naming the line and the field, and writes nothing', async () => {
    const b = await newBatch(t, w);
    const lines = unitsNdjson('L37', 1, 4, 9).trimEnd().split('\n'); // 1 + 4 + 36 = 41 lines
    expect(lines).toHaveLength(41);
    const withBadKind = [...lines];
    withBadKind[36] = JSON.stringify({ serial: 'L37-X', kind: 'BATTERY', parentSerial: 'L37-P0-M3' });
    const e1 = await refused(400, 'BAD_USER_INPUT', () => upload(b.id, withBadKind.join('\n') + '\n'));
    expect(e1.line).toBe(37);
    expect(e1.field).toBe('line 37: kind');
    expect(e1.message).toContain('BATTERY');

    const withBadSerial = [...lines];
    withBadSerial[36] = JSON.stringify({ serial: 'L37\u0007X', kind: 'CELL' });
    const e2 = await refused(400, 'BAD_USER_INPUT', () => upload(b.id, withBadSerial.join('\n')));
    expect(e2).toMatchObject({ line: 37, field: 'line 37: serial' });

    const withBadJson = [...lines];
    withBadJson[36] = '{"serial": "L37-Y", "kind": ';
    expect(await refused(400, 'BAD_USER_INPUT', () => upload(b.id, withBadJson.join('\n')))).toMatchObject({
      line: 37,
      field: 'line 37: json',
    });

    const withLongSerial = [...lines];
    withLongSerial[36] = JSON.stringify({ serial: 'S'.repeat(65), kind: 'CELL' });
    expect(await refused(400, 'BAD_USER_INPUT', () => upload(b.id, withLongSerial.join('\n')))).toMatchObject({ line: 37 });

    // A rule checked in SQL (a pack inside a cell) also names its line.
    const packInCell = [...lines];
    packInCell[36] = JSON.stringify({ serial: 'L37-M9', kind: 'MODULE', parentSerial: 'L37-P0-M0-C0' });
    const e3 = await refused(400, 'BAD_USER_INPUT', () => upload(b.id, packInCell.join('\n')));
    expect(e3).toMatchObject({ line: 37, field: 'line 37: parentSerial' });
    expect(e3.message).toMatch(/MODULE cannot sit inside CELL "L37-P0-M0-C0"/);

    const unknownParent = [...lines];
    unknownParent[36] = JSON.stringify({ serial: 'L37-C99', kind: 'CELL', parentSerial: 'NOPE' });
    expect(await refused(400, 'BAD_USER_INPUT', () => upload(b.id, unknownParent.join('\n')))).toMatchObject({
      line: 37,
      field: 'line 37: parentSerial',
    });

    const csv = ['serial,kind,parentSerial', 'CB-P,PACK,', 'CB-M,MODULE,CB-P', 'CB-C,CELL,CB-M', 'CB-X,PACK,CB-C'].join('\n');
    expect(await refused(400, 'BAD_USER_INPUT', () => upload(b.id, csv, 'text/csv'))).toMatchObject({
      line: 5,
      field: 'line 5: parentSerial',
    });
    expect(await refused(400, 'BAD_USER_INPUT', () => upload(b.id, 'serial,type\nA,CELL\n', 'text/csv'))).toMatchObject({
      line: 1,
      field: 'line 1: type',
    });
    expect(await refused(400, 'BAD_USER_INPUT', () => upload(b.id, '', 'text/csv'))).toMatchObject({ line: 1 });

    expect(await unitsOf(b.id)).toEqual([]);
    // The server is still healthy after the refused uploads: the same data, corrected, goes in.
    expect((await upload(b.id, lines.join('\n'))).body).toMatchObject({ received: 41, inserted: 41 });
  });

  it('refuses a serial registered already with other facts, or twice in one upload, with 409 naming it', async () => {
    const b1 = await newBatch(t, w);
    const b2 = await newBatch(t, w);
    await upload(b1.id, unitsNdjson('CF', 1, 1, 2));
    // The same serial in another batch.
    const e1 = await refused(409, 'CONFLICT', () =>
      upload(
        b2.id,
        ndjson([
          { serial: 'N-1', kind: 'PACK' },
          { serial: 'CF-P0', kind: 'PACK' },
        ]),
      ),
    );
    expect(e1).toMatchObject({ line: 2, serial: 'CF-P0', field: 'line 2: serial' });
    expect(e1.message).toContain('"CF-P0"');
    // The same batch, another kind or another parent.
    await refused(409, 'CONFLICT', () => upload(b1.id, ndjson([{ serial: 'CF-P0-M0', kind: 'PACK' }])));
    await refused(409, 'CONFLICT', () => upload(b1.id, ndjson([{ serial: 'CF-P0-M0-C0', kind: 'CELL', parentSerial: 'CF-P0' }])));
    // Twice in one upload with different facts.
    const e2 = await refused(409, 'CONFLICT', () =>
      upload(
        b2.id,
        ndjson([
          { serial: 'DUP-M', kind: 'MODULE' },
          { serial: 'X-1', kind: 'CELL' },
          { serial: 'DUP-M', kind: 'CELL' },
        ]),
      ),
    );
    expect(e2).toMatchObject({ line: 3, serial: 'DUP-M' });
    expect(e2.message).toMatch(/earlier in this upload \(line 1/);
    // Twice in one upload, even with the same facts: two units cannot share a serial.
    const e3 = await refused(409, 'CONFLICT', () =>
      upload(
        b2.id,
        ndjson([
          { serial: 'TWIN', kind: 'CELL' },
          { serial: 'Y-1', kind: 'CELL' },
          { serial: 'TWIN', kind: 'CELL' },
        ]),
      ),
    );
    expect(e3).toMatchObject({ line: 3, serial: 'TWIN' });
  });

  it('refuses a wrong or missing content type with 400', async () => {
    const b = await newBatch(t, w);
    for (const type of ['application/json', 'text/plain', null]) {
      const e = await refused(400, 'BAD_USER_INPUT', () => upload(b.id, ndjson([{ serial: 'CT-1', kind: 'CELL' }]), type));
      expect(e.message).toMatch(/Content-Type must be application\/x-ndjson or text\/csv/);
    }
    // A type the HTTP server has no parser for at all is refused before the route: 415.
    const before = await t.snapshot();
    expect((await upload(b.id, ndjson([{ serial: 'CT-2', kind: 'CELL' }]), 'application/octet-stream')).status).toBe(415);
    expect(await t.snapshot()).toEqual(before);
  });

  it("refuses another manufacturer's batch (403), no key (401), an unknown batch (404), a malformed id (400)", async () => {
    const other = await newWorld(t);
    const theirs = await newBatch(t, other);
    const body = ndjson([{ serial: 'ACC-1', kind: 'CELL' }]);
    await refused(403, 'FORBIDDEN', () => upload(theirs.id, body));
    await refused(401, 'UNAUTHENTICATED', () => upload(theirs.id, body, NDJSON, null));
    await refused(401, 'UNAUTHENTICATED', () => upload(theirs.id, body, NDJSON, 'btk_unknown-key'));
    const buyer = await newOrganization(t, 'BUYER');
    await refused(403, 'FORBIDDEN', () => upload(theirs.id, body, NDJSON, buyer.key));
    await refused(403, 'FORBIDDEN', () => upload(theirs.id, body, NDJSON, t.adminKey));
    const nf = await refused(404, 'NOT_FOUND', () => upload(UNKNOWN_ID, body));
    expect(nf.message).toContain(UNKNOWN_ID);
    await refused(400, 'BAD_USER_INPUT', () => upload('batch-1', body));
  });

  it('takes a streamed body built from many small chunks, splitting lines and UTF-8 characters', async () => {
    const b = await newBatch(t, w);
    const text = unitsNdjson('STR', 2, 3, 5) + ndjson([{ serial: '电池-模组-Ω', kind: 'MODULE', parentSerial: 'STR-P0' }]);
    const bytes = Buffer.from(text, 'utf8');
    function* chunks() {
      // 7-byte chunks: lines, JSON tokens and multi-byte characters all straddle chunk edges.
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const stream = Readable.from(chunks());
    const r = await upload(b.id, stream);
    expect(r).toEqual({
      status: 200,
      body: { batchId: b.id, received: 2 + 6 + 30 + 1, inserted: 39, alreadyPresent: 0, digest: sha256(bytes) },
    });
    const units = await unitsOf(b.id);
    expect(units).toHaveLength(39);
    expect(units.find((u) => u.kind === 2 && u.serial.startsWith('电'))).toEqual({ serial: '电池-模组-Ω', kind: 2, parent: 'STR-P0' });
    // Streamed the same way, a CSV upload works too.
    const csv = Buffer.from('serial,kind,parentSerial\n电池-C1,CELL,电池-模组-Ω\n');
    const csvStream = Readable.from(
      (function* () {
        for (let i = 0; i < csv.length; i += 3) yield csv.subarray(i, i + 3);
      })(),
    );
    expect((await upload(b.id, csvStream, 'text/csv')).body).toMatchObject({ received: 1, inserted: 1 });
  });

  it('writes nothing when the client breaks off in the middle of an upload', async () => {
    const b = await newBatch(t, w);
    const before = await t.snapshot();
    const first = Buffer.from(unitsNdjson('BRK', 1, 2, 2));
    const stream = new Readable({
      read() {
        /* pushed below */
      },
    });
    stream.push(first);
    setTimeout(() => stream.destroy(new Error('client gave up')), 100).unref();
    await expect(upload(b.id, stream)).rejects.toThrow();
    // The server notices the broken request and rolls back; give it a bounded moment to do so.
    for (let i = 0; i < 50 && JSON.stringify(await t.snapshot()) !== JSON.stringify(before); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await t.snapshot()).toEqual(before);
    expect((await upload(b.id, first.toString())).body).toMatchObject({ received: 7, inserted: 7 });
  });

  it('appends one audit entry per accepted upload with the digest of its bytes', async () => {
    const b = await newBatch(t, w);
    const body = unitsNdjson('AUD', 1, 1, 1);
    await upload(b.id, body);
    const rows: { action: string; actor_id: string }[] = await t.db.query(
      `SELECT action, actor_id FROM audit_events WHERE subject_id = $1 ORDER BY seq`,
      [b.id],
    );
    expect(rows).toEqual([
      { action: 'registerBatch', actor_id: w.manufacturer.id },
      { action: 'uploadUnits', actor_id: w.manufacturer.id },
    ]);
  });
});
