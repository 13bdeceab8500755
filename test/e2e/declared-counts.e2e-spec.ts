import { decodeJwt } from 'jose';
import { digestOf } from '../../src/common/canonical-json';
import { newBatch, newOrganization, newWorld, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';
import { batchWithInputs, calculateAndDeclare, data, newCertifier, recordMarchEnergy, requestAndIssue } from './certificates.fixtures';

/** Declared unit counts: units beyond them are refused on both paths; amendments; registered counts shown (issue 11 §5). */
const REGISTER_UNITS = `mutation($input: RegisterUnitsInput!) { registerUnits(input: $input) { received inserted } }`;
const REGISTER_BATCH = `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { id } }`;
const AMEND = `mutation($input: AmendDeclaredCountsInput!) {
  amendDeclaredCounts(input: $input) { id declaredCellCount declaredModuleCount declaredPackCount } }`;

const packs = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => ({ serial: `${prefix}-P${from + i}`, kind: 'PACK' }));
const ndjson = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('declared unit counts', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (batchId: string, body: string, key = w.manufacturer.key) =>
    t.http(`/batches/${batchId}/units`, { method: 'POST', key, headers: { 'content-type': 'application/x-ndjson' }, body });
  const registered = async (batchId: string) =>
    (await t.db.query('SELECT kind, count(*)::int AS n FROM units WHERE batch_id = $1 GROUP BY kind ORDER BY kind', [batchId])) as {
      kind: number;
      n: number;
    }[];
  const declared = async (batchId: string) =>
    (
      (await t.db.query(
        'SELECT declared_cell_count AS cells, declared_module_count AS modules, declared_pack_count AS packs FROM batches WHERE id = $1',
        [batchId],
      )) as { cells: number; modules: number; packs: number }[]
    )[0];

  it('refuses packs beyond the declared count through GraphQL, naming the kind, declared vs registered; nothing is written', async () => {
    const b = await newBatch(t, w, { declaredPackCount: 2 });
    data(await t.gql(REGISTER_UNITS, { input: { batchId: b.id, units: packs('GQ', 0, 2) } }, w.manufacturer.key));
    const before = await t.snapshot();
    const err = expectError(
      await t.gql(REGISTER_UNITS, { input: { batchId: b.id, units: packs('GQ', 2, 3) } }, w.manufacturer.key),
      'CONFLICT',
    );
    expect(err.message).toMatch(/declares 2 packs; this would register 3/);
    expect(err.extensions).toMatchObject({ field: 'input.units', kind: 'PACK', declared: 2, registered: 3 });
    expect(await t.snapshot()).toEqual(before);
    expect(await registered(b.id)).toEqual([{ kind: 3, n: 2 }]);
  });

  it('refuses a new batch whose units exceed its own declaration: no batch, no unit', async () => {
    const before = await t.snapshot();
    const units = [
      { serial: 'NB-P0', kind: 'PACK' },
      { serial: 'NB-P0-M0', kind: 'MODULE', parentSerial: 'NB-P0' },
      { serial: 'NB-P0-M1', kind: 'MODULE', parentSerial: 'NB-P0' },
    ];
    const r = await t.gql(
      REGISTER_BATCH,
      {
        input: {
          batchNumber: 'NB-OVER',
          modelId: w.model.id,
          plantId: w.plant.id,
          productionStart: '2026-03-01T00:00:00Z',
          productionEnd: '2026-03-15T00:00:00Z',
          declaredPackCount: 1,
          declaredModuleCount: 1,
          units,
        },
      },
      w.manufacturer.key,
    );
    expect(expectError(r, 'CONFLICT').extensions).toMatchObject({ kind: 'MODULE', declared: 1, registered: 2 });
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses the streaming upload beyond the declared count (cells too), counting units already registered; nothing is written', async () => {
    const b = await newBatch(t, w, { declaredPackCount: 3, declaredCellCount: 2 });
    expect((await upload(b.id, ndjson(packs('UP', 0, 2)))).status).toBe(200);
    const before = await t.snapshot();
    const res = await upload(b.id, ndjson(packs('UP', 2, 4)));
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ code: 'CONFLICT', field: 'body', kind: 'PACK', declared: 3, registered: 4 });
    expect(await t.snapshot()).toEqual(before);

    const cells = [
      { serial: 'UP-C0', kind: 'CELL', parentSerial: 'UP-P0' },
      { serial: 'UP-C1', kind: 'CELL', parentSerial: 'UP-P0' },
      { serial: 'UP-C2', kind: 'CELL', parentSerial: 'UP-P1' },
    ];
    const over = await upload(b.id, ndjson(cells));
    expect(over.status).toBe(409);
    expect(((await over.json()) as { error: Record<string, unknown> }).error).toMatchObject({ kind: 'CELL', declared: 2, registered: 3 });
    expect(await t.snapshot()).toEqual(before);
    // Up to the declared counts is fine; 0 modules declared means "not declared": no cap.
    const ok = await upload(
      b.id,
      ndjson([...packs('UP', 2, 3), ...cells.slice(0, 2), { serial: 'UP-M0', kind: 'MODULE', parentSerial: 'UP-P2' }]),
    );
    expect(ok.status).toBe(200);
    expect(await registered(b.id)).toEqual([
      { kind: 1, n: 2 },
      { kind: 2, n: 1 },
      { kind: 3, n: 3 },
    ]);
  });

  it('amends the declared counts (audited with the reason); then the extra units are accepted', async () => {
    const b = await newBatch(t, w, { declaredPackCount: 2 });
    expect((await upload(b.id, ndjson(packs('AM', 0, 2)))).status).toBe(200);
    expect((await upload(b.id, ndjson(packs('AM', 2, 3)))).status).toBe(409);
    const amended = data(
      await t.gql<{ amendDeclaredCounts: Record<string, unknown> }>(
        AMEND,
        {
          input: {
            batchId: b.id,
            declaredPackCount: 3,
            declaredCellCount: 12,
            reason: 'third pack came off the line after the order was split',
          },
        },
        w.manufacturer.key,
      ),
    ).amendDeclaredCounts;
    expect(amended).toEqual({ id: b.id, declaredCellCount: 12, declaredModuleCount: 0, declaredPackCount: 3 });
    // The audit entry holds the digest of what was amended, with the reason.
    const audit: { input_digest: string }[] = await t.db.query(
      `SELECT input_digest FROM audit_events WHERE action = 'amendDeclaredCounts' AND subject_id = $1`,
      [b.id],
    );
    expect(audit.map((a) => a.input_digest)).toEqual([
      digestOf({
        batchId: b.id,
        reason: 'third pack came off the line after the order was split',
        from: { CELL: 0, MODULE: 0, PACK: 2 },
        to: { CELL: 12, MODULE: 0, PACK: 3 },
        registered: { CELL: 0, MODULE: 0, PACK: 2 },
      }),
    ]);
    expect((await upload(b.id, ndjson(packs('AM', 2, 3)))).status).toBe(200);
  });

  it('refuses amendments below what is registered, withdrawing a count, without a reason, on another maker’s or an unknown batch', async () => {
    const b = await newBatch(t, w, { declaredPackCount: 3 });
    expect((await upload(b.id, ndjson(packs('BA', 0, 3)))).status).toBe(200);
    const other = await newOrganization(t, 'MANUFACTURER');
    const before = await t.snapshot();
    const amend = (input: Record<string, unknown>, key = w.manufacturer.key) =>
      t.gql(AMEND, { input: { batchId: b.id, reason: 'r', ...input } }, key);

    const below = expectError(await amend({ declaredPackCount: 2 }), 'CONFLICT');
    expect(below.extensions).toMatchObject({ field: 'input.declaredPackCount', kind: 'PACK', registered: 3, requested: 2 });
    expect(expectError(await amend({ declaredPackCount: 0 }), 'BAD_USER_INPUT').message).toMatch(/cannot be withdrawn/);
    expect(expectError(await amend({ declaredPackCount: -4 }), 'BAD_USER_INPUT').extensions?.field).toBe('input.declaredPackCount');
    expect(expectError(await amend({ declaredPackCount: 5, reason: '   ' }), 'BAD_USER_INPUT').extensions?.field).toBe('input.reason');
    expect(expectError(await amend({}), 'BAD_USER_INPUT').extensions?.field).toBe('input');
    expectError(await amend({ declaredPackCount: 5 }, other.key), 'FORBIDDEN');
    expectError(
      await t.gql(
        AMEND,
        { input: { batchId: '00000000-0000-4000-8000-000000000000', declaredPackCount: 5, reason: 'r' } },
        w.manufacturer.key,
      ),
      'NOT_FOUND',
    );
    expect(await t.snapshot()).toEqual(before);
    expect(await declared(b.id)).toEqual({ cells: 0, modules: 0, packs: 3 });
  });

  it('passport, certificate and per-battery figures count the registered packs; counts are frozen once a footprint is declared', async () => {
    // The fixture batch declares 2 packs (8 modules, 96 cells); one pack is registered.
    await recordMarchEnergy(t, w);
    const { batchId } = await batchWithInputs(t, w);
    expect((await upload(batchId, ndjson(packs('PP', 0, 1)))).status).toBe(200);
    const fp = await calculateAndDeclare(t, w, batchId);

    const f = data(
      await t.gql<{
        footprint: { packCount: number; packCountBasis: string; outputEnergyKWh: number; kgCo2eAbsolute: number; kgCo2ePerBattery: number };
      }>(`query($id: ID!) { footprint(id: $id) { packCount packCountBasis outputEnergyKWh kgCo2eAbsolute kgCo2ePerBattery } }`, {
        id: fp.id,
      }),
    ).footprint;
    const [{ nominal }]: { nominal: number }[] = await t.db.query(
      'SELECT nominal_energy_kwh AS nominal FROM battery_models WHERE id = $1',
      [w.model.id],
    );
    expect(f).toMatchObject({ packCount: 1, packCountBasis: 'REGISTERED', outputEnergyKWh: nominal });
    // One registered pack: the batch's whole footprint is that battery's.
    expect(f.kgCo2ePerBattery).toBeCloseTo(f.kgCo2eAbsolute, 9);

    const passport = (await (await t.http(`/passports/${batchId}`)).json()) as { packCount: number; declaredPackCount: number };
    expect(passport).toMatchObject({ packCount: 1, declaredPackCount: 2 });
    const export_ = (await (await t.http(`/passports/${batchId}/carbon-footprint`)).json()) as { packCount: unknown };
    expect(export_.packCount).toEqual({ count: 1, basis: 'REGISTERED' });

    const certifier = await newCertifier(t);
    const cert = await requestAndIssue(t, w, certifier, fp.id);
    const payload = decodeJwt(cert.credential) as {
      credentialSubject?: { product: { packCount: number } };
      vc?: { credentialSubject: { product: { packCount: number } } };
    };
    expect((payload.credentialSubject ?? payload.vc!.credentialSubject).product.packCount).toBe(1);

    const before = await t.snapshot();
    const frozen = expectError(
      await t.gql(AMEND, { input: { batchId, declaredPackCount: 1, reason: 'one pack scrapped' } }, w.manufacturer.key),
      'CONFLICT',
    );
    expect(frozen.message).toMatch(/declared footprint/);
    expect(await t.snapshot()).toEqual(before);
    expect(await declared(batchId)).toMatchObject({ packs: 2 });
  });
});

// Strict JSON/query input on plain HTTP routes (issue 11 §6).
describe('strict HTTP input', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses an unknown query parameter, naming it and the near miss; nothing is written', async () => {
    const b = await newBatch(t, w);
    const before = await t.snapshot();
    const res = await t.http(`/epcis/events?batchId=${b.id}`, { key: w.manufacturer.key });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query.batchId',
      message: 'query.batchId: unknown field; did you mean batch?',
    });
    const upload = await t.http(`/batches/${b.id}/units?dry_run=1`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: '{"serial":"Q-P0","kind":"PACK"}\n',
    });
    expect(upload.status).toBe(400);
    expect(((await upload.json()) as { error: { message: string } }).error.message).toBe(
      'query.dry_run: unknown field; none is accepted here',
    );
    const passport = await t.http(`/passports/${b.id}?tier=AUTHORITY`);
    expect(passport.status).toBe(400);
    expect(await t.snapshot()).toEqual(before);
    // Known parameters still work.
    expect((await t.http(`/epcis/events?batch=${b.id}`, { key: w.manufacturer.key })).status).toBe(200);
    expect((await t.http(`/passports/${b.id}`)).status).toBe(200);
  });

  it('refuses a JSON body on the one route that takes a body (NDJSON or CSV only); nothing is written', async () => {
    const b = await newBatch(t, w);
    const before = await t.snapshot();
    const res = await t.http(`/batches/${b.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serial: 'J-P0', kind: 'PACK' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string; field: string } }).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content-type',
    });
    expect(await t.snapshot()).toEqual(before);
  });
});
