import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/validate';
import { Actor } from './actor';
import { assertCanReadAuditTrail, auditTrailNeedsOwners } from './audit-access';

/**
 * The audit-trail rule (assertCanReadAuditTrail, audit-access.ts) with the one fact it needs from
 * the database: who owns the subject. Later subjects add a branch to the owners query.
 */
@Injectable()
export class AuditAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async assertCanReadTrail(actor: Actor, subjectId: string): Promise<void> {
    const owners = auditTrailNeedsOwners(actor, subjectId) && isUuid(subjectId) ? await this.owners(subjectId, actor.organizationId) : [];
    assertCanReadAuditTrail(actor, subjectId, owners);
  }

  /** The owner of each row the id names; for a certificate or request, the caller itself when it is a party to it. */
  private async owners(subjectId: string, organizationId: string): Promise<string[]> {
    const rows: { owner: string }[] = await this.db.query(
      `SELECT manufacturer_id AS owner FROM plants WHERE id = $1
       UNION ALL SELECT manufacturer_id FROM battery_models WHERE id = $1
       UNION ALL SELECT manufacturer_id FROM batches WHERE id = $1
       UNION ALL SELECT manufacturer_id FROM shipments WHERE id = $1
       UNION ALL SELECT CASE WHEN $2::uuid IN (manufacturer_id, certifier_id) THEN $2::uuid ELSE manufacturer_id END FROM certificates WHERE id = $1
       UNION ALL SELECT CASE WHEN $2::uuid IN (manufacturer_id, certifier_id) THEN $2::uuid ELSE manufacturer_id END FROM certification_requests WHERE id = $1`,
      [subjectId, organizationId],
    );
    return rows.map((r) => r.owner);
  }
}
