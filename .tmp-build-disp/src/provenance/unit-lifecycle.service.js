"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UnitLifecycleService = exports.MAX_REPACK_UNITS = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../access/access-policy");
const actor_1 = require("../access/actor");
const audit_service_1 = require("../audit/audit.service");
const unit_kind_1 = require("../batches/unit-kind");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const global_id_1 = require("./global-id");
const unit_rows_1 = require("./unit-rows");
const unit_status_1 = require("./unit-status");
exports.MAX_REPACK_UNITS = 1000;
/**
 * Changes of aggregation and lifecycle status (issue 6): every change closes the open
 * membership of the units it moves, opens the new one, updates units.parent_id (the current
 * parent) and records one unit_events row per unit, with time and actor; one audit entry last.
 */
let UnitLifecycleService = class UnitLifecycleService {
    db;
    audit;
    constructor(db, audit) {
        this.db = db;
        this.audit = audit;
    }
    async repackUnits(actor, input) {
        const manufacturerId = (0, access_policy_1.requireManufacturer)(actor, 'repackUnits');
        const serials = this.serials(input.serials);
        const target = (0, global_id_1.parseGlobalId)('input.parentId', input.parentId);
        if (target.kind !== 'Unit')
            throw (0, errors_1.badInput)('input.parentId', `must be the id of a module or pack (Unit:<number>), got a ${target.kind}`);
        const reason = (0, validate_1.optionalText)('input.reason', input.reason, 500);
        return this.db.transaction(async (em) => {
            const at = await this.eventTime(em, 'input.at', input.at);
            const units = await this.requireUnits(em, manufacturerId, serials, 'input.serials');
            const [parent] = await em.query(`SELECT ${unit_rows_1.UNIT_COLUMNS} FROM units WHERE id = $1 FOR UPDATE`, [target.key]);
            if (!parent)
                throw (0, errors_1.notFound)('Unit', input.parentId, 'input.parentId');
            if (parent.manufacturer_id !== manufacturerId)
                throw (0, errors_1.forbidden)(`unit ${input.parentId} belongs to another manufacturer`, 'input.parentId');
            if ((0, unit_status_1.isRecycled)(parent.status))
                throw (0, errors_1.conflict)(`${(0, unit_kind_1.unitKindOfCode)(parent.kind)} "${parent.serial}" is recycled (WASTE): nothing may be packed into it`, 'input.parentId');
            // Walk the target's current ancestors: a unit cannot move into itself or into a unit inside it.
            const ancestors = await em.query(`WITH RECURSIVE up AS (SELECT id, parent_id, 0 AS d FROM units WHERE id = $1
           UNION ALL SELECT u.id, u.parent_id, up.d + 1 FROM up JOIN units u ON u.id = up.parent_id WHERE up.d < 8)
         SELECT id::text FROM up`, [parent.id]);
            const above = new Set(ancestors.map((a) => a.id));
            units.forEach((u) => {
                const field = `input.serials[${serials.indexOf(u.serial)}]`;
                if (u.id === parent.id)
                    throw (0, errors_1.badInput)(field, `"${u.serial}" cannot be repacked into itself`);
                if (above.has(u.id))
                    throw (0, errors_1.badInput)(field, `"${u.serial}" cannot be repacked into "${parent.serial}", which sits inside it`);
                const nesting = (0, unit_kind_1.nestingProblem)((0, unit_kind_1.unitKindOfCode)(u.kind), (0, unit_kind_1.unitKindOfCode)(parent.kind));
                if (nesting)
                    throw (0, errors_1.badInput)(field, nesting);
                if ((0, unit_status_1.isRecycled)(u.status))
                    throw (0, errors_1.conflict)(`${field}: "${u.serial}" is recycled (WASTE) and cannot be repacked`, field);
                if (u.parent_id === parent.id)
                    throw (0, errors_1.badInput)(field, `"${u.serial}" is already in "${parent.serial}"`);
            });
            await this.requireAfterMemberships(em, units, at, 'input.at');
            const events = units.map((u) => ({
                unitId: u.id,
                batchId: u.batch_id,
                kind: 'REPACKED',
                fromParentId: u.parent_id,
                toParentId: parent.id,
                status: null,
            }));
            await this.move(em, units.map((u) => u.id), parent.id, at);
            await this.recordEvents(em, actor, manufacturerId, events, at, reason);
            const after = await this.reload(em, units.map((u) => u.id));
            await this.audit.append(em, actor, {
                action: 'repackUnits',
                subjectType: 'Unit',
                subjectId: (0, global_id_1.globalId)('Unit', parent.id),
                input: { serials, parentId: input.parentId, at: at.toISOString(), reason },
            });
            return { occurredAt: at, eventCount: events.length, units: after.map(unit_rows_1.tracedUnit) };
        });
    }
    async disassemble(actor, input) {
        const manufacturerId = (0, access_policy_1.requireManufacturer)(actor, 'disassemble');
        const serial = (0, validate_1.requireText)('input.serial', input.serial, 64);
        const reason = (0, validate_1.optionalText)('input.reason', input.reason, 500);
        return this.db.transaction(async (em) => {
            const at = await this.eventTime(em, 'input.at', input.at);
            const [unit] = await this.requireUnits(em, manufacturerId, [serial], 'input.serial');
            if ((0, unit_status_1.isRecycled)(unit.status))
                throw (0, errors_1.conflict)(`"${serial}" is recycled (WASTE): it cannot be disassembled`, 'input.serial');
            const children = await em.query(`SELECT ${unit_rows_1.UNIT_COLUMNS} FROM units WHERE parent_id = $1 ORDER BY id FOR UPDATE`, [
                unit.id,
            ]);
            if (children.length === 0)
                throw (0, errors_1.badInput)('input.serial', `"${serial}" has no units inside it`);
            await this.requireAfterMemberships(em, children, at, 'input.at');
            await this.move(em, children.map((c) => c.id), null, at);
            const events = [
                { unitId: unit.id, batchId: unit.batch_id, kind: 'DISASSEMBLED', fromParentId: null, toParentId: null, status: null },
                ...children.map((c) => ({
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
                subjectId: (0, global_id_1.globalId)('Unit', unit.id),
                input: { serial, at: at.toISOString(), reason },
            });
            return { occurredAt: at, eventCount: events.length, units: after.map(unit_rows_1.tracedUnit) };
        });
    }
    markRepurposed(actor, input) {
        const status = input.status ?? 'REPURPOSED';
        if (!unit_status_1.SECOND_LIFE_STATUSES.includes(status)) {
            throw (0, errors_1.badInput)('input.status', `must be one of ${unit_status_1.SECOND_LIFE_STATUSES.join(', ')}`);
        }
        return this.setStatus(actor, 'markRepurposed', input, status, false);
    }
    markRecycled(actor, input) {
        return this.setStatus(actor, 'markRecycled', input, 'WASTE', true);
    }
    async setStatus(actor, action, input, status, withContents) {
        const manufacturerId = (0, access_policy_1.requireManufacturer)(actor, action);
        const serial = (0, validate_1.requireText)('input.serial', input.serial, 64);
        const reason = (0, validate_1.optionalText)('input.reason', input.reason, 500);
        return this.db.transaction(async (em) => {
            const at = await this.eventTime(em, 'input.at', input.at);
            const [unit] = await this.requireUnits(em, manufacturerId, [serial], 'input.serial');
            const problem = (0, unit_status_1.statusChangeProblem)(unit.status, status);
            if (problem)
                throw (0, errors_1.conflict)(`input.serial: "${serial}": ${problem}`, 'input.serial');
            // A recycled pack takes the units inside it along (bounded: a pack holds modules and cells only).
            const touched = withContents
                ? await em.query(`WITH RECURSIVE down AS (SELECT id, 0 AS d FROM units WHERE id = $1
               UNION ALL SELECT u.id, down.d + 1 FROM down JOIN units u ON u.parent_id = down.id WHERE down.d < 4)
             SELECT ${unit_rows_1.UNIT_COLUMNS} FROM units WHERE id IN (SELECT id FROM down) AND status <> $2 ORDER BY id FOR UPDATE`, [unit.id, status])
                : [unit];
            const ids = touched.map((u) => u.id);
            await em.query(`UPDATE units SET status = $2 WHERE id = ANY($1::bigint[])`, [ids, status]);
            const events = touched.map((u) => ({
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
                subjectId: (0, global_id_1.globalId)('Unit', unit.id),
                input: { serial, status, at: at.toISOString(), reason },
            });
            return { occurredAt: at, eventCount: events.length, units: after.map(unit_rows_1.tracedUnit) };
        });
    }
    serials(serials) {
        if (!Array.isArray(serials) || serials.length === 0 || serials.length > exports.MAX_REPACK_UNITS) {
            throw (0, errors_1.badInput)('input.serials', `must list 1 to ${exports.MAX_REPACK_UNITS} serials`);
        }
        const seen = new Map();
        return serials.map((s, i) => {
            const v = (0, validate_1.requireText)(`input.serials[${i}]`, s, 64);
            if (seen.has(v))
                throw (0, errors_1.badInput)(`input.serials[${i}]`, `"${v}" is listed twice (first at input.serials[${seen.get(v)}])`);
            seen.set(v, i);
            return v;
        });
    }
    /** The event time: now (to the millisecond, as the API shows times) by default; never in the future (database clock). */
    async eventTime(em, field, at) {
        const [{ now }] = await em.query(`SELECT date_trunc('milliseconds', now()) AS now`);
        if (at === null || at === undefined)
            return now;
        if (Number.isNaN(at.getTime()))
            throw (0, errors_1.badInput)(field, 'is not a valid date');
        if (at.getTime() > now.getTime())
            throw (0, errors_1.badInput)(field, `must not be in the future (${at.toISOString()})`);
        return at;
    }
    async requireUnits(em, manufacturerId, serials, field) {
        const rows = await (0, unit_rows_1.lockUnitsBySerial)(em, manufacturerId, serials);
        if (rows.length < serials.length) {
            const found = new Set(rows.map((r) => r.serial));
            const i = serials.findIndex((s) => !found.has(s));
            const where = serials.length === 1 && field === 'input.serial' ? field : `${field}[${i}]`;
            throw (0, errors_1.notFound)('Unit with serial', `"${serials[i]}"`, where);
        }
        return rows;
    }
    /** A change may not predate a unit's current membership or the unit itself (history stays ordered). */
    async requireAfterMemberships(em, units, at, field) {
        const [{ latest }] = await em.query(`SELECT date_trunc('milliseconds', greatest(
         (SELECT max(valid_from) FROM unit_memberships WHERE unit_id = ANY($1::bigint[]) AND valid_to IS NULL),
         (SELECT max(created_at) FROM units WHERE id = ANY($1::bigint[])))) AS latest`, [units.map((u) => u.id)]);
        if (latest && at.getTime() < latest.getTime()) {
            throw (0, errors_1.badInput)(field, `must not be before the units' current placement (${latest.toISOString()})`);
        }
    }
    async move(em, unitIds, parentId, at) {
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
    async recordEvents(em, actor, manufacturerId, events, at, reason) {
        await em.query(`INSERT INTO unit_events (unit_id, manufacturer_id, batch_id, kind, from_parent_id, to_parent_id, status, occurred_at, actor_type, actor_id, reason)
       SELECT e.unit_id, $1, e.batch_id, e.kind, e.from_parent_id, e.to_parent_id, e.status, $2, $3, $4, $5
         FROM unnest($6::bigint[], $7::uuid[], $8::text[], $9::bigint[], $10::bigint[], $11::text[])
              AS e(unit_id, batch_id, kind, from_parent_id, to_parent_id, status)`, [
            manufacturerId,
            at,
            actor.type,
            (0, actor_1.actorId)(actor),
            reason,
            events.map((e) => e.unitId),
            events.map((e) => e.batchId),
            events.map((e) => e.kind),
            events.map((e) => e.fromParentId),
            events.map((e) => e.toParentId),
            events.map((e) => e.status),
        ]);
    }
    reload(em, ids) {
        return em.query(`SELECT ${unit_rows_1.UNIT_COLUMNS} FROM units WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]);
    }
};
exports.UnitLifecycleService = UnitLifecycleService;
exports.UnitLifecycleService = UnitLifecycleService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService])
], UnitLifecycleService);
//# sourceMappingURL=unit-lifecycle.service.js.map