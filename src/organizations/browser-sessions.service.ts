import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { Actor } from '../access/actor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { REDIS } from '../redis/redis.token';
import { ApiKeyAuthService } from './api-key-auth.service';
import { hashApiKey, safeEqual } from './api-key-secret';
import { SESSION_TTL_SECONDS } from './browser-session';

/**
 * Browser sessions (docs/pages.md, "Sign in"): an organization's API key typed into the sign-in
 * page becomes a random 32-byte token in a cookie. Redis keeps `<prefix>:session:<sha256(token)>`
 * → the API key's hash for SESSION_TTL_SECONDS; the token itself is stored nowhere. Each use
 * resolves the key again through ApiKeyAuthService (its cache is dropped on revocation), so a
 * revoked key makes its sessions anonymous at once, and the session is deleted when seen.
 */
@Injectable()
export class BrowserSessionsService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: ApiKeyAuthService,
  ) {}

  private redisKey(token: string): string {
    return `${this.config.jobs.queuePrefix}:session:${createHash('sha256').update(token).digest('hex')}`;
  }

  /** A new session for a live organization key; null for an unknown or revoked key and for the administrator key. */
  async create(apiKey: string): Promise<string | null> {
    if (this.config.adminApiKey && safeEqual(apiKey, this.config.adminApiKey)) return null;
    const keyHash = hashApiKey(apiKey);
    const actor = await this.auth.byHash(keyHash);
    if (!actor) return null;
    const token = randomBytes(32).toString('base64url');
    await this.redis.set(this.redisKey(token), keyHash, 'EX', SESSION_TTL_SECONDS);
    return token;
  }

  /** The actor of a session token, or null (unknown, expired, or its key revoked: then the session is deleted too). */
  async resolve(token: string): Promise<Actor | null> {
    const key = this.redisKey(token);
    const keyHash = await this.redis.get(key);
    if (keyHash === null) return null;
    const actor = await this.auth.byHash(keyHash);
    if (!actor) {
      await this.redis.del(key);
      return null;
    }
    return actor;
  }

  async destroy(token: string): Promise<void> {
    await this.redis.del(this.redisKey(token));
  }
}
