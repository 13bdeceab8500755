import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import { holderOf, mayWriteHealthReadings, notOperatorError } from '../access/battery-health-access';
import type { Actor } from '../access/actor';
import { AppError, badInput, conflict } from '../common/errors';
import type { BatteryCategory } from '../battery-models/battery-model.types';
import { passportCategoryOf } from '../passports/battery-pass-attributes';
import { custodyOf, shipmentsConcerning } from '../units/unit-custody';
import { UNIT_KIND_CODE, unitKindOfCode } from '../units/unit-kind';
import { applicableHealthMask, HEALTH_ATTRIBUTE_NUMBERS, HEALTH_ATTRIBUTES } from './health-attributes';
import { HealthLineError, HealthLinesToCopy } from './health-lines';

export interface HealthIngestResult {
  received: number;
  inserted: number;
  /** Readings already stored with the same value (or repeated in the upload): idempotent, skipped. */
  duplicates: number;
  batteries: number;
  /** SHA-256 of the upload bytes. */
  digest: string;
}

const where = (line: number, field: string) => `line ${line}: ${field}`;

interface BatteryRow {
  serial: string;
  manufacturer: string;
  first_line: number;
  matches: number;
  unit_id: string | null;
  kind: number | null;
  manufacturer_id: string | null;
  produced_at: Date | null;
  /** When the battery was recycled (status WASTE): no reading is measured after it; null while in use. */
  recycled_at: Date | null;
  category: BatteryCategory | null;
  nominal_energy_kwh: number | null;
  operates: boolean;
}

/**
 * Writes an upload of health readings inside the caller's transaction, the shape of the bulk unit
 * upload (units/unit-ingest.service.ts): the lines are parsed and checked one by one while they
 * stream into a temporary staging table by COPY (flat memory), then each distinct battery is
 * resolved once (serial, optional manufacturer), checked (a PACK, held or operated by the caller)
 * and given the mask of the attributes its current passport's category has (a repurposed life's own
 * category, else the model's); one set-based pass over the
 * staged rows finds the first line whose attribute does not apply or that is dated before the
 * battery was made; one `INSERT … ON CONFLICT DO NOTHING` writes the rest. A reading repeated with
 * the same value is a duplicate (idempotent); with another value a CONFLICT naming the line. Any
 * error rolls the whole upload back.
 */
@Injectable()
export class HealthIngestService {
  async ingestStream(
    em: EntityManager,
    actor: Actor & { type: 'ORGANIZATION' },
    body: Readable,
    latestMs: number,
  ): Promise<HealthIngestResult> {
    if (!em.queryRunner) throw new Error('HealthIngestService needs a transactional EntityManager');
    const client = (await em.queryRunner.connect()) as PoolClient;
    await em.query(`
      CREATE TEMP TABLE health_staging (
        line_no integer NOT NULL,
        serial text NOT NULL,
        manufacturer text NOT NULL,
        attr_idx smallint NOT NULL,
        measured_at timestamptz NOT NULL,
        value double precision NOT NULL
      ) ON COMMIT DROP`);
    const hash = createHash('sha256');
    const tap = new Transform({
      transform(chunk: Buffer, _e, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const lines = new HealthLinesToCopy(latestMs);
    try {
      await pipeline(
        body,
        tap,
        lines,
        client.query(copyFrom('COPY health_staging (line_no, serial, manufacturer, attr_idx, measured_at, value) FROM STDIN')),
      );
    } catch (err) {
      if (err instanceof HealthLineError) throw badInput(where(err.line, err.field), err.problem, { line: err.line }, err.reason);
      throw err;
    }
    const digest = hash.digest('hex');
    const received = lines.readings;
    if (received === 0) return { received, inserted: 0, duplicates: 0, batteries: 0, digest };
    await em.query('ANALYZE health_staging');

    const batteries = await this.resolveBatteries(em, actor.organizationId);
    await this.checkBatteries(em, actor, batteries);
    await em.query(
      `CREATE TEMP TABLE health_targets ON COMMIT DROP AS
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::timestamptz[], $5::timestamptz[], $6::int[])
                  AS t(serial, manufacturer, unit_id, produced_at, recycled_at, allowed)`,
      [
        batteries.map((b) => b.serial),
        batteries.map((b) => b.manufacturer),
        batteries.map((b) => b.unit_id),
        batteries.map((b) => b.produced_at),
        batteries.map((b) => b.recycled_at),
        batteries.map((b) => applicableHealthMask(b.category && passportCategoryOf(b.category, Number(b.nominal_energy_kwh)))),
      ],
    );
    await em.query('ANALYZE health_targets');
    await this.checkReadings(em);

    const r = await client.query(
      `INSERT INTO battery_health_readings (unit_id, attribute, measured_at, value, recorded_by)
       SELECT t.unit_id, ($1::smallint[])[s.attr_idx + 1], s.measured_at, s.value, $2
         FROM health_staging s JOIN health_targets t ON t.serial = s.serial AND t.manufacturer = s.manufacturer
       ON CONFLICT DO NOTHING`,
      [HEALTH_ATTRIBUTE_NUMBERS, actor.organizationId],
    );
    const inserted = r.rowCount ?? 0;
    if (inserted < received) await this.refuseChangedReadings(em);
    return { received, inserted, duplicates: received - inserted, batteries: new Set(batteries.map((b) => b.unit_id)).size, digest };
  }

  /** Each distinct (serial, manufacturer) of the upload, resolved once, with what its checks need. */
  private async resolveBatteries(em: EntityManager, organizationId: string): Promise<BatteryRow[]> {
    await em.query(
      // Lines naming the manufacturer find their battery through the (manufacturer_id, serial)
      // index; a serial alone is matched against every manufacturer's units (one hash join).
      `CREATE TEMP TABLE health_batteries ON COMMIT DROP AS
       WITH d AS MATERIALIZED (SELECT serial, manufacturer, min(line_no) AS first_line FROM health_staging GROUP BY serial, manufacturer)
       SELECT d.serial, d.manufacturer, d.first_line, count(u.id)::int AS matches, min(u.id) AS unit_id
         FROM d LEFT JOIN units u ON u.manufacturer_id = d.manufacturer::uuid AND u.serial = d.serial
        WHERE d.manufacturer <> ''
        GROUP BY d.serial, d.manufacturer, d.first_line
       UNION ALL
       SELECT d.serial, d.manufacturer, d.first_line, count(u.id)::int, min(u.id)
         FROM d LEFT JOIN units u ON u.serial = d.serial
        WHERE d.manufacturer = ''
        GROUP BY d.serial, d.manufacturer, d.first_line`,
    );
    // The operation grants the upload relies on are locked until it commits: a revocation waits for
    // the upload, and every reading written was written under an active grant.
    await em.query(
      `SELECT 1 FROM battery_operation_grants
        WHERE operator_organization_id = $1 AND revoked_at IS NULL AND unit_id IN (SELECT unit_id FROM health_batteries WHERE matches = 1)
          FOR SHARE`,
      [organizationId],
    );
    return em.query(
      `SELECT b.serial, b.manufacturer, b.first_line, b.matches, b.unit_id::text AS unit_id, u.kind, u.manufacturer_id, u.produced_at,
              COALESCE((SELECT p.category FROM battery_passports p WHERE p.unit_id = u.id ORDER BY p.life DESC LIMIT 1), m.category) AS category,
              m.nominal_energy_kwh, g.id IS NOT NULL AS operates,
              CASE WHEN u.status = 'WASTE' THEN (SELECT max(e.occurred_at) FROM unit_events e
                                                  WHERE e.unit_id = u.id AND e.kind = 'STATUS_CHANGED' AND e.status = 'WASTE') END AS recycled_at
         FROM health_batteries b
         LEFT JOIN units u ON u.id = b.unit_id AND b.matches = 1
         LEFT JOIN batches bt ON bt.id = u.batch_id
         LEFT JOIN battery_models m ON m.id = bt.model_id
         LEFT JOIN battery_operation_grants g ON g.unit_id = u.id AND g.operator_organization_id = $1 AND g.revoked_at IS NULL
        ORDER BY b.first_line`,
      [organizationId],
    );
  }

  /** Per battery, in the order of the lines: it exists, is one battery (a PACK), and the caller holds or operates it. */
  private async checkBatteries(em: EntityManager, actor: Actor & { type: 'ORGANIZATION' }, batteries: BatteryRow[]): Promise<void> {
    const notOperated = batteries.filter((b) => b.matches === 1 && !b.operates).map((b) => b.unit_id!);
    const shipments = notOperated.length ? await shipmentsConcerning(em, notOperated) : new Map();
    for (const b of batteries) {
      if (b.matches === 0) {
        const of = b.manufacturer ? ` of manufacturer ${b.manufacturer}` : '';
        throw new AppError(
          'NOT_FOUND',
          `${where(b.first_line, 'serial')}: no battery "${b.serial}"${of}`,
          where(b.first_line, 'serial'),
          { line: b.first_line },
          'UNIT_NOT_FOUND',
        );
      }
      if (b.matches > 1) {
        throw badInput(
          where(b.first_line, 'manufacturerId'),
          `${b.matches} manufacturers have a battery "${b.serial}": name the manufacturerId`,
          { line: b.first_line },
          'SERIAL_AMBIGUOUS',
        );
      }
      if (b.kind !== UNIT_KIND_CODE.PACK) {
        throw badInput(
          where(b.first_line, 'serial'),
          `"${b.serial}" is a ${unitKindOfCode(b.kind!)}: health readings are kept per battery (a PACK)`,
          { line: b.first_line },
          'NOT_A_BATTERY',
        );
      }
      if (!b.operates) {
        const holder = holderOf(custodyOf(shipments.get(b.unit_id!) ?? []), b.manufacturer_id!);
        if (!mayWriteHealthReadings(actor, holder, false)) throw notOperatorError(b.first_line, where(b.first_line, 'serial'), b.serial);
      }
    }
  }

  /**
   * One pass over the staged readings: the first line whose attribute the battery lacks, or dated
   * before the battery was made or after it was recycled.
   */
  private async checkReadings(em: EntityManager): Promise<void> {
    const [bad]: {
      line_no: number;
      attr_idx: number;
      not_applicable: boolean;
      measured_at: Date;
      produced_at: Date;
      recycled_at: Date | null;
      serial: string;
    }[] = await em.query(
      `SELECT s.line_no, s.attr_idx, (t.allowed >> s.attr_idx) & 1 = 0 AS not_applicable, s.measured_at, t.produced_at, t.recycled_at, s.serial
         FROM health_staging s JOIN health_targets t ON t.serial = s.serial AND t.manufacturer = s.manufacturer
        WHERE (t.allowed >> s.attr_idx) & 1 = 0 OR s.measured_at < t.produced_at OR s.measured_at > t.recycled_at
        ORDER BY s.line_no LIMIT 1`,
    );
    if (!bad) return;
    const key = HEALTH_ATTRIBUTES[bad.attr_idx].key;
    if (bad.not_applicable) {
      throw badInput(
        where(bad.line_no, 'attribute'),
        `${key} does not apply to battery "${bad.serial}": its passport category does not have it (or it needs no passport)`,
        { line: bad.line_no },
        'ATTRIBUTE_NOT_APPLICABLE',
      );
    }
    if (bad.recycled_at && bad.measured_at > bad.recycled_at) {
      const at = where(bad.line_no, 'measuredAt');
      throw conflict(
        `${at}: ${bad.measured_at.toISOString()} is after battery "${bad.serial}" was recycled (${bad.recycled_at.toISOString()})`,
        at,
        { line: bad.line_no },
        'UNIT_RECYCLED',
      );
    }
    throw badInput(
      where(bad.line_no, 'measuredAt'),
      `${bad.measured_at.toISOString()} is before battery "${bad.serial}" was made (${bad.produced_at.toISOString()})`,
      { line: bad.line_no },
      'MEASURED_BEFORE_PRODUCTION',
    );
  }

  /**
   * Readings skipped by ON CONFLICT: duplicates when the stored value is the same; a CONFLICT naming
   * the line when not (a reading, once stored, is not overwritten; two lines of one upload that
   * disagree are refused too).
   */
  private async refuseChangedReadings(em: EntityManager): Promise<void> {
    const [clash]: { line_no: number; value: number; stored: number; here: boolean }[] = await em.query(
      `SELECT s.line_no, s.value, r.value AS stored, r.recorded_at = now() AS here
         FROM health_staging s JOIN health_targets t ON t.serial = s.serial AND t.manufacturer = s.manufacturer
         JOIN battery_health_readings r ON r.unit_id = t.unit_id AND r.attribute = ($1::smallint[])[s.attr_idx + 1] AND r.measured_at = s.measured_at
        WHERE r.value <> s.value
        ORDER BY s.line_no LIMIT 1`,
      [HEALTH_ATTRIBUTE_NUMBERS],
    );
    if (!clash) return;
    const at = where(clash.line_no, 'value');
    const source = clash.here ? 'another line of this upload gives' : 'the stored reading is';
    throw conflict(
      `${at}: ${clash.value} differs from the reading of the same battery, attribute and time: ${source} ${clash.stored}`,
      at,
      { line: clash.line_no },
      'READING_CONFLICT',
    );
  }
}
