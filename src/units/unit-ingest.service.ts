import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import { AppError, badInput, conflict, uniqueViolation } from '../common/errors';
import { unitKindOfCode, UNIT_KIND_CODE } from './unit-kind';
import { gs1ErrorReason } from '../battery-models/model-gtin';
import { GS1_SERIAL_SQL_PATTERN, gs1SerialProblem } from '../identifiers/gs1-serial';
import { assertWithinDeclaredCounts, lockBatch, mayOverrunDeclaredCounts, UnitCounts } from '../batches/declared-counts';
import { UnitLineError, UnitLinesToCopy, UnitRow, UploadFormat } from './unit-lines';

export interface IngestResult {
  received: number;
  inserted: number;
  alreadyPresent: number;
  /** SHA-256 of what was ingested (the upload bytes, or the canonical rows). */
  digest: string;
}

/** How an error location is named to the caller: `line 12` for uploads, `input.units[11]` for GraphQL. */
export type Locator = (lineNo: number, field: string) => string;
export const uploadLocator: Locator = (line, field) => `line ${line}: ${field}`;
export const graphqlLocator =
  (path: string): Locator =>
  (line, field) =>
    `${path}[${line - 1}].${field}`;

/**
 * Writes units in bulk inside the caller's transaction: rows go to a temporary staging table
 * (COPY for uploads, one `INSERT … SELECT FROM unnest(…)` for GraphQL), parents are resolved
 * once per distinct parent serial, every rule is checked in set-based SQL, then one
 * `INSERT … SELECT … ON CONFLICT DO NOTHING` writes them. A unit already present with the same
 * batch, kind and parent counts as already present, so the same upload twice leaves one copy;
 * one present with different facts is a CONFLICT. Any error rolls the whole upload back.
 */
@Injectable()
export class UnitIngestService {
  async ingestStream(
    em: EntityManager,
    manufacturerId: string,
    batchId: string,
    body: Readable,
    format: UploadFormat,
  ): Promise<IngestResult> {
    const client = await this.clientOf(em);
    await this.createStaging(em);
    const hash = createHash('sha256');
    const tap = new Transform({
      transform(chunk: Buffer, _e, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const lines = new UnitLinesToCopy(format);
    try {
      await pipeline(
        body,
        tap,
        lines,
        client.query(copyFrom('COPY unit_staging (line_no, serial, kind, parent_serial, produced_at) FROM STDIN')),
      );
    } catch (err) {
      if (err instanceof UnitLineError) throw badInput(uploadLocator(err.line, err.field), err.problem, { line: err.line });
      throw err;
    }
    const result = await this.finish(em, manufacturerId, batchId, uploadLocator, 'body');
    return { ...result, digest: hash.digest('hex') };
  }

  async ingestRows(
    em: EntityManager,
    manufacturerId: string,
    batchId: string,
    rows: UnitRow[],
    locate: Locator,
    countsField: string,
  ): Promise<IngestResult> {
    await this.createStaging(em);
    await em.query(
      `INSERT INTO unit_staging (line_no, serial, kind, parent_serial, produced_at)
       SELECT * FROM unnest($1::int[], $2::text[], $3::smallint[], $4::text[], $5::timestamptz[])`,
      [
        rows.map((_, i) => i + 1),
        rows.map((r) => r.serial),
        rows.map((r) => UNIT_KIND_CODE[r.kind]),
        rows.map((r) => r.parentSerial),
        rows.map((r) => r.producedAt),
      ],
    );
    const result = await this.finish(em, manufacturerId, batchId, locate, countsField);
    const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    return { ...result, digest };
  }

  private async clientOf(em: EntityManager): Promise<PoolClient> {
    if (!em.queryRunner) throw new Error('UnitIngestService needs a transactional EntityManager');
    return (await em.queryRunner.connect()) as PoolClient;
  }

  private async createStaging(em: EntityManager): Promise<void> {
    // The sequence is looked up once here: as the column default, pg_get_serial_sequence() ran
    // once per row and made a 1,000,000-row COPY about 5x slower (bench/unit-ingest.bench.ts).
    const [{ seq }]: { seq: number }[] = await em.query(`SELECT pg_get_serial_sequence('units', 'id')::regclass::oid::int8 AS seq`);
    await em.query(`
      CREATE TEMP TABLE unit_staging (
        id bigint NOT NULL DEFAULT nextval(${Number(seq)}::regclass),
        line_no integer NOT NULL,
        serial text NOT NULL,
        kind smallint NOT NULL,
        parent_serial text,
        produced_at timestamptz
      ) ON COMMIT DROP`);
  }

  /**
   * Checks and writes the staged units. `countsField` names the input in a refusal for units beyond
   * the batch's declared counts (declared-counts.ts).
   */
  private async finish(
    em: EntityManager,
    manufacturerId: string,
    batchId: string,
    locate: Locator,
    countsField: string,
  ): Promise<Omit<IngestResult, 'digest'>> {
    // Writers of one batch's units run one after the other from here: the rows are staged (a slow
    // upload body holds no lock) but nothing is resolved yet, so a second upload resolves its
    // parents against the first one's committed units. Amendments of the counts wait for it too.
    await lockBatch(em, batchId);
    await em.query('ANALYZE unit_staging');
    // One pass over the staged rows: how many of each kind, and whether any producedAt leaves the
    // batch's production window (only then is the offending line looked for).
    const [seen]: { cells: number; modules: number; packs: number; outside: boolean }[] = await em.query(
      `SELECT count(*) FILTER (WHERE s.kind = ${UNIT_KIND_CODE.CELL})::int AS cells, count(*) FILTER (WHERE s.kind = ${UNIT_KIND_CODE.MODULE})::int AS modules,
              count(*) FILTER (WHERE s.kind = ${UNIT_KIND_CODE.PACK})::int AS packs,
              coalesce(min(s.produced_at) < b.production_start OR max(s.produced_at) > b.production_end, false) AS outside
         FROM unit_staging s JOIN batches b ON b.id = $1
        GROUP BY b.production_start, b.production_end`,
      [batchId],
    );
    const staged: UnitCounts = { CELL: seen?.cells ?? 0, MODULE: seen?.modules ?? 0, PACK: seen?.packs ?? 0 };
    const received = staged.CELL + staged.MODULE + staged.PACK;
    if (received === 0) return { received: 0, inserted: 0, alreadyPresent: 0 };
    if (seen.outside) await this.refuseProducedAtOutsideWindow(em, batchId, locate);
    if (staged.PACK > 0) await this.refusePackSerialsOutsideAi21(em, batchId, locate);

    // Every distinct parent serial, resolved to a unit that exists already or arrives in this upload.
    await em.query(
      `CREATE TEMP TABLE unit_parents ON COMMIT DROP AS
       SELECT DISTINCT ON (d.parent_serial) d.parent_serial AS serial,
              COALESCE(e.id, s.id) AS id, COALESCE(e.kind, s.kind) AS kind
         FROM (SELECT DISTINCT parent_serial FROM unit_staging WHERE parent_serial IS NOT NULL) d
         LEFT JOIN units e ON e.manufacturer_id = $1 AND e.serial = d.parent_serial
         LEFT JOIN unit_staging s ON s.serial = d.parent_serial
        ORDER BY d.parent_serial, s.line_no`,
      [manufacturerId],
    );
    await em.query('ANALYZE unit_parents');

    const bad: { line_no: number; kind: number; parent_serial: string; parent_kind: number | null }[] = await em.query(`
      SELECT s.line_no, s.kind, s.parent_serial, p.kind AS parent_kind
        FROM unit_staging s LEFT JOIN unit_parents p ON p.serial = s.parent_serial
       WHERE s.parent_serial IS NOT NULL AND (p.id IS NULL OR p.kind <= s.kind)
       ORDER BY s.line_no LIMIT 1`);
    if (bad.length) {
      const b = bad[0];
      const where = locate(b.line_no, 'parentSerial');
      if (b.parent_kind === null) {
        throw new AppError(
          'BAD_USER_INPUT',
          `${where}: no unit with serial "${b.parent_serial}" exists for this manufacturer or in this upload`,
          where,
          { line: b.line_no },
          'PARENT_NOT_FOUND_IN_UPLOAD',
        );
      }
      throw new AppError(
        'BAD_USER_INPUT',
        `${where}: a ${unitKindOfCode(b.kind)} cannot sit inside ${unitKindOfCode(b.parent_kind)} "${b.parent_serial}"`,
        where,
        { line: b.line_no },
        'INVALID_NESTING',
      );
    }

    const recount = await mayOverrunDeclaredCounts(em, batchId, staged);
    const insertedCount = await this.insertUnits(await this.clientOf(em), manufacturerId, batchId);
    // A new unit's first membership is implicit in units.parent_id / produced_at (see
    // migrations/1763900800000-UnitEventTime.ts): nothing more to write here.
    if (insertedCount < received) {
      // One serial twice in the same upload is a duplicate even when both lines say the same
      // thing: two units cannot share a serial. (Checked only when rows were skipped, so a
      // first upload pays nothing for it.)
      const twice: { line_no: number; serial: string; first_line: number }[] = await em.query(
        `SELECT s.line_no, s.serial, f.first_line
           FROM (SELECT serial, min(line_no) AS first_line FROM unit_staging GROUP BY serial HAVING count(*) > 1) f
           JOIN unit_staging s ON s.serial = f.serial AND s.line_no > f.first_line
          ORDER BY s.line_no LIMIT 1`,
      );
      if (twice.length) {
        const d = twice[0];
        const where = locate(d.line_no, 'serial');
        throw conflict(
          `${where}: serial "${d.serial}" is earlier in this upload (${locate(d.first_line, 'serial')})`,
          where,
          {
            line: d.line_no,
            serial: d.serial,
          },
          'SERIAL_REPEATED',
        );
      }
      // Rows skipped by ON CONFLICT: fine when identical to what is stored, a conflict otherwise.
      const clash: { line_no: number; serial: string; first_line: number | null }[] = await em.query(
        `SELECT s.line_no, s.serial,
                (SELECT min(f.line_no) FROM unit_staging f WHERE f.id = u.id) AS first_line
           FROM unit_staging s
           JOIN units u ON u.manufacturer_id = $1 AND u.serial = s.serial AND u.id <> s.id
           LEFT JOIN unit_parents p ON p.serial = s.parent_serial
          WHERE u.batch_id <> $2 OR u.kind <> s.kind OR u.parent_id IS DISTINCT FROM p.id
             OR u.produced_at <> coalesce(s.produced_at, (SELECT production_end FROM batches WHERE id = $2))
          ORDER BY s.line_no LIMIT 1`,
        [manufacturerId, batchId],
      );
      if (clash.length) {
        const c = clash[0];
        const where = locate(c.line_no, 'serial');
        const already =
          c.first_line !== null ? `earlier in this upload (${locate(c.first_line, 'serial')})` : 'already registered with other facts';
        throw conflict(`${where}: serial "${c.serial}" is ${already}`, where, { line: c.line_no, serial: c.serial }, 'SERIAL_TAKEN');
      }
    }
    if (recount) await assertWithinDeclaredCounts(em, batchId, countsField);
    return { received, inserted: insertedCount, alreadyPresent: received - insertedCount };
  }

  /**
   * A unit is made inside its batch's production window [productionStart, productionEnd]
   * (event time); a line without producedAt takes the production end when inserted.
   */
  private async refuseProducedAtOutsideWindow(em: EntityManager, batchId: string, locate: Locator): Promise<void> {
    const outside: { line_no: number; produced_at: Date; start: Date; end: Date }[] = await em.query(
      `SELECT s.line_no, s.produced_at, b.production_start AS start, b.production_end AS end
         FROM unit_staging s JOIN batches b ON b.id = $1
        WHERE s.produced_at < b.production_start OR s.produced_at > b.production_end
        ORDER BY s.line_no LIMIT 1`,
      [batchId],
    );
    const o = outside[0];
    if (!o) return;
    const where = locate(o.line_no, 'producedAt');
    throw new AppError(
      'BAD_USER_INPUT',
      `${where}: ${o.produced_at.toISOString()} is outside the batch's production window [${o.start.toISOString()}, ${o.end.toISOString()}]`,
      where,
      { line: o.line_no },
      'OUTSIDE_PRODUCTION_WINDOW',
    );
  }

  /**
   * A pack of a model with a GTIN is named `/01/<GTIN>/21/<serial>` (docs/identifiers.md), so its
   * serial must be a GS1 serial number (AI 21: 1 to 20 characters of set 82). One pass over the
   * staged packs, only for such models. FOR KEY SHARE on the model holds off setBatteryModelGtin,
   * which checks the packs already stored, until this upload commits.
   */
  private async refusePackSerialsOutsideAi21(em: EntityManager, batchId: string, locate: Locator): Promise<void> {
    const [model]: { gtin: string | null; prefix: string | null }[] = await em.query(
      `SELECT m.gtin, o.gs1_company_prefix AS prefix
         FROM batches b JOIN battery_models m ON m.id = b.model_id JOIN organizations o ON o.id = m.manufacturer_id
        WHERE b.id = $1 FOR KEY SHARE OF m`,
      [batchId],
    );
    if (!model?.gtin || !model.prefix) return;
    const [bad]: { line_no: number; serial: string }[] = await em.query(
      `SELECT line_no, serial FROM unit_staging WHERE kind = ${UNIT_KIND_CODE.PACK} AND serial !~ $1 ORDER BY line_no LIMIT 1`,
      [GS1_SERIAL_SQL_PATTERN],
    );
    if (!bad) return;
    const problem = gs1SerialProblem(bad.serial)!;
    const where = locate(bad.line_no, 'serial');
    throw new AppError(
      'BAD_USER_INPUT',
      `${where}: the batch's model has GTIN ${model.gtin}, so a pack's serial is its GS1 serial number: ${problem.message}`,
      where,
      { line: bad.line_no, serial: bad.serial },
      gs1ErrorReason(problem),
    );
  }

  /**
   * Inserts the staged units; returns how many were new. The common case, an upload of new
   * units, runs a plain INSERT (ON CONFLICT's speculative insertion costs about a quarter of the
   * insert on a million rows). Only when that hits a serial already stored does it roll back to a
   * savepoint and insert with ON CONFLICT DO NOTHING, leaving the skipped rows to the checks.
   */
  private async insertUnits(client: PoolClient, manufacturerId: string, batchId: string): Promise<number> {
    const insert = (onConflict: string) =>
      client.query(
        `INSERT INTO units (id, manufacturer_id, batch_id, kind, serial, parent_id, produced_at)
         SELECT s.id, $1, $2, s.kind, s.serial, p.id, coalesce(s.produced_at, b.production_end)
           FROM unit_staging s JOIN batches b ON b.id = $2 LEFT JOIN unit_parents p ON p.serial = s.parent_serial ${onConflict}`,
        [manufacturerId, batchId],
      );
    await client.query('SAVEPOINT unit_insert');
    try {
      const r = await insert('');
      await client.query('RELEASE SAVEPOINT unit_insert');
      return r.rowCount ?? 0;
    } catch (err) {
      if (uniqueViolation(err) !== 'units_manufacturer_serial_key') throw err;
      await client.query('ROLLBACK TO SAVEPOINT unit_insert');
      // A parent staged here may have been stored meanwhile by an upload into another batch (the
      // batch lock serialises only uploads into this one): its staged row will be skipped, so
      // children point at the stored unit instead. The checks after the insert then compare the
      // skipped row with what is stored (another batch or kind is a CONFLICT).
      await client.query(
        `UPDATE unit_parents p SET id = e.id, kind = e.kind FROM units e
          WHERE e.manufacturer_id = $1 AND e.serial = p.serial AND e.id <> p.id`,
        [manufacturerId],
      );
      const r = await insert('ON CONFLICT (manufacturer_id, serial) DO NOTHING');
      return r.rowCount ?? 0;
    }
  }
}
