import type Redis from 'ioredis';

/**
 * Fixed-window request limit per caller, counted in Redis so that every API process shares it.
 * If Redis cannot be reached the request is let through (and the failure logged by the caller):
 * an outage of the limiter must not become an outage of the API.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly perMinute: number,
  ) {}

  async hit(callerKey: string, now = Date.now()): Promise<{ allowed: boolean; remaining: number; resetSeconds: number }> {
    const window = Math.floor(now / 60_000);
    const key = `battrace:rl:${callerKey}:${window}`;
    const res = await this.redis.multi().incr(key).pexpire(key, 61_000).exec();
    const count = Number(res?.[0]?.[1] ?? 0);
    return {
      allowed: count <= this.perMinute,
      remaining: Math.max(0, this.perMinute - count),
      resetSeconds: Math.ceil(((window + 1) * 60_000 - now) / 1000),
    };
  }
}
