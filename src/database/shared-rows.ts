import DataLoader from 'dataloader';
import { setImmediate } from 'node:timers';
import { DataSource } from 'typeorm';

export type Row = Record<string, unknown>;

/** Largest number of ids in one shared query. */
const MAX_SHARED_BATCH = 1000;

/**
 * Rows by id for concurrent callers: every id asked in the same event-loop turn goes to
 * PostgreSQL in one query, `sql` with `$1` = the distinct ids as an array (`WHERE id = ANY($1)`),
 * answered per id from the column `idColumn`. Nothing is cached: a caller's row comes from a query
 * sent after it asked. Used by the GraphQL DataLoaders (find-by-ids.ts) and by GET /verify/:id,
 * where one request's planning and round trip cost PostgreSQL more than the row (issue 5 bench).
 */
export function sharedRows<T extends object = Row>(db: DataSource, sql: string, idColumn: string): DataLoader<string, T | null> {
  const query = async (ids: readonly string[]): Promise<(T | null)[]> => {
    const rows: T[] = await db.query(sql, [[...new Set(ids)]]);
    const byId = new Map(rows.map((r) => [String((r as Row)[idColumn]), r]));
    return ids.map((id) => byId.get(id) ?? null);
  };
  return new DataLoader<string, T | null>(
    async (ids) => {
      try {
        return await query(ids);
      } catch {
        return Promise.all(
          ids.map((id) =>
            query([id]).then(
              (r) => r[0],
              (err: Error) => err,
            ),
          ),
        );
      }
    },
    // node:timers' setImmediate, not the global one, which a test's fake clock may replace.
    { cache: false, batchScheduleFn: (dispatch) => setImmediate(dispatch), maxBatchSize: MAX_SHARED_BATCH },
  );
}
