import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<string> {
  const server = process.env.TEST_DATABASE_SERVER_URL;
  const template = process.env.TEST_TEMPLATE_DB;
  const runId = process.env.TEST_RUN_ID;
  if (!server || !template || !runId) throw new Error('run the tests through jest (test/global-setup.ts prepares the databases)');
  const name = `battrace_t_${runId}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return `${server}/${name}`;
}
