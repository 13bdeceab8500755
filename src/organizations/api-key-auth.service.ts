import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ADMIN, Actor, ANONYMOUS, OrganizationKind } from '../access/actor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { unauthenticated } from '../common/errors';
import { RedisBroadcast } from '../redis/redis-broadcast.service';
import { hashApiKey, safeEqual } from './api-key-secret';

/**
 * Turns an `Authorization: Bearer <key>` header into an Actor. Known keys are cached for a few
 * seconds per process; unknown keys are never cached. A revocation is published to every process
 * (Redis pub/sub, topic `api-key-revoked`, the key's id), and each drops the key from its cache
 * when the message arrives, so a revoked key stops working everywhere within moments. The cache
 * lifetime (CACHE_TTL_MS) only bounds how long a missed message could matter; after its
 * subscription was re-established (Redis restarted) a process forgets every cached key.
 */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX = 10_000;
export const API_KEY_REVOKED_TOPIC = 'api-key-revoked';

@Injectable()
export class ApiKeyAuthService implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(ApiKeyAuthService.name);
  private readonly cache = new Map<string, { actor: Actor; until: number }>();
  /**
   * Moves on every revocation heard: a key read from the database while a revocation arrived is
   * not cached (the read may have seen the key before the revoking transaction committed).
   */
  private generation = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly broadcast: RedisBroadcast,
  ) {}

  onModuleInit(): void {
    this.broadcast.listen(API_KEY_REVOKED_TOPIC, {
      onMessage: (apiKeyId) => this.evict(apiKeyId),
      onGap: () => {
        this.generation++;
        this.cache.clear();
      },
    });
  }

  async authenticate(authorization: string | undefined): Promise<Actor> {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) throw unauthenticated('the Authorization header must be "Bearer <key>"', 'API_KEY_INVALID');
    const key = m[1];
    if (this.config.adminApiKey && safeEqual(key, this.config.adminApiKey)) return ADMIN;
    const actor = await this.byHash(hashApiKey(key));
    if (!actor) throw unauthenticated('the API key is unknown or revoked', 'API_KEY_INVALID');
    return actor;
  }

  /**
   * The organization actor of a live (unrevoked) API key given by its hash, or null: the Bearer
   * path above and browser sessions (browser-sessions.service.ts) share this cache and its eviction
   * on revocation.
   */
  async byHash(hash: string): Promise<Actor | null> {
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.actor;
    const generation = this.generation;
    const rows: { id: string; organization_id: string; kind: OrganizationKind }[] = await this.db.query(
      `SELECT k.id, k.organization_id, o.kind FROM api_keys k JOIN organizations o ON o.id = k.organization_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [hash],
    );
    if (rows.length === 0) {
      this.cache.delete(hash);
      return null;
    }
    const actor: Actor = {
      type: 'ORGANIZATION',
      organizationId: rows[0].organization_id,
      organizationKind: rows[0].kind,
      apiKeyId: rows[0].id,
    };
    if (generation !== this.generation) return actor;
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(hash, { actor, until: now + CACHE_TTL_MS });
    return actor;
  }

  /**
   * After a key's revocation has committed: forgets it here at once and tells every other process.
   * If Redis cannot take the message, the others stop accepting the key when their cache entry
   * expires (CACHE_TTL_MS); the revocation itself stands.
   */
  async forget(key: { id: string; keyHash: string }): Promise<void> {
    this.generation++;
    this.cache.delete(key.keyHash);
    await this.broadcast.publish(API_KEY_REVOKED_TOPIC, key.id).catch((err: Error) => {
      this.log.warn(`revocation of API key ${key.id} not broadcast (${err.message}); other processes drop it within ${CACHE_TTL_MS} ms`);
    });
  }

  private evict(apiKeyId: string): void {
    this.generation++;
    for (const [hash, entry] of this.cache) {
      if (entry.actor.type === 'ORGANIZATION' && entry.actor.apiKeyId === apiKeyId) this.cache.delete(hash);
    }
  }

  onModuleDestroy(): void {
    this.cache.clear();
  }
}
