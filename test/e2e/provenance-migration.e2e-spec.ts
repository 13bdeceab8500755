import { Provenance1763900300000 } from '../../migrations/1763900300000-Provenance';
import { MembershipChangesOnly1763900600000 } from '../../migrations/1763900600000-MembershipChangesOnly';
import { UnitEventTime1763900800000 } from '../../migrations/1763900800000-UnitEventTime';
import { newBatch, newWorld, unitsNdjson } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('Provenance migration on a database that already holds units', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs forward after down(): keeps every unit and backfills one open membership per parent link', async () => {
    const w = await newWorld(t);
    const batch = await newBatch(t, w);
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson('MIG', 2, 2, 3),
    });
    expect(res.status).toBe(200);
    const qr = t.db.createQueryRunner();
    try {
      const migration = new Provenance1763900300000();
      // The later migrations build a view on unit_memberships: undo them first, redo them last.
      const later = new MembershipChangesOnly1763900600000();
      const eventTime = new UnitEventTime1763900800000();
      await eventTime.down(qr);
      await later.down(qr);
      await migration.down(qr);
      const before: { id: string; parent_id: string | null; created_at: Date }[] = await qr.query(
        `SELECT id::text, parent_id::text, created_at FROM units ORDER BY id`,
      );
      await migration.up(qr);
      await later.up(qr);
      await eventTime.up(qr);
      const after: { id: string; parent_id: string | null; status: string }[] = await qr.query(
        `SELECT id::text, parent_id::text, status FROM units ORDER BY id`,
      );
      expect(after.map(({ id, parent_id }) => ({ id, parent_id }))).toEqual(before.map(({ id, parent_id }) => ({ id, parent_id })));
      expect(new Set(after.map((u) => u.status))).toEqual(new Set(['ORIGINAL']));
      const m: { unit_id: string; parent_id: string; valid_from: Date; valid_to: Date | null }[] = await qr.query(
        `SELECT unit_id::text, parent_id::text, valid_from, valid_to FROM unit_memberships ORDER BY unit_id`,
      );
      const linked = before.filter((u) => u.parent_id !== null);
      expect(m.map((x) => [x.unit_id, x.parent_id])).toEqual(linked.map((u) => [u.id, u.parent_id]));
      // Backfilled from created_at, then moved to the event time by UnitEventTime (the batch's production end).
      expect(m.map((x) => x.valid_from.toISOString())).toEqual(linked.map(() => '2026-03-15T00:00:00.000Z'));
      expect(m.every((x) => x.valid_to === null)).toBe(true);
      expect(m).toHaveLength(2 * 2 + 2 * 2 * 3);
      // With every link stored, the history view adds no implicit rows.
      const [{ n }]: { n: number }[] = await qr.query(`SELECT count(*)::int AS n FROM unit_membership_history`);
      expect(n).toBe(m.length);
    } finally {
      await qr.release();
    }
  });

  it('UnitEventTime runs forward on existing units: produced_at from the batch production end, no row lost, memberships by event time', async () => {
    const w = await newWorld(t);
    const june = await newBatch(t, w, { productionStart: '2026-06-01T00:00:00Z', productionEnd: '2026-06-30T00:00:00Z' });
    const res = await t.http(`/batches/${june.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson('EVT', 1, 2, 2),
    });
    expect(res.status).toBe(200);
    const qr = t.db.createQueryRunner();
    try {
      const migration = new UnitEventTime1763900800000();
      await migration.down(qr);
      const before: { id: string; parent_id: string | null }[] = await qr.query(
        `SELECT id::text, parent_id::text FROM units ORDER BY units.id`,
      );
      const [{ n: stored }]: { n: number }[] = await qr.query(`SELECT count(*)::int AS n FROM unit_memberships`);
      // Before: the implicit first membership starts at the upload (record time).
      const [old]: { valid_from: Date; created_at: Date }[] = await qr.query(
        `SELECT m.valid_from, u.created_at FROM unit_membership_history m JOIN units u ON u.id = m.unit_id WHERE u.serial = 'EVT-P0-M0-C0'`,
      );
      expect(old.valid_from.getTime()).toBe(old.created_at.getTime());
      await migration.up(qr);
      const after: { id: string; parent_id: string | null; produced_at: Date; production_end: Date }[] = await qr.query(
        `SELECT u.id::text, u.parent_id::text, u.produced_at, b.production_end FROM units u JOIN batches b ON b.id = u.batch_id ORDER BY u.id`,
      );
      expect(after.map(({ id, parent_id }) => ({ id, parent_id }))).toEqual(before);
      expect(after.every((u) => u.produced_at.getTime() === u.production_end.getTime())).toBe(true);
      const [{ n: storedAfter }]: { n: number }[] = await qr.query(`SELECT count(*)::int AS n FROM unit_memberships`);
      expect(storedAfter).toBe(stored);
      const [now]: { valid_from: Date }[] = await qr.query(
        `SELECT m.valid_from FROM unit_membership_history m JOIN units u ON u.id = m.unit_id WHERE u.serial = 'EVT-P0-M0-C0'`,
      );
      expect(now.valid_from.toISOString()).toBe('2026-06-30T00:00:00.000Z');
      const [{ nullable }]: { nullable: string }[] = await qr.query(
        `SELECT is_nullable AS nullable FROM information_schema.columns WHERE table_name = 'units' AND column_name = 'produced_at'`,
      );
      expect(nullable).toBe('NO');
    } finally {
      await qr.release();
    }
  });
});
