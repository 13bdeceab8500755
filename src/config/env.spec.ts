import { createHash } from 'node:crypto';
import { ConfigError, DEV_CERT_KEK_SEED, loadConfig } from './env';

const ADMIN = 'a-long-enough-administrator-key-0123456789';
const KEK = Buffer.alloc(32, 7).toString('base64');

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has a default for everything, in development', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/battrace',
      redisUrl: 'redis://127.0.0.1:6379',
      adminApiKey: null,
      runMigrations: true,
      runWorkers: true,
      seedDemo: true,
      logLevel: 'info',
      publicBaseUrl: 'http://localhost:3000',
      rateLimit: { perMinute: 6000 },
      eventTimeMaxSkewSeconds: 300,
    });
    expect(c.jobs.healthMaxWaitSeconds).toBe(60);
    expect(c.graphql).toEqual({
      maxDepth: 10,
      maxCost: 20000,
      maxAliases: 20,
      maxTokens: 2000,
      validationBudgetMs: 100,
      bodyLimitBytes: 4 * 1024 * 1024,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', ADMIN_API_KEY: '', NODE_ENV: '' })).toMatchObject({
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/battrace',
      adminApiKey: null,
      nodeEnv: 'development',
    });
  });

  it('reads every variable it knows', () => {
    const c = loadConfig({
      NODE_ENV: 'test',
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgresql://u:p@db:5433/x',
      REDIS_URL: 'rediss://cache:6380',
      ADMIN_API_KEY: ADMIN,
      RUN_MIGRATIONS: 'off',
      RUN_WORKERS: 'off',
      HEALTH_QUEUE_MAX_WAIT_SECONDS: '5',
      SEED_DEMO: 'No',
      LOG_LEVEL: 'debug',
      PUBLIC_BASE_URL: 'https://battrace.example/',
      GRAPHQL_MAX_DEPTH: '12',
      GRAPHQL_MAX_COST: '5000',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_TOKENS: '900',
      GRAPHQL_VALIDATION_BUDGET_MS: '250',
      GRAPHQL_BODY_LIMIT_BYTES: '2048',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(c).toMatchObject({
      nodeEnv: 'test',
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://u:p@db:5433/x',
      redisUrl: 'rediss://cache:6380',
      adminApiKey: ADMIN,
      runMigrations: false,
      runWorkers: false,
      jobs: expect.objectContaining({ healthMaxWaitSeconds: 5 }),
      seedDemo: false,
      logLevel: 'debug',
      publicBaseUrl: 'https://battrace.example',
      graphql: { maxDepth: 12, maxCost: 5000, maxAliases: 0, maxTokens: 900, validationBudgetMs: 250, bodyLimitBytes: 2048 },
      rateLimit: { perMinute: 0 },
    });
  });

  it('follows the port in the default public URL, and logs less under test', () => {
    expect(loadConfig({ PORT: '4000' }).publicBaseUrl).toBe('http://localhost:4000');
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('warn');
  });

  it('accepts the usual spellings of true and false', () => {
    for (const v of ['1', 'true', 'YES', 'on']) expect(loadConfig({ RUN_MIGRATIONS: v }).runMigrations).toBe(true);
    for (const v of ['0', 'False', 'no', 'OFF']) expect(loadConfig({ RUN_MIGRATIONS: v }).runMigrations).toBe(false);
  });

  it('lists every bad variable together in one ConfigError', () => {
    const bad = {
      NODE_ENV: 'staging',
      PORT: 'eighty',
      DATABASE_URL: 'mysql://root@db/battrace',
      REDIS_URL: 'not a url',
      ADMIN_API_KEY: 'short',
      RUN_MIGRATIONS: 'maybe',
      RUN_WORKERS: 'sometimes',
      HEALTH_QUEUE_MAX_WAIT_SECONDS: '0',
      LOG_LEVEL: 'loud',
      PUBLIC_BASE_URL: 'ftp://files.example',
      GRAPHQL_MAX_DEPTH: '0',
      GRAPHQL_MAX_COST: '1.5',
      RATE_LIMIT_PER_MINUTE: '-1',
    };
    const problems = problemsOf(bad);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(Object.keys(bad).sort());
    expect(problems.find((p) => p.startsWith('PORT'))).toBe('PORT: expected an integer from 0 to 65535, got "eighty"');
    expect(problems.find((p) => p.startsWith('ADMIN_API_KEY'))).toMatch(/at least 24 characters/);
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toMatch(/postgres: or postgresql:/);

    let thrown: unknown;
    try {
      loadConfig(bad);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    // The message names every variable too, one per line, for the person reading the log.
    for (const name of Object.keys(bad)) expect((thrown as Error).message).toContain(`  - ${name}:`);
  });

  it('requires ADMIN_API_KEY in production, and turns the demo world off there by default', () => {
    expect(problemsOf({ NODE_ENV: 'production', CERT_KEK: KEK })).toEqual(['ADMIN_API_KEY: required when NODE_ENV=production']);
    const c = loadConfig({ NODE_ENV: 'production', ADMIN_API_KEY: ADMIN, CERT_KEK: KEK });
    expect(c).toMatchObject({ nodeEnv: 'production', adminApiKey: ADMIN, seedDemo: false });
    expect(loadConfig({ NODE_ENV: 'production', ADMIN_API_KEY: ADMIN, CERT_KEK: KEK, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('requires CERT_KEK (base64 of 32 bytes) in production; outside it, a fixed development key', () => {
    expect(problemsOf({ NODE_ENV: 'production', ADMIN_API_KEY: ADMIN })).toEqual([
      'CERT_KEK: required when NODE_ENV=production (base64 of 32 random bytes)',
    ]);
    expect(problemsOf({ CERT_KEK: Buffer.alloc(16, 1).toString('base64') })).toEqual(['CERT_KEK: expected base64 of exactly 32 bytes']);
    expect(loadConfig({ CERT_KEK: KEK }).certKek.equals(Buffer.alloc(32, 7))).toBe(true);
    const dev = loadConfig({}).certKek;
    expect(dev.length).toBe(32);
    expect(dev.equals(createHash('sha256').update(DEV_CERT_KEK_SEED).digest())).toBe(true);
  });

  it('bounds the GraphQL limits', () => {
    expect(problemsOf({ GRAPHQL_MAX_TOKENS: '5' })).toEqual(['GRAPHQL_MAX_TOKENS: expected an integer from 10 to 1000000, got "5"']);
    expect(problemsOf({ GRAPHQL_BODY_LIMIT_BYTES: '100' })[0]).toMatch(/^GRAPHQL_BODY_LIMIT_BYTES: expected an integer from 1024/);
    expect(problemsOf({ GRAPHQL_MAX_DEPTH: '101' })[0]).toMatch(/^GRAPHQL_MAX_DEPTH:/);
    expect(problemsOf({ GRAPHQL_VALIDATION_BUDGET_MS: '0' })).toEqual([
      'GRAPHQL_VALIDATION_BUDGET_MS: expected an integer from 1 to 60000, got "0"',
    ]);
    expect(problemsOf({ GRAPHQL_VALIDATION_BUDGET_MS: '2.5' })[0]).toMatch(/^GRAPHQL_VALIDATION_BUDGET_MS:/);
  });

  it('reads the event-time clock skew and refuses one out of range', () => {
    expect(loadConfig({ EVENT_TIME_MAX_SKEW_SECONDS: '0' }).eventTimeMaxSkewSeconds).toBe(0);
    expect(loadConfig({ EVENT_TIME_MAX_SKEW_SECONDS: '60' }).eventTimeMaxSkewSeconds).toBe(60);
    expect(problemsOf({ EVENT_TIME_MAX_SKEW_SECONDS: '-1' })).toEqual([
      'EVENT_TIME_MAX_SKEW_SECONDS: expected an integer from 0 to 86400, got "-1"',
    ]);
    expect(problemsOf({ EVENT_TIME_MAX_SKEW_SECONDS: '5m' })).toHaveLength(1);
  });

  it('reads the reconciler settings and refuses ones out of range', () => {
    expect(loadConfig({}).jobs).toMatchObject({ reconcileIntervalMs: 30_000, chunkLeaseMs: 300_000, reconcileMaxRequeues: 10 });
    expect(loadConfig({ RECONCILE_INTERVAL_MS: '500', RECONCILE_CHUNK_LEASE_MS: '2000', RECONCILE_MAX_REQUEUES: '0' }).jobs).toMatchObject({
      reconcileIntervalMs: 500,
      chunkLeaseMs: 2000,
      reconcileMaxRequeues: 0,
    });
    expect(problemsOf({ RECONCILE_INTERVAL_MS: '0', RECONCILE_CHUNK_LEASE_MS: '10', RECONCILE_MAX_REQUEUES: '-1' })).toEqual([
      'RECONCILE_INTERVAL_MS: expected an integer from 100 to 3600000, got "0"',
      'RECONCILE_CHUNK_LEASE_MS: expected an integer from 1000 to 86400000, got "10"',
      'RECONCILE_MAX_REQUEUES: expected an integer from 0 to 1000, got "-1"',
    ]);
  });

  it('reads METRICS_TOKEN (none by default) and refuses a short one or one with spaces', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: 'scrape-token-0123456789abcdef' }).metricsToken).toBe('scrape-token-0123456789abcdef');
    expect(problemsOf({ METRICS_TOKEN: 'short' })).toEqual(['METRICS_TOKEN: must be at least 24 characters long, without spaces']);
    expect(problemsOf({ METRICS_TOKEN: 'has a space in it 0123456789' })).toHaveLength(1);
  });

  it('reads the audit checkpoint interval: a minute by default, off under test unless set, refused out of range', () => {
    expect(loadConfig({}).audit.checkpointIntervalSeconds).toBe(60);
    expect(loadConfig({ NODE_ENV: 'test' }).audit.checkpointIntervalSeconds).toBe(0);
    expect(loadConfig({ NODE_ENV: 'test', AUDIT_CHECKPOINT_INTERVAL_SECONDS: '5' }).audit.checkpointIntervalSeconds).toBe(5);
    expect(loadConfig({ AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0' }).audit.checkpointIntervalSeconds).toBe(0);
    expect(problemsOf({ AUDIT_CHECKPOINT_INTERVAL_SECONDS: '86401' })).toEqual([
      'AUDIT_CHECKPOINT_INTERVAL_SECONDS: expected an integer from 0 to 86400, got "86401"',
    ]);
    expect(problemsOf({ AUDIT_CHECKPOINT_INTERVAL_SECONDS: '1.5' })).toHaveLength(1);
  });
});
