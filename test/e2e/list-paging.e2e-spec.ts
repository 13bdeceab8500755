import { newWorld, World } from '../support/factories';
import { expectError, TestApp, startTestApp } from '../support/test-app';
import { data, declaredFootprint, newCertifier, recordMarchEnergy, REQUEST } from './certificates.fixtures';

/**
 * The three lists that were cut off silently at 500 or 1,000 rows page like every other list:
 * `first` (1..500, default 50) and `after` (the endCursor of the page before), with pageInfo.
 */
interface Conn<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a list, page by page, through its cursors. */
async function walk<T>(fetchPage: (after: string | null) => Promise<Conn<T>>): Promise<{ nodes: T[]; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const page = await fetchPage(after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    expect(page.pageInfo.endCursor).not.toBeNull();
    after = page.pageInfo.endCursor;
  }
}

describe('paged lists: certification requests, park energy periods, emission factors', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('certificationRequests: the queue a page at a time, oldest first, each request once', async () => {
    await recordMarchEnergy(t, w);
    const certifier = await newCertifier(t);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { footprintId } = await declaredFootprint(t, w);
      ids.push(
        data(
          await t.gql<{ requestCertification: { id: string } }>(
            REQUEST,
            { input: { footprintId, certifierId: certifier.id } },
            w.manufacturer.key,
          ),
        ).requestCertification.id,
      );
    }
    const Q = `query($first: Int, $after: String) {
      certificationRequests(status: "PENDING", first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const page = async (after: string | null) =>
      data(await t.gql<{ certificationRequests: Conn<{ id: string }> }>(Q, { first: 2, after }, certifier.key)).certificationRequests;
    const all = await walk(page);
    expect(all.nodes.map((n) => n.id)).toEqual(ids);
    expect(all.pages).toBe(2);
    const unpaged = data(await t.gql<{ certificationRequests: Conn<{ id: string }> }>(Q, {}, certifier.key)).certificationRequests;
    expect(unpaged.nodes.map((n) => n.id)).toEqual(ids);
    expect(unpaged.pageInfo.hasNextPage).toBe(false);

    expectError(await t.gql(Q, { first: 501 }, certifier.key), 'BAD_USER_INPUT');
    expectError(await t.gql(Q, { after: 'not-a-cursor' }, certifier.key), 'BAD_USER_INPUT');
    expectError(await t.gql(Q, { after: Buffer.from(JSON.stringify(['x'])).toString('base64url') }, certifier.key), 'BAD_USER_INPUT');
  });

  it('parkEnergyPeriods: the periods a page at a time, oldest first', async () => {
    const RECORD = `mutation($input: RecordParkEnergyInput!) { recordParkEnergy(input: $input) { id } }`;
    for (const [start, end] of [
      ['2025-01-01', '2025-01-31'],
      ['2025-02-01', '2025-02-28'],
      ['2025-04-01', '2025-04-30'],
    ]) {
      data(
        await t.gql(
          RECORD,
          { input: { parkId: w.park.id, periodStart: start, periodEnd: end, totalKWh: 1000, supplies: [{ source: 'GRID', kWh: 1000 }] } },
          w.manufacturer.key,
        ),
      );
    }
    const Q = `query($parkId: ID!, $first: Int, $after: String) {
      parkEnergyPeriods(parkId: $parkId, first: $first, after: $after) { nodes { id periodStart } pageInfo { hasNextPage endCursor } } }`;
    const page = async (after: string | null) =>
      data(await t.gql<{ parkEnergyPeriods: Conn<{ id: string; periodStart: string }> }>(Q, { parkId: w.park.id, first: 2, after }))
        .parkEnergyPeriods;
    const all = await walk(page);
    const unpaged = data(await t.gql<{ parkEnergyPeriods: Conn<{ id: string; periodStart: string }> }>(Q, { parkId: w.park.id }))
      .parkEnergyPeriods.nodes;
    expect(all.nodes).toEqual(unpaged);
    expect(all.nodes.map((p) => p.periodStart)).toEqual(['2025-01-01', '2025-02-01', '2025-04-01', '2026-03-01']);
    expect(all.pages).toBe(2);
  });

  it('emissionFactors: the library a page at a time, by kind and code, newest version first', async () => {
    const Q = `query($first: Int, $after: String) {
      emissionFactors(filter: { kind: ELECTRICITY, allVersions: true }, first: $first, after: $after) {
        nodes { id kind code version } pageInfo { hasNextPage endCursor } } }`;
    type F = { id: string; kind: string; code: string; version: number };
    const all = await walk(async (after) => data(await t.gql<{ emissionFactors: Conn<F> }>(Q, { first: 2, after })).emissionFactors);
    const oneShot = data(await t.gql<{ emissionFactors: Conn<F> }>(Q, { first: 500 })).emissionFactors;
    expect(oneShot.pageInfo.hasNextPage).toBe(false);
    expect(all.nodes).toEqual(oneShot.nodes);
    expect(all.nodes.length).toBeGreaterThan(4);
    expect(new Set(all.nodes.map((f) => f.id)).size).toBe(all.nodes.length);
    expect(all.pages).toBe(Math.ceil(all.nodes.length / 2));
  });
});
