import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { RateLimiter } from '../../src/http/rate-limiter';

describe('RateLimiter against the real Redis', () => {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  const caller = `test-${randomBytes(6).toString('hex')}`;
  const windowStart = Math.floor(Date.now() / 60_000) * 60_000;

  afterAll(async () => {
    const keys = await redis.keys(`battrace:rl:${caller}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('counts hits per caller and minute, refuses past the limit, and lets each key expire after its window', async () => {
    const limiter = new RateLimiter(redis, 2);
    const at = windowStart + 15_000;
    expect(await limiter.hit(caller, at)).toEqual({ allowed: true, remaining: 1, resetSeconds: 45 });
    expect(await limiter.hit(caller, at + 1_000)).toEqual({ allowed: true, remaining: 0, resetSeconds: 44 });
    expect(await limiter.hit(caller, at + 2_000)).toEqual({ allowed: false, remaining: 0, resetSeconds: 43 });
    // Another caller, and the next minute, count from zero.
    expect((await limiter.hit(`${caller}-other`, at)).remaining).toBe(1);
    expect((await limiter.hit(caller, windowStart + 60_000)).remaining).toBe(1);
    const key = `battrace:rl:${caller}:${windowStart / 60_000}`;
    expect(await redis.get(key)).toBe('3');
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(59_000);
    expect(ttl).toBeLessThanOrEqual(61_000);
    await redis.del(`battrace:rl:${caller}-other:${windowStart / 60_000}`);
  });
});
