import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../src/bootstrap';
import { createLogger } from '../../src/common/logger';
import { AppConfig, loadConfig } from '../../src/config/env';
import { createTestDatabase } from './database';
import { dropQueueKeys } from './worker-process';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

/** The whole API on a real port, its own database, the real Redis; spoken to over HTTP. */
export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  adminKey: string;
  db: DataSource;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, key?: string | null): Promise<GqlResult<T>>;
  http(path: string, init?: RequestInit & { key?: string | null }): Promise<Response>;
  /** Row counts of every table: compare before and after a rejected request. */
  snapshot(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * `overrides.DATABASE_URL` (e.g. another app's `config.databaseUrl`) shares that database instead of a new one.
 * The app runs as `npm start` does, job workers included (RUN_WORKERS defaults to on), on a queue
 * prefix of its own unless `overrides.BULLMQ_PREFIX` names one: apps of other test files never take
 * its jobs. A test that starts separate worker processes passes RUN_WORKERS: 'false'.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = overrides.DATABASE_URL ?? (await createTestDatabase());
  const adminKey = `admin_${randomBytes(16).toString('hex')}`;
  const ownPrefix = overrides.BULLMQ_PREFIX === undefined ? `bt-app-${randomBytes(4).toString('hex')}` : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ADMIN_API_KEY: adminKey,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    // Validation's time budget (100 ms in production) guards a shared API against costly queries;
    // tests run many apps on two busy cores, where an ordinary query can take longer to validate.
    // Its refusal is tested where it is built (src/graphql/graphql-protection.spec.ts).
    GRAPHQL_VALIDATION_BUDGET_MS: '2000',
    ...(ownPrefix ? { BULLMQ_PREFIX: ownPrefix } : {}),
    ...overrides,
  });
  const app = await createApiApp(config, createLogger(config, 'api'));
  // `overrides.PORT` listens there (with PUBLIC_BASE_URL naming it, so absolute links and redirects reach this app).
  await app.listen({ port: overrides.PORT === undefined ? 0 : Number(overrides.PORT), host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const db = app.get<DataSource>(getDataSourceToken());

  const http = (path: string, init: RequestInit & { key?: string | null } = {}) => {
    const headers = new Headers(init.headers);
    if (init.key) headers.set('authorization', `Bearer ${init.key}`);
    return fetch(url + path, { ...init, headers });
  };

  return {
    app,
    url,
    config,
    adminKey,
    db,
    http,
    async gql(query, variables = {}, key = null) {
      const res = await http('/graphql', {
        method: 'POST',
        key,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: GqlResult['errors'] };
      return { status: res.status, data: (body.data ?? null) as never, errors: body.errors };
    },
    async snapshot() {
      const tables: { relname: string }[] = await db.query(
        `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname`,
      );
      const out: Record<string, number> = {};
      for (const { relname } of tables) {
        const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM "${relname}"`);
        out[relname] = n;
      }
      return out;
    },
    async close() {
      await app.close();
      if (ownPrefix) await dropQueueKeys(config.redisUrl, ownPrefix).catch(() => undefined);
    },
  };
}

/** Expects exactly one error with this code; returns it. */
export function expectError(result: GqlResult, code: string): NonNullable<GqlResult['errors']>[number] {
  if (!result.errors?.length) throw new Error(`expected a ${code} error, got data ${JSON.stringify(result.data)}`);
  const err = result.errors[0];
  if (err.extensions?.code !== code) throw new Error(`expected ${code}, got ${JSON.stringify(result.errors)}`);
  return err;
}
