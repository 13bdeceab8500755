import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { assertWritesOwn, requireManufacturer } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { BatchEntity } from '../batches/batch.entity';
import { RegisterUnitsInput, UnitInput } from '../batches/dto/batch.inputs';
import { badInput, notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { MetricsService } from '../metrics/metrics.service';
import { graphqlLocator, IngestResult, UnitIngestService } from './unit-ingest.service';
import { checkUnit, UnitLineError, UnitRow, UploadFormat } from './unit-lines';

export const MAX_GRAPHQL_UNITS = 10_000;

/** Checks the units of a GraphQL call (at most MAX_GRAPHQL_UNITS); errors name `path[i].field`. */
export function checkUnitInputs(path: string, units: UnitInput[]): UnitRow[] {
  if (units.length > MAX_GRAPHQL_UNITS) {
    throw badInput(path, `at most ${MAX_GRAPHQL_UNITS} units per call, got ${units.length}; use POST /batches/:id/units for more`);
  }
  try {
    return units.map((u, i) => {
      // The DateTime scalar hands over an Invalid Date for text it cannot read.
      if (u.producedAt instanceof Date && Number.isNaN(u.producedAt.getTime()))
        throw badInput(`${path}[${i}].producedAt`, 'is not a valid date');
      return checkUnit(i + 1, { ...u, producedAt: u.producedAt instanceof Date ? u.producedAt.toISOString() : u.producedAt });
    });
  } catch (err) {
    if (err instanceof UnitLineError) throw badInput(`${path}[${err.line - 1}].${err.field}`, err.problem);
    throw err;
  }
}

/** Adds units to a batch of the caller's: the GraphQL path (registerUnits) and the streaming upload. */
@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly ingest: UnitIngestService,
    private readonly metrics: MetricsService,
  ) {}

  async registerUnits(actor: Actor, input: RegisterUnitsInput): Promise<IngestResult & { batchId: string }> {
    const batchId = requireId('input.batchId', input.batchId);
    const units = checkUnitInputs('input.units', input.units);
    return this.withOwnBatch(actor, batchId, 'input.batchId', async (em, batch) => {
      const result = await this.ingest.ingestRows(em, batch.manufacturerId, batch.id, units, graphqlLocator('input.units'), 'input.units');
      await this.audit.append(em, actor, {
        action: 'registerUnits',
        subjectType: 'Batch',
        subjectId: batch.id,
        input: { batchId, unitsDigest: result.digest, received: result.received, inserted: result.inserted },
      });
      this.metrics.unitsIngested.inc(result.inserted);
      return { ...result, batchId };
    });
  }

  /** The streaming bulk path behind POST /batches/:id/units. */
  async uploadUnits(actor: Actor, batchIdRaw: string, body: Readable, format: UploadFormat): Promise<IngestResult & { batchId: string }> {
    const batchId = requireId('batchId', batchIdRaw);
    return this.withOwnBatch(actor, batchId, 'batchId', async (em, batch) => {
      const result = await this.ingest.ingestStream(em, batch.manufacturerId, batch.id, body, format);
      await this.audit.append(em, actor, {
        action: 'uploadUnits',
        subjectType: 'Batch',
        subjectId: batch.id,
        input: { batchId, format, uploadSha256: result.digest, received: result.received, inserted: result.inserted },
      });
      this.metrics.unitsIngested.inc(result.inserted);
      return { ...result, batchId };
    });
  }

  private async withOwnBatch<T>(
    actor: Actor,
    batchId: string,
    field: string,
    work: (em: EntityManager, batch: BatchEntity) => Promise<T>,
  ): Promise<T> {
    requireManufacturer(actor, 'registering units');
    return this.db.transaction(async (em) => {
      const batch = await em.findOne(BatchEntity, { where: { id: batchId } });
      if (!batch) throw notFound('Batch', batchId, field);
      assertWritesOwn(actor, batch.manufacturerId, `batch ${batchId}`, field);
      return work(em, batch);
    });
  }
}
