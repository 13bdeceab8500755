"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.freshDatabaseUrl = freshDatabaseUrl;
exports.dropDatabase = dropDatabase;
const node_crypto_1 = require("node:crypto");
const pg_1 = require("pg");
/** The PostgreSQL server the benchmarks use; every bench works in its own fresh database. */
const SERVER_URL = (process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
/** A URL for a database that does not exist yet (the API creates and migrates it at startup). */
function freshDatabaseUrl() {
    return `${SERVER_URL}/battrace_bench_${(0, node_crypto_1.randomBytes)(4).toString('hex')}`;
}
async function dropDatabase(databaseUrl) {
    const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
    if (!name.startsWith('battrace_bench_'))
        throw new Error(`refusing to drop ${name}: not a bench database`);
    const admin = new pg_1.Client({ connectionString: `${SERVER_URL}/postgres` });
    await admin.connect();
    try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    finally {
        await admin.end();
    }
}
//# sourceMappingURL=bench-db.js.map