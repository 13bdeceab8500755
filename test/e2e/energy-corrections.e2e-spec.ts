import { DeclaredCountsEnergyVersions1763901000000 } from '../../migrations/1763901000000-DeclaredCountsEnergyVersions';
import { newOrganization, newPark, newPlant, newWorld, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';
import { batchWithInputs, data, newCalculatedFootprint } from '../support/footprints';

/** Corrected park-energy records (issue 11 §7): versions, GEC re-checks, footprints kept on their version and flagged. */
const RECORD = `mutation($input: RecordParkEnergyInput!) { recordParkEnergy(input: $input) { id version } }`;
const CORRECT = `mutation($input: CorrectParkEnergyInput!) {
  correctParkEnergy(input: $input) {
    id version supersedesId correctionReason supersededBy totalKWh supplies { source kWh gecSerialCount gecSerials }
  }
}`;
const PERIODS = `query($parkId: ID!, $all: Boolean) {
  parkEnergyPeriods(parkId: $parkId, includeSuperseded: $all) {
    nodes { id version supersedesId supersededBy correctionReason totalKWh supplies { source kWh gecSerials } }
  }
}`;
const ENERGY_FIELDS = `energyInputsSuperseded
  energyPeriods { periodId version periodStart periodEnd superseded currentPeriodId currentVersion currentCorrectionReason }`;
const CALCULATE = `mutation($input: CalculateFootprintInput!) {
  calculateFootprint(input: $input) { id stages { stage kgCo2e } ${ENERGY_FIELDS} } }`;
const FOOTPRINT = `query($id: ID!) { footprint(id: $id) { id stages { stage kgCo2e } inputsDocument ${ENERGY_FIELDS} } }`;

interface EnergyPeriodUse {
  periodId: string;
  version: number;
  periodStart: string;
  periodEnd: string;
  superseded: boolean;
  currentPeriodId: string | null;
  currentVersion: number | null;
  currentCorrectionReason: string | null;
}
interface Footprint {
  id: string;
  stages: { stage: string; kgCo2e: number }[];
  inputsDocument?: string;
  energyInputsSuperseded: boolean;
  energyPeriods: EnergyPeriodUse[];
}

const serials = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
const main = (f: Footprint) => f.stages.find((s) => s.stage === 'MAIN_PRODUCTION')!.kgCo2e;

describe('corrected park-energy records', () => {
  let t: TestApp;
  let w: World;
  let periodId: string;
  let batchId: string;
  let first: Footprint;
  let v2: { id: string };
  const REASON = 'meter DL-1 read 700,000 kWh, typed as 800,000';

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    periodId = data(
      await t.gql<{ recordParkEnergy: { id: string; version: number } }>(
        RECORD,
        {
          input: {
            parkId: w.park.id,
            periodStart: '2026-03-01',
            periodEnd: '2026-03-31',
            totalKWh: 100_000,
            supplies: [
              { source: 'DIRECT_LINE', kWh: 80_000, meterIds: ['DL-1'] },
              { source: 'GREEN_TRADE', kWh: 2_000, gecSerials: serials('GEC-A', 2) },
              { source: 'GRID', kWh: 18_000 },
            ],
          },
        },
        w.manufacturer.key,
      ),
    ).recordParkEnergy.id;
    batchId = (await batchWithInputs(t, w)).batchId;
    first = data(
      await t.gql<{ calculateFootprint: Footprint }>(CALCULATE, { input: { batchId, rulesetId: 'EU_CFB_DRAFT_2024' } }, w.manufacturer.key),
    ).calculateFootprint;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a footprint names the period version it used', () => {
    expect(first.energyInputsSuperseded).toBe(false);
    expect(first.energyPeriods).toEqual([
      {
        periodId,
        version: 1,
        periodStart: '2026-03-01',
        periodEnd: '2026-03-31',
        superseded: false,
        currentPeriodId: periodId,
        currentVersion: 1,
        currentCorrectionReason: null,
      },
    ]);
  });

  it('supersedes a period with a corrected version and its reason; own GEC serials carry over, new ones are claimed', async () => {
    const corrected = data(
      await t.gql<{ correctParkEnergy: Record<string, unknown> & { id: string } }>(
        CORRECT,
        {
          input: {
            periodId,
            totalKWh: 100_000,
            supplies: [
              { source: 'DIRECT_LINE', kWh: 70_000, meterIds: ['DL-1'] },
              { source: 'GREEN_TRADE', kWh: 3_000, gecSerials: [...serials('GEC-A', 2), 'GEC-B-0001'] },
              { source: 'GRID', kWh: 27_000 },
            ],
            reason: REASON,
          },
        },
        w.manufacturer.key,
      ),
    ).correctParkEnergy;
    v2 = corrected;
    expect(corrected).toMatchObject({
      version: 2,
      supersedesId: periodId,
      correctionReason: REASON,
      supersededBy: null,
      totalKWh: 100_000,
    });
    expect(corrected.supplies).toEqual([
      { source: 'DIRECT_LINE', kWh: 70_000, gecSerialCount: 0, gecSerials: [] },
      { source: 'GREEN_TRADE', kWh: 3_000, gecSerialCount: 3, gecSerials: ['GEC-A-0000', 'GEC-A-0001', 'GEC-B-0001'] },
      { source: 'GRID', kWh: 27_000, gecSerialCount: 0, gecSerials: [] },
    ]);
    const claims: { serial: string; period_id: string }[] = await t.db.query(
      'SELECT serial, period_id FROM gec_claims WHERE park_id = $1 ORDER BY serial',
      [w.park.id],
    );
    expect(claims).toEqual(['GEC-A-0000', 'GEC-A-0001', 'GEC-B-0001'].map((serial) => ({ serial, period_id: corrected.id })));
    const audit: { subject_id: string }[] = await t.db.query(`SELECT subject_id FROM audit_events WHERE action = 'correctParkEnergy'`);
    expect(audit).toEqual([{ subject_id: corrected.id }]);

    // The park lists the current version; the superseded one stays readable with its own serials.
    const current = data(
      await t.gql<{ parkEnergyPeriods: { nodes: { id: string }[] } }>(PERIODS, { parkId: w.park.id }, w.manufacturer.key),
    );
    expect(current.parkEnergyPeriods.nodes.map((p) => p.id)).toEqual([corrected.id]);
    const all = data(
      await t.gql<{
        parkEnergyPeriods: { nodes: { id: string; version: number; supersededBy: string | null; supplies: { gecSerials: string[] }[] }[] };
      }>(PERIODS, { parkId: w.park.id, all: true }, w.manufacturer.key),
    ).parkEnergyPeriods.nodes;
    expect(all.map((p) => [p.id, p.version, p.supersededBy])).toEqual([
      [periodId, 1, corrected.id],
      [corrected.id, 2, null],
    ]);
    expect(all[0].supplies[1].gecSerials).toEqual(['GEC-A-0000', 'GEC-A-0001']);
  });

  it('keeps the earlier footprint on the version it used, flags it, and still recomputes it to its own numbers', async () => {
    const f = data(await t.gql<{ footprint: Footprint }>(FOOTPRINT, { id: first.id }, w.manufacturer.key)).footprint;
    expect(main(f)).toBe(main(first));
    expect(f.energyInputsSuperseded).toBe(true);
    expect(f.energyPeriods).toEqual([
      {
        periodId,
        version: 1,
        periodStart: '2026-03-01',
        periodEnd: '2026-03-31',
        superseded: true,
        currentPeriodId: v2.id,
        currentVersion: 2,
        currentCorrectionReason: REASON,
      },
    ]);
    const doc = JSON.parse(f.inputsDocument!) as { parkEnergy: { id: string; version: number; totalKWh: number }[] };
    expect(doc.parkEnergy.map((p) => [p.id, p.version])).toEqual([[periodId, 1]]);
    const again = data(
      await t.gql<{ recomputeFootprint: { matches: boolean } }>(
        `query($id: ID!) { recomputeFootprint(id: $id) { matches } }`,
        { id: first.id },
        w.manufacturer.key,
      ),
    ).recomputeFootprint;
    expect(again.matches).toBe(true);
  });

  it('compareRulesets and a recalculation read the current version', async () => {
    const cmp = data(
      await t.gql<{ compareRulesets: { entries: { rulesetId: string; energyPeriods: EnergyPeriodUse[] }[] } }>(
        `query($b: ID!) { compareRulesets(batchId: $b) { entries { rulesetId energyPeriods { periodId version superseded currentCorrectionReason } } } }`,
        { b: batchId },
        w.manufacturer.key,
      ),
    ).compareRulesets;
    for (const e of cmp.entries) {
      expect(e.energyPeriods).toEqual([{ periodId: v2.id, version: 2, superseded: false, currentCorrectionReason: REASON }]);
    }
    const again = data(
      await t.gql<{ calculateFootprint: Footprint }>(CALCULATE, { input: { batchId, rulesetId: 'EU_CFB_DRAFT_2024' } }, w.manufacturer.key),
    ).calculateFootprint;
    expect(again.energyInputsSuperseded).toBe(false);
    expect(again.energyPeriods.map((p) => [p.periodId, p.version])).toEqual([[v2.id, 2]]);
    // Less direct-line power and more grid power in the mix: a higher MAIN_PRODUCTION.
    expect(main(again)).toBeGreaterThan(main(first));
  });

  it('refuses an unknown period, a bad reason, a superseded version, bad supplies, a serial claimed elsewhere, a stranger; nothing is written', async () => {
    // Another park claims GEC-C-0001 first.
    const otherPark = await newPark(t);
    await newPlant(t, w.manufacturer, otherPark.id);
    data(
      await t.gql(
        RECORD,
        {
          input: {
            parkId: otherPark.id,
            periodStart: '2026-03-01',
            periodEnd: '2026-03-31',
            totalKWh: 1_000,
            supplies: [{ source: 'GREEN_TRADE', kWh: 1_000, gecSerials: ['GEC-C-0001'] }],
          },
        },
        w.manufacturer.key,
      ),
    );
    const stranger = await newOrganization(t, 'MANUFACTURER');
    const before = await t.snapshot();
    const supplies = [{ source: 'GRID', kWh: 100_000 }];
    const correct = (input: Record<string, unknown>, key = w.manufacturer.key) =>
      t.gql(CORRECT, { input: { periodId: v2.id, totalKWh: 100_000, supplies, reason: 'r', ...input } }, key);

    const unknown = expectError(await correct({ periodId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    expect(unknown.extensions?.field).toBe('input.periodId');
    expect(expectError(await correct({ periodId: 'not-an-id' }), 'BAD_USER_INPUT').extensions?.field).toBe('input.periodId');
    expect(expectError(await correct({ reason: '  ' }), 'BAD_USER_INPUT').extensions?.field).toBe('input.reason');
    expect(expectError(await correct({ reason: 'x'.repeat(1001) }), 'BAD_USER_INPUT').extensions?.field).toBe('input.reason');
    expect(expectError(await correct({ periodId }), 'CONFLICT').message).toMatch(/already superseded by/);
    expectError(await correct({ totalKWh: 99_000 }), 'BAD_USER_INPUT');
    const taken = expectError(
      await correct({
        supplies: [
          { source: 'GRID', kWh: 99_000 },
          { source: 'GREEN_TRADE', kWh: 1_000, gecSerials: ['GEC-C-0001'] },
        ],
      }),
      'CONFLICT',
    );
    expect(taken.extensions?.field).toBe('input.supplies[1].gecSerials[0]');
    expectError(await correct({}, stranger.key), 'FORBIDDEN');
    expect(await t.snapshot()).toEqual(before);
  });

  it('releases serials a correction no longer states, so they can be claimed again', async () => {
    const v3 = data(
      await t.gql<{ correctParkEnergy: { id: string; version: number } }>(
        CORRECT,
        {
          input: {
            periodId: v2.id,
            totalKWh: 100_000,
            supplies: [
              { source: 'DIRECT_LINE', kWh: 70_000 },
              { source: 'GRID', kWh: 30_000 },
            ],
            reason: 'the GEC purchase was booked to April',
          },
        },
        w.manufacturer.key,
      ),
    ).correctParkEnergy;
    expect(v3.version).toBe(3);
    const [{ n }]: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM gec_claims WHERE park_id = $1', [w.park.id]);
    expect(n).toBe(0);
    data(
      await t.gql(
        RECORD,
        {
          input: {
            parkId: w.park.id,
            periodStart: '2026-04-01',
            periodEnd: '2026-04-30',
            totalKWh: 3_000,
            supplies: [{ source: 'GREEN_TRADE', kWh: 3_000, gecSerials: [...serials('GEC-A', 2), 'GEC-B-0001'] }],
          },
        },
        w.manufacturer.key,
      ),
    );
  });
});

describe('DeclaredCountsEnergyVersions migration on a database that already holds energy records and footprints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs forward after down(): periods become version 1, supplies keep their serials, footprints name the periods they used', async () => {
    const w = await newWorld(t);
    const periodId = data(
      await t.gql<{ recordParkEnergy: { id: string } }>(
        RECORD,
        {
          input: {
            parkId: w.park.id,
            periodStart: '2026-03-01',
            periodEnd: '2026-03-31',
            totalKWh: 100_000,
            supplies: [
              { source: 'GREEN_TRADE', kWh: 2_000, gecSerials: ['MIG-GEC-2', 'MIG-GEC-1'] },
              { source: 'GRID', kWh: 98_000 },
            ],
          },
        },
        w.manufacturer.key,
      ),
    ).recordParkEnergy.id;
    const { footprintId } = await newCalculatedFootprint(t, w);
    const migration = new DeclaredCountsEnergyVersions1763901000000();
    const qr = t.db.createQueryRunner();
    try {
      await migration.down(qr);
      const periodsBefore: { id: string }[] = await qr.query('SELECT id FROM park_energy_periods ORDER BY id');
      await migration.up(qr);
      const periods: { id: string; version: number; supersedes_id: string | null; superseded_by: string | null }[] = await qr.query(
        'SELECT id, version, supersedes_id, superseded_by FROM park_energy_periods ORDER BY id',
      );
      expect(periods).toEqual(periodsBefore.map(({ id }) => ({ id, version: 1, supersedes_id: null, superseded_by: null })));
      const supplies: { source: string; gec_serials: string[] }[] = await qr.query(
        'SELECT source, gec_serials FROM park_energy_supplies WHERE period_id = $1 ORDER BY position',
        [periodId],
      );
      expect(supplies).toEqual([
        { source: 'GREEN_TRADE', gec_serials: ['MIG-GEC-1', 'MIG-GEC-2'] },
        { source: 'GRID', gec_serials: [] },
      ]);
      const uses: { footprint_id: string; period_id: string }[] = await qr.query(
        'SELECT footprint_id, period_id FROM footprint_energy_uses',
      );
      expect(uses).toEqual([{ footprint_id: footprintId, period_id: periodId }]);
    } finally {
      await qr.release();
    }
  });
});
