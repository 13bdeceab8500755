"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ensureDatabase = ensureDatabase;
const pg_1 = require("pg");
/**
 * Creates the database named in `databaseUrl` when it does not exist yet, connecting to the
 * server's `postgres` maintenance database to do so. Safe to call from several processes at once.
 */
async function ensureDatabase(databaseUrl) {
    const url = new URL(databaseUrl);
    const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!name)
        throw new Error('DATABASE_URL names no database');
    const admin = new URL(databaseUrl);
    admin.pathname = '/postgres';
    const client = new pg_1.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount)
            return false;
        try {
            await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
            return true;
        }
        catch (err) {
            // Another process created it between our check and our CREATE.
            if (err.code === '42P04')
                return false;
            throw err;
        }
    }
    finally {
        await client.end();
    }
}
//# sourceMappingURL=ensure-database.js.map