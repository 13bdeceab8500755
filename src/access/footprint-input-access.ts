import type { DataSource, EntityManager } from 'typeorm';
import { Actor } from './actor';

/**
 * Whether the actor is a certifier organization that the batch's manufacturer asked to certify
 * the batch (a certification request for it, in any state). The fact canSeeFootprintInputs
 * (access-policy.ts) needs from the database; no query for anyone else.
 */
export async function isAskedCertifier(db: DataSource | EntityManager, actor: Actor, batchId: string): Promise<boolean> {
  if (actor.type !== 'ORGANIZATION' || actor.organizationKind !== 'CERTIFIER') return false;
  const rows: unknown[] = await db.query(`SELECT 1 FROM certification_requests WHERE batch_id = $1 AND certifier_id = $2 LIMIT 1`, [
    batchId,
    actor.organizationId,
  ]);
  return rows.length > 0;
}
