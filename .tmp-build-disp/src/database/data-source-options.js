"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildDataSourceOptions = buildDataSourceOptions;
const migrations_1 = require("../../migrations");
const entities_1 = require("./entities");
/**
 * The single builder of TypeORM options, used by the API, the worker, the tests and the
 * migration CLI (src/database/data-source.ts). Schema changes only ever go through migrations/.
 */
function buildDataSourceOptions(databaseUrl, opts = {}) {
    return {
        type: 'postgres',
        url: databaseUrl,
        entities: entities_1.ENTITIES,
        migrations: migrations_1.MIGRATIONS,
        migrationsTableName: 'typeorm_migrations',
        migrationsTransactionMode: 'each',
        synchronize: false,
        migrationsRun: false,
        logging: false,
        extra: { max: opts.poolSize ?? 10, application_name: 'battrace' },
    };
}
//# sourceMappingURL=data-source-options.js.map