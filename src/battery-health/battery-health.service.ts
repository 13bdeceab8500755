import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { assertCanReadHealthAttribute, healthReadGroups, requireHealthWriter } from '../access/battery-health-access';
import { Actor } from '../access/actor';
import { needsGrantLookup } from '../access/legitimate-interest';
import { filterPassport } from '../access/passport-access';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/env';
import { APP_CONFIG } from '../config/config.module';
import { badInput, notFound } from '../common/errors';
import { unknownNameProblem } from '../common/near-miss';
import { decodeCursor, encodeCursor, pageSize } from '../common/pagination';
import { PassportGrantsService } from '../passport-grants/passport-grants.service';
import type { PassportAccessGroup } from '../passports/passport-attributes';
import { BatteryOperationService } from './battery-operation.service';
import { HealthIngestService, HealthIngestResult } from './health-ingest.service';
import { HEALTH_ATTRIBUTE_BY_KEY, HEALTH_ATTRIBUTE_BY_NUMBER, HEALTH_ATTRIBUTE_KEYS, HEALTH_ATTRIBUTE_NUMBERS } from './health-attributes';

export interface HealthValue {
  value: number;
  /** RFC 3339, UTC. */
  measuredAt: string;
}

export interface HealthHistoryPage {
  unitId: string;
  attribute: string;
  unit: string;
  readings: (HealthValue & { recordedAt: string })[];
  /** Pass as `after` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/**
 * A correlated subquery for a statement of another service: the latest reading of each health
 * attribute of the unit `unitIdExpr` names, as a JSON array of `{ a: <catalogue number>, v: <value>,
 * t: <measuredAt, ISO 8601 UTC to the millisecond as Date.toISOString> }` (null without readings), on
 * the same index as latestValues; parseLatestHealth reads it back. The attribute numbers are constants.
 */
export const latestHealthJsonSql = (unitIdExpr: string): string =>
  `(SELECT json_agg(json_build_object('a', a.n, 'v', r.value,
                      't', to_char(r.measured_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
      FROM unnest('{${HEALTH_ATTRIBUTE_NUMBERS.join(',')}}'::smallint[]) AS a(n)
      CROSS JOIN LATERAL (SELECT value, measured_at FROM battery_health_readings
                           WHERE unit_id = ${unitIdExpr} AND attribute = a.n ORDER BY measured_at DESC LIMIT 1) r)`;

/** The value of latestHealthJsonSql as latestValues answers it for one unit: catalogue key to value. */
export function parseLatestHealth(json: readonly { a: number; v: number; t: string }[] | null): Record<string, HealthValue> {
  const out: Record<string, HealthValue> = {};
  for (const r of json ?? []) out[HEALTH_ATTRIBUTE_BY_NUMBER.get(r.a)!.key] = { value: r.v, measuredAt: r.t };
  return out;
}

const UNIT_ID = /^[1-9][0-9]{0,17}$/;

function requireUnitId(raw: string): string {
  if (!UNIT_ID.test(raw))
    throw badInput('unitId', `must be a unit id (a positive whole number), got ${JSON.stringify(raw).slice(0, 40)}`, 'INVALID_ID');
  return raw;
}

/**
 * Live battery-health data (docs/battery-health.md): the streamed upload of readings, and reading
 * them back: the latest value per battery and attribute (what the passport shows) and the history of
 * one attribute, each for the callers whose passport access groups read it.
 */
@Injectable()
export class BatteryHealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ingest: HealthIngestService,
    private readonly operation: BatteryOperationService,
    private readonly passportGrants: PassportGrantsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** POST /batteries/health-readings: all or nothing, idempotent; errors name the line and the field. */
  async upload(actor: Actor, body: Readable): Promise<Omit<HealthIngestResult, 'digest'> & { uploadSha256: string }> {
    const writer = requireHealthWriter(actor);
    const latestMs = Date.now() + this.config.eventTimeMaxSkewSeconds * 1000;
    return this.db.transaction(async (em) => {
      const { digest, ...result } = await this.ingest.ingestStream(em, writer, body, latestMs);
      await this.audit.append(em, writer, {
        action: 'uploadHealthReadings',
        subjectType: 'Organization',
        subjectId: writer.organizationId,
        input: { uploadSha256: digest, received: result.received, inserted: result.inserted, batteries: result.batteries },
      });
      return { ...result, uploadSha256: digest };
    });
  }

  /**
   * The latest value of each health attribute of each battery, in one statement: one backward probe
   * of the primary key per battery and attribute. Batteries without readings map to an empty record.
   * For the passport (which filters by the caller's access groups, as every attribute).
   */
  async latestValues(unitIds: string[]): Promise<Map<string, Record<string, HealthValue>>> {
    const ids = [...new Set(unitIds.map(requireUnitId))];
    const out = new Map<string, Record<string, HealthValue>>(ids.map((id) => [id, {}]));
    if (!ids.length) return out;
    const rows: { unit_id: string; attribute: number; value: number; measured_at: Date }[] = await this.db.query(
      `SELECT u.id::text AS unit_id, a.n AS attribute, r.value, r.measured_at
         FROM unnest($1::bigint[]) AS u(id) CROSS JOIN unnest($2::smallint[]) AS a(n)
         CROSS JOIN LATERAL (SELECT value, measured_at FROM battery_health_readings
                              WHERE unit_id = u.id AND attribute = a.n ORDER BY measured_at DESC LIMIT 1) r`,
      [ids, HEALTH_ATTRIBUTE_NUMBERS],
    );
    for (const r of rows) {
      out.get(r.unit_id)![HEALTH_ATTRIBUTE_BY_NUMBER.get(r.attribute)!.key] = { value: r.value, measuredAt: r.measured_at.toISOString() };
    }
    return out;
  }

  /** The history of one attribute of one battery, newest first, keyset-paged by measurement time. */
  async history(
    unitId: string,
    attributeKey: string,
    paging: { first?: number | null; after?: string | null } = {},
  ): Promise<HealthHistoryPage> {
    const attribute = HEALTH_ATTRIBUTE_BY_KEY.get(attributeKey);
    if (!attribute)
      throw badInput('attribute', unknownNameProblem('attribute', attributeKey, HEALTH_ATTRIBUTE_KEYS), 'NOT_A_HEALTH_ATTRIBUTE');
    const limit = pageSize('first', paging.first);
    const cursor = decodeCursor('after', paging.after, 1);
    const before = cursor === null ? null : String(cursor[0]);
    if (before !== null && Number.isNaN(Date.parse(before)))
      throw badInput('after', 'is not a cursor returned by this API', 'INVALID_CURSOR');
    const rows: { value: number; measured_at: Date; recorded_at: Date; cursor: string }[] = await this.db.query(
      `SELECT value, measured_at, recorded_at, to_char(measured_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor
         FROM battery_health_readings
        WHERE unit_id = $1 AND attribute = $2 AND ($3::timestamptz IS NULL OR measured_at < $3)
        ORDER BY measured_at DESC LIMIT $4`,
      [unitId, attribute.number, before, limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      unitId,
      attribute: attribute.key,
      unit: attribute.unit,
      readings: page.map((r) => ({ value: r.value, measuredAt: r.measured_at.toISOString(), recordedAt: r.recorded_at.toISOString() })),
      nextCursor: rows.length > limit ? encodeCursor([page[page.length - 1].cursor]) : null,
    };
  }

  /** GET /batteries/:unitId/health-readings?attribute=…: the history, for a caller whose groups read the attribute (else FORBIDDEN). */
  async historyFor(
    actor: Actor,
    unitIdRaw: string,
    attributeKey: string | undefined,
    paging: { first?: number | null; after?: string | null },
  ) {
    const unitId = requireUnitId(unitIdRaw);
    if (!attributeKey) throw badInput('attribute', `name one of ${HEALTH_ATTRIBUTE_KEYS.join(', ')}`, 'NOT_A_HEALTH_ATTRIBUTE');
    const attribute = HEALTH_ATTRIBUTE_BY_KEY.get(attributeKey);
    if (!attribute)
      throw badInput('attribute', unknownNameProblem('attribute', attributeKey, HEALTH_ATTRIBUTE_KEYS), 'NOT_A_HEALTH_ATTRIBUTE');
    const groups = await this.groupsFor(actor, unitId);
    assertCanReadHealthAttribute(groups, attribute.attribute);
    return { access: { groups }, ...(await this.history(unitId, attribute.key, paging)) };
  }

  /** GET /batteries/:unitId/health: the latest value of each attribute the caller's groups read (the others are absent). */
  async latestFor(actor: Actor, unitIdRaw: string) {
    const unitId = requireUnitId(unitIdRaw);
    const groups = await this.groupsFor(actor, unitId);
    const latest = (await this.latestValues([unitId])).get(unitId)!;
    return { unitId, access: { groups }, attributes: filterPassport(latest, groups) };
  }

  /** The passport access groups the caller reads of this battery (access/battery-health-access.ts). */
  private async groupsFor(actor: Actor, unitId: string): Promise<readonly PassportAccessGroup[]> {
    const [unit]: { manufacturerId: string; batchId: string; modelId: string; kind: number }[] = await this.db.query(
      `SELECT u.manufacturer_id AS "manufacturerId", u.batch_id AS "batchId", b.model_id AS "modelId", u.kind
         FROM units u JOIN batches b ON b.id = u.batch_id WHERE u.id = $1`,
      [unitId],
    );
    if (!unit) throw notFound('Unit', unitId, 'unitId');
    let operates = false;
    let passportGrant = false;
    let holderId: string | null = null;
    if (actor.type === 'ORGANIZATION' && needsGrantLookup(actor, unit.manufacturerId)) {
      [operates, passportGrant, holderId] = await Promise.all([
        this.operation.operates(actor.organizationId, unitId),
        this.passportGrants.hasActiveGrant(actor.organizationId, unit.batchId, unit.modelId, unitId),
        this.db.transaction((em) => this.operation.holder(em, { id: unitId, manufacturerId: unit.manufacturerId })),
      ]);
    }
    return healthReadGroups(actor, { manufacturerId: unit.manufacturerId, holderId, operates, passportGrant });
  }
}
