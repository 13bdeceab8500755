import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { CERT_COLS, CertificateRow } from './certificate-rows';

/**
 * Certificates as they are read (public: they are what buyers verify) and their public URLs.
 * The certification workflow (issue 5) is in three services: certification-requests (a
 * manufacturer asks, a certifier refuses), certificate-issuance (the certifier issues a signed
 * W3C VC 2.0) and certificate-status (revoke, suspend, reinstate in the Bitstring Status Lists).
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  statusListUrl(listId: string): string {
    return `${this.config.publicBaseUrl}/status-lists/${listId}`;
  }

  certificateUrl(id: string): string {
    return `${this.config.publicBaseUrl}/verify/${id}`;
  }

  /** The certificate, read inside the caller's transaction when given one. */
  async certificateIn(em: EntityManager | DataSource, id: string): Promise<CertificateRow> {
    const rows: CertificateRow[] = await em.query(`SELECT ${CERT_COLS} FROM certificates c WHERE c.id = $1`, [id]);
    if (!rows.length) throw notFound('Certificate', id);
    return rows[0];
  }

  async certificate(idRaw: string): Promise<CertificateRow> {
    return this.certificateIn(this.db, requireId('id', idRaw));
  }

  async certificatesOfBatch(batchId: string): Promise<CertificateRow[]> {
    return this.db.query(`SELECT ${CERT_COLS} FROM certificates c WHERE c.batch_id = $1 ORDER BY c.issued_at DESC`, [batchId]);
  }
}
