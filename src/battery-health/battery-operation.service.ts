import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  assertCanGrantBatteryOperation,
  assertCanRevokeBatteryOperation,
  holderOf,
  interestInBattery,
} from '../access/battery-health-access';
import { Actor, actorId, OrganizationKind } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { serialProblem } from '../common/serial';
import { requireId, requireText } from '../common/validate';
import { custodyOf, shipmentsConcerning } from '../units/unit-custody';
import { UNIT_KIND_CODE, unitKindOfCode } from '../units/unit-kind';
import { GrantBatteryOperationInput, RevokeBatteryOperationInput } from './dto/battery-operation.inputs';
import { BatteryOperationGrantModel } from './battery-operation.model';

const COLUMNS = `g.id, g.unit_id::text AS "unitId", u.serial, u.manufacturer_id AS "manufacturerId",
  g.operator_organization_id AS "operatorOrganizationId", g.grantor_organization_id AS "grantorOrganizationId", g.reason,
  g.granted_at AS "grantedAt", g.granted_by AS "grantedBy", g.revoked_at AS "revokedAt", g.revoked_by AS "revokedBy",
  g.revoke_reason AS "revokeReason", g.revoked_at IS NULL AS active`;

/**
 * Operation grants (docs/battery-health.md): a battery's holder grants a fleet operator the right to
 * write the battery's health readings, with a reason; revoked with a reason; both audited; a grant
 * row is never deleted.
 */
@Injectable()
export class BatteryOperationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async grant(actor: Actor, input: GrantBatteryOperationInput): Promise<BatteryOperationGrantModel> {
    const operatorId = requireId('input.operatorOrganizationId', input.operatorOrganizationId);
    const serialErr = serialProblem(input.serial);
    if (serialErr) throw badInput('input.serial', serialErr);
    const manufacturerId =
      input.manufacturerId === undefined || input.manufacturerId === null ? null : requireId('input.manufacturerId', input.manufacturerId);
    const reason = requireText('input.reason', input.reason, 1000);
    try {
      return await this.db.transaction(async (em) => {
        const unit = await this.battery(em, input.serial, manufacturerId);
        const [operator]: { id: string; kind: OrganizationKind }[] = await em.query(`SELECT id, kind FROM organizations WHERE id = $1`, [
          operatorId,
        ]);
        if (!operator) throw notFound('Organization', operatorId, 'input.operatorOrganizationId');
        const holder = await this.holder(em, unit);
        assertCanGrantBatteryOperation(actor, holder, operator, 'input.serial');
        const [{ id }]: { id: string }[] = await em.query(
          `INSERT INTO battery_operation_grants (unit_id, operator_organization_id, grantor_organization_id, reason, granted_by)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [unit.id, operatorId, holder, reason, actorId(actor)],
        );
        await this.audit.append(em, actor, {
          action: 'grantBatteryOperation',
          subjectType: 'BatteryOperationGrant',
          subjectId: id,
          input: { operatorOrganizationId: operatorId, unitId: unit.id, serial: input.serial, reason },
        });
        return this.byId(em, id);
      });
    } catch (err) {
      if (uniqueViolation(err) === 'battery_operation_grants_active_key') {
        throw conflict(
          `organization ${operatorId} already holds an active operation grant for this battery`,
          'input.serial',
          'GRANT_ALREADY_ACTIVE',
        );
      }
      throw err;
    }
  }

  async revoke(actor: Actor, input: RevokeBatteryOperationInput): Promise<BatteryOperationGrantModel> {
    const grantId = requireId('input.grantId', input.grantId);
    const reason = requireText('input.reason', input.reason, 1000);
    return this.db.transaction(async (em) => {
      const [grant]: { id: string; unitId: string; manufacturerId: string; grantorOrganizationId: string; revokedAt: Date | null }[] =
        await em.query(
          `SELECT g.id, g.unit_id::text AS "unitId", u.manufacturer_id AS "manufacturerId", g.grantor_organization_id AS "grantorOrganizationId",
                  g.revoked_at AS "revokedAt"
             FROM battery_operation_grants g JOIN units u ON u.id = g.unit_id WHERE g.id = $1 FOR UPDATE OF g`,
          [grantId],
        );
      if (!grant) throw notFound('Battery operation grant', grantId, 'input.grantId');
      assertCanRevokeBatteryOperation(actor, grant, await this.holder(em, { id: grant.unitId, manufacturerId: grant.manufacturerId }));
      await em.query(`UPDATE battery_operation_grants SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1`, [
        grantId,
        actorId(actor),
        reason,
      ]);
      await this.audit.append(em, actor, {
        action: 'revokeBatteryOperation',
        subjectType: 'BatteryOperationGrant',
        subjectId: grantId,
        input: { grantId, reason },
      });
      return this.byId(em, grantId);
    });
  }

  /** The grants the caller made or received, newest first; every grant for the administrator. */
  grants(actor: Actor): Promise<BatteryOperationGrantModel[]> {
    const from = `FROM battery_operation_grants g JOIN units u ON u.id = g.unit_id`;
    if (actor.type === 'ADMIN') return this.db.query(`SELECT ${COLUMNS} ${from} ORDER BY g.granted_at DESC, g.id`);
    if (actor.type !== 'ORGANIZATION') return Promise.resolve([]);
    return this.db.query(
      `SELECT ${COLUMNS} ${from} WHERE g.grantor_organization_id = $1 OR g.operator_organization_id = $1 ORDER BY g.granted_at DESC, g.id`,
      [actor.organizationId],
    );
  }

  /** Whether the organization holds an active operation grant for the battery: one index probe. */
  async operates(organizationId: string, unitId: string): Promise<boolean> {
    const [row]: { operates: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM battery_operation_grants WHERE operator_organization_id = $1 AND unit_id = $2 AND revoked_at IS NULL) AS operates`,
      [organizationId, unitId],
    );
    return row.operates;
  }

  /**
   * Of `units`, those in which the caller has an interest of its own (access/battery-health-access.ts
   * interestInBattery): it operates them under an active grant, holds them now, or holds an active
   * passport access grant for that one battery. Two statements for
   * any number of units; none for a caller that is not an organization.
   */
  async unitsOfInterest(actor: Actor, units: readonly { id: string; manufacturerId: string }[]): Promise<Set<string>> {
    if (actor.type !== 'ORGANIZATION' || units.length === 0) return new Set();
    const ids = units.map((u) => u.id);
    // Operation grants and passport access grants for one battery, in one statement (each on its
    // table's partial unique index for active grants).
    const operated: { unitId: string; how: 'OPERATES' | 'PASSPORT_GRANT' }[] = await this.db.query(
      `SELECT unit_id::text AS "unitId", 'OPERATES' AS how FROM battery_operation_grants
        WHERE operator_organization_id = $1 AND unit_id = ANY($2::bigint[]) AND revoked_at IS NULL
       UNION ALL
       SELECT unit_id::text, 'PASSPORT_GRANT' FROM passport_access_grants
        WHERE grantee_organization_id = $1 AND unit_id = ANY($2::bigint[]) AND revoked_at IS NULL`,
      [actor.organizationId, ids],
    );
    const operatedIds = new Set(operated.filter((r) => r.how === 'OPERATES').map((r) => r.unitId));
    const grantedIds = new Set(operated.filter((r) => r.how === 'PASSPORT_GRANT').map((r) => r.unitId));
    const shipments = await shipmentsConcerning(this.db.manager, ids);
    const holderIdOf = (u: { id: string; manufacturerId: string }) => holderOf(custodyOf(shipments.get(u.id) ?? []), u.manufacturerId);
    return new Set(
      units
        .filter((u) =>
          interestInBattery(actor, {
            operates: operatedIds.has(u.id),
            holderId: holderIdOf(u),
            batteryPassportGrant: grantedIds.has(u.id),
          }),
        )
        .map((u) => u.id),
    );
  }

  /** The organization holding the battery now (units/unit-custody.ts); null while it is on a shipment. */
  async holder(em: EntityManager, unit: { id: string; manufacturerId: string }): Promise<string | null> {
    const shipments = await shipmentsConcerning(em, [unit.id]);
    return holderOf(custodyOf(shipments.get(unit.id) ?? []), unit.manufacturerId);
  }

  private async byId(em: EntityManager, id: string): Promise<BatteryOperationGrantModel> {
    const [grant]: BatteryOperationGrantModel[] = await em.query(
      `SELECT ${COLUMNS} FROM battery_operation_grants g JOIN units u ON u.id = g.unit_id WHERE g.id = $1`,
      [id],
    );
    return grant;
  }

  /** The battery (a PACK) with this serial, of this manufacturer when named. */
  private async battery(em: EntityManager, serial: string, manufacturerId: string | null): Promise<{ id: string; manufacturerId: string }> {
    const rows: { id: string; manufacturerId: string; kind: number; status: string }[] = await em.query(
      `SELECT id::text AS id, manufacturer_id AS "manufacturerId", kind, status FROM units WHERE serial = $1 AND ($2::uuid IS NULL OR manufacturer_id = $2) LIMIT 2`,
      [serial, manufacturerId],
    );
    if (rows.length === 0) throw notFound('Unit with serial', serial, 'input.serial');
    if (rows.length > 1)
      throw badInput(
        'input.manufacturerId',
        `several manufacturers have a battery "${serial}": name the manufacturerId`,
        'SERIAL_AMBIGUOUS',
      );
    if (rows[0].kind !== UNIT_KIND_CODE.PACK) {
      throw badInput(
        'input.serial',
        `"${serial}" is a ${unitKindOfCode(rows[0].kind)}: operation is granted per battery (a PACK)`,
        'NOT_A_BATTERY',
      );
    }
    if (rows[0].status === 'WASTE') {
      throw conflict(`"${serial}" is recycled (WASTE): nobody operates it any more`, 'input.serial', 'UNIT_RECYCLED');
    }
    return { id: rows[0].id, manufacturerId: rows[0].manufacturerId };
  }
}
