import { EntityManager } from 'typeorm';
import { unitKindOfCode } from './unit-kind';
import { globalId } from '../provenance/global-id';
import type { TracedUnitModel } from './unit.model';
import type { UnitStatus } from './unit-status';

/** A units row as the provenance queries select it (`UNIT_COLUMNS`). */
export interface UnitRowSql {
  id: string;
  manufacturer_id: string;
  batch_id: string;
  kind: number;
  serial: string;
  parent_id: string | null;
  status: UnitStatus;
  produced_at: Date;
  created_at: Date;
}

export const UNIT_COLUMNS = 'id::text, manufacturer_id, batch_id, kind, serial, parent_id::text, status, produced_at, created_at';

/**
 * The memberships of the unit whose id is `unitId` (a column of an outer query), as a LATERAL
 * subquery `(parent_id, valid_from, valid_to)`: the rows of the view unit_membership_history,
 * spelled out so that each branch is an index lookup. Joined to a recursive CTE, the view itself
 * is planned as a scan of every unit and membership (an anti join) per step: about 300 ms a step
 * on 255,000 units, against well under a millisecond this way. Its aliases (ms_*) stay clear of
 * the outer query's.
 */
export const MEMBERSHIPS_OF = (unitId: string) => `LATERAL (
    SELECT ms_stored.parent_id, ms_stored.valid_from, ms_stored.valid_to FROM unit_memberships ms_stored WHERE ms_stored.unit_id = ${unitId}
    UNION ALL
    SELECT ms_unit.parent_id, ms_unit.produced_at, NULL::timestamptz FROM units ms_unit
     WHERE ms_unit.id = ${unitId} AND ms_unit.parent_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM unit_memberships ms_any WHERE ms_any.unit_id = ms_unit.id)
  )`;

export const tracedUnit = (u: UnitRowSql): TracedUnitModel => ({
  id: globalId('Unit', u.id),
  serial: u.serial,
  kind: unitKindOfCode(u.kind),
  status: u.status,
  batchId: u.batch_id,
  parentId: u.parent_id === null ? null : globalId('Unit', u.parent_id),
  producedAt: new Date(u.produced_at),
});

/** The caller's units by serial, locked for the rest of the transaction. */
export async function lockUnitsBySerial(em: EntityManager, manufacturerId: string, serials: string[]): Promise<UnitRowSql[]> {
  return em.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE manufacturer_id = $1 AND serial = ANY($2::text[]) ORDER BY id FOR UPDATE`, [
    manufacturerId,
    serials,
  ]);
}
