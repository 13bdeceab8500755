/**
 * Unit kinds and how they nest: a cell sits in a module or directly in a pack, a module in a
 * pack, and a pack has no parent unit (its chain ends at its batch). Stored as small integers
 * ordered by size, so "the parent is bigger than the child" is one comparison in SQL.
 */
export const UNIT_KINDS = ['CELL', 'MODULE', 'PACK'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * SQL takes these codes interpolated into the statement text (`u.kind = ${UNIT_KIND_CODE.PACK}`),
 * not as a parameter: they are constants, and a literal lets the planner use the partial index on
 * packs (`units_pack_batch_id_idx`, WHERE kind = 3) whatever plan it caches.
 */
export const UNIT_KIND_CODE = { CELL: 1, MODULE: 2, PACK: 3 } as const satisfies Record<UnitKind, number>;
export const unitKindOfCode = (code: number): UnitKind => UNIT_KINDS[code - 1];

export function isUnitKind(v: unknown): v is UnitKind {
  return typeof v === 'string' && (UNIT_KINDS as readonly string[]).includes(v);
}

/** Null when `parent` may contain `child`, else the reason. */
export function nestingProblem(child: UnitKind, parent: UnitKind | null): string | null {
  if (parent === null) return null;
  if (child === 'PACK') return 'a PACK has no parent unit: its chain ends at its batch';
  if (UNIT_KIND_CODE[parent] <= UNIT_KIND_CODE[child]) return `a ${child} cannot sit inside a ${parent}`;
  return null;
}
