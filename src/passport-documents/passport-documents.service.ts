import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { requireManufacturer } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { needsGrantLookup } from '../access/legitimate-interest';
import { assertMayReadPassportDocument, PassportDocumentReference } from '../access/passport-document-access';
import { AuditService } from '../audit/audit.service';
import { AppError, badInput } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import {
  attributesNamingDocument,
  isSha256,
  PASSPORT_DOCUMENT_MAX_BYTES,
  PassportDocumentMediaType,
  startsAsMediaType,
} from './passport-document';

export interface StoredPassportDocument {
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  url: string;
}

const tooLarge = () =>
  badInput(
    'body',
    `is larger than the limit of ${PASSPORT_DOCUMENT_MAX_BYTES} bytes`,
    { maxBytes: PASSPORT_DOCUMENT_MAX_BYTES },
    'OUT_OF_RANGE',
  );

/**
 * Reads a body to its end, hashing it, or refuses it as soon as it passes `maxBytes`: reading stops
 * there (the request is paused, not destroyed, so that the refusal still reaches the client before
 * the connection closes).
 */
function readLimited(body: Readable, maxBytes: number): Promise<{ hash: string; chunks: Buffer[]; size: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        body.off('data', onData).pause();
        return reject(tooLarge());
      }
      hash.update(chunk);
      chunks.push(chunk);
    };
    body.on('data', onData);
    body.once('end', () => resolve({ hash: hash.digest('hex'), chunks, size }));
    body.once('error', reject);
  });
}

/**
 * Stores the bytes of passport documents under their SHA-256 and serves them to the callers who read
 * a passport attribute naming them (docs/passport-documents.md, access/passport-document-access.ts).
 */
@Injectable()
export class PassportDocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  url(sha256: string): string {
    return `${this.config.publicBaseUrl}/passport-documents/${sha256}`;
  }

  /**
   * POST /passport-documents: reads the body as it streams in, hashing it and refusing it once it
   * passes the size limit; stores it once per manufacturer (uploading the same bytes again answers
   * the same document and writes nothing).
   */
  async upload(
    actor: Actor,
    body: Readable,
    mediaType: PassportDocumentMediaType,
    declaredLength: string | undefined,
  ): Promise<StoredPassportDocument> {
    const manufacturerId = requireManufacturer(actor, 'uploading a passport document');
    if (declaredLength !== undefined && Number(declaredLength) > PASSPORT_DOCUMENT_MAX_BYTES) throw tooLarge();
    const { hash, chunks, size } = await readLimited(body, PASSPORT_DOCUMENT_MAX_BYTES);
    const content = Buffer.concat(chunks, size);
    if (!startsAsMediaType(content, mediaType)) {
      throw badInput('body', `does not start as a ${mediaType} document does`, 'UNSUPPORTED_CONTENT_TYPE');
    }
    const sha256 = hash;
    return this.db.transaction(async (em) => {
      const inserted: { sha256: string }[] = await em.query(
        `INSERT INTO passport_documents (manufacturer_id, sha256, media_type, size_bytes, content, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $1) ON CONFLICT (manufacturer_id, sha256) DO NOTHING RETURNING sha256`,
        [manufacturerId, sha256, mediaType, size, content],
      );
      if (inserted.length > 0) {
        await this.audit.append(em, actor, {
          action: 'uploadPassportDocument',
          subjectType: 'PassportDocument',
          subjectId: sha256,
          input: { sha256, mediaType, sizeBytes: size },
        });
      }
      const [row]: { mediaType: string; sizeBytes: string }[] = await em.query(
        `SELECT media_type AS "mediaType", size_bytes::text AS "sizeBytes" FROM passport_documents WHERE manufacturer_id = $1 AND sha256 = $2`,
        [manufacturerId, sha256],
      );
      return { sha256, sizeBytes: Number(row.sizeBytes), mediaType: row.mediaType, url: this.url(sha256) };
    });
  }

  /**
   * GET /passport-documents/:sha256: the bytes, for their uploader, the administrator and whoever
   * reads a passport attribute naming them in the latest passport data of one of the uploader's
   * models. NOT_FOUND for a digest nobody uploaded, FORBIDDEN for anyone else.
   */
  async read(actor: Actor, sha256Raw: string): Promise<{ sha256: string; mediaType: string; content: Buffer }> {
    const sha256 = sha256Raw.toLowerCase();
    if (!isSha256(sha256)) throw badInput('sha256', 'must be 64 hexadecimal digits (a SHA-256)', 'MALFORMED_VALUE');
    const owners: { manufacturerId: string }[] = await this.db.query(
      `SELECT manufacturer_id AS "manufacturerId" FROM passport_documents WHERE sha256 = $1`,
      [sha256],
    );
    if (owners.length === 0) throw new AppError('NOT_FOUND', `no passport document has the SHA-256 ${sha256}`, 'sha256');
    const uploaderIds = owners.map((o) => o.manufacturerId);
    assertMayReadPassportDocument(actor, uploaderIds, await this.references(actor, uploaderIds, sha256));
    const [doc]: { mediaType: string; content: Buffer }[] = await this.db.query(
      `SELECT media_type AS "mediaType", content FROM passport_documents WHERE sha256 = $1 LIMIT 1`,
      [sha256],
    );
    return { sha256, mediaType: doc.mediaType, content: doc.content };
  }

  /**
   * The models of the uploaders whose latest passport data names the document, with the attributes
   * that name it and whether the caller holds an active grant for the model, one of its batches or one of its batteries
   * (whose passports show the model's data too).
   */
  private async references(actor: Actor, uploaderIds: string[], sha256: string): Promise<PassportDocumentReference[]> {
    const rows: { modelId: string; manufacturerId: string; values: Record<string, unknown> }[] = await this.db.query(
      `SELECT m.id AS "modelId", m.manufacturer_id AS "manufacturerId", v."values"
         FROM battery_models m
         CROSS JOIN LATERAL (SELECT "values" FROM battery_model_passport_versions
                              WHERE model_id = m.id ORDER BY version DESC LIMIT 1) v
        WHERE m.manufacturer_id = ANY($1::uuid[])
          AND jsonb_path_exists(v."values", 'strict $.** ? (@.sha256 == $s)', jsonb_build_object('s', $2::text))`,
      [uploaderIds, sha256],
    );
    if (rows.length === 0) return [];
    let granted = new Set<string>();
    if (actor.type === 'ORGANIZATION' && rows.some((r) => needsGrantLookup(actor, r.manufacturerId))) {
      const grants: { modelId: string }[] = await this.db.query(
        `SELECT DISTINCT coalesce(g.model_id, b.model_id) AS "modelId"
           FROM passport_access_grants g
           LEFT JOIN units u ON u.id = g.unit_id
           LEFT JOIN batches b ON b.id = coalesce(g.batch_id, u.batch_id)
          WHERE g.grantee_organization_id = $1 AND g.revoked_at IS NULL AND coalesce(g.model_id, b.model_id) = ANY($2::uuid[])`,
        [actor.organizationId, rows.map((r) => r.modelId)],
      );
      granted = new Set(grants.map((g) => g.modelId));
    }
    return rows.map((r) => ({
      manufacturerId: r.manufacturerId,
      attributeKeys: attributesNamingDocument(r.values, sha256),
      granted: granted.has(r.modelId),
    }));
  }
}
