import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { prepareDatabase } from '../src/database/migrate';

/**
 * Once per `npm test` run: a fresh template database, migrated with the real migrations. Each test
 * file then clones it into a database of its own (test/support/database.ts), so tests never see
 * each other's rows and a run never depends on what an earlier one left behind.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = `battrace_tpl_${runId}`;
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
  process.env.TEST_RUN_ID = runId;
  process.env.TEST_TEMPLATE_DB = template;
  await prepareDatabase(`${serverUrl}/${template}`, true);
  // A template must have no open connections when it is cloned.
  const admin = new Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [template]);
  await admin.end();
}
