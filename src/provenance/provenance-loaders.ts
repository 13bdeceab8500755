import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { UNIT_COLUMNS, UnitRowSql } from '../units/unit-rows';

export interface ProvenanceLoaders {
  /** Units by their bigint id (as text): one `id = ANY(...)` statement for any number of them. */
  unit: DataLoader<string, UnitRowSql | null>;
}

/** Per-request loaders of the provenance feature (built by graphql/dataloader.factory.ts). */
export function createProvenanceLoaders(db: DataSource): ProvenanceLoaders {
  return {
    unit: new DataLoader<string, UnitRowSql | null>(async (ids) => {
      const rows: UnitRowSql[] = await db.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = ANY($1::bigint[])`, [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
