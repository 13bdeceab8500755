import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ADMIN, Actor, ANONYMOUS, OrganizationKind } from '../access/actor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { unauthenticated } from '../common/errors';
import { hashApiKey, safeEqual } from './api-key-secret';

/**
 * Turns an `Authorization: Bearer <key>` header into an Actor. Known keys are cached for a few
 * seconds per process (a revocation reaches other API processes within CACHE_TTL_MS; the process
 * that revoked forgets the key at once). Unknown keys are never cached.
 */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX = 10_000;

@Injectable()
export class ApiKeyAuthService implements OnModuleDestroy {
  private readonly cache = new Map<string, { actor: Actor; until: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async authenticate(authorization: string | undefined): Promise<Actor> {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) throw unauthenticated('the Authorization header must be "Bearer <key>"');
    const key = m[1];
    if (this.config.adminApiKey && safeEqual(key, this.config.adminApiKey)) return ADMIN;
    const hash = hashApiKey(key);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.actor;
    const rows: { id: string; organization_id: string; kind: OrganizationKind }[] = await this.db.query(
      `SELECT k.id, k.organization_id, o.kind FROM api_keys k JOIN organizations o ON o.id = k.organization_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [hash],
    );
    if (rows.length === 0) {
      this.cache.delete(hash);
      throw unauthenticated('the API key is unknown or revoked');
    }
    const actor: Actor = {
      type: 'ORGANIZATION',
      organizationId: rows[0].organization_id,
      organizationKind: rows[0].kind,
      apiKeyId: rows[0].id,
    };
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(hash, { actor, until: now + CACHE_TTL_MS });
    return actor;
  }

  async forget(keyHash: string): Promise<void> {
    this.cache.delete(keyHash);
  }

  onModuleDestroy(): void {
    this.cache.clear();
  }
}
