import { createHash, randomBytes } from 'node:crypto';
import { PASSPORT_DOCUMENT_MAX_BYTES } from '../../src/passport-documents/passport-document';
import { newBatch, newModel, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Passport documents (issue 14, docs/passport-documents.md): a manufacturer uploads the bytes of a
 * document, named by their SHA-256; the document is served to exactly the callers who read a
 * passport attribute naming it in the latest passport data of one of the manufacturer's models.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RECORD = `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`;
const GRANT = `mutation($input: GrantPassportAccessInput!) { grantPassportAccess(input: $input) { id } }`;

const pdf = (text: string) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(text), randomBytes(64)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('passport documents (e2e)', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;
  let grantee: OrgHandle;
  let recycler: OrgHandle;
  let authority: OrgHandle;
  let otherMaker: OrgHandle;
  const manual = pdf('Dismantling manual');
  const declaration = pdf('EU declaration of conformity');
  const testReport = pdf('Test report');

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    [buyer, grantee, recycler, authority, otherMaker] = await Promise.all(
      ['BUYER', 'BUYER', 'RECYCLER', 'AUTHORITY', 'MANUFACTURER'].map((k) => newOrganization(t, k)),
    );
  }, 120_000);
  afterAll(() => t?.close());

  const upload = (body: Buffer | string, type = 'application/pdf', key: string | null = w.manufacturer.key) =>
    t.http('/passport-documents', { method: 'POST', key, headers: { 'content-type': type }, body });
  const read = (hash: string, key: string | null) => t.http(`/passport-documents/${hash}`, { key });
  const docRows = async () => Number((await t.db.query(`SELECT count(*)::int AS n FROM passport_documents`))[0].n);

  /** Refused with this status (and code when given), and no document stored. */
  async function refused(run: () => Promise<Response>, status: number, code?: string, reason?: string) {
    const before = await t.snapshot();
    const res = await run();
    expect(res.status).toBe(status);
    const body = (await res.json()) as Json;
    if (code) expect(body.error.code).toBe(code);
    if (reason) expect(body.error.reason).toBe(reason);
    expect(await t.snapshot()).toEqual(before);
    return body;
  }

  it('stores an upload under its SHA-256, once', async () => {
    const res = await upload(manual);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body).toEqual({
      sha256: sha(manual),
      sizeBytes: manual.length,
      mediaType: 'application/pdf',
      url: `${t.config.publicBaseUrl}/passport-documents/${sha(manual)}`,
    });
    const rows = await docRows();
    const again = await upload(manual);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(body);
    expect(await docRows()).toBe(rows);
  });

  it('refuses a document over the size limit and stores nothing', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(PASSPORT_DOCUMENT_MAX_BYTES)]);
    await refused(() => upload(big), 400, 'BAD_USER_INPUT', 'OUT_OF_RANGE');
  });

  it('refuses a streamed body without a length once it passes the limit, and stores nothing', async () => {
    const chunk = Buffer.alloc(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new Uint8Array(Buffer.from('%PDF-1.7\n')));
        if (sent > PASSPORT_DOCUMENT_MAX_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    const before = await t.snapshot();
    const res = await t
      .http('/passport-documents', {
        method: 'POST',
        key: w.manufacturer.key,
        headers: { 'content-type': 'application/pdf' },
        body,
        duplex: 'half',
      } as RequestInit)
      .catch((err: Error) => err);
    // The answer is 400 OUT_OF_RANGE, unless the server closed the connection before the client read it.
    if (res instanceof Response) {
      expect(res.status).toBe(400);
      expect(((await res.json()) as Json).error.reason).toBe('OUT_OF_RANGE');
    }
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses a media type off the allow-list, and bytes that are not of the declared type', async () => {
    for (const type of ['text/html', 'image/svg+xml', 'text/plain', 'application/json']) {
      const before = await t.snapshot();
      const res = await upload('<html><script>alert(1)</script></html>', type);
      expect([400, 415]).toContain(res.status);
      expect(await t.snapshot()).toEqual(before);
    }
    await refused(() => upload('<html></html>', 'application/pdf'), 400, 'BAD_USER_INPUT', 'UNSUPPORTED_CONTENT_TYPE');
  });

  it('takes uploads from manufacturers only', async () => {
    await refused(() => upload(pdf('x'), 'application/pdf', buyer.key), 403, 'FORBIDDEN');
    await refused(() => upload(pdf('x'), 'application/pdf', recycler.key), 403, 'FORBIDDEN');
    await refused(() => upload(pdf('x'), 'application/pdf', null), 401);
  });

  it('serves a document to the callers who read an attribute naming it', async () => {
    expect((await upload(declaration)).status).toBe(200);
    expect((await upload(testReport)).status).toBe(200);
    const ref = (b: Buffer, title: string) => ({ title, mediaType: 'application/pdf', sha256: sha(b), sizeBytes: b.length });
    const recorded = await t.gql<Json>(
      RECORD,
      {
        input: {
          modelId: w.model.id,
          values: {
            dismantlingAndRemovalInformation: ref(manual, 'Dismantling manual'),
            declarationOfConformity: ref(declaration, 'EU declaration of conformity'),
            resultOfTestReport: ref(testReport, 'Test report'),
          },
        },
      },
      w.manufacturer.key,
    );
    expect(recorded.errors).toBeUndefined();

    const bytesOf = async (hash: string, key: string | null) => {
      const res = await read(hash, key);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(res.headers.get('etag')).toBe(`"${hash}"`);
      expect(res.headers.get('cache-control')).toMatch(/^private/);
      return Buffer.from(await res.arrayBuffer());
    };

    // Dismantling information: legitimate interest and the Commission (Annex XIII point 2).
    for (const key of [null, buyer.key, otherMaker.key]) {
      await refused(() => read(sha(manual), key), 403, 'FORBIDDEN', 'NOT_ALLOWED');
    }
    for (const key of [recycler.key, authority.key, w.manufacturer.key, t.adminKey]) {
      expect((await bytesOf(sha(manual), key)).equals(manual)).toBe(true);
    }
    // A grant for the model opens it.
    expect(
      (
        await t.gql<Json>(
          GRANT,
          { input: { granteeOrganizationId: grantee.id, modelId: w.model.id, reason: 'Repair contract' } },
          w.manufacturer.key,
        )
      ).errors,
    ).toBeUndefined();
    expect((await bytesOf(sha(manual), grantee.key)).equals(manual)).toBe(true);

    // The declaration of conformity is public.
    expect((await bytesOf(sha(declaration), null)).equals(declaration)).toBe(true);

    // Test reports: authorities (and the owner), not recyclers.
    await refused(() => read(sha(testReport), recycler.key), 403, 'FORBIDDEN', 'NOT_ALLOWED');
    expect((await bytesOf(sha(testReport), authority.key)).equals(testReport)).toBe(true);
  });

  it("opens a model's document to an organization granted one of the model's batteries", async () => {
    const packOwner = await newOrganization(t, 'BUYER');
    const batch = await newBatch(t, w);
    const serial = `${batch.batchNumber}-P0`;
    const units = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: JSON.stringify({ serial, kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' }),
    });
    expect(units.status).toBe(200);
    await refused(() => read(sha(manual), packOwner.key), 403, 'FORBIDDEN', 'NOT_ALLOWED');
    const granted = await t.gql<Json>(
      GRANT,
      { input: { granteeOrganizationId: packOwner.id, serial, reason: 'Second-life assessment of this pack' } },
      w.manufacturer.key,
    );
    expect(granted.errors).toBeUndefined();
    expect((await read(sha(manual), packOwner.key)).status).toBe(200);
  });

  it('follows the latest passport data: a correction that stops naming a document closes it to readers', async () => {
    const sheet = pdf('Safety sheet');
    expect((await upload(sheet)).status).toBe(200);
    const ref = { title: 'Safety sheet', mediaType: 'application/pdf', sha256: sha(sheet), sizeBytes: sheet.length };
    const other = { ...ref, sha256: sha(manual), sizeBytes: manual.length };
    const record = (safetyMeasures: Json) =>
      t.gql<Json>(RECORD, { input: { modelId: w.model.id, values: { safetyMeasures } } }, w.manufacturer.key);
    expect((await record(ref)).errors).toBeUndefined();
    expect((await read(sha(sheet), recycler.key)).status).toBe(200);
    expect((await record(other)).errors).toBeUndefined();
    await refused(() => read(sha(sheet), recycler.key), 403, 'FORBIDDEN', 'NOT_ALLOWED');
    expect((await read(sha(sheet), w.manufacturer.key)).status).toBe(200);
  });

  it('opens a document only through the models of the manufacturer that uploaded it', async () => {
    // Another manufacturer names the first one's test report as its public declaration: nothing opens.
    const model = await newModel(t, otherMaker);
    const ref = { title: 'Borrowed', mediaType: 'application/pdf', sha256: sha(testReport), sizeBytes: testReport.length };
    const recorded = await t.gql<Json>(RECORD, { input: { modelId: model.id, values: { declarationOfConformity: ref } } }, otherMaker.key);
    expect(recorded.errors).toBeUndefined();
    await refused(() => read(sha(testReport), null), 403, 'FORBIDDEN', 'NOT_ALLOWED');
    await refused(() => read(sha(testReport), otherMaker.key), 403, 'FORBIDDEN', 'NOT_ALLOWED');
  });

  it('answers 404 for a digest nobody uploaded, and 400 for one that is no SHA-256', async () => {
    await refused(() => read('0'.repeat(64), w.manufacturer.key), 404, 'NOT_FOUND');
    await refused(() => read('not-a-digest', null), 400, 'BAD_USER_INPUT');
  });

  it('serves a document named by no passport to its uploader only', async () => {
    const draft = pdf('Draft');
    expect((await upload(draft)).status).toBe(200);
    expect((await read(sha(draft), w.manufacturer.key)).status).toBe(200);
    await refused(() => read(sha(draft), authority.key), 403, 'FORBIDDEN', 'NOT_ALLOWED');
  });
});
