import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertWritesOwn, requireManufacturer } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import type { BatteryCategory, Chemistry } from '../battery-models/battery-model.types';
import { PlatformKeyService } from '../certificates/platform-key.service';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { optionalText, requireId } from '../common/validate';
import { passportCategoryOf } from './battery-pass-attributes';
import { PublishModelPassportInput } from './dto/publish-model-passport.input';
import { ModelPassportPublicationModel } from './model-passport-publication.model';
import {
  chainLink,
  modelDerivedAttributes,
  PUBLICATION_TYPE,
  PublicationDocument,
  publicationGate,
  publicModelAttributes,
  servedVersions,
  signVersion,
} from './passport-publication';

interface ModelRow {
  manufacturerId: string;
  manufacturerName: string;
  manufacturerCountry: string | null;
  category: BatteryCategory;
  chemistry: Chemistry;
  nominalEnergyKWh: number;
  usableEnergyKWh: number;
  capacityAh: number;
  nominalVoltageV: number;
  massKg: number;
  expectedCycleLife: number;
  warrantyYears: number;
  warrantyKm: number | null;
  dataVersion: number | null;
  dataValues: Record<string, unknown> | null;
}

interface PublicationRow {
  id: string;
  modelId: string;
  seq: number;
  document: PublicationDocument;
  documentSha256: string;
  previousSha256: string | null;
  jws: string;
  note: string | null;
  publishedAt: Date;
  publishedBy: string;
}

const COLUMNS = `id, model_id AS "modelId", seq, document, document_sha256 AS "documentSha256", previous_sha256 AS "previousSha256",
  jws, note, published_at AS "publishedAt", published_by AS "publishedBy"`;

const toModel = (r: PublicationRow, payload?: string): ModelPassportPublicationModel => ({
  id: r.id,
  modelId: r.modelId,
  seq: r.seq,
  documentSha256: r.documentSha256,
  previousSha256: r.previousSha256,
  jws: r.jws,
  documentJson: payload ?? Buffer.from(r.jws.split('.')[1], 'base64url').toString('utf8'),
  note: r.note,
  publishedAt: r.publishedAt,
  publishedBy: r.publishedBy,
});

/**
 * Published, signed passport versions of a battery model (docs/passport-attributes.md "Published,
 * signed passport versions"): its manufacturer publishes once the gate (publicationGate) passes;
 * each version is signed by the platform key and names the hash of the one before it.
 */
@Injectable()
export class PassportPublicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly platform: PlatformKeyService,
  ) {}

  async publish(actor: Actor, input: PublishModelPassportInput): Promise<ModelPassportPublicationModel> {
    const publisherId = requireManufacturer(actor, 'publishModelPassport');
    const modelId = requireId('input.modelId', input.modelId);
    const note = optionalText('input.note', input.note, 1000);
    const key = await this.platform.current();
    try {
      return await this.db.transaction(async (em) => {
        // The model row locked: two publications (or a publication and a recording) of one model take turns.
        const [m]: ModelRow[] = await em.query(
          `SELECT m.manufacturer_id AS "manufacturerId", o.name AS "manufacturerName", o.country AS "manufacturerCountry",
                  m.category, m.chemistry, m.nominal_energy_kwh AS "nominalEnergyKWh", m.usable_energy_kwh AS "usableEnergyKWh",
                  m.capacity_ah AS "capacityAh", m.nominal_voltage_v AS "nominalVoltageV", m.mass_kg AS "massKg",
                  m.expected_cycle_life AS "expectedCycleLife", m.warranty_years AS "warrantyYears", m.warranty_km AS "warrantyKm",
                  v.version AS "dataVersion", v."values" AS "dataValues"
             FROM battery_models m JOIN organizations o ON o.id = m.manufacturer_id
             LEFT JOIN LATERAL (SELECT version, "values" FROM battery_model_passport_versions
                                 WHERE model_id = m.id ORDER BY version DESC LIMIT 1) v ON true
            WHERE m.id = $1 FOR UPDATE OF m`,
          [modelId],
        );
        if (!m) throw notFound('Battery model', modelId, 'input.modelId');
        assertWritesOwn(actor, m.manufacturerId, 'the battery model', 'input.modelId');
        const category = passportCategoryOf(m.category, m.nominalEnergyKWh);
        if (!category) throw badInput('input.modelId', `a ${m.category} battery of ${m.nominalEnergyKWh} kWh needs no battery passport`);
        const values = {
          ...(m.dataValues ?? {}),
          ...modelDerivedAttributes({
            ...m,
            manufacturer: { id: m.manufacturerId, name: m.manufacturerName, country: m.manufacturerCountry },
          }),
        };
        const gate = publicationGate(category, values);
        if (gate.blockers.length) {
          throw badInput(
            'input.modelId',
            `the passport cannot be published while mandatory public attributes are missing: ${gate.blockers.join(', ')}`,
            { blockers: gate.blockers },
            'PASSPORT_INCOMPLETE',
          );
        }
        const [last]: { seq: number; documentSha256: string }[] = await em.query(
          `SELECT seq, document_sha256 AS "documentSha256" FROM model_passport_publications WHERE model_id = $1 ORDER BY seq DESC LIMIT 1`,
          [modelId],
        );
        const { seq, previousSha256 } = chainLink(last);
        const publishedAt = new Date();
        const document: PublicationDocument = {
          type: PUBLICATION_TYPE,
          modelId,
          seq,
          modelPassportDataVersion: m.dataVersion ?? 0,
          publishedAt: publishedAt.toISOString(),
          previousSha256,
          platformKey: key.thumbprint,
          attributes: publicModelAttributes(values),
        };
        const { payload, sha256, jws } = await signVersion(document, key);
        const [row]: PublicationRow[] = await em.query(
          `INSERT INTO model_passport_publications (model_id, seq, document, document_sha256, previous_sha256, jws, note, published_at, published_by)
           VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
          [modelId, seq, payload, sha256, document.previousSha256, jws, note, publishedAt, publisherId],
        );
        await this.audit.append(em, actor, {
          action: 'publishModelPassport',
          subjectType: 'BatteryModel',
          subjectId: modelId,
          input: { modelId, note, seq, documentSha256: sha256, previousSha256: document.previousSha256 },
        });
        return toModel(row, payload);
      });
    } catch (err) {
      if (uniqueViolation(err))
        throw conflict('another publication of the model took the same number', 'input.modelId', 'CONCURRENT_CHANGE');
      throw err;
    }
  }

  /** GET /passports/models/:modelId/versions: every publication of the model, oldest first; public (the documents hold public attributes only). */
  async versions(modelIdRaw: string) {
    const modelId = requireId('modelId', modelIdRaw);
    const [model]: unknown[] = await this.db.query(`SELECT 1 FROM battery_models WHERE id = $1`, [modelId]);
    if (!model) throw notFound('Battery model', modelId, 'modelId');
    const rows: PublicationRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM model_passport_publications WHERE model_id = $1 ORDER BY seq`,
      [modelId],
    );
    const key = await this.platform.current();
    return {
      modelId,
      platformKey: { thumbprint: key.thumbprint, publicJwk: key.publicJwk },
      versions: servedVersions(rows),
    };
  }
}
