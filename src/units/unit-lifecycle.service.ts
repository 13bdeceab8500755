import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requireManufacturer, UnitChanger, unitChanger } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { assertOwnsParentUnit } from '../access/unit-access';
import { AuditService } from '../audit/audit.service';
import { nestingProblem, unitKindOfCode } from './unit-kind';
import { badInput, conflict, notFound } from '../common/errors';
import { eventTimeProblem, Predecessor } from '../common/event-time-bounds';
import { optionalText, requireId, requireText } from '../common/validate';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { DisassembleInput, MarkRecycledInput, MarkRepurposedInput, RepackUnitsInput } from './dto/unit-lifecycle.inputs';
import { globalId, parseGlobalId } from '../provenance/global-id';
import { AggregationChangeModel } from './unit.model';
import { custodyOf, custodyProblem, shipmentsConcerning } from './unit-custody';
import { lockUnitsBySerial, tracedUnit, UNIT_COLUMNS, UnitRowSql } from './unit-rows';
import { isRecycled, SECOND_LIFE_STATUSES, statusChangeProblem, UnitStatus } from './unit-status';
import { NEW_PASSPORT_STATUSES, NewPassportStatus, originalPassportId, startsNewPassport } from '../passports/battery-passport';
import type { BatteryCategory } from '../battery-models/battery-model.types';

export const MAX_REPACK_UNITS = 1000;

interface EventRow {
  unitId: string;
  batchId: string;
  kind: 'REPACKED' | 'DISASSEMBLED' | 'STATUS_CHANGED';
  fromParentId: string | null;
  toParentId: string | null;
  status: UnitStatus | null;
}

/**
 * Changes of aggregation and lifecycle status (issue 6): every change closes the open
 * membership of the units it moves, opens the new one, updates units.parent_id (the current
 * parent) and records one unit_events row per unit, with time and actor; one audit entry last.
 *
 * Event time (issue 11): `at` is when the change happened, back-dated if recorded late, but not
 * in the future beyond EVENT_TIME_MAX_SKEW_SECONDS and not before the state it changes (the unit
 * made, its current placement, its last recorded change, custody handed over). unit_events keeps
 * both times (occurred_at, recorded_at); the audit log keeps record time.
 * Custody (issue 11, unit-custody.ts): nothing changes while a unit is on a shipment under way;
 * once delivered only the consignee changes it (disassemble, repurpose, recycle); after a
 * return, the manufacturer again. Refusals are CONFLICT naming the shipment and its status.
 */
@Injectable()
export class UnitLifecycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async repackUnits(actor: Actor, input: RepackUnitsInput): Promise<AggregationChangeModel> {
    const manufacturerId = requireManufacturer(actor, 'repackUnits');
    const serials = this.serials(input.serials);
    const target = parseGlobalId('input.parentId', input.parentId);
    if (target.kind !== 'Unit')
      throw badInput('input.parentId', `must be the id of a module or pack (Unit:<number>), got a ${target.kind}`);
    const reason = optionalText('input.reason', input.reason, 500);
    return this.db.transaction(async (em) => {
      const units = await this.requireUnits(em, manufacturerId, serials, 'input.serials');
      const [parent]: UnitRowSql[] = await em.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = $1 FOR UPDATE`, [target.key]);
      if (!parent) throw notFound('Unit', input.parentId, 'input.parentId');
      assertOwnsParentUnit(manufacturerId, parent.manufacturer_id, input.parentId, 'input.parentId');
      if (isRecycled(parent.status))
        throw conflict(
          `${unitKindOfCode(parent.kind)} "${parent.serial}" is recycled (WASTE): nothing may be packed into it`,
          'input.parentId',
          'UNIT_RECYCLED',
        );
      // Walk the target's current ancestors: a unit cannot move into itself or into a unit inside it.
      const ancestors: { id: string }[] = await em.query(
        `WITH RECURSIVE up AS (SELECT id, parent_id, 0 AS d FROM units WHERE id = $1
           UNION ALL SELECT u.id, u.parent_id, up.d + 1 FROM up JOIN units u ON u.id = up.parent_id WHERE up.d < 8)
         SELECT id::text FROM up`,
        [parent.id],
      );
      const above = new Set(ancestors.map((a) => a.id));
      units.forEach((u) => {
        const field = `input.serials[${serials.indexOf(u.serial)}]`;
        if (u.id === parent.id) throw badInput(field, `"${u.serial}" cannot be repacked into itself`);
        if (above.has(u.id)) throw badInput(field, `"${u.serial}" cannot be repacked into "${parent.serial}", which sits inside it`);
        const nesting = nestingProblem(unitKindOfCode(u.kind), unitKindOfCode(parent.kind));
        if (nesting) throw badInput(field, nesting);
        if (isRecycled(u.status))
          throw conflict(`${field}: "${u.serial}" is recycled (WASTE) and cannot be repacked`, field, 'UNIT_RECYCLED');
        if (u.parent_id === parent.id) throw badInput(field, `"${u.serial}" is already in "${parent.serial}"`);
      });
      const changer = { manufacturerId, organizationId: manufacturerId, isManufacturer: true };
      const since = await this.requireCustody(em, changer, [...units, parent], (u) =>
        u.id === parent.id ? 'input.parentId' : `input.serials[${serials.indexOf(u.serial)}]`,
      );
      const at = await this.eventTime(em, 'input.at', input.at, units, [parent], since);
      const events = units.map<EventRow>((u) => ({
        unitId: u.id,
        batchId: u.batch_id,
        kind: 'REPACKED',
        fromParentId: u.parent_id,
        toParentId: parent.id,
        status: null,
      }));
      await this.move(
        em,
        units.map((u) => u.id),
        parent.id,
        at,
      );
      await this.recordEvents(em, actor, manufacturerId, events, at, reason);
      const after = await this.reload(
        em,
        units.map((u) => u.id),
      );
      await this.audit.append(em, actor, {
        action: 'repackUnits',
        subjectType: 'Unit',
        subjectId: globalId('Unit', parent.id),
        input: { serials, parentId: input.parentId, at: at.toISOString(), reason },
      });
      return { occurredAt: at, eventCount: events.length, units: after.map(tracedUnit) };
    });
  }

  async disassemble(actor: Actor, input: DisassembleInput): Promise<AggregationChangeModel> {
    const changer = this.changer(actor, 'disassemble', input.manufacturerId);
    const { manufacturerId } = changer;
    const serial = requireText('input.serial', input.serial, 64);
    const reason = optionalText('input.reason', input.reason, 500);
    return this.db.transaction(async (em) => {
      const [unit] = await this.requireUnits(em, manufacturerId, [serial], 'input.serial');
      const children: UnitRowSql[] = await em.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE parent_id = $1 ORDER BY id FOR UPDATE`, [
        unit.id,
      ]);
      const since = await this.requireCustody(em, changer, [unit, ...children], () => 'input.serial');
      if (isRecycled(unit.status))
        throw conflict(`"${serial}" is recycled (WASTE): it cannot be disassembled`, 'input.serial', 'UNIT_RECYCLED');
      if (children.length === 0) throw badInput('input.serial', `"${serial}" has no units inside it`);
      const at = await this.eventTime(em, 'input.at', input.at, children, [unit], since);
      await this.move(
        em,
        children.map((c) => c.id),
        null,
        at,
      );
      const events: EventRow[] = [
        { unitId: unit.id, batchId: unit.batch_id, kind: 'DISASSEMBLED', fromParentId: null, toParentId: null, status: null },
        ...children.map<EventRow>((c) => ({
          unitId: c.id,
          batchId: c.batch_id,
          kind: 'DISASSEMBLED',
          fromParentId: unit.id,
          toParentId: null,
          status: null,
        })),
      ];
      await this.recordEvents(em, actor, manufacturerId, events, at, reason);
      const after = await this.reload(em, [unit.id, ...children.map((c) => c.id)]);
      await this.audit.append(em, actor, {
        action: 'disassemble',
        subjectType: 'Unit',
        subjectId: globalId('Unit', unit.id),
        input: { serial, at: at.toISOString(), reason },
      });
      return { occurredAt: at, eventCount: events.length, units: after.map(tracedUnit) };
    });
  }

  markRepurposed(actor: Actor, input: MarkRepurposedInput): Promise<AggregationChangeModel> {
    const status = input.status ?? 'REPURPOSED';
    if (!(SECOND_LIFE_STATUSES as readonly string[]).includes(status)) {
      throw badInput('input.status', `must be one of ${SECOND_LIFE_STATUSES.join(', ')}`);
    }
    return this.setStatus(actor, 'markRepurposed', input, status, false, input.passportCategory ?? null);
  }

  markRecycled(actor: Actor, input: MarkRecycledInput): Promise<AggregationChangeModel> {
    return this.setStatus(actor, 'markRecycled', input, 'WASTE', true);
  }

  private async setStatus(
    actor: Actor,
    action: string,
    input: { serial: string; manufacturerId?: string | null; at?: Date | null; reason?: string | null },
    status: UnitStatus,
    withContents: boolean,
    passportCategory: BatteryCategory | null = null,
  ): Promise<AggregationChangeModel> {
    const changer = this.changer(actor, action, input.manufacturerId);
    const { manufacturerId } = changer;
    const serial = requireText('input.serial', input.serial, 64);
    const reason = optionalText('input.reason', input.reason, 500);
    return this.db.transaction(async (em) => {
      const [unit] = await this.requireUnits(em, manufacturerId, [serial], 'input.serial');
      const since = await this.requireCustody(em, changer, [unit], () => 'input.serial');
      const problem = statusChangeProblem(unit.status, status);
      if (problem)
        throw conflict(
          `input.serial: "${serial}": ${problem}`,
          'input.serial',
          isRecycled(unit.status) ? 'UNIT_RECYCLED' : 'UNIT_STATUS_TRANSITION',
        );
      // A recycled pack takes the units inside it along (bounded: a pack holds modules and cells only).
      const touched: UnitRowSql[] = withContents
        ? await em.query(
            `WITH RECURSIVE down AS (SELECT id, 0 AS d FROM units WHERE id = $1
               UNION ALL SELECT u.id, down.d + 1 FROM down JOIN units u ON u.parent_id = down.id WHERE down.d < 4)
             SELECT ${UNIT_COLUMNS} FROM units WHERE id IN (SELECT id FROM down) AND status <> $2 ORDER BY id FOR UPDATE`,
            [unit.id, status],
          )
        : [unit];
      // Art. 77(6): a pack repurposed or remanufactured gets a new passport; anything else keeps its own.
      const newPassport = unitKindOfCode(unit.kind) === 'PACK' && startsNewPassport(status) ? status : null;
      if (passportCategory !== null && !newPassport)
        throw badInput(
          'input.passportCategory',
          `only a pack marked ${NEW_PASSPORT_STATUSES.join(' or ')} starts a new passport with a category of its own`,
        );
      const at = await this.eventTime(em, 'input.at', input.at, [], touched, since);
      const ids = touched.map((u) => u.id);
      await em.query(`UPDATE units SET status = $2 WHERE id = ANY($1::bigint[])`, [ids, status]);
      const batteryPassportId = newPassport ? await this.startPassport(em, actor, changer, unit, newPassport, passportCategory, at) : null;
      const events = touched.map<EventRow>((u) => ({
        unitId: u.id,
        batchId: u.batch_id,
        kind: 'STATUS_CHANGED',
        fromParentId: null,
        toParentId: null,
        status,
      }));
      await this.recordEvents(em, actor, manufacturerId, events, at, reason);
      const after = await this.reload(em, ids);
      await this.audit.append(em, actor, {
        action,
        subjectType: 'Unit',
        subjectId: globalId('Unit', unit.id),
        input: { serial, status, at: at.toISOString(), reason, ...(batteryPassportId ? { batteryPassportId, passportCategory } : {}) },
      });
      return { occurredAt: at, eventCount: events.length, units: after.map(tracedUnit), batteryPassportId };
    });
  }

  /**
   * Starts the pack's next passport (battery_passports; docs/battery-passports.md): a new random
   * identifier, the next life, linked to the pack's current passport (its latest row, else the
   * original's derived identifier), with its category (the model's unless given) and the
   * repurposing organization as operator. The pack row is locked, so lives are numbered in turn;
   * the unique predecessor keeps them a chain.
   */
  private async startPassport(
    em: EntityManager,
    actor: Actor,
    changer: UnitChanger,
    unit: UnitRowSql,
    status: NewPassportStatus,
    category: BatteryCategory | null,
    at: Date,
  ): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `WITH current AS (SELECT id, life FROM battery_passports WHERE unit_id = $1 ORDER BY life DESC LIMIT 1)
       INSERT INTO battery_passports (unit_id, life, predecessor_id, status, category, operator_id, started_at, actor_type, actor_id)
       SELECT $1, COALESCE((SELECT life FROM current), 0) + 1, COALESCE((SELECT id FROM current), $2::uuid), $3,
              COALESCE($4, (SELECT m.category FROM batches b JOIN battery_models m ON m.id = b.model_id WHERE b.id = $5)),
              $6, $7, $8, $9
       RETURNING id`,
      [unit.id, originalPassportId(unit.id), status, category, unit.batch_id, changer.organizationId, at, actor.type, actorId(actor)],
    );
    return row.id;
  }

  private serials(serials: string[]): string[] {
    if (!Array.isArray(serials) || serials.length === 0 || serials.length > MAX_REPACK_UNITS) {
      throw badInput('input.serials', `must list 1 to ${MAX_REPACK_UNITS} serials`);
    }
    const seen = new Map<string, number>();
    return serials.map((s, i) => {
      const v = requireText(`input.serials[${i}]`, s, 64);
      if (seen.has(v)) throw badInput(`input.serials[${i}]`, `"${v}" is listed twice (first at input.serials[${seen.get(v)}])`);
      seen.set(v, i);
      return v;
    });
  }

  private changer(actor: Actor, operation: string, manufacturerIdIn: string | null | undefined): UnitChanger {
    // An empty id is a malformed id, not an absent one.
    const named = manufacturerIdIn !== null && manufacturerIdIn !== undefined ? requireId('input.manufacturerId', manufacturerIdIn) : null;
    return unitChanger(actor, named, operation, 'input.manufacturerId');
  }

  /**
   * The event time: now (to the millisecond, as the API shows times; database clock) by default.
   * A given time is refused in the future beyond the configured clock skew, and before the state
   * it changes: `moved` units' current placement, and for `moved` and `touched` units when they
   * were made and their last recorded change, and when custody was last handed over.
   */
  private async eventTime(
    em: EntityManager,
    field: string,
    given: Date | null | undefined,
    moved: UnitRowSql[],
    touched: UnitRowSql[],
    custodySince: Date | null,
  ): Promise<Date> {
    const all = [...moved, ...touched].map((u) => u.id);
    const [row]: { now: Date; made: Date | null; placed: Date | null; changed: Date | null }[] = await em.query(
      `SELECT date_trunc('milliseconds', now()) AS now,
              date_trunc('milliseconds', (SELECT max(produced_at) FROM units WHERE id = ANY($1::bigint[]))) AS made,
              date_trunc('milliseconds', (SELECT max(valid_from) FROM unit_membership_history WHERE unit_id = ANY($2::bigint[]) AND valid_to IS NULL)) AS placed,
              date_trunc('milliseconds', (SELECT max(occurred_at) FROM unit_events WHERE unit_id = ANY($1::bigint[]))) AS changed`,
      [all, moved.map((u) => u.id)],
    );
    const at = given ?? row.now;
    const predecessors: Predecessor[] = [];
    if (row.made) predecessors.push({ at: row.made, what: 'the unit was made (producedAt)' });
    if (row.placed) predecessors.push({ at: row.placed, what: "the units' current placement began" });
    if (row.changed) predecessors.push({ at: row.changed, what: "the units' last recorded change" });
    if (custodySince) predecessors.push({ at: custodySince, what: 'custody was handed over (delivery or return)' });
    const problem = eventTimeProblem(at, row.now, this.config.eventTimeMaxSkewSeconds, predecessors);
    if (problem) throw badInput(field, problem);
    return at;
  }

  /**
   * CONFLICT unless `changer` holds every unit now (unit-custody.ts); a buyer that was never the
   * consignee of any of them gets NOT_FOUND, as in lineage. Answers the latest custody hand-over.
   */
  private async requireCustody(
    em: EntityManager,
    changer: UnitChanger,
    units: UnitRowSql[],
    fieldOf: (u: UnitRowSql) => string,
  ): Promise<Date | null> {
    const concerning = await shipmentsConcerning(
      em,
      units.map((u) => u.id),
    );
    let since: Date | null = null;
    for (const u of units) {
      const shipments = concerning.get(u.id) ?? [];
      if (!changer.isManufacturer && !shipments.some((s) => s.consigneeId === changer.organizationId)) {
        throw notFound('Unit with serial', `"${u.serial}"`, fieldOf(u));
      }
      const custody = custodyOf(shipments);
      const problem = custodyProblem(custody, changer.organizationId, changer.isManufacturer);
      if (problem) {
        const s = custody.shipment;
        throw conflict(
          `${fieldOf(u)}: ${problem}`,
          fieldOf(u),
          s ? { shipmentId: s.id, reference: s.reference, status: s.status } : undefined,
          custody.holder === 'NOBODY' ? 'SHIPMENT_IN_TRANSIT' : 'NOT_IN_CUSTODY',
        );
      }
      if (custody.holder !== 'NOBODY' && custody.since && (!since || custody.since > since)) since = custody.since;
    }
    return since;
  }

  private async requireUnits(em: EntityManager, manufacturerId: string, serials: string[], field: string): Promise<UnitRowSql[]> {
    const rows = await lockUnitsBySerial(em, manufacturerId, serials);
    if (rows.length < serials.length) {
      const found = new Set(rows.map((r) => r.serial));
      const i = serials.findIndex((s) => !found.has(s));
      const where = serials.length === 1 && field === 'input.serial' ? field : `${field}[${i}]`;
      throw notFound('Unit with serial', `"${serials[i]}"`, where);
    }
    return rows;
  }

  private async move(em: EntityManager, unitIds: string[], parentId: string | null, at: Date): Promise<void> {
    // A unit that never moved has its first membership only implicitly, from when it was made
    // (migrations/1763900800000-UnitEventTime.ts): write it out before it is closed.
    await em.query(
      `INSERT INTO unit_memberships (unit_id, parent_id, valid_from)
       SELECT u.id, u.parent_id, u.produced_at FROM units u
        WHERE u.id = ANY($1::bigint[]) AND u.parent_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM unit_memberships x WHERE x.unit_id = u.id)`,
      [unitIds],
    );
    await em.query(`UPDATE unit_memberships SET valid_to = $2 WHERE unit_id = ANY($1::bigint[]) AND valid_to IS NULL`, [unitIds, at]);
    if (parentId !== null) {
      await em.query(`INSERT INTO unit_memberships (unit_id, parent_id, valid_from) SELECT unnest($1::bigint[]), $2, $3`, [
        unitIds,
        parentId,
        at,
      ]);
    }
    await em.query(`UPDATE units SET parent_id = $2 WHERE id = ANY($1::bigint[])`, [unitIds, parentId]);
  }

  private async recordEvents(
    em: EntityManager,
    actor: Actor,
    manufacturerId: string,
    events: EventRow[],
    at: Date,
    reason: string | null,
  ): Promise<void> {
    await em.query(
      `INSERT INTO unit_events (unit_id, manufacturer_id, batch_id, kind, from_parent_id, to_parent_id, status, occurred_at, actor_type, actor_id, reason)
       SELECT e.unit_id, $1, e.batch_id, e.kind, e.from_parent_id, e.to_parent_id, e.status, $2, $3, $4, $5
         FROM unnest($6::bigint[], $7::uuid[], $8::text[], $9::bigint[], $10::bigint[], $11::text[])
              AS e(unit_id, batch_id, kind, from_parent_id, to_parent_id, status)`,
      [
        manufacturerId,
        at,
        actor.type,
        actorId(actor),
        reason,
        events.map((e) => e.unitId),
        events.map((e) => e.batchId),
        events.map((e) => e.kind),
        events.map((e) => e.fromParentId),
        events.map((e) => e.toParentId),
        events.map((e) => e.status),
      ],
    );
  }

  private reload(em: EntityManager, ids: string[]): Promise<UnitRowSql[]> {
    return em.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]);
  }
}
