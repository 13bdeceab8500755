import { ReferentialIntegrity1763901100000 } from '../../migrations/1763901100000-ReferentialIntegrity';
import { newBatch, newWorld, unitsNdjson, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const NEW_FOREIGN_KEYS = [
  'batch_transport_emissions_shipment_id_fkey',
  'displacement_run_groups_batch_id_fkey',
  'displacement_runs_shipment_id_fkey',
  'unit_events_from_parent_id_fkey',
  'unit_events_to_parent_id_fkey',
  'unit_events_unit_id_fkey',
  'unit_memberships_parent_id_fkey',
  'unit_memberships_unit_id_fkey',
];

describe('ReferentialIntegrity migration on a database that already holds rows', () => {
  let t: TestApp;
  let w: World;
  const migration = new ReferentialIntegrity1763901100000();
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function uploadTree(prefix: string): Promise<string> {
    const b = await newBatch(t, w);
    const res = await t.http(`/batches/${b.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: unitsNdjson(prefix, 2, 2, 3),
    });
    expect(res.status).toBe(200);
    return b.id;
  }

  async function constraints(): Promise<Record<string, boolean>> {
    const rows: { conname: string; convalidated: boolean }[] = await t.db.query(
      `SELECT conname, convalidated FROM pg_constraint WHERE conname = ANY($1::text[]) ORDER BY conname`,
      [NEW_FOREIGN_KEYS],
    );
    return Object.fromEntries(rows.map((r) => [r.conname, r.convalidated]));
  }

  const allUnits = () => t.db.query(`SELECT id::text, serial, parent_id::text, batch_id FROM units ORDER BY id`);

  it('runs forward on a healthy database: every row kept, nothing reported, every foreign key validated', async () => {
    const batchId = await uploadTree('HEALTHY');
    // A repack writes membership history and unit events that now reference units.
    const [{ id: parentId }]: { id: string }[] = await t.db.query(`SELECT id::text FROM units WHERE serial = 'HEALTHY-P1'`);
    const moved = await t.gql(
      `mutation($input: RepackUnitsInput!) { repackUnits(input: $input) { eventCount } }`,
      { input: { serials: ['HEALTHY-P0-M0'], parentId: `Unit:${parentId}`, reason: 'migration test' } },
      w.manufacturer.key,
    );
    expect(moved.errors).toBeUndefined();
    const units = await allUnits();
    const qr = t.db.createQueryRunner();
    try {
      await migration.down(qr);
      const before = await t.snapshot();
      await migration.up(qr);
      const after = await t.snapshot();
      expect(after).toEqual({ ...before, integrity_orphans: 0 });
    } finally {
      await qr.release();
    }
    expect(await allUnits()).toEqual(units);
    expect(await constraints()).toEqual(Object.fromEntries(NEW_FOREIGN_KEYS.map((c) => [c, true])));
    const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM unit_events WHERE batch_id = $1`, [batchId]);
    expect(n).toBeGreaterThan(0);
  });

  it('reports rows that already break a reference, keeps them, and still checks every new row', async () => {
    const batchId = await uploadTree('BROKEN');
    const [{ id: packId }]: { id: string }[] = await t.db.query(`SELECT id::text FROM units WHERE serial = 'BROKEN-P0'`);
    const qr = t.db.createQueryRunner();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await migration.down(qr);
      // What the race of issue 12 left behind: a module whose parent was never stored, and a
      // membership row naming that missing parent.
      const [{ id: orphanId }]: { id: string }[] = await qr.query(
        `INSERT INTO units (manufacturer_id, batch_id, kind, serial, parent_id, produced_at)
         VALUES ($1, $2, 2, 'BROKEN-P0-M9', 888888888, '2026-03-10Z') RETURNING id::text`,
        [w.manufacturer.id, batchId],
      );
      await qr.query(`INSERT INTO unit_memberships (unit_id, parent_id, valid_from) VALUES ($1, 888888888, '2026-03-10Z')`, [packId]);
      const before = await t.snapshot();
      await migration.up(qr);
      const after = await t.snapshot();
      expect(after).toEqual({ ...before, integrity_orphans: 2 });

      const reported: { reference: string; row_key: string; missing: string }[] = await qr.query(
        `SELECT reference, row_key, missing FROM integrity_orphans ORDER BY reference`,
      );
      expect(reported).toEqual([
        {
          reference: 'unit_memberships.parent_id',
          row_key: expect.stringMatching(new RegExp(`^${packId}@`)) as string,
          missing: '888888888',
        },
        { reference: 'units.parent_id', row_key: orphanId, missing: '888888888' },
      ]);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/unit_memberships\.parent_id 1, units\.parent_id 1/));
      // The rows are still there; the constraint over the broken column waits to be validated.
      const [{ n }]: { n: number }[] = await qr.query(`SELECT count(*)::int AS n FROM units WHERE id = $1`, [orphanId]);
      expect(n).toBe(1);
      expect(await constraints()).toEqual(Object.fromEntries(NEW_FOREIGN_KEYS.map((c) => [c, c !== 'unit_memberships_parent_id_fkey'])));
      // New rows are checked all the same.
      await expect(
        qr.query(
          `INSERT INTO unit_memberships (unit_id, parent_id, valid_from, valid_to) VALUES ($1, 777777777, '2026-03-01Z', '2026-03-02Z')`,
          [packId],
        ),
      ).rejects.toMatchObject({ driverError: { code: '23503' } });
      await expect(
        qr.query(
          `INSERT INTO units (manufacturer_id, batch_id, kind, serial, parent_id, produced_at) VALUES ($1, $2, 2, 'BROKEN-NEW', 777777777, now())`,
          [w.manufacturer.id, batchId],
        ),
      ).rejects.toMatchObject({ driverError: { code: '23503' } });
    } finally {
      warn.mockRestore();
      await qr.release();
    }
  });
});
