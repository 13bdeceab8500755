import { Provenance1763900300000 } from '../../migrations/1763900300000-Provenance';
import { MembershipChangesOnly1763900600000 } from '../../migrations/1763900600000-MembershipChangesOnly';
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
      // The later migration builds a view on unit_memberships: undo it first, redo it last.
      const later = new MembershipChangesOnly1763900600000();
      await later.down(qr);
      await migration.down(qr);
      const before: { id: string; parent_id: string | null; created_at: Date }[] = await qr.query(
        `SELECT id::text, parent_id::text, created_at FROM units ORDER BY id`,
      );
      await migration.up(qr);
      await later.up(qr);
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
      expect(m.map((x) => x.valid_from.getTime())).toEqual(linked.map((u) => u.created_at.getTime()));
      expect(m.every((x) => x.valid_to === null)).toBe(true);
      expect(m).toHaveLength(2 * 2 + 2 * 2 * 3);
      // With every link stored, the history view adds no implicit rows.
      const [{ n }]: { n: number }[] = await qr.query(`SELECT count(*)::int AS n FROM unit_membership_history`);
      expect(n).toBe(m.length);
    } finally {
      await qr.release();
    }
  });
});
