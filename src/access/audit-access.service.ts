import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from './actor';
import { forbidden } from '../common/errors';
import { isUuid } from '../common/validate';

/**
 * Who may read the audit trail of a subject: the administrator, and the organization that owns
 * it (the organization itself, or its plants, models and batches). Later subjects add a branch.
 */
@Injectable()
export class AuditAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async assertCanReadTrail(actor: Actor, subjectId: string): Promise<void> {
    if (actor.type === 'ADMIN') return;
    if (actor.type !== 'ORGANIZATION') throw forbidden('the audit trail needs an API key');
    if (subjectId === actor.organizationId) return;
    if (isUuid(subjectId)) {
      const rows: { owner: string }[] = await this.db.query(
        `SELECT manufacturer_id AS owner FROM plants WHERE id = $1
         UNION ALL SELECT manufacturer_id FROM battery_models WHERE id = $1
         UNION ALL SELECT manufacturer_id FROM batches WHERE id = $1
         UNION ALL SELECT manufacturer_id FROM shipments WHERE id = $1
         UNION ALL SELECT CASE WHEN $2::uuid IN (manufacturer_id, certifier_id) THEN $2::uuid ELSE manufacturer_id END FROM certificates WHERE id = $1
         UNION ALL SELECT CASE WHEN $2::uuid IN (manufacturer_id, certifier_id) THEN $2::uuid ELSE manufacturer_id END FROM certification_requests WHERE id = $1`,
        [subjectId, actor.organizationId],
      );
      if (rows.length > 0 && rows.every((r) => r.owner === actor.organizationId)) return;
    }
    throw forbidden(`the audit trail of ${subjectId} belongs to another organization`);
  }
}
