import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertOwner, assertWritesOwn, requireManufacturer } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound, uniqueViolation } from '../common/errors';
import { requireId, requireNonNegativeInt } from '../common/validate';
import { RecordModelPassportDataInput } from './dto/record-model-passport-data.input';
import { modelPassportValues, ModelPassportValues, nextModelPassportValues } from './model-passport-data';
import { ModelPassportVersionModel } from './model-passport-version.model';

interface VersionRow {
  id: string;
  modelId: string;
  version: number;
  values: ModelPassportValues;
  recordedBy: string;
  recordedAt: Date;
  supersedes: string | null;
}

const VERSION_COLUMNS = `id, model_id AS "modelId", version, "values", recorded_by AS "recordedBy", recorded_at AS "recordedAt", supersedes`;

const toModel = (r: VersionRow): ModelPassportVersionModel => ({
  id: r.id,
  modelId: r.modelId,
  version: r.version,
  valuesJson: JSON.stringify(r.values),
  recordedBy: r.recordedBy,
  recordedAt: r.recordedAt,
  supersedes: r.supersedes,
});

/**
 * Model-level passport data (docs/passport-attributes.md "Model data recorded by manufacturers"):
 * its manufacturer records versions; a correction is the next version, no version row is updated.
 */
@Injectable()
export class ModelPassportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, input: RecordModelPassportDataInput): Promise<ModelPassportVersionModel> {
    requireManufacturer(actor, 'recordModelPassportData');
    const modelId = requireId('input.modelId', input.modelId);
    if (input.expectedVersion !== null && input.expectedVersion !== undefined) {
      requireNonNegativeInt('input.expectedVersion', input.expectedVersion);
    }
    const recorded = modelPassportValues(input.values);
    try {
      return await this.db.transaction(async (em) => {
        // The model row locked: two recordings of one model take their turns.
        const [model]: { manufacturerId: string; nominalVoltageV: number }[] = await em.query(
          `SELECT manufacturer_id AS "manufacturerId", nominal_voltage_v AS "nominalVoltageV" FROM battery_models WHERE id = $1 FOR UPDATE`,
          [modelId],
        );
        if (!model) throw notFound('Battery model', modelId, 'input.modelId');
        assertWritesOwn(actor, model.manufacturerId, 'the battery model', 'input.modelId');
        const [latest]: VersionRow[] = await em.query(
          `SELECT ${VERSION_COLUMNS} FROM battery_model_passport_versions WHERE model_id = $1 ORDER BY version DESC LIMIT 1`,
          [modelId],
        );
        const latestVersion = latest?.version ?? 0;
        if (input.expectedVersion !== null && input.expectedVersion !== undefined && input.expectedVersion !== latestVersion) {
          throw conflict(
            `the model's passport data is at version ${latestVersion}, not ${input.expectedVersion}`,
            'input.expectedVersion',
            { latestVersion },
            'PASSPORT_VERSION_STALE',
          );
        }
        const values = nextModelPassportValues(latest?.values ?? {}, recorded, 'input.values', model);
        const [row]: VersionRow[] = await em.query(
          `INSERT INTO battery_model_passport_versions (model_id, version, "values", recorded_by, supersedes)
           VALUES ($1, $2, $3::jsonb, $4, $5) RETURNING ${VERSION_COLUMNS}`,
          [
            modelId,
            latestVersion + 1,
            JSON.stringify(values),
            actor.type === 'ORGANIZATION' ? actor.organizationId : null,
            latest?.id ?? null,
          ],
        );
        await this.audit.append(em, actor, {
          action: 'recordModelPassportData',
          subjectType: 'BatteryModel',
          subjectId: modelId,
          input: { modelId, expectedVersion: input.expectedVersion ?? null, version: row.version, values: recorded },
        });
        return toModel(row);
      });
    } catch (err) {
      if (uniqueViolation(err))
        throw conflict('another recording wrote the same version at the same time', 'input.modelId', 'CONCURRENT_CHANGE');
      throw err;
    }
  }

  /** Every version of the model's passport data, oldest first: its manufacturer and the administrator. */
  async versions(actor: Actor, modelIdRaw: string): Promise<ModelPassportVersionModel[]> {
    const modelId = requireId('modelId', modelIdRaw);
    const [model]: { manufacturerId: string }[] = await this.db.query(
      `SELECT manufacturer_id AS "manufacturerId" FROM battery_models WHERE id = $1`,
      [modelId],
    );
    if (!model) throw notFound('Battery model', modelId, 'modelId');
    assertOwner(actor, model.manufacturerId, 'the battery model', 'modelId');
    const rows: VersionRow[] = await this.db.query(
      `SELECT ${VERSION_COLUMNS} FROM battery_model_passport_versions WHERE model_id = $1 ORDER BY version`,
      [modelId],
    );
    return rows.map(toModel);
  }
}
