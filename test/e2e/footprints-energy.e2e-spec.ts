import { newOrganization, newPark, newPlant, newWorld, World } from '../support/factories';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

/** The park energy ledger, GEC serials and the emission factor library over GraphQL (issue 3, docs/methods/electricity.md). */
const RECORD = `mutation($input: RecordParkEnergyInput!) {
  recordParkEnergy(input: $input) {
    id periodStart periodEnd totalKWh directGreenKWh directGreenShare totalGreenShare energyTce co2Tonnes tCo2PerTce
    gridFactor { code value year region }
    supplies { source kWh share gecSerialCount meterIds gecSerials }
  }
}`;
const PERIODS = `query($parkId: ID!, $baseline: Float) {
  parkEnergyPeriods(parkId: $parkId) {
    nodes {
      id periodStart supplies { source meterIds gecSerials gecSerialCount }
      zeroCarbonPark(baselineTCo2PerTce: $baseline) {
        holds directGreenHolds directGreenShare minimumDirectGreenShare intensityHolds tCo2PerTce baselineTCo2PerTce maximumTCo2PerTce
      }
    }
  }
}`;
const ADD_FACTOR = `mutation($input: AddEmissionFactorInput!) { addEmissionFactor(input: $input) { id code version latestVersion kind value unit source inUse } }`;

const serials = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);

function data<T>(r: GqlResult<T>): T {
  if (r.errors?.length || !r.data) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

describe('park energy ledger and GEC serials', () => {
  let t: TestApp;
  let a: World;
  beforeAll(async () => {
    t = await startTestApp();
    a = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const march = (parkId: string, gec: string[], extra: Record<string, unknown> = {}) => ({
    parkId,
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
    totalKWh: 1_000_000,
    supplies: [
      { source: 'DIRECT_LINE', kWh: 800_000, meterIds: ['DL-1', 'DL-2'] },
      { source: 'GREEN_TRADE', kWh: 200_000, gecSerials: gec },
    ],
    ...extra,
  });

  it('records Ordos-style energy (80% direct line, 20% GEC-backed trade) with its shares and intensity', async () => {
    const r = data(
      await t.gql<{ recordParkEnergy: Record<string, unknown> }>(
        RECORD,
        { input: march(a.park.id, serials('GEC-A', 200)) },
        a.manufacturer.key,
      ),
    ).recordParkEnergy;
    // 1,000,000 kWh × 0.1229 kgce/kWh = 122.9 tce; no GRID power, so 0 t CO2 and 0 t CO2/tce.
    expect(r).toMatchObject({
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      directGreenKWh: 800_000,
      directGreenShare: 0.8,
      totalGreenShare: 1,
      co2Tonnes: 0,
      tCo2PerTce: 0,
      gridFactor: { code: 'CN-NM-GRID-2022-AVERAGE', value: 0.6849, year: 2022, region: 'CN-NM' },
    });
    expect(r.energyTce).toBeCloseTo(122.9, 9);
    expect(r.supplies).toEqual([
      { source: 'DIRECT_LINE', kWh: 800_000, share: 0.8, gecSerialCount: 0, meterIds: ['DL-1', 'DL-2'], gecSerials: [] },
      expect.objectContaining({ source: 'GREEN_TRADE', kWh: 200_000, gecSerialCount: 200 }),
    ]);
  });

  it('tests the zero-carbon park conditions with the numbers behind them; evidence only for the park', async () => {
    // A second park on 40% direct green and 60% Inner Mongolia grid power.
    const park = await newPark(t);
    await newPlant(t, a.manufacturer, park.id);
    data(
      await t.gql(
        RECORD,
        {
          input: {
            parkId: park.id,
            periodStart: '2026-03-01',
            periodEnd: '2026-03-31',
            totalKWh: 1000,
            supplies: [
              { source: 'ONSITE', kWh: 400, meterIds: ['PV-ROOF'] },
              { source: 'GRID', kWh: 600 },
            ],
          },
        },
        a.manufacturer.key,
      ),
    );
    const pub = data(
      await t.gql<{
        parkEnergyPeriods: { nodes: { supplies: { meterIds: string[] | null }[]; zeroCarbonPark: Record<string, unknown> }[] };
      }>(PERIODS, { parkId: park.id, baseline: 5 }),
    ).parkEnergyPeriods.nodes;
    expect(pub[0].supplies[0].meterIds).toBeNull();
    const z = pub[0].zeroCarbonPark;
    // 600 kWh × 0.6849 = 410.94 kg = 0.41094 t over 1,000 × 0.1229 / 1000 = 0.1229 tce: 3.344 t CO2/tce > 5 / 10 = 0.5.
    expect(z).toMatchObject({
      holds: false,
      directGreenHolds: false,
      directGreenShare: 0.4,
      minimumDirectGreenShare: 0.5,
      intensityHolds: false,
      baselineTCo2PerTce: 5,
      maximumTCo2PerTce: 0.5,
    });
    expect(Number((z.tCo2PerTce as number).toPrecision(4))).toBe(3.344);
    const own = data(
      await t.gql<{
        parkEnergyPeriods: { nodes: { supplies: { meterIds: string[] | null }[]; zeroCarbonPark: { holds: boolean | null } }[] };
      }>(PERIODS, { parkId: a.park.id }, a.manufacturer.key),
    ).parkEnergyPeriods.nodes;
    expect(own[0].supplies[0].meterIds).toEqual(['DL-1', 'DL-2']);
    // Without a baseline the intensity test stays open.
    expect(own[0].zeroCarbonPark.holds).toBeNull();
    const withBaseline = data(
      await t.gql<{ parkEnergyPeriods: { nodes: { zeroCarbonPark: { holds: boolean } }[] } }>(PERIODS, { parkId: a.park.id, baseline: 5 }),
    ).parkEnergyPeriods.nodes;
    expect(withBaseline[0].zeroCarbonPark.holds).toBe(true);
  });

  it('refuses a GEC serial claimed twice with CONFLICT naming the serial and who claimed it first; nothing written', async () => {
    const b = await newWorld(t);
    const before = await t.snapshot();
    const reused = [...serials('GEC-B', 199), 'GEC-A-00042'];
    const err = expectError(await t.gql(RECORD, { input: march(b.park.id, reused) }, b.manufacturer.key), 'CONFLICT');
    expect(err.message).toContain('GEC-A-00042');
    expect(err.message).toContain(a.manufacturer.name);
    expect(err.extensions).toMatchObject({
      serial: 'GEC-A-00042',
      claimedBy: a.manufacturer.name,
      field: 'input.supplies[1].gecSerials[199]',
    });
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses supplies that do not add up, negative kWh, too few serials, an overlapping period and strangers; nothing written', async () => {
    const stranger = await newOrganization(t, 'MANUFACTURER');
    const buyer = await newOrganization(t, 'BUYER');
    const before = await t.snapshot();
    const april = (extra: Record<string, unknown>) => ({
      input: { ...march(a.park.id, serials('GEC-C', 200)), periodStart: '2026-04-01', periodEnd: '2026-04-30', ...extra },
    });
    const bad = async (vars: Record<string, unknown>, field: string, key = a.manufacturer.key, code = 'BAD_USER_INPUT') => {
      const err = expectError(await t.gql(RECORD, vars, key), code);
      if (field) expect(err.extensions?.field).toBe(field);
      return err;
    };
    const sumErr = await bad(april({ totalKWh: 1_100_000 }), 'input.supplies');
    expect(sumErr.message).toContain('add up to 1000000 kWh, not the stated period total of 1100000 kWh');
    await bad(april({ supplies: [{ source: 'GRID', kWh: -5 }], totalKWh: 1 }), 'input.supplies[0].kWh');
    await bad(
      april({ supplies: [{ source: 'GREEN_TRADE', kWh: 2_500, gecSerials: ['X-1', 'X-2'] }], totalKWh: 2_500 }),
      'input.supplies[0].gecSerials',
    );
    await bad(
      april({ supplies: [{ source: 'GREEN_TRADE', kWh: 2_000, gecSerials: ['X-1', 'X-1'] }], totalKWh: 2_000 }),
      'input.supplies[0].gecSerials[1]',
    );
    const overlap = await bad(
      { input: { ...march(a.park.id, serials('GEC-D', 200)), periodStart: '2026-03-20', periodEnd: '2026-03-25' } },
      'input.periodStart',
    );
    expect(overlap.message).toContain('overlaps the period 2026-03-01 .. 2026-03-31');
    await bad(april({ periodEnd: '2026-05-02' }), 'input.periodEnd');
    await bad(april({}), '', stranger.key, 'FORBIDDEN');
    await bad(april({}), '', buyer.key, 'FORBIDDEN');
    expect(await t.snapshot()).toEqual(before);
    // The administrator may record for any park.
    data(await t.gql(RECORD, april({}), t.adminKey));
  });
});

describe('emission factor library', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is seeded with the docs/methods/electricity.md grid factors, series and sources', async () => {
    const r = data(
      await t.gql<{
        emissionFactors: { nodes: { code: string; value: number; year: number | null; series: string | null; source: string }[] };
      }>(`{ emissionFactors(filter: { kind: ELECTRICITY, region: "CN" }) { nodes { code value year series source } } }`),
    ).emissionFactors.nodes;
    const byCode = Object.fromEntries(r.map((f) => [f.code, f]));
    expect(byCode['CN-GRID-2022-AVERAGE']).toMatchObject({ value: 0.5366, year: 2022, series: 'AVERAGE' });
    expect(byCode['CN-GRID-2022-EXCL-MARKET-NONFOSSIL']).toMatchObject({ value: 0.5856, series: 'EXCLUDING_MARKET_NON_FOSSIL' });
    expect(byCode['CN-GRID-2022-FOSSIL-ONLY']).toMatchObject({ value: 0.8325, series: 'FOSSIL_ONLY' });
    expect(byCode['CN-GRID-2022-CARBON-MARKET']).toMatchObject({ value: 0.5703, series: 'CARBON_MARKET' });
    expect(byCode['CN-GRID-2021-AVERAGE'].value).toBe(0.5568);
    expect(byCode['CN-GRID-2023-AVERAGE'].value).toBe(0.5306);
    for (const f of r) expect(f.source).toContain('docs/methods/electricity.md');
    // No material factors are seeded: battrace ships none.
    const materials = data(
      await t.gql<{ emissionFactors: { nodes: unknown[] } }>(`{ emissionFactors(filter: { kind: MATERIAL }) { nodes { id } } }`),
    ).emissionFactors.nodes;
    expect(materials).toEqual([]);
  });

  it('lets only the administrator add factors; a new version never changes the old row', async () => {
    const maker = await newOrganization(t, 'MANUFACTURER');
    const input = {
      code: 'TEST-LI2CO3',
      kind: 'MATERIAL',
      name: 'Lithium carbonate (test fixture)',
      value: 10,
      unit: 'kgCO2e/kg',
      source: 'test fixture',
    };
    expectError(await t.gql(ADD_FACTOR, { input }, maker.key), 'FORBIDDEN');
    const before = await t.snapshot();
    expect(
      expectError(await t.gql(ADD_FACTOR, { input: { ...input, unit: 'kgCO2e/kWh' } }, t.adminKey), 'BAD_USER_INPUT').extensions?.field,
    ).toBe('input.unit');
    expect(expectError(await t.gql(ADD_FACTOR, { input: { ...input, value: -1 } }, t.adminKey), 'BAD_USER_INPUT').extensions?.field).toBe(
      'input.value',
    );
    expect(
      expectError(await t.gql(ADD_FACTOR, { input: { ...input, source: '  ' } }, t.adminKey), 'BAD_USER_INPUT').extensions?.field,
    ).toBe('input.source');
    expect(await t.snapshot()).toEqual(before);

    const v1 = data(
      await t.gql<{ addEmissionFactor: { id: string; version: number } }>(ADD_FACTOR, { input }, t.adminKey),
    ).addEmissionFactor;
    const v2 = data(
      await t.gql<{ addEmissionFactor: { id: string; version: number; latestVersion: number } }>(
        ADD_FACTOR,
        { input: { ...input, value: 11, source: 'test fixture, corrected' } },
        t.adminKey,
      ),
    ).addEmissionFactor;
    expect([v1.version, v2.version, v2.latestVersion]).toEqual([1, 2, 2]);
    expectError(await t.gql(ADD_FACTOR, { input: { ...input, kind: 'END_OF_LIFE' } }, t.adminKey), 'BAD_USER_INPUT');
    const old = data(
      await t.gql<{ emissionFactor: { value: number; version: number; latestVersion: number } }>(
        `query($id: ID!) { emissionFactor(id: $id) { value version latestVersion } }`,
        { id: v1.id },
      ),
    ).emissionFactor;
    expect(old).toEqual({ value: 10, version: 1, latestVersion: 2 });
    const current = data(
      await t.gql<{ emissionFactors: { nodes: { version: number }[] } }>(
        `{ emissionFactors(filter: { code: "TEST-LI2CO3" }) { nodes { version } } }`,
      ),
    ).emissionFactors.nodes;
    expect(current).toEqual([{ version: 2 }]);
    const all = data(
      await t.gql<{ emissionFactors: { nodes: { version: number }[] } }>(
        `{ emissionFactors(filter: { code: "TEST-LI2CO3", allVersions: true }) { nodes { version } } }`,
      ),
    ).emissionFactors.nodes;
    expect(all.map((f) => f.version)).toEqual([2, 1]);
    await expect(t.db.query(`UPDATE emission_factors SET value = 99 WHERE id = $1`, [v1.id])).rejects.toThrow(/immutable/);
    await expect(t.db.query(`DELETE FROM emission_factors WHERE id = $1`, [v1.id])).rejects.toThrow(/immutable/);
  });
});
