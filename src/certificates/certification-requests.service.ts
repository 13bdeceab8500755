import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  assertAddressedCertifier,
  assertRequestsOwnFootprint,
  canSeeRequestInputs,
  certificationRequestScope,
} from '../access/certificate-access';
import { requireCertifier, requireManufacturer } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { decodeIdCursor, Page, pageSize, toPage } from '../common/pagination';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { optionalText, requireId, requireText } from '../common/validate';
import { CertificationRequestRow, REQ_COLS } from './certificate-rows';

/**
 * Certification requests (issue 5): a manufacturer asks a certifier to verify one of its
 * DECLARED footprints; the addressed certifier lists its queue, reads the footprint inputs and
 * refuses with reasons, or issues (certificate-issuance.service.ts). Every change is one
 * transaction ending with its audit entry.
 */
@Injectable()
export class CertificationRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async requestCertification(
    actor: Actor,
    input: { footprintId: string; certifierId: string; note?: string | null },
  ): Promise<CertificationRequestRow> {
    const manufacturerId = requireManufacturer(actor, 'requestCertification');
    const footprintId = requireId('input.footprintId', input.footprintId);
    const certifierId = requireId('input.certifierId', input.certifierId);
    const note = optionalText('input.note', input.note, 2000);
    try {
      return await this.insertRequest(actor, manufacturerId, footprintId, certifierId, note);
    } catch (err) {
      // Two requests at once both passed the pending check; the partial unique index let one in.
      if (uniqueViolation(err) !== 'certification_requests_one_pending') throw err;
      const pending: { id: string }[] = await this.db.query(
        `SELECT id FROM certification_requests WHERE footprint_id = $1 AND certifier_id = $2 AND status = 'PENDING'`,
        [footprintId, certifierId],
      );
      throw conflict(
        `a certification request${pending.length ? ` ${pending[0].id}` : ''} for this footprint is already pending with this certifier`,
        'input.footprintId',
        { constraint: 'certification_requests_one_pending' },
        'REQUEST_PENDING',
      );
    }
  }

  private insertRequest(
    actor: Actor,
    manufacturerId: string,
    footprintId: string,
    certifierId: string,
    note: string | null,
  ): Promise<CertificationRequestRow> {
    return this.db.transaction(async (em) => {
      const fps: { manufacturerId: string; status: string; batchId: string; version: number }[] = await em.query(
        `SELECT manufacturer_id AS "manufacturerId", status, batch_id AS "batchId", version FROM footprints WHERE id = $1 FOR SHARE`,
        [footprintId],
      );
      if (!fps.length) throw notFound('Footprint', footprintId, 'input.footprintId');
      const f = fps[0];
      assertRequestsOwnFootprint(manufacturerId, { id: footprintId, manufacturerId: f.manufacturerId });
      const orgs: { kind: string }[] = await em.query(`SELECT kind FROM organizations WHERE id = $1`, [certifierId]);
      if (!orgs.length) throw notFound('Organization', certifierId, 'input.certifierId');
      if (orgs[0].kind !== 'CERTIFIER')
        throw badInput('input.certifierId', `organization ${certifierId} is a ${orgs[0].kind}, not a certifier`);
      if (f.status !== 'DECLARED') {
        throw conflict(
          `footprint ${footprintId} (version ${f.version}) is ${f.status}: only a declared footprint can be certified`,
          'input.footprintId',
          'FOOTPRINT_NOT_DECLARED',
        );
      }
      const pending: { id: string }[] = await em.query(
        `SELECT id FROM certification_requests WHERE footprint_id = $1 AND certifier_id = $2 AND status = 'PENDING'`,
        [footprintId, certifierId],
      );
      if (pending.length)
        throw conflict(
          `a certification request ${pending[0].id} for this footprint is already pending with this certifier`,
          'input.footprintId',
          'REQUEST_PENDING',
        );
      const [{ id }]: { id: string }[] = await em.query(
        `INSERT INTO certification_requests (footprint_id, batch_id, manufacturer_id, certifier_id, note, requested_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [footprintId, f.batchId, manufacturerId, certifierId, note, actorId(actor)],
      );
      await this.audit.append(em, actor, {
        action: 'requestCertification',
        subjectType: 'CertificationRequest',
        subjectId: id,
        input: { footprintId, certifierId, note },
      });
      return this.request(em, id);
    });
  }

  private async request(em: EntityManager | DataSource, id: string): Promise<CertificationRequestRow> {
    const rows: CertificationRequestRow[] = await em.query(
      `SELECT ${REQ_COLS} FROM certification_requests r JOIN footprints f ON f.id = r.footprint_id WHERE r.id = $1`,
      [id],
    );
    if (!rows.length) throw notFound('Certification request', id);
    return rows[0];
  }

  /** The certifier's queue (its requests), or a manufacturer's own requests; the administrator sees all. */
  async certificationRequests(
    actor: Actor,
    status: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<CertificationRequestRow>> {
    if (status !== null && status !== undefined && !['PENDING', 'ISSUED', 'REFUSED'].includes(status))
      throw badInput('status', 'expected PENDING, ISSUED or REFUSED');
    const scope = certificationRequestScope(actor);
    const params: unknown[] = [status ?? null];
    let where = `($1::text IS NULL OR r.status = $1)`;
    if (scope.kind === 'CERTIFIER') {
      params.push(scope.certifierId);
      where += ` AND r.certifier_id = $2`;
    } else if (scope.kind === 'MANUFACTURER') {
      params.push(scope.manufacturerId);
      where += ` AND r.manufacturer_id = $2`;
    }
    const limit = pageSize('first', first);
    const cursor = decodeIdCursor('after', after);
    if (cursor) {
      params.push(cursor);
      where += ` AND (r.created_at, r.id) > (SELECT x.created_at, x.id FROM certification_requests x WHERE x.id = $${params.length})`;
    }
    params.push(limit + 1);
    const rows: CertificationRequestRow[] = await this.db.query(
      `SELECT ${REQ_COLS} FROM certification_requests r JOIN footprints f ON f.id = r.footprint_id WHERE ${where} ORDER BY r.created_at, r.id LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, (r) => [r.id]);
  }

  /** The footprint inputs document behind a request, for the certifier it is addressed to (and the manufacturer). */
  async requestInputs(actor: Actor, r: CertificationRequestRow): Promise<string | null> {
    if (!canSeeRequestInputs(actor, r)) return null;
    const rows: { inputs: unknown }[] = await this.db.query(`SELECT inputs FROM footprints WHERE id = $1`, [r.footprintId]);
    return rows.length ? JSON.stringify(rows[0].inputs) : null;
  }

  /**
   * Locks a request addressed to this certifier and still pending (inside the transaction that
   * decides it: a refusal here, an issuance in certificate-issuance.service.ts).
   */
  async lockPendingRequest(
    em: EntityManager,
    actor: Actor,
    requestIdRaw: string,
    operation: string,
  ): Promise<{ certifierId: string; requestId: string; footprintId: string }> {
    const certifierId = requireCertifier(actor, operation);
    const requestId = requireId('input.requestId', requestIdRaw);
    const rows: { certifierId: string; status: string; footprintId: string }[] = await em.query(
      `SELECT certifier_id AS "certifierId", status, footprint_id AS "footprintId" FROM certification_requests WHERE id = $1 FOR UPDATE`,
      [requestId],
    );
    if (!rows.length) throw notFound('Certification request', requestId, 'input.requestId');
    assertAddressedCertifier(certifierId, { id: requestId, certifierId: rows[0].certifierId });
    if (rows[0].status !== 'PENDING')
      throw conflict(`certification request ${requestId} is already ${rows[0].status}`, 'input.requestId', 'REQUEST_ALREADY_DECIDED');
    return { certifierId, requestId, footprintId: rows[0].footprintId };
  }

  async refuseCertification(actor: Actor, input: { requestId: string; reasons: string[] }): Promise<CertificationRequestRow> {
    requireCertifier(actor, 'refuseCertification');
    if (!Array.isArray(input.reasons) || input.reasons.length === 0) throw badInput('input.reasons', 'give at least one reason');
    if (input.reasons.length > 50) throw badInput('input.reasons', 'at most 50 reasons');
    const reasons = input.reasons.map((r, i) => requireText(`input.reasons[${i}]`, r, 2000));
    return this.db.transaction(async (em) => {
      const { requestId } = await this.lockPendingRequest(em, actor, input.requestId, 'refuseCertification');
      await em.query(
        `UPDATE certification_requests SET status = 'REFUSED', refusal_reasons = $2, decided_by = $3, decided_at = now() WHERE id = $1`,
        [requestId, reasons, actorId(actor)],
      );
      await this.audit.append(em, actor, {
        action: 'refuseCertification',
        subjectType: 'CertificationRequest',
        subjectId: requestId,
        input: { requestId, reasons },
      });
      return this.request(em, requestId);
    });
  }
}
