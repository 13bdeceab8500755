import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server the benchmarks use; every bench works in its own fresh database. */
const SERVER_URL = (process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');

/** A URL for a database that does not exist yet (the API creates and migrates it at startup). */
export function freshDatabaseUrl(): string {
  return `${SERVER_URL}/battrace_bench_${randomBytes(4).toString('hex')}`;
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!name.startsWith('battrace_bench_')) throw new Error(`refusing to drop ${name}: not a bench database`);
  const admin = new Client({ connectionString: `${SERVER_URL}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
