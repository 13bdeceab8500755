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
exports.EmissionFactorsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const actor_1 = require("../access/actor");
const audit_service_1 = require("../audit/audit.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const factor_kinds_1 = require("./factor-kinds");
const SELECT = `
  SELECT f.id, f.code, f.version, f.kind, f.name, f.value, f.unit, f.region, f.year, f.series, f.material, f.chemistry,
         f.transport_mode AS "transportMode", f.source, f.is_default AS "isDefault", f.notes, f.created_by AS "createdBy",
         f.created_at AS "createdAt",
         (SELECT max(x.version) FROM emission_factors x WHERE x.code = f.code)::int AS "latestVersion",
         EXISTS (SELECT 1 FROM footprint_factor_uses u WHERE u.factor_id = f.id) AS "inUse"
    FROM emission_factors f`;
/**
 * The versioned emission factor library (issue 3). Rows are only ever inserted: there is no
 * update path here, and a trigger refuses UPDATE and DELETE in the database, so a row a footprint
 * used stays exactly as it was; a correction is a new version of the same code.
 */
let EmissionFactorsService = class EmissionFactorsService {
    db;
    audit;
    constructor(db, audit) {
        this.db = db;
        this.audit = audit;
    }
    async add(actor, input) {
        const code = (0, validate_1.requireText)('input.code', input.code, 100).toUpperCase();
        if (!factor_kinds_1.FACTOR_CODE.test(code))
            throw (0, errors_1.badInput)('input.code', 'may hold only upper-case letters, digits and . _ - (starting with a letter or digit)');
        if (!factor_kinds_1.FACTOR_KINDS.includes(input.kind))
            throw (0, errors_1.badInput)('input.kind', `must be one of ${factor_kinds_1.FACTOR_KINDS.join(', ')}`);
        const unit = (0, validate_1.requireText)('input.unit', input.unit, 40);
        if (!(0, factor_kinds_1.isUnitOfKind)(input.kind, unit))
            throw (0, errors_1.badInput)('input.unit', `a ${input.kind} factor is in ${factor_kinds_1.UNITS_BY_KIND[input.kind].join(' or ')}, got "${unit}"`);
        if (!Number.isFinite(input.value) || input.value < 0)
            throw (0, errors_1.badInput)('input.value', `must be a number of 0 or more, got ${input.value}`);
        if (input.year !== null && input.year !== undefined && (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100)) {
            throw (0, errors_1.badInput)('input.year', `must be a year from 1990 to 2100, got ${input.year}`);
        }
        if (input.series && !factor_kinds_1.FACTOR_SERIES.includes(input.series))
            throw (0, errors_1.badInput)('input.series', `must be one of ${factor_kinds_1.FACTOR_SERIES.join(', ')}`);
        const values = {
            code,
            kind: input.kind,
            name: (0, validate_1.requireText)('input.name', input.name),
            value: input.value,
            unit,
            source: (0, validate_1.requireText)('input.source', input.source, 1000),
            region: (0, validate_1.optionalText)('input.region', input.region, 40),
            year: input.year ?? null,
            series: input.series ?? null,
            material: (0, validate_1.optionalText)('input.material', input.material, 100),
            chemistry: (0, validate_1.optionalText)('input.chemistry', input.chemistry, 40),
            transportMode: (0, validate_1.optionalText)('input.transportMode', input.transportMode, 40),
            isDefault: input.isDefault ?? false,
            notes: (0, validate_1.optionalText)('input.notes', input.notes, 1000),
        };
        try {
            const id = await this.db.transaction(async (em) => {
                await em.query(`SELECT pg_advisory_xact_lock(hashtext('emission_factor:' || $1))`, [code]);
                const prev = await em.query('SELECT version, kind FROM emission_factors WHERE code = $1 ORDER BY version DESC LIMIT 1', [code]);
                if (prev.length && prev[0].kind !== values.kind) {
                    throw (0, errors_1.badInput)('input.kind', `code ${code} is a ${prev[0].kind} factor; a new version keeps its kind`);
                }
                const version = (prev[0]?.version ?? 0) + 1;
                const [row] = await em.query(`INSERT INTO emission_factors (code, version, kind, name, value, unit, source, region, year, series, material, chemistry,
                                         transport_mode, is_default, notes, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`, [
                    code,
                    version,
                    values.kind,
                    values.name,
                    values.value,
                    values.unit,
                    values.source,
                    values.region,
                    values.year,
                    values.series,
                    values.material,
                    values.chemistry,
                    values.transportMode,
                    values.isDefault,
                    values.notes,
                    (0, actor_1.actorId)(actor) ?? 'anonymous',
                ]);
                await this.audit.append(em, actor, {
                    action: 'addEmissionFactor',
                    subjectType: 'EmissionFactor',
                    subjectId: row.id,
                    input: { ...values, version },
                });
                return row.id;
            });
            return (await this.byId(id));
        }
        catch (err) {
            if ((0, errors_1.uniqueViolation)(err))
                throw (0, errors_1.conflict)(`another version of ${code} was added at the same time; retry`, 'input.code');
            throw err;
        }
    }
    async byId(id) {
        const rows = await this.db.query(`${SELECT} WHERE f.id = $1`, [(0, validate_1.requireId)('id', id)]);
        return rows[0] ?? null;
    }
    async list(filter) {
        const where = [];
        const params = [];
        const add = (sql, v) => {
            params.push(v);
            where.push(sql.replace('?', `$${params.length}`));
        };
        if (filter?.kind)
            add('f.kind = ?', filter.kind);
        if (filter?.code)
            add('f.code = ?', filter.code.trim().toUpperCase());
        if (filter?.region)
            add('f.region = ?', filter.region.trim());
        if (filter?.material)
            add('lower(f.material) = lower(?)', filter.material.trim());
        if (!filter?.allVersions)
            where.push('f.version = (SELECT max(x.version) FROM emission_factors x WHERE x.code = f.code)');
        return this.db.query(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.kind, f.code, f.version DESC LIMIT 1000`, params);
    }
    /** Rows by id inside a transaction (the footprint reads every row it uses in one query). */
    rowsByIds(em, ids) {
        if (!ids.length)
            return Promise.resolve([]);
        return em.query(`SELECT id, code, version, kind, name, value, unit, source FROM emission_factors WHERE id = ANY($1::uuid[])`, [ids]);
    }
};
exports.EmissionFactorsService = EmissionFactorsService;
exports.EmissionFactorsService = EmissionFactorsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService])
], EmissionFactorsService);
//# sourceMappingURL=emission-factors.service.js.map