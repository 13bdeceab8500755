import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { FOOTPRINT_ROW_COLUMNS, FootprintRow } from './footprint.entity';

export interface FootprintLoaders {
  /** The newest ever-declared footprint of each batch (public passport data). */
  declaredByBatch: DataLoader<string, FootprintRow | null>;
}

/** Per-request loaders of the footprints feature: one query for any number of batches. */
export function createFootprintLoaders(db: DataSource): FootprintLoaders {
  return {
    declaredByBatch: new DataLoader<string, FootprintRow | null>(async (batchIds) => {
      const rows: FootprintRow[] = await db.query(
        `SELECT DISTINCT ON (batch_id) ${FOOTPRINT_ROW_COLUMNS}
           FROM footprints WHERE batch_id = ANY($1::uuid[]) AND declared_at IS NOT NULL
          ORDER BY batch_id, version DESC`,
        [[...batchIds]],
      );
      const byBatch = new Map(rows.map((r) => [r.batchId, r]));
      return batchIds.map((id) => byBatch.get(id) ?? null);
    }),
  };
}
