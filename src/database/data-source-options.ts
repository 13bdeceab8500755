import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';

/**
 * The single builder of TypeORM options, used by the API, the worker, the tests and the
 * migration CLI (src/database/data-source.ts). Schema changes only ever go through migrations/.
 */
export function buildDataSourceOptions(databaseUrl: string, opts: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: opts.poolSize ?? 10, application_name: 'battrace' },
  };
}
