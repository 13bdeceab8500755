import { newBatch, newWorld, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

interface UploadAnswer {
  batchId?: string;
  received?: number;
  inserted?: number;
  alreadyPresent?: number;
  error?: { code: string; message: string; field?: string; line?: number; serial?: string };
}

const PACKS = 40;
const PAIRS = 10;

/** Packs `<prefix>-P<i>`, each with one module `<prefix>-P<i>-<module>`. */
function packsWithModule(prefix: string, module: string): string {
  const lines: string[] = [];
  for (let p = 0; p < PACKS; p++) {
    lines.push(JSON.stringify({ serial: `${prefix}-P${p}`, kind: 'PACK' }));
    lines.push(JSON.stringify({ serial: `${prefix}-P${p}-${module}`, kind: 'MODULE', parentSerial: `${prefix}-P${p}` }));
  }
  return lines.join('\n') + '\n';
}

describe('referential integrity: concurrent uploads and the database constraints', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function upload(batchId: string, body: string): Promise<{ status: number; body: UploadAnswer }> {
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });
    return { status: res.status, body: (await res.json()) as UploadAnswer };
  }

  /** Units whose parent_id names no unit (or a unit of another manufacturer): must be none. */
  async function orphans(): Promise<number> {
    const [{ n }]: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM units u
        WHERE u.parent_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM units p WHERE p.id = u.parent_id AND p.manufacturer_id = u.manufacturer_id)`,
    );
    return n;
  }

  async function tree(batchId: string): Promise<{ serial: string; kind: number; parent: string | null }[]> {
    return t.db.query(
      `SELECT u.serial, u.kind, p.serial AS parent FROM units u LEFT JOIN units p ON p.id = u.parent_id
        WHERE u.batch_id = $1 ORDER BY u.serial`,
      [batchId],
    );
  }

  it(`two concurrent uploads into one batch (same packs, another module each) both succeed with one consistent tree, ${PAIRS} of ${PAIRS} pairs`, async () => {
    for (let pair = 0; pair < PAIRS; pair++) {
      const b = await newBatch(t, w);
      const prefix = `RACE${pair}`;
      const [one, two] = await Promise.all([upload(b.id, packsWithModule(prefix, 'M1')), upload(b.id, packsWithModule(prefix, 'M2'))]);
      expect([one.status, two.status]).toEqual([200, 200]);
      // One ran first and inserted everything; the other found the packs and added its modules.
      const answers = [one.body, two.body]
        .map((a) => ({ received: a.received, inserted: a.inserted, alreadyPresent: a.alreadyPresent }))
        .sort((x, y) => (y.inserted ?? 0) - (x.inserted ?? 0));
      expect(answers).toEqual([
        { received: 2 * PACKS, inserted: 2 * PACKS, alreadyPresent: 0 },
        { received: 2 * PACKS, inserted: PACKS, alreadyPresent: PACKS },
      ]);
      const units = await tree(b.id);
      expect(units).toHaveLength(3 * PACKS);
      for (let p = 0; p < PACKS; p++) {
        const pack = `${prefix}-P${p}`;
        expect(units.filter((u) => u.parent === pack).map((u) => u.serial)).toEqual([`${pack}-M1`, `${pack}-M2`]);
      }
    }
    expect(await orphans()).toBe(0);
  });

  it('an identical upload sent twice at once answers like a re-upload: one inserts, the other finds every unit already present', async () => {
    for (let pair = 0; pair < 3; pair++) {
      const b = await newBatch(t, w);
      const body = packsWithModule(`SAME${pair}`, 'M1');
      const answers = await Promise.all([upload(b.id, body), upload(b.id, body)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const counts = answers.map((a) => [a.body.inserted, a.body.alreadyPresent]).sort((x, y) => (y[0] ?? 0) - (x[0] ?? 0));
      expect(counts).toEqual([
        [2 * PACKS, 0],
        [0, 2 * PACKS],
      ]);
      expect(await tree(b.id)).toHaveLength(2 * PACKS);
    }
    expect(await orphans()).toBe(0);
  });

  it('two concurrent uploads of the same packs into two batches: one succeeds, the other is a CONFLICT that wrote nothing', async () => {
    for (let pair = 0; pair < 3; pair++) {
      const [x, y] = [await newBatch(t, w), await newBatch(t, w)];
      const prefix = `TWO${pair}`;
      const before = await t.snapshot();
      const [one, two] = await Promise.all([upload(x.id, packsWithModule(prefix, 'M1')), upload(y.id, packsWithModule(prefix, 'M2'))]);
      const ok = [one, two].filter((a) => a.status === 200);
      const refused = [one, two].filter((a) => a.status !== 200);
      expect(ok).toHaveLength(1);
      expect(refused.map((a) => [a.status, a.body.error?.code])).toEqual([[409, 'CONFLICT']]);
      expect(refused[0].body.error?.message).toMatch(/already registered with other facts/);
      const after = await t.snapshot();
      expect(after.units - before.units).toBe(2 * PACKS);
      expect((await tree(x.id)).length + (await tree(y.id)).length).toBe(2 * PACKS);
    }
    expect(await orphans()).toBe(0);
  });

  describe('in SQL, whatever the writer', () => {
    let batchId: string;
    let packId: string;
    beforeAll(async () => {
      const b = await newBatch(t, w);
      batchId = b.id;
      expect((await upload(b.id, packsWithModule('SQL', 'M1'))).status).toBe(200);
      [{ id: packId }] = await t.db.query(`SELECT id::text FROM units WHERE serial = 'SQL-P0'`);
    });

    /** Runs `sql`, expects it refused with SQLSTATE `code` (and `constraint` when given), and nothing changed. */
    async function refusedSql(sql: string, params: unknown[], code: string, constraint?: string): Promise<void> {
      const before = await t.snapshot();
      const err = (await t.db.query(sql, params).then(
        () => null,
        (e: unknown) => e,
      )) as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string } | null;
      expect(err).not.toBeNull();
      const d = err!.driverError ?? err!;
      expect(d.code).toBe(code);
      if (constraint) expect(d.constraint).toBe(constraint);
      expect(await t.snapshot()).toEqual(before);
    }

    const insertUnit = `INSERT INTO units (manufacturer_id, batch_id, kind, serial, parent_id, produced_at) VALUES ($1, $2, $3, $4, $5, '2026-03-10Z')`;

    it('refuses a unit whose parent does not exist', async () => {
      await refusedSql(insertUnit, [w.manufacturer.id, batchId, 2, 'ORPHAN-M', '999999999'], '23503', 'units_parent_id_fkey');
    });

    it('refuses one orphan among many valid rows of one INSERT', async () => {
      await refusedSql(
        `INSERT INTO units (manufacturer_id, batch_id, kind, serial, parent_id, produced_at)
         SELECT $1, $2, 1, 'MANY-C' || g, CASE WHEN g = 77 THEN 999999999 ELSE $3::bigint END, '2026-03-10Z' FROM generate_series(1, 200) g`,
        [w.manufacturer.id, batchId, packId],
        '23503',
        'units_parent_id_fkey',
      );
    });

    it("refuses a parent of another manufacturer, and a batch that does not exist or is another manufacturer's", async () => {
      const other = await newWorld(t);
      const otherBatch = await newBatch(t, other);
      await refusedSql(insertUnit, [other.manufacturer.id, otherBatch.id, 2, 'CROSS-M', packId], '23503', 'units_parent_id_fkey');
      await refusedSql(
        insertUnit,
        [w.manufacturer.id, '00000000-0000-4000-8000-000000000000', 3, 'NOBATCH-P', null],
        '23503',
        'units_batch_id_fkey',
      );
      await refusedSql(insertUnit, [w.manufacturer.id, otherBatch.id, 3, 'THEIRS-P', null], '23503', 'units_batch_id_fkey');
    });

    it('refuses moving a unit under a parent that does not exist', async () => {
      await refusedSql(`UPDATE units SET parent_id = 999999999 WHERE serial = 'SQL-P0-M1'`, [], '23503', 'units_parent_id_fkey');
    });

    it('refuses deleting a unit or a batch, and changing their ids', async () => {
      await refusedSql(`DELETE FROM units WHERE id = $1`, [packId], '23503');
      await refusedSql(`UPDATE units SET id = id + 1000000000 WHERE id = $1`, [packId], '23503');
      await refusedSql(`DELETE FROM batches WHERE id = $1`, [batchId], '23503');
      await refusedSql(`TRUNCATE units CASCADE`, [], '23503');
    });

    it('refuses membership history and unit events that name no unit', async () => {
      await refusedSql(
        `INSERT INTO unit_memberships (unit_id, parent_id, valid_from) VALUES ($1, 999999999, now())`,
        [packId],
        '23503',
        'unit_memberships_parent_id_fkey',
      );
      await refusedSql(
        `INSERT INTO unit_events (unit_id, manufacturer_id, batch_id, kind, occurred_at, actor_type) VALUES (999999999, $1, $2, 'STATUS_CHANGED', now(), 'ADMIN')`,
        [w.manufacturer.id, batchId],
        '23503',
        'unit_events_unit_id_fkey',
      );
    });

    it('accepts a valid unit written directly', async () => {
      await t.db.query(insertUnit, [w.manufacturer.id, batchId, 2, 'SQL-P0-M9', packId]);
      expect(await orphans()).toBe(0);
    });
  });
});
