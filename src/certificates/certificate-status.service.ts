import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireCertifier } from '../access/access-policy';
import { Actor } from '../access/actor';
import { assertIssuingCertifier } from '../access/certificate-access';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors';
import { requireId, requireText } from '../common/validate';
import { CertificateRow, CertificateStatus } from './certificate-rows';
import { postgresBitOfStatusIndex, StatusAction, statusTransition } from './certificate-status';
import { CertificatesService } from './certificates.service';

export interface StatusChange {
  certificate: CertificateRow;
  changed: boolean;
  message: string;
}

/**
 * A certificate's status after issuance (issue 5): the issuing certifier revokes (final),
 * suspends and reinstates it by flipping its bits in its two Bitstring Status Lists
 * (https://www.w3.org/TR/vc-bitstring-status-list/), in one transaction with the row and its
 * audit entry. A no-op change (revoking a revoked certificate) writes nothing and says so.
 */
@Injectable()
export class CertificateStatusService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly certificates: CertificatesService,
  ) {}

  revokeCertificate(actor: Actor, input: { certificateId: string; reason: string }): Promise<StatusChange> {
    return this.changeStatus(actor, input, 'revokeCertificate');
  }

  suspendCertificate(actor: Actor, input: { certificateId: string; reason: string }): Promise<StatusChange> {
    return this.changeStatus(actor, input, 'suspendCertificate');
  }

  reinstateCertificate(actor: Actor, input: { certificateId: string; reason: string }): Promise<StatusChange> {
    return this.changeStatus(actor, input, 'reinstateCertificate');
  }

  /** Revocation is final; suspension is undone by reinstatement (certificate-status.ts). The status bits and the row change together. */
  private async changeStatus(actor: Actor, input: { certificateId: string; reason: string }, action: StatusAction): Promise<StatusChange> {
    const certifierId = requireCertifier(actor, action);
    const id = requireId('input.certificateId', input.certificateId);
    const reason = requireText('input.reason', input.reason, 2000);
    return this.db.transaction(async (em) => {
      const rows: { certifierId: string; status: CertificateStatus; statusIndex: number; number: string }[] = await em.query(
        `SELECT certifier_id AS "certifierId", status, status_index AS "statusIndex", number FROM certificates WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!rows.length) throw notFound('Certificate', id, 'input.certificateId');
      const c = rows[0];
      assertIssuingCertifier(certifierId, { id, certifierId: c.certifierId });
      const step = statusTransition(c.status, action, c.number);
      if (!step.changed) return { certificate: await this.certificates.certificateIn(em, id), changed: false, message: step.message };
      for (const { purpose, value } of step.bits) {
        await em.query(
          `UPDATE status_lists SET bits = set_bit(bits, $3, $4), updated_at = now() WHERE certifier_id = $1 AND purpose = $2`,
          [certifierId, purpose, postgresBitOfStatusIndex(c.statusIndex), value],
        );
      }
      await em.query(`UPDATE certificates SET status = $2, status_reason = $3, status_changed_at = now() WHERE id = $1`, [
        id,
        step.to,
        reason,
      ]);
      await this.audit.append(em, actor, {
        action,
        subjectType: 'Certificate',
        subjectId: id,
        input: { certificateId: id, reason, from: c.status, to: step.to },
      });
      return { certificate: await this.certificates.certificateIn(em, id), changed: true, message: step.message };
    });
  }
}
