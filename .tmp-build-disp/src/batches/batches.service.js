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
exports.BatchesService = exports.MAX_GRAPHQL_UNITS = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../access/access-policy");
const audit_service_1 = require("../audit/audit.service");
const battery_model_entity_1 = require("../battery-models/battery-model.entity");
const errors_1 = require("../common/errors");
const pagination_1 = require("../common/pagination");
const validate_1 = require("../common/validate");
const plant_entity_1 = require("../parks/plant.entity");
const batch_entity_1 = require("./batch.entity");
const batch_status_1 = require("./batch-status");
const unit_kind_1 = require("./unit-kind");
const unit_ingest_service_1 = require("./unit-ingest.service");
const unit_lines_1 = require("./unit-lines");
exports.MAX_GRAPHQL_UNITS = 10_000;
let BatchesService = class BatchesService {
    db;
    audit;
    ingest;
    constructor(db, audit, ingest) {
        this.db = db;
        this.audit = audit;
        this.ingest = ingest;
    }
    async registerBatch(actor, input) {
        const manufacturerId = (0, access_policy_1.requireManufacturer)(actor, 'registerBatch');
        const batchNumber = (0, validate_1.requireText)('input.batchNumber', input.batchNumber, 64);
        const modelId = (0, validate_1.requireId)('input.modelId', input.modelId);
        const plantId = (0, validate_1.requireId)('input.plantId', input.plantId);
        (0, validate_1.requireDateOrder)('input.productionEnd', input.productionStart, input.productionEnd);
        const declaredCellCount = input.declaredCellCount ?? 0;
        const declaredModuleCount = input.declaredModuleCount ?? 0;
        const declaredPackCount = input.declaredPackCount ?? 0;
        (0, validate_1.requireNonNegativeInt)('input.declaredCellCount', declaredCellCount);
        (0, validate_1.requireNonNegativeInt)('input.declaredModuleCount', declaredModuleCount);
        (0, validate_1.requireNonNegativeInt)('input.declaredPackCount', declaredPackCount);
        const units = input.units ? this.checkUnits('input.units', input.units) : [];
        try {
            return await this.db.transaction(async (em) => {
                const model = await em.findOne(battery_model_entity_1.BatteryModelEntity, { where: { id: modelId } });
                if (!model)
                    throw (0, errors_1.notFound)('Battery model', modelId, 'input.modelId');
                (0, access_policy_1.assertWritesOwn)(actor, model.manufacturerId, `battery model ${modelId}`, 'input.modelId');
                const plant = await em.findOne(plant_entity_1.PlantEntity, { where: { id: plantId } });
                if (!plant)
                    throw (0, errors_1.notFound)('Plant', plantId, 'input.plantId');
                (0, access_policy_1.assertWritesOwn)(actor, plant.manufacturerId, `plant ${plantId}`, 'input.plantId');
                const values = {
                    manufacturerId,
                    batchNumber,
                    modelId,
                    plantId,
                    productionStart: input.productionStart,
                    productionEnd: input.productionEnd,
                    declaredCellCount,
                    declaredModuleCount,
                    declaredPackCount,
                    status: 'REGISTERED',
                };
                const batch = await em.save(em.create(batch_entity_1.BatchEntity, values));
                let ingested = null;
                if (units.length)
                    ingested = await this.ingest.ingestRows(em, manufacturerId, batch.id, units, (0, unit_ingest_service_1.graphqlLocator)('input.units'));
                await this.audit.append(em, actor, {
                    action: 'registerBatch',
                    subjectType: 'Batch',
                    subjectId: batch.id,
                    input: { ...values, unitsDigest: ingested?.digest ?? null, units: units.length },
                });
                return batch;
            });
        }
        catch (err) {
            if ((0, errors_1.uniqueViolation)(err) === 'batches_manufacturer_id_batch_number_key') {
                throw (0, errors_1.conflict)(`batch number "${batchNumber}" is already registered by this manufacturer`, 'input.batchNumber');
            }
            throw err;
        }
    }
    async registerUnits(actor, input) {
        const batchId = (0, validate_1.requireId)('input.batchId', input.batchId);
        const units = this.checkUnits('input.units', input.units);
        return this.withOwnBatch(actor, batchId, 'input.batchId', async (em, batch) => {
            const result = await this.ingest.ingestRows(em, batch.manufacturerId, batch.id, units, (0, unit_ingest_service_1.graphqlLocator)('input.units'));
            await this.audit.append(em, actor, {
                action: 'registerUnits',
                subjectType: 'Batch',
                subjectId: batch.id,
                input: { batchId, unitsDigest: result.digest, received: result.received, inserted: result.inserted },
            });
            return { ...result, batchId };
        });
    }
    /** The streaming bulk path behind POST /batches/:id/units. */
    async uploadUnits(actor, batchIdRaw, body, format) {
        const batchId = (0, validate_1.requireId)('batchId', batchIdRaw);
        return this.withOwnBatch(actor, batchId, 'batchId', async (em, batch) => {
            const result = await this.ingest.ingestStream(em, batch.manufacturerId, batch.id, body, format);
            await this.audit.append(em, actor, {
                action: 'uploadUnits',
                subjectType: 'Batch',
                subjectId: batch.id,
                input: { batchId, format, uploadSha256: result.digest, received: result.received, inserted: result.inserted },
            });
            return { ...result, batchId };
        });
    }
    /** The only writer of batches.status; later features call it as cargo moves. */
    async changeStatus(em, batchId, to) {
        const rows = await em.query('SELECT status FROM batches WHERE id = $1 FOR UPDATE', [batchId]);
        if (!rows.length)
            throw (0, errors_1.notFound)('Batch', batchId);
        if (rows[0].status === to)
            return;
        if (!(0, batch_status_1.canTransition)(rows[0].status, to))
            throw (0, errors_1.conflict)(`batch ${batchId} cannot go from ${rows[0].status} to ${to}`);
        await em.query('UPDATE batches SET status = $2 WHERE id = $1', [batchId, to]);
    }
    async batches(filter, first, after) {
        const limit = (0, pagination_1.pageSize)('first', first);
        const cursor = (0, pagination_1.decodeCursor)('after', after, 2);
        const qb = this.db.getRepository(batch_entity_1.BatchEntity).createQueryBuilder('b');
        if (filter?.manufacturerId)
            qb.andWhere('b.manufacturerId = :m', { m: (0, validate_1.requireId)('filter.manufacturerId', filter.manufacturerId) });
        if (filter?.plantId)
            qb.andWhere('b.plantId = :p', { p: (0, validate_1.requireId)('filter.plantId', filter.plantId) });
        if (filter?.modelId)
            qb.andWhere('b.modelId = :mo', { mo: (0, validate_1.requireId)('filter.modelId', filter.modelId) });
        if (filter?.status)
            qb.andWhere('b.status = :s', { s: filter.status });
        if (cursor) {
            const [createdAt, id] = cursor;
            qb.andWhere('(b.createdAt, b.id) < (:c, :i)', { c: createdAt, i: id });
        }
        const rows = await qb
            .orderBy('b.createdAt', 'DESC')
            .addOrderBy('b.id', 'DESC')
            .take(limit + 1)
            .getMany();
        return (0, pagination_1.toPage)(rows, limit, (b) => [b.createdAt.toISOString(), b.id]);
    }
    async units(actor, batch, kind, first, after) {
        this.assertCanSeeUnits(actor, batch, 'units are per-battery data of their manufacturer');
        const limit = (0, pagination_1.pageSize)('first', first);
        const cursor = (0, pagination_1.decodeCursor)('after', after, 1);
        const params = [batch.id, limit + 1];
        let where = 'u.batch_id = $1';
        if (kind) {
            params.push({ CELL: 1, MODULE: 2, PACK: 3 }[kind]);
            where += ` AND u.kind = $${params.length}`;
        }
        if (cursor) {
            params.push(String(cursor[0]));
            where += ` AND u.id > $${params.length}`;
        }
        const rows = await this.db.query(`SELECT u.id, u.serial, u.kind, u.batch_id, u.parent_id, p.serial AS parent_serial, u.created_at
           FROM units u LEFT JOIN units p ON p.id = u.parent_id
          WHERE ${where} ORDER BY u.id LIMIT $2`, params);
        const views = rows.map((r) => ({
            id: r.id,
            serial: r.serial,
            kind: (0, unit_kind_1.unitKindOfCode)(r.kind),
            batchId: r.batch_id,
            parentId: r.parent_id,
            parentSerial: r.parent_serial,
            createdAt: r.created_at,
        }));
        return (0, pagination_1.toPage)(views, limit, (u) => [u.id]);
    }
    async unitCounts(actor, batch) {
        this.assertCanSeeUnits(actor, batch, 'unit counts are private data of the manufacturer');
        const rows = await this.db.query('SELECT kind, count(*)::int AS n FROM units WHERE batch_id = $1 GROUP BY kind', [batch.id]);
        const n = (k) => rows.find((r) => r.kind === k)?.n ?? 0;
        return { cells: n(1), modules: n(2), packs: n(3) };
    }
    assertCanSeeUnits(actor, batch, why) {
        if ((0, access_policy_1.canSeePrivate)(actor, batch.manufacturerId))
            return;
        if (actor.type === 'ANONYMOUS')
            throw (0, errors_1.unauthenticated)(`${why}: send its API key`);
        throw (0, errors_1.forbidden)(why);
    }
    checkUnits(path, units) {
        if (units.length > exports.MAX_GRAPHQL_UNITS) {
            throw (0, errors_1.badInput)(path, `at most ${exports.MAX_GRAPHQL_UNITS} units per call, got ${units.length}; use POST /batches/:id/units for more`);
        }
        try {
            return units.map((u, i) => (0, unit_lines_1.checkUnit)(i + 1, u));
        }
        catch (err) {
            if (err instanceof unit_lines_1.UnitLineError)
                throw (0, errors_1.badInput)(`${path}[${err.line - 1}].${err.field}`, err.problem);
            throw err;
        }
    }
    async withOwnBatch(actor, batchId, field, work) {
        (0, access_policy_1.requireManufacturer)(actor, 'registering units');
        return this.db.transaction(async (em) => {
            const batch = await em.findOne(batch_entity_1.BatchEntity, { where: { id: batchId } });
            if (!batch)
                throw (0, errors_1.notFound)('Batch', batchId, field);
            (0, access_policy_1.assertWritesOwn)(actor, batch.manufacturerId, `batch ${batchId}`, field);
            return work(em, batch);
        });
    }
};
exports.BatchesService = BatchesService;
exports.BatchesService = BatchesService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService,
        unit_ingest_service_1.UnitIngestService])
], BatchesService);
//# sourceMappingURL=batches.service.js.map