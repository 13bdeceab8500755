import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { assertWritesOwn, requireManufacturer } from '../access/access-policy';
import { Actor } from '../access/actor';
import { assertCanSeeBatchUnits } from '../access/batch-access';
import { AuditService } from '../audit/audit.service';
import { BatteryModelEntity } from '../battery-models/battery-model.entity';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { decodeCursor, Page, pageSize, toPage } from '../common/pagination';
import { BOUNDS } from '../common/physical-bounds';
import { optionalQuantity, requireDateOrder, requireId, requireName, requireQuantity, requireText } from '../common/validate';
import { MetricsService } from '../metrics/metrics.service';
import { PlantEntity } from '../parks/plant.entity';
import { BatchEntity } from './batch.entity';
import { BatchStatus, canTransition } from './batch-status';
import { checkAmendment, UnitCounts } from './declared-counts';
import { AmendDeclaredCountsInput, BatchFilter, RegisterBatchInput } from './dto/batch.inputs';
import { UnitKind, unitKindOfCode } from '../units/unit-kind';
import { graphqlLocator, IngestResult, UnitIngestService } from '../units/unit-ingest.service';
import { checkUnitInputs } from '../units/units.service';

export interface UnitView {
  id: string;
  serial: string;
  kind: UnitKind;
  batchId: string;
  parentId: string | null;
  parentSerial: string | null;
  producedAt: Date;
  createdAt: Date;
}

@Injectable()
export class BatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly ingest: UnitIngestService,
    private readonly metrics: MetricsService,
  ) {}

  async registerBatch(actor: Actor, input: RegisterBatchInput): Promise<BatchEntity> {
    const manufacturerId = requireManufacturer(actor, 'registerBatch');
    const batchNumber = requireName('input.batchNumber', input.batchNumber, 64);
    const modelId = requireId('input.modelId', input.modelId);
    const plantId = requireId('input.plantId', input.plantId);
    requireDateOrder('input.productionEnd', input.productionStart, input.productionEnd);
    const declaredCellCount = input.declaredCellCount ?? 0;
    const declaredModuleCount = input.declaredModuleCount ?? 0;
    const declaredPackCount = input.declaredPackCount ?? 0;
    requireQuantity('input.declaredCellCount', declaredCellCount, BOUNDS.unitCount);
    requireQuantity('input.declaredModuleCount', declaredModuleCount, BOUNDS.unitCount);
    requireQuantity('input.declaredPackCount', declaredPackCount, BOUNDS.unitCount);
    const units = input.units ? checkUnitInputs('input.units', input.units) : [];

    try {
      return await this.db.transaction(async (em) => {
        const model = await em.findOne(BatteryModelEntity, { where: { id: modelId } });
        if (!model) throw notFound('Battery model', modelId, 'input.modelId');
        assertWritesOwn(actor, model.manufacturerId, `battery model ${modelId}`, 'input.modelId');
        const plant = await em.findOne(PlantEntity, { where: { id: plantId } });
        if (!plant) throw notFound('Plant', plantId, 'input.plantId');
        assertWritesOwn(actor, plant.manufacturerId, `plant ${plantId}`, 'input.plantId');

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
          status: 'REGISTERED' as BatchStatus,
        };
        const batch = await em.save(em.create(BatchEntity, values));
        let ingested: IngestResult | null = null;
        if (units.length) {
          ingested = await this.ingest.ingestRows(em, manufacturerId, batch.id, units, graphqlLocator('input.units'), 'input.units');
        }
        await this.audit.append(em, actor, {
          action: 'registerBatch',
          subjectType: 'Batch',
          subjectId: batch.id,
          input: { ...values, unitsDigest: ingested?.digest ?? null, units: units.length },
        });
        this.metrics.unitsIngested.inc(ingested?.inserted ?? 0);
        return batch;
      });
    } catch (err) {
      if (uniqueViolation(err) === 'batches_manufacturer_id_batch_number_key') {
        throw conflict(
          `batch number "${batchNumber}" is already registered by this manufacturer`,
          'input.batchNumber',
          'BATCH_NUMBER_TAKEN',
        );
      }
      throw err;
    }
  }

  /**
   * Amends a batch's declared unit counts (only the counts given change), audited with its reason.
   * Refused once a footprint of the batch is declared (its figures rest on the counts), and never
   * below the units already registered.
   */
  async amendDeclaredCounts(actor: Actor, input: AmendDeclaredCountsInput): Promise<BatchEntity> {
    requireManufacturer(actor, 'amendDeclaredCounts');
    const batchId = requireId('input.batchId', input.batchId);
    const reason = requireText('input.reason', input.reason, 1000);
    const asked = {
      CELL: input.declaredCellCount ?? null,
      MODULE: input.declaredModuleCount ?? null,
      PACK: input.declaredPackCount ?? null,
    };
    if (asked.CELL === null && asked.MODULE === null && asked.PACK === null) {
      throw badInput('input', 'give at least one of declaredCellCount, declaredModuleCount, declaredPackCount');
    }
    optionalQuantity('input.declaredCellCount', asked.CELL, BOUNDS.unitCount);
    optionalQuantity('input.declaredModuleCount', asked.MODULE, BOUNDS.unitCount);
    optionalQuantity('input.declaredPackCount', asked.PACK, BOUNDS.unitCount);
    return this.db.transaction(async (em) => {
      const rows: {
        manufacturerId: string;
        batchNumber: string;
        cells: number;
        modules: number;
        packs: number;
        declaredFootprint: number | null;
      }[] = await em.query(
        `SELECT manufacturer_id AS "manufacturerId", batch_number AS "batchNumber", declared_cell_count AS cells,
                  declared_module_count AS modules, declared_pack_count AS packs,
                  (SELECT max(f.version) FROM footprints f WHERE f.batch_id = b.id AND f.declared_at IS NOT NULL) AS "declaredFootprint"
             FROM batches b WHERE id = $1 FOR UPDATE`,
        [batchId],
      );
      if (!rows.length) throw notFound('Batch', batchId, 'input.batchId');
      const b = rows[0];
      assertWritesOwn(actor, b.manufacturerId, `batch ${batchId}`, 'input.batchId');
      if (b.declaredFootprint !== null) {
        throw conflict(
          `batch ${b.batchNumber} has a declared footprint (version ${b.declaredFootprint}): its declared counts can no longer be amended`,
          'input.batchId',
          { footprintVersion: b.declaredFootprint },
          'DECLARED_COUNTS_FROZEN',
        );
      }
      const registered = await this.countsIn(em, batchId);
      const from = { CELL: b.cells, MODULE: b.modules, PACK: b.packs };
      const fields = { CELL: 'input.declaredCellCount', MODULE: 'input.declaredModuleCount', PACK: 'input.declaredPackCount' } as const;
      const to = { ...from };
      for (const kind of ['PACK', 'MODULE', 'CELL'] as const) {
        const v = asked[kind];
        if (v === null) continue;
        checkAmendment({ field: fields[kind], kind, from: from[kind], to: v, registered: registered[kind] });
        to[kind] = v;
      }
      await em.query('UPDATE batches SET declared_cell_count = $2, declared_module_count = $3, declared_pack_count = $4 WHERE id = $1', [
        batchId,
        to.CELL,
        to.MODULE,
        to.PACK,
      ]);
      await this.audit.append(em, actor, {
        action: 'amendDeclaredCounts',
        subjectType: 'Batch',
        subjectId: batchId,
        input: { batchId, reason, from, to, registered },
      });
      return (await em.findOne(BatchEntity, { where: { id: batchId } }))!;
    });
  }

  /** The only writer of batches.status; later features call it as cargo moves. */
  async changeStatus(em: EntityManager, batchId: string, to: BatchStatus): Promise<void> {
    const rows: { status: BatchStatus }[] = await em.query('SELECT status FROM batches WHERE id = $1 FOR UPDATE', [batchId]);
    if (!rows.length) throw notFound('Batch', batchId);
    if (rows[0].status === to) return;
    if (!canTransition(rows[0].status, to))
      throw conflict(`batch ${batchId} cannot go from ${rows[0].status} to ${to}`, undefined, 'BATCH_STATUS_TRANSITION');
    await em.query('UPDATE batches SET status = $2 WHERE id = $1', [batchId, to]);
  }

  async batches(
    filter: BatchFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<BatchEntity>> {
    const limit = pageSize('first', first);
    const cursor = decodeCursor('after', after, 2);
    const qb = this.db.getRepository(BatchEntity).createQueryBuilder('b');
    if (filter?.manufacturerId) qb.andWhere('b.manufacturerId = :m', { m: requireId('filter.manufacturerId', filter.manufacturerId) });
    if (filter?.plantId) qb.andWhere('b.plantId = :p', { p: requireId('filter.plantId', filter.plantId) });
    if (filter?.modelId) qb.andWhere('b.modelId = :mo', { mo: requireId('filter.modelId', filter.modelId) });
    if (filter?.status) qb.andWhere('b.status = :s', { s: filter.status });
    if (cursor) {
      const [createdAt, id] = cursor;
      qb.andWhere('(b.createdAt, b.id) < (:c, :i)', { c: createdAt, i: id });
    }
    const rows = await qb
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .take(limit + 1)
      .getMany();
    return toPage(rows, limit, (b) => [b.createdAt.toISOString(), b.id]);
  }

  async units(
    actor: Actor,
    batch: BatchEntity,
    kind: UnitKind | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<UnitView>> {
    assertCanSeeBatchUnits(actor, batch.manufacturerId, 'units are per-battery data of their manufacturer');
    const limit = pageSize('first', first);
    const cursor = decodeCursor('after', after, 1);
    const params: unknown[] = [batch.id, limit + 1];
    let where = 'u.batch_id = $1';
    if (kind) {
      params.push({ CELL: 1, MODULE: 2, PACK: 3 }[kind]);
      where += ` AND u.kind = $${params.length}`;
    }
    if (cursor) {
      params.push(String(cursor[0]));
      where += ` AND u.id > $${params.length}`;
    }
    const rows: {
      id: string;
      serial: string;
      kind: number;
      batch_id: string;
      parent_id: string | null;
      parent_serial: string | null;
      produced_at: Date;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT u.id, u.serial, u.kind, u.batch_id, u.parent_id, p.serial AS parent_serial, u.produced_at, u.created_at
           FROM units u LEFT JOIN units p ON p.id = u.parent_id
          WHERE ${where} ORDER BY u.id LIMIT $2`,
      params,
    );
    const views = rows.map((r) => ({
      id: r.id,
      serial: r.serial,
      kind: unitKindOfCode(r.kind),
      batchId: r.batch_id,
      parentId: r.parent_id,
      parentSerial: r.parent_serial,
      producedAt: r.produced_at,
      createdAt: r.created_at,
    }));
    return toPage(views, limit, (u) => [u.id]);
  }

  async unitCounts(actor: Actor, batch: BatchEntity): Promise<{ cells: number; modules: number; packs: number }> {
    assertCanSeeBatchUnits(actor, batch.manufacturerId, 'unit counts are private data of the manufacturer');
    const c = await this.countsIn(this.db.manager, batch.id);
    return { cells: c.CELL, modules: c.MODULE, packs: c.PACK };
  }

  private async countsIn(em: EntityManager, batchId: string): Promise<UnitCounts> {
    const rows: { kind: number; n: number }[] = await em.query(
      'SELECT kind, count(*)::int AS n FROM units WHERE batch_id = $1 GROUP BY kind',
      [batchId],
    );
    const n = (k: number) => rows.find((r) => r.kind === k)?.n ?? 0;
    return { CELL: n(1), MODULE: n(2), PACK: n(3) };
  }
}
