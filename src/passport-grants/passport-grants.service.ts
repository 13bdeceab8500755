import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorId } from '../access/actor';
import { assertCanGrantPassportAccess, assertCanRevokePassportAccess, grantSubject } from '../access/legitimate-interest';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { serialProblem } from '../common/serial';
import { requireId, requireText } from '../common/validate';
import { UNIT_KIND_CODE, unitKindOfCode } from '../units/unit-kind';
import { GrantPassportAccessInput, RevokePassportAccessInput } from './dto/passport-access-grant.inputs';
import { PassportAccessGrantModel } from './passport-access-grant.model';

const COLUMNS = `id, manufacturer_id AS "manufacturerId", grantee_organization_id AS "granteeOrganizationId", model_id AS "modelId",
  batch_id AS "batchId", unit_id::text AS "unitId", (SELECT u.serial FROM units u WHERE u.id = unit_id) AS serial, reason, granted_at AS "grantedAt", granted_by AS "grantedBy", revoked_at AS "revokedAt",
  revoked_by AS "revokedBy", revoke_reason AS "revokeReason", revoked_at IS NULL AS active`;

const ACTIVE_KEYS = [
  'passport_access_grants_active_model_key',
  'passport_access_grants_active_batch_key',
  'passport_access_grants_active_unit_key',
];

/**
 * Passport access a manufacturer grants an organization per model, per batch or per battery (Regulation (EU)
 * 2023/1542 Art. 77(2); docs/passport-attributes.md "Legitimate interest"): granted with a reason,
 * revoked with a reason, both audited; a grant row is never deleted.
 */
@Injectable()
export class PassportGrantsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async grant(actor: Actor, input: GrantPassportAccessInput): Promise<PassportAccessGrantModel> {
    const granteeId = requireId('input.granteeOrganizationId', input.granteeOrganizationId);
    const subject = grantSubject(input);
    const modelId = 'modelId' in subject ? requireId('input.modelId', subject.modelId) : null;
    const batchId = 'batchId' in subject ? requireId('input.batchId', subject.batchId) : null;
    const serial = 'serial' in subject ? subject.serial : null;
    if (serial !== null) {
      const serialErr = serialProblem(serial);
      if (serialErr) throw badInput('input.serial', serialErr);
    }
    const reason = requireText('input.reason', input.reason, 1000);
    const field = modelId ? 'input.modelId' : batchId ? 'input.batchId' : 'input.serial';
    try {
      return await this.db.transaction(async (em) => {
        let unitId: string | null = null;
        let manufacturerId: string;
        if (serial !== null) {
          const unit = await this.batteryOfCaller(em, actor, serial);
          unitId = unit.id;
          manufacturerId = unit.manufacturerId;
        } else {
          manufacturerId = await this.manufacturerOf(em, modelId, batchId);
        }
        assertCanGrantPassportAccess(actor, { manufacturerId }, granteeId, field);
        const [grantee]: { id: string }[] = await em.query(`SELECT id FROM organizations WHERE id = $1`, [granteeId]);
        if (!grantee) throw notFound('Organization', granteeId, 'input.granteeOrganizationId');
        const [grant]: PassportAccessGrantModel[] = await em.query(
          `INSERT INTO passport_access_grants (manufacturer_id, grantee_organization_id, model_id, batch_id, unit_id, reason, granted_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
          [manufacturerId, granteeId, modelId, batchId, unitId, reason, actorId(actor)],
        );
        await this.audit.append(em, actor, {
          action: 'grantPassportAccess',
          subjectType: 'PassportAccessGrant',
          subjectId: grant.id,
          input: { granteeOrganizationId: granteeId, modelId, batchId, unitId, serial, reason },
        });
        return grant;
      });
    } catch (err) {
      const constraint = uniqueViolation(err);
      if (constraint && ACTIVE_KEYS.includes(constraint)) {
        throw conflict(
          `organization ${granteeId} already holds an active grant for this ${modelId ? 'model' : batchId ? 'batch' : 'battery'}`,
          field,
          'GRANT_ALREADY_ACTIVE',
        );
      }
      throw err;
    }
  }

  async revoke(actor: Actor, input: RevokePassportAccessInput): Promise<PassportAccessGrantModel> {
    const grantId = requireId('input.grantId', input.grantId);
    const reason = requireText('input.reason', input.reason, 1000);
    return this.db.transaction(async (em) => {
      const [grant]: PassportAccessGrantModel[] = await em.query(`SELECT ${COLUMNS} FROM passport_access_grants WHERE id = $1 FOR UPDATE`, [
        grantId,
      ]);
      if (!grant) throw notFound('Passport access grant', grantId, 'input.grantId');
      assertCanRevokePassportAccess(actor, grant);
      // UPDATE answers [rows, count] through TypeORM's query(): read the row back in the same statement.
      const [revoked]: PassportAccessGrantModel[] = await em.query(
        `WITH r AS (UPDATE passport_access_grants SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1 RETURNING *)
         SELECT ${COLUMNS} FROM r`,
        [grantId, actorId(actor), reason],
      );
      await this.audit.append(em, actor, {
        action: 'revokePassportAccess',
        subjectType: 'PassportAccessGrant',
        subjectId: grantId,
        input: { grantId, reason },
      });
      return revoked;
    });
  }

  /** The grants the caller made (as a manufacturer) and the grants made to it, newest first; every grant for the administrator. */
  grants(actor: Actor): Promise<PassportAccessGrantModel[]> {
    if (actor.type === 'ADMIN') return this.db.query(`SELECT ${COLUMNS} FROM passport_access_grants ORDER BY granted_at DESC, id`);
    if (actor.type !== 'ORGANIZATION') return Promise.resolve([]);
    return this.db.query(
      `SELECT ${COLUMNS} FROM passport_access_grants WHERE manufacturer_id = $1 OR grantee_organization_id = $1 ORDER BY granted_at DESC, id`,
      [actor.organizationId],
    );
  }

  /**
   * Whether the organization holds an active grant for the batch or its model, or (with `unitId`, for
   * the health routes of one battery) for that battery: one statement, on the partial unique indexes
   * (the passport route asks it once per request). The batch passport passes no battery: a grant for
   * one battery is not a grant for its batch.
   */
  async hasActiveGrant(organizationId: string, batchId: string, modelId: string, unitId: string | null = null): Promise<boolean> {
    const [row]: { granted: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM passport_access_grants
                       WHERE grantee_organization_id = $1 AND revoked_at IS NULL
                         AND (batch_id = $2 OR model_id = $3 OR unit_id = $4::bigint)) AS granted`,
      [organizationId, batchId, modelId, unitId],
    );
    return row.granted;
  }

  /**
   * The caller's battery (a PACK) with this serial. Another manufacturer's serial answers as an
   * unknown one (NOT_FOUND: which serials others made is not revealed); a cell or a module is refused.
   */
  private async batteryOfCaller(em: EntityManager, actor: Actor, serial: string): Promise<{ id: string; manufacturerId: string }> {
    const callerId = actor.type === 'ORGANIZATION' ? actor.organizationId : null;
    const [unit]: { id: string; manufacturerId: string; kind: number }[] = callerId
      ? await em.query(
          `SELECT id::text AS id, manufacturer_id AS "manufacturerId", kind FROM units WHERE serial = $1 AND manufacturer_id = $2`,
          [serial, callerId],
        )
      : [];
    if (!unit) throw notFound('Unit with serial', serial, 'input.serial');
    if (unit.kind !== UNIT_KIND_CODE.PACK) {
      throw badInput(
        'input.serial',
        `"${serial}" is a ${unitKindOfCode(unit.kind)}: passport access is granted per battery (a PACK)`,
        'NOT_A_BATTERY',
      );
    }
    return unit;
  }

  private async manufacturerOf(em: EntityManager, modelId: string | null, batchId: string | null): Promise<string> {
    if (modelId) {
      const [m]: { manufacturerId: string }[] = await em.query(
        `SELECT manufacturer_id AS "manufacturerId" FROM battery_models WHERE id = $1`,
        [modelId],
      );
      if (!m) throw notFound('Battery model', modelId, 'input.modelId');
      return m.manufacturerId;
    }
    const [b]: { manufacturerId: string }[] = await em.query(`SELECT manufacturer_id AS "manufacturerId" FROM batches WHERE id = $1`, [
      batchId,
    ]);
    if (!b) throw notFound('Batch', batchId!, 'input.batchId');
    return b.manufacturerId;
  }
}
