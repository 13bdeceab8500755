import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { buildDataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';

const MIGRATION_LOCK_KEY = 0x6d696772; // "migr"

/**
 * Creates the database if missing and runs pending migrations, holding an advisory lock so that
 * several API and worker processes starting together migrate exactly once.
 */
export async function prepareDatabase(databaseUrl: string, runMigrations: boolean, log?: Pick<Logger, 'info'>): Promise<void> {
  if (await ensureDatabase(databaseUrl)) log?.info({ databaseUrl: redact(databaseUrl) }, 'created database');
  if (!runMigrations) return;
  const ds = new DataSource({ ...buildDataSourceOptions(databaseUrl, { poolSize: 2 }) });
  await ds.initialize();
  const qr = ds.createQueryRunner();
  try {
    await qr.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await ds.runMigrations({ transaction: 'each' });
    if (done.length) log?.info({ migrations: done.map((m) => m.name) }, 'ran migrations');
  } finally {
    await qr.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await qr.release();
    await ds.destroy();
  }
}

export const redact = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
