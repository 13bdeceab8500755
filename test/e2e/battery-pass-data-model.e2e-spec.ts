import { originalPassportId } from '../../src/passports/battery-passport';
import { batteryPassDataModel } from '../../src/passports/battery-pass-data-model';
import { newBatch, newWorld, World } from '../support/factories';
import { data } from '../support/footprints';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * GET /passports/batteries/:passportId/batterypass (docs/battery-pass-data-model.md): one battery's
 * passport in the Battery Pass data model 1.2, filtered for the caller exactly as
 * GET /passports/batteries/:passportId is: its status and identifiers, its latest health readings in
 * `batteryCondition` for the callers that read them, the operator of a later life.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const REPURPOSE = `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { batteryPassportId } }`;

describe('a battery passport in the Battery Pass data model (e2e)', () => {
  let t: TestApp;
  let w: World;
  let serial: string;
  let passportId: string;

  const get = async (path: string, key: string | null): Promise<{ status: number; body: Json }> => {
    const res = await t.http(path, { key, headers: { accept: 'application/json' } });
    return { status: res.status, body: (await res.json()) as Json };
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    const batch = await newBatch(t, w);
    serial = `${batch.batchNumber}-P0`;
    const units = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: JSON.stringify({ serial, kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' }) + '\n',
      key: w.manufacturer.key,
    });
    expect(units.status).toBe(200);
    const [{ id }]: { id: string }[] = await t.db.query(`SELECT id::text AS id FROM units WHERE batch_id = $1`, [batch.id]);
    passportId = originalPassportId(id);
    // The holder (the manufacturer, nothing shipped) uploads the readings.
    const lines = [
      { attribute: 'stateOfCharge', measuredAt: '2026-06-02T08:00:00Z', value: 64, unit: '%' },
      { attribute: 'remainingPowerCapability', measuredAt: '2026-06-02T08:00:00Z', value: 150000, unit: 'W' },
      { attribute: 'numberOfFullCycles', measuredAt: '2026-06-01T08:00:00Z', value: 41, unit: '-' },
    ].map((r) => JSON.stringify({ serial, manufacturerId: w.manufacturer.id, ...r }));
    const up = await t.http('/batteries/health-readings', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.join('\n') + '\n',
      key: w.manufacturer.key,
    });
    expect(up.status).toBe(200);
  }, 120_000);
  afterAll(() => t?.close());

  it('the owner reads the battery status, its identifiers and the readings in batteryCondition', async () => {
    const { status, body } = await get(`/passports/batteries/${passportId}/batterypass`, w.manufacturer.key);
    expect(status).toBe(200);
    expect(body).toMatchObject({ passportId, dataModelVersion: '1.2.0' });
    expect(body.access.groups).toEqual(['PUBLIC', 'LEGITIMATE_INTEREST', 'LEGITIMATE_INTEREST_AND_COMMISSION', 'AUTHORITY']);
    expect(body.aspects.GeneralProductInformation).toMatchObject({
      batteryPassportIdentifier: `urn:uuid:${passportId.replace(/-/g, '')}`,
      productIdentifier: `urn:battrace:unit:${w.manufacturer.id}:${encodeURIComponent(serial)}`,
      manufacturingDate: '2026-03-10T00:00:00.000Z',
      batteryStatus: 'Original',
    });
    const condition = body.aspects.PerformanceAndDurability.batteryCondition;
    expect(condition.stateOfCharge).toEqual({ stateOfChargeValue: 64, lastUpdate: '2026-06-02T08:00:00.000Z' });
    expect(condition.numberOfFullCycles).toEqual({ numberOfFullCyclesValue: 41, lastUpdate: '2026-06-01T08:00:00.000Z' });
    expect(condition.remainingPowerCapability).toEqual([
      {
        remainingPowerCapabilityValue: { atSoC: 64, powerCapabilityAt: 150000, rPCLastUpdated: '2026-06-02T08:00:00.000Z' },
        lastUpdate: '2026-06-02T08:00:00.000Z',
      },
    ]);
  });

  it('every caller gets the aspects of exactly the attributes its battery passport serves it', async () => {
    for (const key of [null, w.manufacturer.key]) {
      const passport = await get(`/passports/batteries/${passportId}`, key);
      const pass = await get(`/passports/batteries/${passportId}/batterypass`, key);
      expect(pass.body.access).toEqual(passport.body.access);
      expect(pass.body.aspects).toEqual(batteryPassDataModel(passport.body.attributes));
    }
    const anonymous = await get(`/passports/batteries/${passportId}/batterypass`, null);
    expect(anonymous.body.access.groups).toEqual(['PUBLIC']);
    expect(anonymous.body.aspects.PerformanceAndDurability?.batteryCondition?.stateOfCharge).toBeUndefined();
  });

  it('a later life names its operator and status; the replaced passport keeps no readings', async () => {
    const r = data(
      await t.gql<{ markRepurposed: { batteryPassportId: string } }>(
        REPURPOSE,
        { input: { serial, status: 'REPURPOSED', passportCategory: 'STATIONARY', reason: 'second life' } },
        w.manufacturer.key,
      ),
    );
    const next = await get(`/passports/batteries/${r.markRepurposed.batteryPassportId}/batterypass`, w.manufacturer.key);
    expect(next.body.aspects.GeneralProductInformation).toMatchObject({
      batteryStatus: 'Repurposed',
      operatorInformation: { identifier: `urn:battrace:org:${w.manufacturer.id}` },
    });
    expect(next.body.aspects.PerformanceAndDurability.batteryCondition.stateOfCharge.stateOfChargeValue).toBe(64);
    const old = await get(`/passports/batteries/${passportId}/batterypass`, w.manufacturer.key);
    expect(old.body.aspects.GeneralProductInformation.batteryStatus).toBe('Repurposed');
    expect(old.body.aspects.PerformanceAndDurability.batteryCondition?.stateOfCharge).toBeUndefined();
  });

  it('an unknown passport is 404, a malformed identifier 400', async () => {
    expect((await get(`/passports/batteries/00000000-0000-8000-8fff-ffffffffffff/batterypass`, null)).status).toBe(404);
    expect((await get(`/passports/batteries/not-an-id/batterypass`, null)).status).toBe(400);
  });
});
