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
exports.EnergyService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../access/access-policy");
const actor_1 = require("../access/actor");
const audit_service_1 = require("../audit/audit.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const energy_supplies_1 = require("./energy-supplies");
const park_energy_metrics_1 = require("./park-energy-metrics");
const PERIOD_SELECT = `
  SELECT p.id, p.park_id AS "parkId", p.period_start::text AS "periodStart", p.period_end::text AS "periodEnd",
         p.total_kwh AS "totalKWh", p.note, p.recorded_by AS "recordedBy", p.created_at AS "createdAt",
         (SELECT coalesce(json_agg(json_build_object(
                   'source', s.source, 'kWh', s.kwh, 'meterIds', to_json(s.meter_ids),
                   'gecSerials', (SELECT coalesce(json_agg(c.serial ORDER BY c.serial), '[]'::json) FROM gec_claims c WHERE c.supply_id = s.id))
                 ORDER BY s.position), '[]'::json)
            FROM park_energy_supplies s WHERE s.period_id = p.id) AS supplies
    FROM park_energy_periods p`;
/**
 * The park energy ledger (DOMAIN.md §2): supplies by source per park and period, with the Green
 * Electricity Certificate serials behind green trading, each claimable once on the platform.
 */
let EnergyService = class EnergyService {
    db;
    audit;
    constructor(db, audit) {
        this.db = db;
        this.audit = audit;
    }
    async recordParkEnergy(actor, input) {
        const parkId = (0, validate_1.requireId)('input.parkId', input.parkId);
        const { periodStart, periodEnd } = (0, energy_supplies_1.checkPeriod)('input.periodStart', 'input.periodEnd', input.periodStart, input.periodEnd);
        const supplies = (0, energy_supplies_1.checkSupplies)(input.totalKWh, input.supplies, 'input');
        const note = (0, validate_1.optionalText)('input.note', input.note, 1000);
        const serials = supplies.flatMap((s) => s.gecSerials);
        const serialPaths = new Map(supplies.flatMap((s, i) => s.gecSerials.map((serial, j) => [serial, `input.supplies[${i}].gecSerials[${j}]`])));
        try {
            const id = await this.db.transaction(async (em) => {
                const parks = await em.query('SELECT id FROM parks WHERE id = $1 FOR UPDATE', [parkId]);
                if (!parks.length)
                    throw (0, errors_1.notFound)('Park', parkId, 'input.parkId');
                let hasPlant = false;
                if (actor.type === 'ORGANIZATION') {
                    const [r] = await em.query('SELECT EXISTS (SELECT 1 FROM plants WHERE park_id = $1 AND manufacturer_id = $2) AS e', [parkId, actor.organizationId]);
                    hasPlant = r.e;
                }
                (0, access_policy_1.assertCanRecordParkEnergy)(actor, hasPlant, 'input.parkId');
                const overlapping = await em.query(`SELECT period_start::text AS "periodStart", period_end::text AS "periodEnd" FROM park_energy_periods
            WHERE park_id = $1 AND daterange(period_start, period_end, '[]') && daterange($2::date, $3::date, '[]')
            ORDER BY period_start LIMIT 1`, [parkId, periodStart, periodEnd]);
                if (overlapping.length)
                    throw overlapError(periodStart, periodEnd, overlapping[0]);
                if (serials.length) {
                    const taken = await this.firstClaim(em, serials, serialPaths);
                    if (taken)
                        throw taken;
                }
                const [period] = await em.query(`INSERT INTO park_energy_periods (park_id, period_start, period_end, total_kwh, recorded_by_organization_id, recorded_by, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, [
                    parkId,
                    periodStart,
                    periodEnd,
                    input.totalKWh,
                    actor.type === 'ORGANIZATION' ? actor.organizationId : null,
                    (0, actor_1.actorId)(actor),
                    note,
                ]);
                await em.query(`INSERT INTO park_energy_supplies (period_id, position, source, kwh, meter_ids)
           SELECT $1, x.position, x.source, x.kwh, x.meter_ids
             FROM jsonb_to_recordset($2::jsonb) AS x(position int, source text, kwh double precision, meter_ids text[])`, [period.id, JSON.stringify(supplies.map((s, i) => ({ position: i, source: s.source, kwh: s.kWh, meter_ids: s.meterIds })))]);
                if (serials.length) {
                    const positions = supplies.flatMap((s, i) => s.gecSerials.map(() => i));
                    await em.query(`INSERT INTO gec_claims (serial, supply_id, period_id, park_id, claimed_by_organization_id, claimed_by)
             SELECT c.serial, s.id, $3, $4, $5, $6
               FROM unnest($1::text[], $2::int[]) AS c(serial, position)
               JOIN park_energy_supplies s ON s.period_id = $3 AND s.position = c.position`, [serials, positions, period.id, parkId, actor.type === 'ORGANIZATION' ? actor.organizationId : null, (0, actor_1.actorId)(actor)]);
                }
                await this.audit.append(em, actor, {
                    action: 'recordParkEnergy',
                    subjectType: 'ParkEnergyPeriod',
                    subjectId: period.id,
                    input: { parkId, periodStart, periodEnd, totalKWh: input.totalKWh, supplies, note },
                });
                return period.id;
            });
            return (await this.periods(actor, parkId, { id }))[0];
        }
        catch (err) {
            if (err instanceof errors_1.AppError)
                throw err;
            if ((0, errors_1.uniqueViolation)(err) === 'gec_claims_pkey') {
                // Another record claimed one of these serials at the same moment: name it.
                const taken = await this.firstClaim(this.db.manager, serials, serialPaths);
                if (taken)
                    throw taken;
            }
            if (err.driverError?.code === '23P01') {
                throw (0, errors_1.badInput)('input.periodStart', `the period ${periodStart} .. ${periodEnd} overlaps one recorded at the same moment for this park`);
            }
            throw err;
        }
    }
    /** CONFLICT naming the first already-claimed serial and who claimed it, or null. */
    async firstClaim(em, serials, paths) {
        const rows = await em.query(`SELECT c.serial, coalesce(o.name, CASE WHEN c.claimed_by = 'admin' THEN 'the platform administrator' ELSE c.claimed_by END) AS claimer,
              pk.code AS "parkCode", p.period_start::text AS "periodStart", p.period_end::text AS "periodEnd", c.claimed_at AS "claimedAt"
         FROM gec_claims c
         JOIN park_energy_periods p ON p.id = c.period_id
         JOIN parks pk ON pk.id = c.park_id
         LEFT JOIN organizations o ON o.id = c.claimed_by_organization_id
        WHERE c.serial = ANY($1::text[])
        ORDER BY c.claimed_at, c.serial LIMIT 1`, [serials]);
        if (!rows.length)
            return null;
        const r = rows[0];
        return (0, errors_1.conflict)(`GEC serial ${r.serial} was already claimed by ${r.claimer} for park ${r.parkCode} (${r.periodStart} .. ${r.periodEnd}) on ${new Date(r.claimedAt).toISOString()}; a certificate is claimed once`, paths.get(r.serial), { serial: r.serial, claimedBy: r.claimer, parkCode: r.parkCode, periodStart: r.periodStart, periodEnd: r.periodEnd });
    }
    /** Periods of a park, oldest first; evidence shown only to who may see it. */
    async periods(actor, parkIdRaw, filter = {}) {
        const parkId = (0, validate_1.requireId)('parkId', parkIdRaw);
        const park = await this.db.query(`SELECT country, grid_region AS "gridRegion",
              coalesce((SELECT array_agg(DISTINCT manufacturer_id::text) FROM plants WHERE park_id = $1), '{}') AS manufacturers
         FROM parks WHERE id = $1`, [parkId]);
        if (!park.length)
            throw (0, errors_1.notFound)('Park', parkId, 'parkId');
        const params = [parkId];
        let where = 'p.park_id = $1';
        if (filter.id) {
            params.push(filter.id);
            where += ` AND p.id = $${params.length}`;
        }
        if (filter.from) {
            params.push(filter.from);
            where += ` AND p.period_end >= $${params.length}::date`;
        }
        if (filter.to) {
            params.push(filter.to);
            where += ` AND p.period_start <= $${params.length}::date`;
        }
        const rows = await this.db.query(`${PERIOD_SELECT} WHERE ${where} ORDER BY p.period_start LIMIT 500`, params);
        const gridFactor = await this.gridFactor(this.db.manager, park[0].gridRegion, park[0].country);
        const evidence = (0, access_policy_1.canSeeParkEnergyEvidence)(actor, park[0].manufacturers);
        return rows.map((r) => view(r, gridFactor, evidence));
    }
    /**
     * The grid factor for GRID power in a park: the newest AVERAGE electricity factor of its grid
     * region (e.g. CN-NM, Inner Mongolia 2022 0.6849), else of its country (DOMAIN.md §2).
     */
    async gridFactor(em, gridRegion, country) {
        const rows = await em.query(`SELECT f.id, f.code, f.version, f.kind, f.name, f.value, f.unit, f.region, f.year, f.series, f.material, f.chemistry,
              f.transport_mode AS "transportMode", f.source, f.is_default AS "isDefault", f.notes, f.created_by AS "createdBy",
              f.created_at AS "createdAt",
              (SELECT max(x.version) FROM emission_factors x WHERE x.code = f.code)::int AS "latestVersion",
              EXISTS (SELECT 1 FROM footprint_factor_uses u WHERE u.factor_id = f.id) AS "inUse"
         FROM emission_factors f
        WHERE f.kind = 'ELECTRICITY' AND f.series = 'AVERAGE' AND f.region IN ($1, $2)
        ORDER BY (f.region = $1) DESC, f.year DESC NULLS LAST, f.version DESC
        LIMIT 1`, [gridRegion, country]);
        return rows[0] ?? null;
    }
    /** The periods of a park that overlap a window of days, with supplies, meter ids and serials (for a footprint). */
    periodsOverlapping(em, parkId, window) {
        return em.query(`${PERIOD_SELECT}
        WHERE p.park_id = $1 AND daterange(p.period_start, p.period_end, '[]') && daterange($2::date, $3::date, '[]')
        ORDER BY p.period_start`, [parkId, window.from, window.to]);
    }
};
exports.EnergyService = EnergyService;
exports.EnergyService = EnergyService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService])
], EnergyService);
function overlapError(start, end, existing) {
    return (0, errors_1.badInput)('input.periodStart', `the period ${start} .. ${end} overlaps the period ${existing.periodStart} .. ${existing.periodEnd} already recorded for this park`, { existingPeriodStart: existing.periodStart, existingPeriodEnd: existing.periodEnd });
}
function view(r, gridFactor, evidence) {
    const totals = (0, park_energy_metrics_1.supplyTotals)(r.supplies);
    // Without GRID power the grid factor does not matter; with it, an unknown factor leaves the intensity unknown.
    const gridValue = gridFactor ? gridFactor.value : totals.GRID > 0 ? null : 0;
    const metrics = gridValue === null ? null : (baseline) => (0, park_energy_metrics_1.parkEnergyMetrics)(totals, r.totalKWh, gridValue, baseline);
    const m = (0, park_energy_metrics_1.parkEnergyMetrics)(totals, r.totalKWh, gridValue ?? 0, null);
    return {
        ...r,
        supplies: r.supplies.map((s) => ({
            source: s.source,
            kWh: s.kWh,
            share: s.kWh / r.totalKWh,
            gecSerialCount: s.gecSerials.length,
            meterIds: evidence ? s.meterIds : null,
            gecSerials: evidence ? s.gecSerials : null,
        })),
        directGreenKWh: m.directGreenKWh,
        directGreenShare: m.directGreenShare,
        totalGreenShare: m.totalGreenShare,
        energyTce: m.energyTce,
        co2Tonnes: metrics ? m.co2Tonnes : null,
        tCo2PerTce: metrics ? m.tCo2PerTce : null,
        gridFactor,
        metrics,
    };
}
//# sourceMappingURL=energy.service.js.map