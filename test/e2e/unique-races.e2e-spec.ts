import { databaseError } from '../../src/common/errors';
import { declaredFootprint, newCertifier, recordMarchEnergy, REQUEST } from './certificates.fixtures';
import { newOrganization, newWorld, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Inserts that can race (issue #12 item 6): two requests at once that each pass the service's
 * own duplicate check meet at a unique index. The loser is answered CONFLICT naming the duplicate,
 * never an internal error, and exactly one row is written.
 */
describe('racing inserts answer CONFLICT naming the duplicate', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('two requestCertification at once on one footprint, 8 pairs: one request, one CONFLICT each', async () => {
    const certifier = await newCertifier(t);
    const footprints = await Promise.all(Array.from({ length: 8 }, () => declaredFootprint(t, w)));
    for (const { footprintId } of footprints) {
      const input = { footprintId, certifierId: certifier.id };
      const pair = await Promise.all(
        [0, 1].map(() => t.gql<{ requestCertification: { id: string } }>(REQUEST, { input }, w.manufacturer.key)),
      );
      const won = pair.filter((r) => !r.errors);
      const lost = pair.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].errors).toEqual([
        expect.objectContaining({
          message: `a certification request ${won[0].data!.requestCertification.id} for this footprint is already pending with this certifier`,
          extensions: expect.objectContaining({ code: 'CONFLICT', field: 'input.footprintId', reason: 'REQUEST_PENDING' }) as unknown,
        }),
      ]);
      const rows: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM certification_requests WHERE footprint_id = $1`, [
        footprintId,
      ]);
      expect(rows[0].n).toBe(1);
    }
  }, 120_000);

  it('two createOrganization at once with one name: one organization, one CONFLICT', async () => {
    const name = `race-${Date.now()}`;
    const q = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
    const pair = await Promise.all([0, 1].map(() => t.gql(q, { input: { kind: 'BUYER', name, country: 'DE' } }, t.adminKey)));
    expect(pair.filter((r) => !r.errors)).toHaveLength(1);
    expect(pair.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  });

  it('the errors the real PostgreSQL driver raises map to typed errors, with no SQL in them', async () => {
    // What the formatter and the HTTP filter see when a statement fails behind a service's checks:
    // TypeORM's QueryFailedError around node-postgres' error.
    const failing = (sql: string, params: unknown[]) =>
      t.db.query(sql, params).then(
        () => {
          throw new Error(`expected ${sql} to fail`);
        },
        (e: unknown) => databaseError(e),
      );
    const org = await newOrganization(t, 'BUYER');
    const [{ hash }]: { hash: string }[] = await t.db.query(`SELECT key_hash AS hash FROM api_keys WHERE organization_id = $1 LIMIT 1`, [
      org.id,
    ]);
    const insertKey = `INSERT INTO api_keys (organization_id, name, key_hash, prefix) VALUES ($1, 'dup', $2, 'x')`;
    expect(await failing(insertKey, [org.id, hash])).toMatchObject({
      code: 'CONFLICT',
      message: 'this API key already exists',
      reason: 'DUPLICATE',
      details: { constraint: 'api_keys_key_hash_key' },
    });
    expect(await failing(insertKey, ['7c1e4b2a-0d3f-4e5a-9b6c-8d7e6f5a4b3c', 'fresh-hash'])).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'MISSING_REFERENCE',
      details: { constraint: 'api_keys_organization_id_fkey' },
    });
    for (const [sql, params] of [
      ['SELECT 1 FROM organizations WHERE id = $1', ['']],
      ['SELECT $1::int', ['99999999999']],
      ['SELECT $1::timestamptz', ['2026-02-30T00:00:00Z']],
    ] as const) {
      const e = await failing(sql, [...params]);
      expect(e?.code).toBe('BAD_USER_INPUT');
      expect(e?.message).not.toMatch(/SELECT|organizations|\$1/);
    }
  });
});
