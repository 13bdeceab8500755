import { EntityManager } from 'typeorm';
import { unitKindOfCode } from '../batches/unit-kind';
import { globalId } from './global-id';
import type { TracedUnitModel } from './provenance.model';
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
