import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertWritesOwn, requireManufacturer } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { PlatformKeyService } from '../certificates/platform-key.service';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { optionalText, requireId } from '../common/validate';
import { BatchPassportPublicationModel } from './batch-passport-publication.model';
import { BatchPublicationDocument, batchPublicationBlockers } from './batch-passport-publication';
import { PublishBatchPassportInput } from './dto/publish-batch-passport.input';
import { BATCH_PUBLICATION_TYPE, chainLink, servedVersions, signVersion } from './passport-publication';
import { PassportsService } from './passports.service';

interface PublicationRow {
  id: string;
  batchId: string;
  seq: number;
  documentSha256: string;
  previousSha256: string | null;
  jws: string;
  note: string | null;
  publishedAt: Date;
  publishedBy: string;
}

const COLUMNS = `id, batch_id AS "batchId", seq, document_sha256 AS "documentSha256", previous_sha256 AS "previousSha256",
  jws, note, published_at AS "publishedAt", published_by AS "publishedBy"`;

/**
 * Published, signed passport versions of a batch (docs/passport-attributes.md "Published, signed
 * passport versions"): its manufacturer publishes once the batch has a declared footprint and its
 * model a published version; each version is signed by the platform key, names the hash of the one
 * before it and the model version it builds on. The same signing and chaining as a model's
 * (passport-publication.ts).
 */
@Injectable()
export class BatchPassportPublicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly platform: PlatformKeyService,
    private readonly passports: PassportsService,
  ) {}

  async publish(actor: Actor, input: PublishBatchPassportInput): Promise<BatchPassportPublicationModel> {
    const publisherId = requireManufacturer(actor, 'publishBatchPassport');
    const batchId = requireId('input.batchId', input.batchId);
    const note = optionalText('input.note', input.note, 1000);
    const key = await this.platform.current();
    try {
      return await this.db.transaction(async (em) => {
        // The batch row locked: two publications of one batch take turns.
        const [locked]: { manufacturerId: string }[] = await em.query(
          `SELECT manufacturer_id AS "manufacturerId" FROM batches WHERE id = $1 FOR UPDATE`,
          [batchId],
        );
        if (!locked) throw notFound('Batch', batchId, 'input.batchId');
        assertWritesOwn(actor, locked.manufacturerId, 'the batch', 'input.batchId');
        const facts = (await this.passports.batchPublicationFacts(em, batchId))!;
        if (!facts.category) {
          throw badInput('input.batchId', `a ${facts.categoryName} battery of ${facts.nominalEnergyKWh} kWh needs no battery passport`);
        }
        const [blocker] = batchPublicationBlockers(facts);
        if (blocker) throw badInput('input.batchId', blocker.message, blocker.reason);
        const modelHead = facts.modelHead!;
        const footprint = facts.declaredFootprint!;
        const [modelPublication]: { id: string }[] = await em.query(
          `SELECT id FROM model_passport_publications WHERE model_id = $1 AND seq = $2`,
          [facts.modelId, modelHead.seq],
        );
        const [last]: { seq: number; documentSha256: string }[] = await em.query(
          `SELECT seq, document_sha256 AS "documentSha256" FROM batch_passport_publications WHERE batch_id = $1 ORDER BY seq DESC LIMIT 1`,
          [batchId],
        );
        const publishedAt = new Date();
        const document: BatchPublicationDocument = {
          type: BATCH_PUBLICATION_TYPE,
          batchId,
          ...chainLink(last),
          batchNumber: facts.batchNumber,
          manufacturerId: facts.manufacturerId,
          publishedAt: publishedAt.toISOString(),
          platformKey: key.thumbprint,
          model: { modelId: facts.modelId, seq: modelHead.seq, sha256: modelHead.sha256 },
          footprint,
          attributes: facts.attributes,
        };
        const { payload, sha256, jws } = await signVersion(document, key);
        const [row]: PublicationRow[] = await em.query(
          `INSERT INTO batch_passport_publications (batch_id, seq, document, document_sha256, previous_sha256, model_publication_id,
                                                    footprint_id, jws, note, published_at, published_by)
           VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
          [
            batchId,
            document.seq,
            payload,
            sha256,
            document.previousSha256,
            modelPublication.id,
            footprint.footprintId,
            jws,
            note,
            publishedAt,
            publisherId,
          ],
        );
        await this.audit.append(em, actor, {
          action: 'publishBatchPassport',
          subjectType: 'Batch',
          subjectId: batchId,
          input: {
            batchId,
            note,
            seq: document.seq,
            documentSha256: sha256,
            previousSha256: document.previousSha256,
            model: document.model,
            footprintId: footprint.footprintId,
          },
        });
        return { ...row, modelSeq: modelHead.seq, modelSha256: modelHead.sha256, documentJson: payload };
      });
    } catch (err) {
      if (uniqueViolation(err))
        throw conflict('another publication of the batch took the same number', 'input.batchId', 'CONCURRENT_CHANGE');
      throw err;
    }
  }

  /** GET /passports/batches/:batchId/versions: every publication of the batch, oldest first; public (the documents hold public attributes only). */
  async versions(batchIdRaw: string) {
    const batchId = requireId('batchId', batchIdRaw);
    const [batch]: unknown[] = await this.db.query(`SELECT 1 FROM batches WHERE id = $1`, [batchId]);
    if (!batch) throw notFound('Batch', batchId, 'batchId');
    const rows: PublicationRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM batch_passport_publications WHERE batch_id = $1 ORDER BY seq`,
      [batchId],
    );
    const key = await this.platform.current();
    return {
      batchId,
      platformKey: { thumbprint: key.thumbprint, publicJwk: key.publicJwk },
      versions: servedVersions(rows),
    };
  }
}
