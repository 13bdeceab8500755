import { DataSource, EntityMetadata, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { Row, sharedRows } from '../database/shared-rows';

/**
 * What the per-request DataLoaders run: `repository.findBy({ id: In(ids) })`, made cheaper in the
 * two ways bench/graphql-throughput.bench.ts showed to matter (see bench/README.md for numbers).
 *
 * 1. For an entity made of plain columns (no relations, embeddeds, inheritance, afterLoad
 *    listeners or subscribers) the SELECT is written once from its metadata, and rows are
 *    hydrated the way TypeORM hydrates them (driver.prepareHydratedValue per column, transformers
 *    included) into instances of the entity class. TypeORM's per-call query building cost more
 *    server CPU than the query itself. Any other entity falls back to findBy.
 * 2. The round trip is shared: the loads that all concurrent requests make for one entity in the
 *    same event-loop turn go to PostgreSQL as one `id = ANY($1)` query. Nothing is cached across
 *    requests (each request keeps its own DataLoader cache and gets its own entity instances, read
 *    by a query sent after it asked), so nothing goes stale; if the shared query fails, its ids
 *    are asked again one by one, so that one caller's bad id fails only that caller.
 */
export type FindByIds<T> = (ids: readonly string[]) => Promise<T[]>;

const cache = new WeakMap<EntityMetadata, FindByIds<unknown>>();

function isPlain(md: EntityMetadata, db: DataSource): boolean {
  return (
    md.tableType === 'regular' &&
    md.relations.length === 0 &&
    md.embeddeds.length === 0 &&
    md.inheritancePattern === undefined &&
    md.childEntityMetadatas.length === 0 &&
    md.discriminatorColumn === undefined &&
    md.afterLoadListeners.length === 0 &&
    db.subscribers.length === 0 &&
    md.primaryColumns.length === 1 &&
    md.primaryColumns[0].propertyName === 'id' &&
    md.columns.every((c) => c.isSelect && !c.isVirtual && !c.isVirtualProperty && c.embeddedMetadata === undefined)
  );
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function findByIds<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: EntityTarget<T>): FindByIds<T> {
  const md = db.getMetadata(entity);
  const known = cache.get(md);
  if (known) return known as FindByIds<T>;
  let find: FindByIds<T>;
  if (!isPlain(md, db)) {
    find = (ids) => db.getRepository(entity).findBy({ id: In([...ids]) } as never);
  } else {
    const columns = md.columns;
    const idColumn = md.primaryColumns[0].databaseName;
    const table = md.schema ? `${quote(md.schema)}.${quote(md.tableName)}` : quote(md.tableName);
    const sql = `SELECT ${columns.map((c) => quote(c.databaseName)).join(', ')} FROM ${table} WHERE ${quote(idColumn)} = ANY($1)`;
    const shared = sharedRows(db, sql, idColumn);
    const hydrate = (row: Row): T => {
      const e = md.create(undefined, { fromDeserializer: true }) as T;
      for (const c of columns) {
        const value = row[c.databaseName];
        if (value !== undefined) c.setEntityValue(e, db.driver.prepareHydratedValue(value, c));
      }
      return e;
    };
    find = async (ids) => {
      const out: T[] = [];
      for (const row of await shared.loadMany(ids)) {
        if (row instanceof Error) throw row;
        if (row) out.push(hydrate(row));
      }
      return out;
    };
  }
  cache.set(md, find as FindByIds<unknown>);
  return find;
}
