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
exports.DisplacementService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const node_crypto_1 = require("node:crypto");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../access/access-policy");
const audit_service_1 = require("../audit/audit.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const job_outbox_1 = require("../jobs/job-outbox");
const job_registry_1 = require("../jobs/job-registry");
const displacement_defaults_1 = require("./displacement-defaults");
const displacement_formula_1 = require("./displacement-formula");
const displacement_run_entity_1 = require("./displacement-run.entity");
const displacement_scope_queries_1 = require("./displacement-scope.queries");
const displacement_model_1 = require("./displacement.model");
const markets_1 = require("./markets");
const park_summary_1 = require("./park-summary");
const run_parameters_1 = require("./run-parameters");
const isSet = (v) => v !== null && v !== undefined;
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
/**
 * Lifecycle displacement runs (issue 7, DOMAIN.md §6). A request resolves its scope and its exact
 * parameter set, then writes the run, its pack groups and an outbox row for the plan job in one
 * transaction; the worker processes do the counting (jobs/).
 */
let DisplacementService = class DisplacementService {
    db;
    audit;
    defaults = displacement_defaults_1.DISPLACEMENT_DEFAULTS;
    constructor(db, audit) {
        this.db = db;
        this.audit = audit;
    }
    async request(actor, input) {
        if (!displacement_defaults_1.VEHICLE_CLASSES.includes(input.vehicleClass)) {
            throw (0, errors_1.badInput)('input.vehicleClass', `unknown vehicle class "${input.vehicleClass}"; one of ${displacement_defaults_1.VEHICLE_CLASSES.join(', ')}`);
        }
        if (isSet(input.market) && !displacement_defaults_1.MARKETS.includes(input.market)) {
            throw (0, errors_1.badInput)('input.market', `unknown market "${input.market}"; one of ${displacement_defaults_1.MARKETS.join(', ')}`);
        }
        const overrides = input.overrides ?? {};
        if (isSet(overrides.fuelType) && !displacement_defaults_1.FUEL_TYPES.includes(overrides.fuelType)) {
            throw (0, errors_1.badInput)('input.overrides.fuelType', `unknown fuel "${overrides.fuelType}"; one of ${displacement_defaults_1.FUEL_TYPES.join(', ')}`);
        }
        (0, run_parameters_1.validateOverrides)(overrides);
        const scope = await this.resolveScope(actor, input, overrides);
        const market = (0, markets_1.chooseMarket)(this.defaults, input.vehicleClass, input.market, scope.consigneeCountries);
        const parameters = (0, run_parameters_1.resolveRunParameters)(this.defaults, input.vehicleClass, market, overrides);
        const id = (0, node_crypto_1.randomUUID)();
        await this.db.transaction(async (em) => {
            await em.insert(displacement_run_entity_1.DisplacementRunEntity, {
                id,
                requestedByType: actor.type === 'ADMIN' ? 'ADMIN' : 'ORGANIZATION',
                requestedByOrganizationId: actor.type === 'ORGANIZATION' ? actor.organizationId : null,
                coverage: scope.access.coverage,
                scopeKind: scope.kind,
                batchId: scope.batchId ?? null,
                shipmentId: scope.shipmentId ?? null,
                parkId: scope.parkId ?? null,
                year: scope.year ?? null,
                energyKWh: scope.energyKWh ?? null,
                vehicleClass: input.vehicleClass,
                market: market.market,
                defaultsVersion: this.defaults.version,
                parameters,
                status: 'QUEUED',
            });
            if (scope.groups.length) {
                await em.query(`INSERT INTO displacement_run_groups
             (run_id, group_no, batch_id, pack_kwh, pack_kwh_source, battery_kg_co2e_per_kwh, battery_factor_source, fixed_vehicles)
           SELECT $1, g.no - 1, g.batch_id, g.pack_kwh, g.pack_kwh_source, g.ef, g.ef_source, g.fixed
             FROM unnest($2::uuid[], $3::float8[], $4::text[], $5::float8[], $6::text[], $7::float8[])
                  WITH ORDINALITY AS g(batch_id, pack_kwh, pack_kwh_source, ef, ef_source, fixed, no)`, [
                    id,
                    scope.groups.map((g) => g.batchId),
                    scope.groups.map((g) => g.packKWh),
                    scope.groups.map((g) => g.packKWhSource),
                    scope.groups.map((g) => g.batteryKgCo2ePerKWhCapacity),
                    scope.groups.map((g) => g.batteryFactorSource),
                    scope.groups.map((g) => g.fixedVehicles),
                ]);
            }
            await (0, job_outbox_1.enqueueInTransaction)(em, [{ name: job_registry_1.JobName.DisplacementPlan, data: { runId: id } }]);
            await this.audit.append(em, actor, { action: 'displacement.request', subjectType: 'DisplacementRun', subjectId: id, input });
        });
        return this.toModel(await this.db.getRepository(displacement_run_entity_1.DisplacementRunEntity).findOneByOrFail({ id }));
    }
    async run(actor, runId) {
        const id = (0, validate_1.requireId)('id', runId);
        const run = await this.db.getRepository(displacement_run_entity_1.DisplacementRunEntity).findOneBy({ id });
        if (!run)
            throw (0, errors_1.notFound)('Displacement run', runId, 'id');
        if (!(0, access_policy_1.canReadDisplacementRun)(actor, run.requestedByOrganizationId))
            throw (0, errors_1.forbidden)('a displacement run is read by whoever requested it', 'id');
        return this.toModel(run);
    }
    async packGroups(runId) {
        const rows = await this.db.getRepository(displacement_run_entity_1.DisplacementRunGroupEntity).find({ where: { runId }, order: { groupNo: 'ASC' } });
        return rows.map((g) => ({
            batchId: g.batchId,
            packKWh: g.packKWh,
            packKWhSource: g.packKWhSource,
            batteryKgCo2ePerKWhCapacity: g.batteryKgCo2ePerKWhCapacity,
            batteryFactorSource: g.batteryFactorSource,
            vehicles: g.vehicles ?? g.fixedVehicles,
        }));
    }
    /** The completed park-year runs the caller may read, by market and vehicle class (see park-summary.ts). */
    async parkSummary(actor, parkIdRaw, year) {
        const parkId = (0, validate_1.requireId)('parkId', parkIdRaw);
        if (!Number.isInteger(year))
            throw (0, errors_1.badInput)('year', `must be a whole year, got ${year}`);
        (0, validate_1.requireRange)('year', year, YEAR_MIN, YEAR_MAX);
        if (!(await (0, displacement_scope_queries_1.parkExists)(this.db, parkId)))
            throw (0, errors_1.notFound)('Park', parkId, 'parkId');
        const mine = actor.type === 'ORGANIZATION' ? actor.organizationId : null;
        const rows = await this.db
            .getRepository(displacement_run_entity_1.DisplacementRunEntity)
            .createQueryBuilder('r')
            .where(`r.scope_kind = 'PARK_YEAR' AND r.park_id = :parkId AND r.year = :year AND r.status = 'COMPLETED'`, { parkId, year })
            .andWhere(actor.type === 'ADMIN' ? '1 = 1' : `r.coverage = 'MANUFACTURER' AND r.requested_by_organization_id = :mine`, { mine })
            .orderBy('r.completed_at', 'ASC')
            .getMany();
        const runs = rows
            .filter((r) => r.result && (r.coverage === 'ALL' || r.coverage === 'MANUFACTURER'))
            .map((r) => ({
            id: r.id,
            market: r.market,
            vehicleClass: r.vehicleClass,
            coverage: r.coverage,
            manufacturerId: r.coverage === 'MANUFACTURER' ? r.requestedByOrganizationId : null,
            completedAt: r.completedAt,
            result: r.result,
        }));
        return {
            parkId,
            year,
            label: displacement_model_1.MODELLED_ESTIMATE_LABEL,
            groups: (0, park_summary_1.summarizeParkYear)(runs).map((g) => ({ ...g, result: { label: displacement_model_1.MODELLED_ESTIMATE_LABEL, ...g.result } })),
        };
    }
    toModel(r) {
        return {
            id: r.id,
            status: r.status,
            error: r.error,
            scope: { kind: r.scopeKind, batchId: r.batchId, shipmentId: r.shipmentId, parkId: r.parkId, year: r.year, energyKWh: r.energyKWh },
            coverage: r.coverage,
            vehicleClass: r.vehicleClass,
            market: r.market,
            progress: { unitsDone: r.unitsDone, unitsTotal: r.unitsTotal, chunksDone: r.chunksDone, chunksTotal: r.chunksTotal },
            parameters: r.parameters,
            result: r.result ? { label: displacement_model_1.MODELLED_ESTIMATE_LABEL, ...r.result } : null,
            requestedAt: r.createdAt,
            startedAt: r.startedAt,
            completedAt: r.completedAt,
        };
    }
    async resolveScope(actor, input, o) {
        const s = input.scope ?? {};
        const given = [s.batchId, s.shipmentId, s.parkYear, s.energy].filter((v) => v !== null && v !== undefined).length;
        if (given !== 1)
            throw (0, errors_1.badInput)('input.scope', `give exactly one of batchId, shipmentId, parkYear, energy (got ${given})`);
        if (s.energy) {
            const access = (0, access_policy_1.displacementCoverage)(actor, { kind: 'ENERGY' });
            (0, validate_1.requirePositive)('input.scope.energy.energyKWh', s.energy.energyKWh);
            if (isSet(s.energy.packKWh))
                (0, validate_1.requirePositive)('input.scope.energy.packKWh', s.energy.packKWh);
            const cls = this.defaults.vehicleClasses[input.vehicleClass];
            const pack = isSet(s.energy.packKWh)
                ? { value: s.energy.packKWh, source: 'given with the energy total' }
                : isSet(o.packKWh)
                    ? { value: o.packKWh, source: 'caller override' }
                    : { value: cls.typicalPackKWh, source: `${cls.source}: typical ${cls.label} pack` };
            let factor;
            if (isSet(o.batteryKgCo2ePerKWhCapacity))
                factor = { value: o.batteryKgCo2ePerKWhCapacity, source: 'caller override' };
            else if (s.energy.chemistry) {
                const family = (0, displacement_defaults_1.batteryFactorFamily)(s.energy.chemistry);
                if (!family) {
                    throw (0, errors_1.badInput)('input.overrides.batteryKgCo2ePerKWhCapacity', `DOMAIN.md §6 gives no default embodied factor for ${s.energy.chemistry} (only NMC and LFP): give this override`);
                }
                factor = this.defaults.batteryKgCo2ePerKWhCapacity[family];
            }
            else {
                throw (0, errors_1.badInput)('input.scope.energy.chemistry', 'give the chemistry (its default embodied factor) or overrides.batteryKgCo2ePerKWhCapacity');
            }
            return {
                kind: 'ENERGY',
                access,
                energyKWh: s.energy.energyKWh,
                consigneeCountries: [],
                groups: [
                    {
                        batchId: null,
                        packKWh: pack.value,
                        packKWhSource: pack.source,
                        batteryKgCo2ePerKWhCapacity: factor.value,
                        batteryFactorSource: factor.source,
                        fixedVehicles: (0, displacement_formula_1.vehiclesFromEnergy)(s.energy.energyKWh, pack.value),
                    },
                ],
            };
        }
        if (s.batchId) {
            const batchId = (0, validate_1.requireId)('input.scope.batchId', s.batchId);
            const [batch] = await (0, displacement_scope_queries_1.batchesById)(this.db.manager, [batchId]);
            if (!batch)
                throw (0, errors_1.notFound)('Batch', batchId, 'input.scope.batchId');
            const access = (0, access_policy_1.displacementCoverage)(actor, { kind: 'BATCH', manufacturerId: batch.manufacturerId }, 'input.scope.batchId');
            return {
                kind: 'BATCH',
                access,
                batchId,
                groups: await this.batchGroups([batch], o, null),
                consigneeCountries: await (0, displacement_scope_queries_1.consigneeCountriesOfBatches)(this.db.manager, [batchId]),
            };
        }
        if (s.shipmentId) {
            const shipmentId = (0, validate_1.requireId)('input.scope.shipmentId', s.shipmentId);
            const shipment = await (0, displacement_scope_queries_1.loadShipment)(this.db.manager, shipmentId);
            if (!shipment)
                throw (0, errors_1.notFound)('Shipment', shipmentId, 'input.scope.shipmentId');
            const access = (0, access_policy_1.displacementCoverage)(actor, { kind: 'SHIPMENT', parties: shipment }, 'input.scope.shipmentId');
            const batches = await (0, displacement_scope_queries_1.batchesById)(this.db.manager, shipment.packsByBatch.map((l) => l.batchId));
            const packs = new Map(shipment.packsByBatch.map((l) => [l.batchId, l.packs]));
            return {
                kind: 'SHIPMENT',
                access,
                shipmentId,
                groups: await this.batchGroups(batches, o, packs),
                consigneeCountries: [shipment.consigneeCountry],
            };
        }
        const py = s.parkYear;
        const parkId = (0, validate_1.requireId)('input.scope.parkYear.parkId', py.parkId);
        if (!Number.isInteger(py.year))
            throw (0, errors_1.badInput)('input.scope.parkYear.year', `must be a whole year, got ${py.year}`);
        (0, validate_1.requireRange)('input.scope.parkYear.year', py.year, YEAR_MIN, YEAR_MAX);
        if (!(await (0, displacement_scope_queries_1.parkExists)(this.db, parkId)))
            throw (0, errors_1.notFound)('Park', parkId, 'input.scope.parkYear.parkId');
        const access = (0, access_policy_1.displacementCoverage)(actor, { kind: 'PARK_YEAR' }, 'input.scope.parkYear');
        const only = access.coverage === 'MANUFACTURER' ? access.manufacturerId : null;
        const batches = await (0, displacement_scope_queries_1.batchesOfParkYear)(this.db.manager, parkId, py.year, only);
        if (batches.length === 0) {
            throw (0, errors_1.badInput)('input.scope.parkYear.year', `no ${only ? 'batch of yours' : 'batch'} made at the park's plants ended production in ${py.year}`);
        }
        const ids = batches.map((b) => b.id);
        return {
            kind: 'PARK_YEAR',
            access,
            parkId,
            year: py.year,
            groups: await this.batchGroups(batches, o, null),
            consigneeCountries: await (0, displacement_scope_queries_1.consigneeCountriesOfBatches)(this.db.manager, ids),
        };
    }
    /** One group per batch: its pack size and embodied factor, each with its source. */
    async batchGroups(batches, o, fixedPacks) {
        const declared = isSet(o.batteryKgCo2ePerKWhCapacity)
            ? new Map()
            : await (0, displacement_scope_queries_1.declaredBatteryFactors)(this.db.manager, batches.map((b) => b.id));
        return batches.map((b) => {
            let factor;
            const d = declared.get(b.id);
            if (isSet(o.batteryKgCo2ePerKWhCapacity))
                factor = { value: o.batteryKgCo2ePerKWhCapacity, source: 'caller override' };
            else if (d)
                factor = { value: d.value, source: `declared footprint v${d.version} of batch ${b.batchNumber}` };
            else {
                const family = (0, displacement_defaults_1.batteryFactorFamily)(b.chemistry);
                if (!family) {
                    throw (0, errors_1.badInput)('input.overrides.batteryKgCo2ePerKWhCapacity', `batch ${b.batchNumber} is ${b.chemistry}, which has no declared footprint and no default embodied factor in DOMAIN.md §6 (only NMC and LFP): give this override`);
                }
                factor = this.defaults.batteryKgCo2ePerKWhCapacity[family];
            }
            return {
                batchId: b.id,
                packKWh: o.packKWh ?? b.nominalEnergyKWh,
                packKWhSource: isSet(o.packKWh) ? 'caller override' : `nominal energy of the battery model of batch ${b.batchNumber}`,
                batteryKgCo2ePerKWhCapacity: factor.value,
                batteryFactorSource: factor.source,
                fixedVehicles: fixedPacks ? (fixedPacks.get(b.id) ?? 0) : null,
            };
        });
    }
};
exports.DisplacementService = DisplacementService;
exports.DisplacementService = DisplacementService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService])
], DisplacementService);
//# sourceMappingURL=displacement.service.js.map