import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertWritesOwn, requireManufacturer } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { assertCanSeeFootprintInputs } from '../access/footprint-access';
import { isAskedCertifier } from '../access/footprint-input-access';
import { AuditService } from '../audit/audit.service';
import { digestOf } from '../common/canonical-json';
import { badInput, notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { BatchFootprintInputsEntity } from './batch-footprint-inputs.entity';
import { RecordFootprintInputsInput } from './dto/record-footprint-inputs.input';
import { checkFootprintInputs } from './footprint-inputs-check';
import { FootprintInputsModel } from './footprint-inputs.model';
import { UNIT_KIND_CODE } from '../units/unit-kind';

const COLS = `id, batch_id AS "batchId", version, document, document_sha256 AS "documentSha256", recorded_by AS "recordedBy", created_at AS "createdAt"`;

export function toInputsModel(e: BatchFootprintInputsEntity): FootprintInputsModel {
  return {
    id: e.id,
    batchId: e.batchId,
    version: e.version,
    documentSha256: e.documentSha256,
    recordedBy: e.recordedBy,
    createdAt: e.createdAt,
    ...e.document,
  };
}

/** A batch's footprint inputs (issue 3 §3): each record is a new immutable version; the newest is used by the calculation. */
@Injectable()
export class FootprintInputsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, input: RecordFootprintInputsInput): Promise<FootprintInputsModel> {
    requireManufacturer(actor, 'recordFootprintInputs');
    const batchId = requireId('input.batchId', input.batchId);
    const { data, factorRefs, supplierRefs } = checkFootprintInputs(input);
    const saved = await this.db.transaction(async (em) => {
      // Packs and pack energy apart: their product is taken here, where a model stored before the
      // bounds (1e308 kWh) gives Infinity rather than a PostgreSQL overflow error.
      const rows: { manufacturerId: string; packs: number; packKWh: number; nextVersion: number }[] = await em.query(
        `SELECT b.manufacturer_id AS "manufacturerId",
                coalesce(nullif((SELECT count(*)::int FROM units u WHERE u.batch_id = b.id AND u.kind = ${UNIT_KIND_CODE.PACK}), 0), b.declared_pack_count) AS packs,
                m.nominal_energy_kwh AS "packKWh",
                (SELECT coalesce(max(version), 0) + 1 FROM batch_footprint_inputs i WHERE i.batch_id = b.id) AS "nextVersion"
           FROM batches b JOIN battery_models m ON m.id = b.model_id WHERE b.id = $1 FOR UPDATE OF b`,
        [batchId],
      );
      if (!rows.length) throw notFound('Batch', batchId, 'input.batchId');
      assertWritesOwn(actor, rows[0].manufacturerId, `batch ${batchId}`, 'input.batchId');
      const batchOutput = data.outputEnergyKWh ?? rows[0].packs * rows[0].packKWh;
      const plantOutputKWh = data.electricity?.plantOutputEnergyKWh ?? null;
      if (plantOutputKWh !== null && !Number.isFinite(batchOutput)) {
        throw badInput(
          'input.outputEnergyKWh',
          `is needed: the batch's packs × the model's nominal energy (${rows[0].packs} × ${rows[0].packKWh} kWh) is beyond what a number can hold`,
        );
      }
      if (plantOutputKWh !== null && batchOutput > plantOutputKWh) {
        throw badInput(
          'input.electricity.plantOutputEnergyKWh',
          `is less than the batch's own output of ${batchOutput} kWh: the batch share of the plant output cannot exceed 1`,
        );
      }
      const ids = [...new Set(factorRefs.map((r) => r.id))];
      if (ids.length) {
        const found: { id: string; kind: string; code: string; version: number }[] = await em.query(
          'SELECT id, kind, code, version FROM emission_factors WHERE id = ANY($1::uuid[])',
          [ids],
        );
        const byId = new Map(found.map((f) => [f.id, f]));
        for (const ref of factorRefs) {
          const f = byId.get(ref.id);
          if (!f) throw notFound('Emission factor', ref.id, ref.path);
          if (f.kind !== ref.kind)
            throw badInput(ref.path, `is ${f.code} v${f.version}, a ${f.kind} factor; a ${ref.kind} factor is needed here`);
        }
      }
      if (supplierRefs.length) {
        const found: { id: string }[] = await em.query('SELECT id FROM organizations WHERE id = ANY($1::uuid[])', [
          [...new Set(supplierRefs.map((r) => r.id))],
        ]);
        const known = new Set(found.map((f) => f.id));
        const missing = supplierRefs.find((r) => !known.has(r.id));
        if (missing) throw notFound('Organization', missing.id, missing.path);
      }
      const documentSha256 = digestOf(data);
      const [row]: BatchFootprintInputsEntity[] = await em.query(
        `INSERT INTO batch_footprint_inputs (batch_id, version, document, document_sha256, recorded_by)
         VALUES ($1, $2, $3::jsonb, $4, $5) RETURNING ${COLS}`,
        [batchId, rows[0].nextVersion, JSON.stringify(data), documentSha256, actorId(actor)],
      );
      await this.audit.append(em, actor, {
        action: 'recordFootprintInputs',
        subjectType: 'Batch',
        subjectId: batchId,
        input: { batchId, version: row.version, documentSha256 },
      });
      return row;
    });
    return toInputsModel(saved);
  }

  /** The newest inputs of a batch, for FOOTPRINT_INPUT_READERS. */
  async latest(actor: Actor, batchIdRaw: string): Promise<FootprintInputsModel | null> {
    const batchId = requireId('batchId', batchIdRaw);
    const owner: { manufacturerId: string }[] = await this.db.query(
      'SELECT manufacturer_id AS "manufacturerId" FROM batches WHERE id = $1',
      [batchId],
    );
    if (!owner.length) throw notFound('Batch', batchId, 'batchId');
    assertCanSeeFootprintInputs(actor, owner[0].manufacturerId, await isAskedCertifier(this.db, actor, batchId), 'INPUTS');
    const rows: BatchFootprintInputsEntity[] = await this.db.query(
      `SELECT ${COLS} FROM batch_footprint_inputs WHERE batch_id = $1 ORDER BY version DESC LIMIT 1`,
      [batchId],
    );
    return rows.length ? toInputsModel(rows[0]) : null;
  }
}
