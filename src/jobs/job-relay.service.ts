import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { OUTBOX_CHANNEL } from './job-outbox';
import { JobQueues, withTimeout } from './job-queues.service';
import { JobItem, jobProblems } from './job-registry';

const BATCH = 500;
const ADD_TIMEOUT_MS = 5000;

/**
 * Moves outbox rows to BullMQ. It runs in every worker process: each pass locks a batch of rows
 * with FOR UPDATE SKIP LOCKED, adds them to their queues (with their deterministic job ids) and
 * deletes them in the same transaction, so several relays share the outbox without sending a row
 * twice at once. If a process dies after adding and before committing, the rows are sent again and
 * BullMQ ignores the duplicate ids. While Redis is down the rows stay, and the next pass after it
 * comes back sends them. A LISTEN on the outbox channel starts a pass as soon as a request commits;
 * a poll every JOB_RELAY_POLL_MS catches anything a lost notification would miss.
 */
@Injectable()
export class JobRelay {
  private readonly log = new Logger('JobRelay');
  private listener: Client | null = null;
  private poll: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private lastFailureLog = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: JobQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    // Redis back after an outage: send what waited, without waiting for the next poll.
    this.queues.redis().on('ready', this.onRedisReady);
    void this.listen();
    this.poll = setInterval(() => this.kick(), this.config.jobs.relayPollMs);
    this.kick();
  }

  private readonly onRedisReady = () => this.kick();

  async stop(): Promise<void> {
    this.stopped = true;
    this.queues.redis().off('ready', this.onRedisReady);
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    const l = this.listener;
    this.listener = null;
    await l?.end().catch(() => undefined);
    await this.running;
  }

  /** Starts a pass now, or right after the one in progress. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    for (let pass = 0; pass < 1000 && !this.stopped; pass++) {
      this.again = false;
      let sent = 0;
      try {
        sent = await this.relayOnce(BATCH);
      } catch (err) {
        this.logFailure(err as Error);
        return;
      }
      if (sent < BATCH && !this.again) return;
    }
  }

  /** One pass over at most `limit` rows; returns how many were sent. */
  async relayOnce(limit: number): Promise<number> {
    // While Redis is away, leave the rows alone rather than pile up commands in ioredis's queue.
    if (this.queues.redis().status !== 'ready') return 0;
    const qr = this.db.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const rows: { id: string; job_name: string; payload: unknown }[] = await qr.query(
        `SELECT id, job_name, payload FROM job_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) {
        await qr.commitTransaction();
        return 0;
      }
      // A row whose name or payload does not fit the registry is refused (kept, with the reason), never enqueued.
      const problems = rows.map((r) => jobProblems(r.job_name, r.payload));
      const good = rows.filter((_, i) => problems[i].length === 0);
      const refused = rows.flatMap((r, i) => (problems[i].length ? [{ id: r.id, error: problems[i].join('; ').slice(0, 500) }] : []));
      try {
        await withTimeout(
          this.queues.addBulk(good.map((r) => ({ name: r.job_name, data: r.payload }) as JobItem)),
          ADD_TIMEOUT_MS,
          'relaying the job outbox',
        );
      } catch (err) {
        await qr.query(`UPDATE job_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [
          rows.map((r) => r.id),
          (err as Error).message.slice(0, 500),
        ]);
        await qr.commitTransaction();
        throw err;
      }
      if (refused.length) {
        await qr.query(
          `UPDATE job_outbox o SET attempts = attempts + 1, last_error = r.error
             FROM unnest($1::bigint[], $2::text[]) AS r(id, error) WHERE o.id = r.id`,
          [refused.map((r) => r.id), refused.map((r) => r.error)],
        );
      }
      await qr.query(`DELETE FROM job_outbox WHERE id = ANY($1::bigint[])`, [good.map((r) => r.id)]);
      await qr.commitTransaction();
      return good.length;
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await qr.release();
    }
  }

  private async listen(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'battrace-relay' });
      try {
        await client.connect();
        client.on('notification', () => this.kick());
        const ended = new Promise<void>((resolve) => {
          client.on('error', () => resolve());
          client.on('end', () => resolve());
        });
        await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
        if (this.stopped) {
          await client.end();
          return;
        }
        this.listener = client;
        attempt = 0;
        this.kick(); // rows written while we were not listening
        await ended;
      } catch (err) {
        this.logFailure(err as Error);
        await client.end().catch(() => undefined);
      }
      if (this.listener === client) this.listener = null;
      if (!this.stopped) await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** Math.min(attempt, 5))));
    }
  }

  private logFailure(err: Error): void {
    if (Date.now() - this.lastFailureLog < 10_000) return;
    this.lastFailureLog = Date.now();
    this.log.warn(`outbox relay: ${err.message} (rows stay in the outbox and are retried)`);
  }
}
