import { EntityManager } from 'typeorm';
import { AppError, badInput, conflict } from '../common/errors';
import { UNIT_KINDS, UnitKind } from '../units/unit-kind';

/**
 * A batch's declared unit counts (cells, modules, packs) against what is registered.
 *
 * 0 means "not declared": that kind has no cap (a batch may declare only its packs, as most do,
 * and one registered before counts were checked keeps working). A declared count (> 0) is a cap:
 * units of that kind beyond it are refused until the manufacturer amends the count.
 */
export type UnitCounts = Record<UnitKind, number>;

export const KIND_PLURAL: Record<UnitKind, string> = { CELL: 'cells', MODULE: 'modules', PACK: 'packs' };

export interface CountOverrun {
  kind: UnitKind;
  declared: number;
  registered: number;
}

/** The first kind (packs first) whose registered count exceeds a declared count, or null. */
export function countOverrun(declared: UnitCounts, registered: UnitCounts): CountOverrun | null {
  for (const kind of [...UNIT_KINDS].reverse()) {
    if (declared[kind] > 0 && registered[kind] > declared[kind]) return { kind, declared: declared[kind], registered: registered[kind] };
  }
  return null;
}

export function overrunError(batchNumber: string, o: CountOverrun, field: string): AppError {
  return conflict(
    `batch ${batchNumber} declares ${o.declared} ${KIND_PLURAL[o.kind]}; this would register ${o.registered}: amend the declared counts first (amendDeclaredCounts)`,
    field,
    { kind: o.kind, declared: o.declared, registered: o.registered },
    'OVER_DECLARED_COUNT',
  );
}

export interface CountAmendment {
  field: string;
  kind: UnitKind;
  from: number;
  to: number;
  registered: number;
}

/**
 * Checks amended counts: a whole number, not below what is registered, and a declared count
 * cannot be withdrawn (set back to 0, which would lift its cap).
 */
export function checkAmendment(a: CountAmendment): void {
  if (!Number.isInteger(a.to) || a.to < 0) throw badInput(a.field, `must be a whole number of 0 or more, got ${a.to}`);
  if (a.to === 0 && a.from > 0) {
    throw badInput(a.field, `0 means "not declared": a declared count (${a.from}) cannot be withdrawn, only amended`);
  }
  if (a.to > 0 && a.to < a.registered) {
    throw conflict(
      `${a.field}: ${a.registered} ${KIND_PLURAL[a.kind]} are already registered; the count cannot be ${a.to}`,
      a.field,
      {
        kind: a.kind,
        registered: a.registered,
        requested: a.to,
      },
      'BELOW_REGISTERED_COUNT',
    );
  }
}

/**
 * Refuses (CONFLICT, naming the kind, declared vs registered) when the batch holds more units of a
 * kind than it declares, counting what is registered now. Run inside the writing transaction after
 * the units are written, so that a refusal rolls the whole upload back. One statement counts every
 * declared kind.
 */
export async function assertWithinDeclaredCounts(em: EntityManager, batchId: string, field: string): Promise<void> {
  const rows = await declaredAndRegistered(em, batchId);
  const o = overrunOf(rows, { CELL: 0, MODULE: 0, PACK: 0 });
  if (o) throw overrunError(rows[0].batchNumber, o, field);
}

/**
 * Before an upload writes its units: locks the batch row (so that two uploads, or an upload and an
 * amendment, to one batch are checked one after the other) and answers whether the upload could
 * overrun a declared count: true when, for some declared kind, the units registered now plus the
 * units staged (`staged`, an upper bound of what the upload adds) exceed the declared count. Only
 * then must `assertWithinDeclaredCounts` count again after the insert; an upload into an empty or
 * roomy batch is settled here without counting the units it writes.
 */
export async function mayOverrunDeclaredCounts(em: EntityManager, batchId: string, staged: UnitCounts): Promise<boolean> {
  await lockBatch(em, batchId);
  return overrunOf(await declaredAndRegistered(em, batchId), staged) !== null;
}

/**
 * Locks a batch row for the rest of the transaction, so that writers of its units (uploads,
 * registrations) and amendments of its counts run one after the other. FOR NO KEY UPDATE: it
 * waits for and blocks those writers, but not the foreign-key checks of rows that only reference
 * the batch (footprints, cargo lines). Taking it twice in one transaction costs nothing.
 */
export async function lockBatch(em: EntityManager, batchId: string): Promise<void> {
  await em.query('SELECT 1 FROM batches WHERE id = $1 FOR NO KEY UPDATE', [batchId]);
}

interface DeclaredRow {
  batchNumber: string;
  kind: number;
  declared: number;
  registered: number;
}

async function declaredAndRegistered(em: EntityManager, batchId: string): Promise<DeclaredRow[]> {
  return em.query(
    `SELECT b.batch_number AS "batchNumber", k.kind, k.declared,
            (SELECT count(*)::int FROM units u WHERE u.batch_id = b.id AND u.kind = k.kind) AS registered
       FROM batches b
      CROSS JOIN LATERAL (VALUES (1, b.declared_cell_count), (2, b.declared_module_count), (3, b.declared_pack_count)) AS k(kind, declared)
      WHERE b.id = $1 AND k.declared > 0`,
    [batchId],
  );
}

function overrunOf(rows: DeclaredRow[], added: UnitCounts): CountOverrun | null {
  if (!rows.length) return null;
  const declared: UnitCounts = { CELL: 0, MODULE: 0, PACK: 0 };
  const registered: UnitCounts = { CELL: 0, MODULE: 0, PACK: 0 };
  for (const r of rows) {
    const kind = UNIT_KINDS[r.kind - 1];
    declared[kind] = r.declared;
    registered[kind] = r.registered + added[kind];
  }
  return countOverrun(declared, registered);
}
