import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { REDIS } from './redis.token';

export interface BroadcastListener {
  onMessage(message: string): void;
  /** The subscription was (re)established: messages sent while it was down are lost. */
  onGap(): void;
}

const PUBLISH_TIMEOUT_MS = 1000;
/** How long startup waits for the subscription before serving anyway (Redis slow or down). */
const SUBSCRIBE_WAIT_MS = 2000;

/**
 * Messages to every process sharing the Redis and the BULLMQ_PREFIX, over Redis pub/sub: for
 * things each process keeps in memory and must drop when another process changes them (a revoked
 * API key). Delivery is at most once: a listener keeps its own fallback (a short cache lifetime)
 * and is told through `onGap` when its subscription was re-established, so that it can forget
 * what it may have missed. The subscriber has its own connection (a subscribed connection can run
 * no other command) and is opened only when some provider listens.
 */
@Injectable()
export class RedisBroadcast implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(RedisBroadcast.name);
  private readonly listeners = new Map<string, BroadcastListener[]>();
  private subscriber: Redis | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  private channel(topic: string): string {
    return `${this.config.jobs.queuePrefix}:broadcast:${topic}`;
  }

  /** Registers a listener; call it before the application has started (e.g. in onModuleInit). */
  listen(topic: string, listener: BroadcastListener): void {
    const channel = this.channel(topic);
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  }

  /** Sends to every process (this one included); resolves once Redis has handed it out. */
  async publish(topic: string, message: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.redis.publish(this.channel(topic), message),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`Redis did not take the message in ${PUBLISH_TIMEOUT_MS} ms`)), PUBLISH_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.listeners.size === 0) return;
    const sub = new Redis(this.config.redisUrl, {
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      autoResubscribe: false,
      connectionName: `${this.config.jobs.queuePrefix}:broadcast`,
    });
    this.subscriber = sub;
    let up = false;
    sub.on('message', (channel: string, message: string) => {
      for (const l of this.listeners.get(channel) ?? []) l.onMessage(message);
    });
    sub.on('error', (err: Error) => {
      if (up) this.log.warn(`broadcast subscriber lost Redis (${err.message}); caches fall back to their lifetime`);
      up = false;
    });
    const first = new Promise<void>((resolve) => {
      sub.on('ready', () => {
        sub
          .subscribe(...this.listeners.keys())
          .then(() => {
            up = true;
            for (const ls of this.listeners.values()) for (const l of ls) l.onGap();
          })
          .catch((err: Error) => this.log.warn(`broadcast subscription failed: ${err.message}`))
          .finally(resolve);
      });
      sub.once('error', () => resolve());
      setTimeout(resolve, SUBSCRIBE_WAIT_MS).unref();
    });
    await first;
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
    this.subscriber = null;
  }
}
