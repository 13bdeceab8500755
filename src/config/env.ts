import { createHash } from 'node:crypto';

/**
 * The one place where battrace reads its environment. Every variable is parsed and checked at
 * startup; every bad one is reported together, then the process stops. Defaults live here only.
 */
export type NodeEnv = 'development' | 'test' | 'production';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  /** Platform administrator key. Outside production a random one is generated when unset. */
  adminApiKey: string | null;
  runMigrations: boolean;
  /**
   * Whether an API process (npm start) also runs the BullMQ workers, the job outbox relay and the
   * reconciler, as a worker process does: on by default, so one command runs the whole platform.
   * Off for API-only processes beside separate worker processes (npm run start:worker).
   */
  runWorkers: boolean;
  seedDemo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  publicBaseUrl: string;
  /**
   * Key-encryption key (CERT_KEK, base64 of 32 bytes) that wraps certifiers' Ed25519 private keys
   * at rest (AES-256-GCM, src/certificates/key-encryption.ts). Required in production; elsewhere
   * a fixed, public development key derived from DEV_CERT_KEK_SEED (never secret) is used.
   */
  certKek: Buffer;
  /**
   * Verified certificate credentials remembered per signing key (fast-jwt's cache, keyed by a
   * SHA-512 digest of the exact JWS, kept 10 minutes, a few kB each): a credential seen again skips its Ed25519 check,
   * nothing else. Its status, key retirement, supersession and expiry are read on every request.
   * 0 turns it off.
   */
  certVerifyMemoEntries: number;
  /**
   * How far in the future an event time given by a caller may lie (clocks of the caller and the
   * database differ a little); anything later is refused as not having happened yet.
   */
  eventTimeMaxSkewSeconds: number;
  graphql: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxTokens: number;
    /** Time one document's validation may take before it is refused as too costly. */
    validationBudgetMs: number;
    bodyLimitBytes: number;
  };
  /** Signed checkpoints of the audit chain (docs/audit-checkpoints.md). */
  audit: {
    /** An API process signs the chain's head this often when it moved; 0 signs only on demand. */
    checkpointIntervalSeconds: number;
  };
  rateLimit: { perMinute: number };
  /** Trust X-Forwarded-For (only behind a proxy that sets it): the client IP keys anonymous rate limits. */
  trustProxy: boolean;
  /**
   * Bearer token that lets a scraper read /metrics (the admin key also does). When unset, /metrics
   * answers a caller without a token only on the loopback interface, and never when TRUST_PROXY is on.
   */
  metricsToken: string | null;
  /** BullMQ workers and the job outbox relay (src/jobs/, issue 7). */
  jobs: {
    /** Redis key prefix of every queue: processes sharing work must share it; tests use their own. */
    queuePrefix: string;
    /** Jobs one worker process runs at a time. */
    concurrency: number;
    lockDurationMs: number;
    stalledIntervalMs: number;
    maxStalledCount: number;
    /** On SIGTERM a worker finishes the job in hand for this long, then releases it to the queue. */
    shutdownGraceMs: number;
    /** Whether worker processes relay the job outbox to BullMQ (off only to measure direct enqueueing). */
    relayEnabled: boolean;
    relayPollMs: number;
    /** Packs per displacement chunk job. */
    displacementChunkPacks: number;
    /**
     * The reconciler (worker processes): every this often, and at startup, it compares the work
     * PostgreSQL says is left with what the queues hold and enqueues again what was lost.
     */
    reconcileIntervalMs: number;
    /** How long a chunk taken by a worker counts as running; past it, the reconciler may hand it on. */
    chunkLeaseMs: number;
    /** How often the reconciler may enqueue one job again before it marks the run FAILED. */
    reconcileMaxRequeues: number;
    /**
     * /health reports `degraded`, naming the queue, once a job has waited this long with no live
     * worker on its queue.
     */
    healthMaxWaitSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Seed of the development-only CERT_KEK (sha256 of this text): public, so never use it in production. */
export const DEV_CERT_KEK_SEED = 'battrace development certificate key-encryption key (not secret)';

const NODE_ENVS: NodeEnv[] = ['development', 'test', 'production'];
const LOG_LEVELS: AppConfig['logLevel'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];

  const str = (name: string, fallback: string): string => {
    const v = env[name];
    return v === undefined || v === '' ? fallback : v;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}: expected an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
    problems.push(`${name}: expected true or false, got "${raw}"`);
    return fallback;
  };
  const url = (name: string, fallback: string, protocols: string[]): string => {
    const v = str(name, fallback);
    try {
      const u = new URL(v);
      if (!protocols.includes(u.protocol)) {
        problems.push(`${name}: expected a ${protocols.join(' or ')} URL, got "${v}"`);
      }
    } catch {
      problems.push(`${name}: not a valid URL: "${v}"`);
    }
    return v;
  };

  const nodeEnvRaw = str('NODE_ENV', 'development');
  let nodeEnv: NodeEnv = 'development';
  if ((NODE_ENVS as string[]).includes(nodeEnvRaw)) nodeEnv = nodeEnvRaw as NodeEnv;
  else problems.push(`NODE_ENV: expected one of ${NODE_ENVS.join(', ')}, got "${nodeEnvRaw}"`);

  const adminApiKey = env.ADMIN_API_KEY === undefined || env.ADMIN_API_KEY === '' ? null : env.ADMIN_API_KEY;
  if (adminApiKey !== null && adminApiKey.length < 24) {
    problems.push('ADMIN_API_KEY: must be at least 24 characters long');
  }
  if (adminApiKey === null && nodeEnv === 'production') {
    problems.push('ADMIN_API_KEY: required when NODE_ENV=production');
  }

  const metricsToken = env.METRICS_TOKEN === undefined || env.METRICS_TOKEN === '' ? null : env.METRICS_TOKEN;
  if (metricsToken !== null && (metricsToken.length < 24 || /\s/.test(metricsToken))) {
    problems.push('METRICS_TOKEN: must be at least 24 characters long, without spaces');
  }

  const logLevelRaw = str('LOG_LEVEL', nodeEnv === 'test' ? 'warn' : 'info');
  let logLevel: AppConfig['logLevel'] = 'info';
  if ((LOG_LEVELS as string[]).includes(logLevelRaw)) logLevel = logLevelRaw as AppConfig['logLevel'];
  else problems.push(`LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got "${logLevelRaw}"`);

  let certKek = createHash('sha256').update(DEV_CERT_KEK_SEED).digest();
  const certKekRaw = env.CERT_KEK === undefined || env.CERT_KEK === '' ? null : env.CERT_KEK;
  if (certKekRaw === null && nodeEnv === 'production') {
    problems.push('CERT_KEK: required when NODE_ENV=production (base64 of 32 random bytes)');
  }
  if (certKekRaw !== null) {
    const k = Buffer.from(certKekRaw, 'base64');
    if (k.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(certKekRaw)) problems.push('CERT_KEK: expected base64 of exactly 32 bytes');
    else certKek = k;
  }

  const port = int('PORT', 3000, 0, 65535);
  const config: AppConfig = {
    nodeEnv,
    port,
    host: str('HOST', '0.0.0.0'),
    databaseUrl: url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/battrace', ['postgres:', 'postgresql:']),
    redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    adminApiKey,
    runMigrations: bool('RUN_MIGRATIONS', true),
    runWorkers: bool('RUN_WORKERS', true),
    seedDemo: bool('SEED_DEMO', nodeEnv !== 'production'),
    logLevel,
    publicBaseUrl: url('PUBLIC_BASE_URL', `http://localhost:${port}`, ['http:', 'https:']).replace(/\/$/, ''),
    certKek,
    certVerifyMemoEntries: int('CERT_VERIFY_MEMO_ENTRIES', 1000, 0, 1_000_000),
    eventTimeMaxSkewSeconds: int('EVENT_TIME_MAX_SKEW_SECONDS', 300, 0, 86_400),
    graphql: {
      maxDepth: int('GRAPHQL_MAX_DEPTH', 10, 1, 100),
      maxCost: int('GRAPHQL_MAX_COST', 20000, 1, 10_000_000),
      maxAliases: int('GRAPHQL_MAX_ALIASES', 20, 0, 1000),
      maxTokens: int('GRAPHQL_MAX_TOKENS', 2000, 10, 1_000_000),
      validationBudgetMs: int('GRAPHQL_VALIDATION_BUDGET_MS', 100, 1, 60_000),
      bodyLimitBytes: int('GRAPHQL_BODY_LIMIT_BYTES', 4 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    },
    // Off by default in tests, so that no checkpoint appears between a test's two snapshots.
    audit: { checkpointIntervalSeconds: int('AUDIT_CHECKPOINT_INTERVAL_SECONDS', nodeEnv === 'test' ? 0 : 60, 0, 86_400) },
    rateLimit: { perMinute: int('RATE_LIMIT_PER_MINUTE', 6000, 0, 10_000_000) },
    trustProxy: bool('TRUST_PROXY', false),
    metricsToken,
    jobs: {
      queuePrefix: str('BULLMQ_PREFIX', 'battrace'),
      concurrency: int('WORKER_CONCURRENCY', 2, 1, 256),
      lockDurationMs: int('JOB_LOCK_DURATION_MS', 30_000, 1000, 3_600_000),
      stalledIntervalMs: int('JOB_STALLED_INTERVAL_MS', 30_000, 500, 3_600_000),
      maxStalledCount: int('JOB_MAX_STALLED_COUNT', 3, 0, 100),
      shutdownGraceMs: int('WORKER_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
      relayEnabled: bool('JOB_RELAY_ENABLED', true),
      relayPollMs: int('JOB_RELAY_POLL_MS', 1000, 10, 60_000),
      displacementChunkPacks: int('DISPLACEMENT_CHUNK_PACKS', 50_000, 1, 10_000_000),
      reconcileIntervalMs: int('RECONCILE_INTERVAL_MS', 30_000, 100, 3_600_000),
      chunkLeaseMs: int('RECONCILE_CHUNK_LEASE_MS', 300_000, 1000, 86_400_000),
      reconcileMaxRequeues: int('RECONCILE_MAX_REQUEUES', 10, 0, 1000),
      healthMaxWaitSeconds: int('HEALTH_QUEUE_MAX_WAIT_SECONDS', 60, 1, 86_400),
    },
  };

  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(config.jobs.queuePrefix)) {
    problems.push(`BULLMQ_PREFIX: expected 1 to 64 letters, digits, '_', '.' or '-', got "${config.jobs.queuePrefix}"`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
