import { BatteryPassports1763902400000 } from '../../migrations/1763902400000-BatteryPassports';
import { newWorld } from '../support/factories';
import { newPackedBatch } from '../support/shipments';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The BatteryPassports migration on a database with packs made, reused and recycled before it: it
 * adds the table of later lives and changes no row; the packs' original passports need no row, a
 * pack recycled before it reads as ceased, and a pack repurposed after it starts its first later life.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('BatteryPassports migration on packs made before it', () => {
  let t: TestApp;
  const migration = new BatteryPassports1763902400000();
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('adds the table, keeps every row, and the earlier packs read their passports', async () => {
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      const w = await newWorld(t);
      const batch = await newPackedBatch(t, w, 2);
      const status = `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { eventCount } }`;
      const recycle = `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { eventCount } }`;
      expect((await t.gql(recycle, { input: { serial: `${batch.prefix}-P0` } }, w.manufacturer.key)).errors).toBeUndefined();
      expect(
        (await t.gql(status, { input: { serial: `${batch.prefix}-P1`, status: 'REUSED' } }, w.manufacturer.key)).errors,
      ).toBeUndefined();
      const before = await t.snapshot();
      const units = await t.db.query(`SELECT * FROM units ORDER BY id`);
      const events = await t.db.query(`SELECT * FROM unit_events ORDER BY id`);
      await migration.up(runner);
      expect(await t.snapshot()).toEqual({ ...before, battery_passports: 0 });
      expect(await t.db.query(`SELECT * FROM units ORDER BY id`)).toEqual(units);
      expect(await t.db.query(`SELECT * FROM unit_events ORDER BY id`)).toEqual(events);

      const lookup = async (p: number): Promise<Json> => {
        const res = await t.http(`/passports/batteries?manufacturerId=${w.manufacturer.id}&serial=${batch.prefix}-P${p}`, {
          key: w.manufacturer.key,
        });
        expect(res.status).toBe(200);
        return (await res.json()) as Json;
      };
      const recycled = await lookup(0);
      const waste: { occurred_at: Date }[] = await t.db.query(
        `SELECT e.occurred_at FROM unit_events e JOIN units u ON u.id = e.unit_id WHERE u.serial = $1 AND e.status = 'WASTE'`,
        [`${batch.prefix}-P0`],
      );
      expect([recycled.life, recycled.ceased, recycled.ceasedAt, recycled.attributes.batteryStatus]).toEqual([
        0,
        true,
        new Date(waste[0].occurred_at).toISOString(),
        'Waste',
      ]);
      const reused = await lookup(1);
      expect([reused.life, reused.ceased, reused.attributes.batteryStatus]).toEqual([0, false, 'Reused']);

      const r = await t.gql<{ markRepurposed: { batteryPassportId: string } }>(
        `mutation($input: MarkRepurposedInput!) { markRepurposed(input: $input) { batteryPassportId } }`,
        { input: { serial: `${batch.prefix}-P1`, status: 'REPURPOSED' } },
        w.manufacturer.key,
      );
      expect(r.errors).toBeUndefined();
      const next = await lookup(1);
      expect([next.passportId, next.life, next.predecessor.passportId]).toEqual([
        r.data!.markRepurposed.batteryPassportId,
        1,
        reused.passportId,
      ]);
    } finally {
      await runner.release();
    }
  });
});
