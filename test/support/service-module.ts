import type { Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, ConfigModule } from '../../src/config/config.module';
import { AppConfig, loadConfig } from '../../src/config/env';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { MetricsModule } from '../../src/metrics/metrics.module';
import { RedisModule } from '../../src/redis/redis.module';
import { createTestDatabase } from './database';
import { testQueuePrefix } from './displacement';

/**
 * The service tier (the middle of three test tiers): the named feature modules on a fresh database cloned
 * from the migrated template, with the real Redis, and no HTTP, no GraphQL, no guards. Tests call
 * the services' public methods directly with an actor, as the resolvers do.
 */
export interface ServiceModule {
  module: TestingModule;
  db: DataSource;
  config: AppConfig;
  get<T>(cls: Type<T>): T;
  /** Row counts of every table: compare before and after a refused call. */
  snapshot(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export async function createServiceModule(features: Type<unknown>[]): Promise<ServiceModule> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: await createTestDatabase(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ADMIN_API_KEY: 'admin_service_tier_not_used_over_http',
    LOG_LEVEL: 'silent',
    BULLMQ_PREFIX: testQueuePrefix('service'),
  });
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (c: AppConfig) => buildDataSourceOptions(c.databaseUrl) }),
      RedisModule,
      MetricsModule,
      ...features,
    ],
  }).compile();
  await module.init();
  const db = module.get<DataSource>(getDataSourceToken());
  return {
    module,
    db,
    config,
    get: <T>(cls: Type<T>) => module.get(cls, { strict: false }),
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
    close: () => module.close(),
  };
}

/** Awaits a call that must be refused and returns its AppError fields (code, field, message, details). */
export async function refusal(
  call: Promise<unknown>,
): Promise<{ code: string; field?: string; message: string; details?: Record<string, unknown> }> {
  try {
    await call;
  } catch (err) {
    const e = err as { code?: unknown; field?: string; message: string; details?: Record<string, unknown>; name?: string };
    if (e.name !== 'AppError' || typeof e.code !== 'string') throw err;
    return { code: e.code, field: e.field, message: e.message, details: e.details };
  }
  throw new Error('expected the call to be refused, but it succeeded');
}
