import { BatteryHealth1763902300000 } from '../../migrations/1763902300000-BatteryHealth';
import { newOrganization } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The BatteryHealth migration on a database with organizations of every earlier kind: it re-creates
 * the kinds' check with FLEET_OPERATOR, adds the grants and the partitioned readings tables, and
 * loses no row; `down` is refused while a fleet operator exists.
 */
describe('BatteryHealth migration on organizations made before it', () => {
  let t: TestApp;
  const migration = new BatteryHealth1763902300000();
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('allows the new kind, adds the tables and keeps every row', async () => {
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      const earlier = [
        'MANUFACTURER',
        'CERTIFIER',
        'BUYER',
        'FORWARDER',
        'AUTHORITY',
        'RECYCLER',
        'REPAIRER',
        'SECOND_LIFE_OPERATOR',
        'INDEPENDENT_OPERATOR',
      ];
      for (const kind of earlier) await newOrganization(t, kind);
      await expect(newOrganization(t, 'FLEET_OPERATOR')).rejects.toThrow();
      const before = await t.snapshot();
      const orgsBefore = await t.db.query(`SELECT * FROM organizations ORDER BY id`);
      await migration.up(runner);
      const partitions = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`battery_health_readings_p${i}`, 0]));
      expect(await t.snapshot()).toEqual({ ...before, battery_operation_grants: 0, ...partitions });
      expect(await t.db.query(`SELECT * FROM organizations ORDER BY id`)).toEqual(orgsBefore);
      await newOrganization(t, 'FLEET_OPERATOR');
      await expect(migration.down(runner)).rejects.toThrow(/organizations_kind_check/);
    } finally {
      await runner.release();
    }
  });
});
