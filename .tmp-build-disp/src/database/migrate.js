"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.redact = void 0;
exports.prepareDatabase = prepareDatabase;
const typeorm_1 = require("typeorm");
const data_source_options_1 = require("./data-source-options");
const ensure_database_1 = require("./ensure-database");
const MIGRATION_LOCK_KEY = 0x6d696772; // "migr"
/**
 * Creates the database if missing and runs pending migrations, holding an advisory lock so that
 * several API and worker processes starting together migrate exactly once.
 */
async function prepareDatabase(databaseUrl, runMigrations, log) {
    if (await (0, ensure_database_1.ensureDatabase)(databaseUrl))
        log?.info({ databaseUrl: (0, exports.redact)(databaseUrl) }, 'created database');
    if (!runMigrations)
        return;
    const ds = new typeorm_1.DataSource({ ...(0, data_source_options_1.buildDataSourceOptions)(databaseUrl, { poolSize: 2 }) });
    await ds.initialize();
    const qr = ds.createQueryRunner();
    try {
        await qr.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        const done = await ds.runMigrations({ transaction: 'each' });
        if (done.length)
            log?.info({ migrations: done.map((m) => m.name) }, 'ran migrations');
    }
    finally {
        await qr.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
        await qr.release();
        await ds.destroy();
    }
}
const redact = (url) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
exports.redact = redact;
//# sourceMappingURL=migrate.js.map