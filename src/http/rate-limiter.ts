import type Redis from 'ioredis';

/**
 * Fixed-window request limit per caller, counted in Redis so that every API process shares it.
 * If Redis cannot be reached the request is let through (and the failure logged by the caller):
 * an outage of the limiter must not become an outage of the API.
 */
/**
 * INCR then PEXPIRE, atomically, as one command: the same as MULTI/INCR/PEXPIRE/EXEC at about a
 * third of the client CPU per request (bench/graphql-throughput.bench.ts, rate limit on).
 */
const HIT_SCRIPT = "local n = redis.call('INCR', KEYS[1]) redis.call('PEXPIRE', KEYS[1], ARGV[1]) return n";

export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly perMinute: number,
  ) {}

  async hit(callerKey: string, now = Date.now()): Promise<{ allowed: boolean; remaining: number; resetSeconds: number }> {
    const window = Math.floor(now / 60_000);
    const key = `battrace:rl:${callerKey}:${window}`;
    const count = Number(await this.redis.eval(HIT_SCRIPT, 1, key, 61_000));
    return {
      allowed: count <= this.perMinute,
      remaining: Math.max(0, this.perMinute - count),
      resetSeconds: Math.ceil(((window + 1) * 60_000 - now) / 1000),
    };
  }
}
