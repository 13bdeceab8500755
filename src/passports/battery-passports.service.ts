import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { ownsBatteryPassport } from '../access/passport-access';
import { badInput, notFound } from '../common/errors';
import { decodeCursor, encodeCursor, pageSize } from '../common/pagination';
import { requireId, requireText } from '../common/validate';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { UNIT_KIND_CODE } from '../units/unit-kind';
import type { UnitStatus } from '../units/unit-status';
import { batteryLives, batteryPassport, LaterLifeRow, PackFacts, StatusEventRow, unitIdOfOriginalPassport } from './battery-passport';
import { batteryPassDataModel } from './battery-pass-data-model';
import { BatchContextRow, BatchPassportContext, PassportsService } from './passports.service';
import { BatteryHealthService, HealthValue, latestHealthJsonSql, parseLatestHealth } from '../battery-health/battery-health.service';
import { BatteryOperationService } from '../battery-health/battery-operation.service';

/** A pack with its later lives and status changes, as PACK_SELECT reads it. */
interface PackRow {
  unitId: string;
  manufacturerId: string;
  batchId: string;
  serial: string;
  producedAt: Date;
  status: UnitStatus;
  lives: LaterLifeRow[];
  statusEvents: StatusEventRow[];
}

/** One pack with its latest health readings and its batch's shared context (PassportsService.batchContextSelect). */
interface PackWithContextRow extends PackRow, BatchContextRow {
  latestHealth: { a: number; v: number; t: string }[] | null;
}

/** One pack (alias u) with its battery_passports rows and its status changes, each a subquery on an index. */
const PACK_SELECT = `SELECT u.id::text AS "unitId", u.manufacturer_id AS "manufacturerId", u.batch_id AS "batchId", u.serial,
       u.produced_at AS "producedAt", u.status,
       COALESCE((SELECT json_agg(json_build_object('id', p.id, 'life', p.life, 'predecessorId', p.predecessor_id, 'status', p.status,
                   'category', p.category, 'operatorId', p.operator_id, 'operatorName', o.name, 'startedAt', p.started_at,
                   'recordedAt', p.recorded_at) ORDER BY p.life)
                  FROM battery_passports p JOIN organizations o ON o.id = p.operator_id WHERE p.unit_id = u.id), '[]'::json) AS lives,
       COALESCE((SELECT json_agg(json_build_object('status', e.status, 'occurredAt', e.occurred_at, 'recordedAt', e.recorded_at,
                   'actorType', e.actor_type, 'actorId', e.actor_id) ORDER BY e.occurred_at, e.id)
                  FROM unit_events e WHERE e.unit_id = u.id AND e.kind = 'STATUS_CHANGED'), '[]'::json) AS "statusEvents"
  FROM units u`;

/** Per pack: its latest health readings (catalogue key to value) and whether the caller has an interest of its own in it. */
interface PerBattery {
  latest: Map<string, Record<string, HealthValue>>;
  interested: Set<string>;
}

/** Packs fetched per round trip by the export (each becomes one NDJSON line). */
export const EXPORT_FETCH_SIZE = 500;

/**
 * The passport of each battery (docs/battery-passports.md): GET /passports/batteries/:passportId,
 * the lookup by manufacturer and serial, the NDJSON export of a batch's packs and the GraphQL
 * queries. Every answer is assembled by battery-passport.ts from the batch's shared context
 * (PassportsService.batchContext), so that every route filters the same attributes for the same caller.
 */
@Injectable()
export class BatteryPassportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passports: PassportsService,
    private readonly health: BatteryHealthService,
    private readonly operation: BatteryOperationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A battery passport by its identifier: an original one (derived from the pack's id) or a later life. */
  async byPassportId(actor: Actor, passportIdRaw: string, field = 'passportId') {
    return (await this.withContextById(actor, passportIdRaw, field)).passport;
  }

  /** The current passport (its latest life) of a pack, by its manufacturer and serial. */
  async byUnit(actor: Actor, manufacturerIdRaw: unknown, serialRaw: unknown) {
    return (await this.withContextByUnit(actor, manufacturerIdRaw, serialRaw)).passport;
  }

  /** As byPassportId, with the batch's context it was assembled from (for the passport page). */
  async withContextById(actor: Actor, passportIdRaw: string, field = 'passportId') {
    const passportId = requireId(field, passportIdRaw);
    const unitId = unitIdOfOriginalPassport(passportId);
    const [pack] = unitId
      ? await this.packWithContext(`u.id = $1`, [unitId])
      : await this.packWithContext(`u.id = (SELECT unit_id FROM battery_passports WHERE id = $1)`, [passportId]);
    if (!pack) throw notFound('Battery passport', passportId, field);
    return this.assemble(actor, pack, passportId);
  }

  /**
   * GET /passports/batteries/:passportId/batterypass: the same passport's `attributes`, filtered for the
   * caller as byPassportId filters them, arranged into the Battery Pass data model 1.2 aspects
   * (battery-pass-data-model.ts; docs/battery-pass-data-model.md).
   */
  async batteryPass(actor: Actor, passportIdRaw: string) {
    const p = await this.byPassportId(actor, passportIdRaw);
    return { passportId: p.passportId, dataModelVersion: '1.2.0', access: p.access, aspects: batteryPassDataModel(p.attributes) };
  }

  /** As byUnit, with the batch's context it was assembled from (for the passport page). */
  async withContextByUnit(actor: Actor, manufacturerIdRaw: unknown, serialRaw: unknown) {
    // Query parameters: absent, or repeated (an array), is malformed.
    const manufacturerId = requireId('manufacturerId', typeof manufacturerIdRaw === 'string' ? manufacturerIdRaw : '');
    const serial = requireText('serial', typeof serialRaw === 'string' ? serialRaw : '', 64);
    const [pack] = await this.packWithContext(`u.manufacturer_id = $1 AND u.serial = $2`, [manufacturerId, serial]);
    if (!pack) throw notFound('Battery passport', `of pack "${serial}"`, 'serial');
    return this.assemble(actor, pack, null);
  }

  /**
   * One statement for one battery's passport: the pack (PACK_SELECT, where `condition`), its latest
   * health readings and its batch's shared context (PassportsService.batchContextSelect). A named
   * (prepared) statement, named by a digest of its text (three shapes): planning it costs several
   * times its execution, and each pooled connection plans it once (bench/passport-assembly.bench.ts).
   */
  private async packWithContext(condition: string, values: unknown[]): Promise<PackWithContextRow[]> {
    const text = `SELECT x.*, c.* FROM (
              SELECT p.*, ${latestHealthJsonSql('p."unitId"::bigint')} AS "latestHealth"
                FROM (${PACK_SELECT} WHERE ${condition} AND u.kind = ${UNIT_KIND_CODE.PACK}) p) x
             CROSS JOIN LATERAL (${this.passports.batchContextSelect} WHERE b.id = x."batchId") c`;
    const pool = (
      this.db.driver as unknown as { master: { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown }> } }
    ).master;
    const name = `battrace_battery_passport_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    return (await pool.query({ name, text, values })).rows as PackWithContextRow[];
  }

  /**
   * One battery's passport from its row: the batch's context, and (only for an organization that
   * could gain groups by it) whether the caller operates or holds the battery.
   */
  private async assemble(actor: Actor, pack: PackWithContextRow, passportId: string | null) {
    const ctx = await this.passports.contextOf(actor, pack);
    const interested = ctx.batteryInterestMatters
      ? await this.operation.unitsOfInterest(actor, [{ id: pack.unitId, manufacturerId: pack.manufacturerId }])
      : new Set<string>();
    const extras: PerBattery = { latest: new Map([[pack.unitId, parseLatestHealth(pack.latestHealth)]]), interested };
    return { passport: this.document(actor, ctx, pack, passportId, extras), context: ctx };
  }

  /**
   * What each pack adds beyond the batch's context, read for a whole page of packs at once: its latest
   * health readings (battery-health, one statement) and whether the caller has an interest of its own
   * in it (operates or holds it; looked up only where that could add to its groups).
   */
  private async perBattery(actor: Actor, ctx: BatchPassportContext, packs: readonly PackRow[]): Promise<PerBattery> {
    const [latest, interested] = await Promise.all([
      this.health.latestValues(packs.map((p) => p.unitId)),
      ctx.batteryInterestMatters
        ? this.operation.unitsOfInterest(
            actor,
            packs.map((p) => ({ id: p.unitId, manufacturerId: p.manufacturerId })),
          )
        : Promise.resolve(new Set<string>()),
    ]);
    return { latest, interested };
  }

  /**
   * The passport `passportId` of `pack` (its current one when null), filtered for the caller. Health
   * readings belong to the battery's current life: a passport its successor replaced carries none.
   */
  private document(actor: Actor, ctx: BatchPassportContext, pack: PackRow, passportId: string | null, extras: PerBattery) {
    const facts: PackFacts = pack;
    const lives = batteryLives(facts, ctx.modelCategory, pack.lives);
    const lifeIndex = passportId === null ? lives.length - 1 : lives.findIndex((l) => l.passportId === passportId);
    const life = lives[lifeIndex];
    const isOwner = ownsBatteryPassport(actor, ctx.manufacturerId, life.operator?.id ?? null);
    const current = lifeIndex === lives.length - 1;
    return batteryPassport({
      dynamicValues: current ? extras.latest.get(pack.unitId) : undefined,
      publicBaseUrl: this.config.publicBaseUrl,
      pack: facts,
      lives,
      lifeIndex,
      statusEvents: pack.statusEvents,
      batchAttributes: ctx.attributes,
      nominalEnergyKWh: ctx.nominalEnergyKWh,
      groups: ctx.groupsOf(isOwner, extras.interested.has(pack.unitId)),
      isOwner,
      modelPassport: ctx.modelPassport,
      versions: ctx.versions,
    });
  }

  /** GraphQL batteryPassports: the current passports of a batch's packs, by pack id, a page at a time. */
  async page(actor: Actor, batchIdRaw: string, first: number | null | undefined, after: string | null | undefined) {
    const batchId = requireId('batchId', batchIdRaw);
    const limit = pageSize('first', first);
    const key = decodeCursor('after', after, 1);
    const afterUnitId = key === null ? '0' : String(key[0]);
    if (!/^(0|[1-9][0-9]{0,17})$/.test(afterUnitId)) throw badInput('after', 'is not a cursor returned by this API', 'INVALID_CURSOR');
    const ctx = await this.passports.batchContext(actor, batchId);
    if (!ctx) throw notFound('Batch', batchId, 'batchId');
    const packs: PackRow[] = await this.db.query(
      `${PACK_SELECT} WHERE u.batch_id = $1 AND u.kind = ${UNIT_KIND_CODE.PACK} AND u.id > $2 ORDER BY u.id LIMIT $3`,
      [batchId, afterUnitId, limit + 1],
    );
    const shown = packs.slice(0, limit);
    const extras = await this.perBattery(actor, ctx, shown);
    const nodes = shown.map((p) => JSON.stringify(this.document(actor, ctx, p, null, extras)));
    const last = packs[Math.min(limit, packs.length) - 1];
    return { nodes, pageInfo: { hasNextPage: packs.length > limit, endCursor: last ? encodeCursor([last.unitId]) : null } };
  }

  /**
   * GET /passports/batches/:batchId/batteries: the current passport of every pack of the batch, one
   * JSON line each (NDJSON), in pack id order. The batch's context and the caller's groups are read
   * once; the packs come through a server-side cursor in a read-only REPEATABLE READ transaction
   * (one snapshot, one sort), EXPORT_FETCH_SIZE at a time, so memory stays flat whatever the batch's size.
   * An unknown batch is refused before anything is streamed.
   */
  async exportBatch(actor: Actor, batchIdRaw: string): Promise<Readable> {
    const batchId = requireId('batchId', batchIdRaw);
    const ctx = await this.passports.batchContext(actor, batchId);
    if (!ctx) throw notFound('Batch', batchId, 'batchId');
    const lines = async function* (this: BatteryPassportsService): AsyncGenerator<string> {
      const runner = this.db.createQueryRunner();
      await runner.connect();
      let committed = false;
      try {
        await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        await runner.query(
          `DECLARE battery_passport_export NO SCROLL CURSOR FOR
             ${PACK_SELECT} WHERE u.batch_id = $1 AND u.kind = ${UNIT_KIND_CODE.PACK} ORDER BY u.id`,
          [batchId],
        );
        for (;;) {
          const packs: PackRow[] = await runner.query(`FETCH ${EXPORT_FETCH_SIZE} FROM battery_passport_export`);
          if (packs.length === 0) break;
          const extras = await this.perBattery(actor, ctx, packs);
          yield packs.map((p) => `${JSON.stringify(this.document(actor, ctx, p, null, extras))}\n`).join('');
        }
        await runner.query('COMMIT');
        committed = true;
      } finally {
        // An aborted download ends here too: the transaction is rolled back before the connection goes back.
        if (!committed) await runner.query('ROLLBACK').catch(() => undefined);
        await runner.release();
      }
    };
    return Readable.from(lines.call(this), { objectMode: false });
  }
}
