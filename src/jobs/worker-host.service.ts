import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job, UnrecoverableError, WaitingError, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { hostname } from 'node:os';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { JOB_HANDLER, JobContext, handlerCoverageProblems, JobHandlerOf } from './job-handler';
import { JobMetrics } from './job-metrics.service';
import { createJobRedis, JobQueues, withTimeout } from './job-queues.service';
import { JobRelay } from './job-relay.service';
import { isJobName, JOB_NAMES, JobName, QUEUE_NAMES, QueueName } from './job-registry';

export class JobRegistryError extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/**
 * The worker side of the job registry (a worker process, or an API process with RUN_WORKERS on):
 * finds the @JobHandler providers, refuses to start unless every job has exactly one, runs one
 * BullMQ Worker per queue and the outbox relay, and on shutdown finishes the jobs in hand (or,
 * after WORKER_SHUTDOWN_GRACE_MS, releases them back to their queue) before the database and
 * Redis connections close.
 */
@Injectable()
export class WorkerHost implements BeforeApplicationShutdown {
  private readonly log = new Logger('WorkerHost');
  private readonly handlers = new Map<JobName, { name: string; instance: JobHandlerOf<JobName> }>();
  private readonly workers: Worker[] = [];
  private connection: Redis | null = null;
  private starting: Promise<void> | null = null;
  private stopping: Promise<void> | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: JobRelay,
    private readonly metrics: JobMetrics,
    private readonly queues: JobQueues,
  ) {}

  /** Collects the handlers; throws JobRegistryError naming every job without one or with several. */
  discoverHandlers(): void {
    const found: { name: string; handler: string; instance: JobHandlerOf<JobName> }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance || typeof metatype !== 'function') continue;
      const name = Reflect.getMetadata(JOB_HANDLER, metatype) as string | undefined;
      if (name !== undefined) found.push({ name, handler: metatype.name, instance: instance as JobHandlerOf<JobName> });
    }
    const problems = handlerCoverageProblems(JOB_NAMES, found);
    if (problems.length) throw new JobRegistryError(`job registry: ${problems.join('; ')}`);
    for (const f of found) this.handlers.set(f.name as JobName, { name: f.handler, instance: f.instance });
  }

  /** Starts once (a second call returns the first start). */
  start(): Promise<void> {
    this.starting ??= this.startWorkers();
    return this.starting;
  }

  private async startWorkers(): Promise<void> {
    this.discoverHandlers();
    const j = this.config.jobs;
    this.connection = createJobRedis(this.config.redisUrl, `battrace:${process.pid}:worker`);
    let lastLog = 0;
    const onError = (err: Error) => {
      if (Date.now() - lastLog < 10_000) return;
      lastLog = Date.now();
      this.log.warn(`worker connection: ${err.message}`);
    };
    this.connection.on('error', onError);
    // The BullMQ workers are made once this connection is up: a worker made while Redis is down
    // cannot be closed until Redis answers, which would hold a process that stops meanwhile.
    // Ready once connected (so that a process reported ready takes jobs at once); if Redis is down
    // now, carry on: the workers start when it comes back.
    const connection = this.connection;
    const connected = connection.status === 'ready' ? Promise.resolve() : new Promise<void>((ok) => connection.once('ready', () => ok()));
    const upInTime = await withTimeout(connected, 10_000, 'connecting the workers')
      .then(() => true)
      .catch((err: Error) => {
        this.log.warn(err.message);
        return false;
      });
    if (this.stopping) return;
    if (upInTime) {
      this.createWorkers(connection, onError);
      await withTimeout(Promise.all(this.workers.map((w) => w.waitUntilReady())), 10_000, 'connecting the workers').catch((err: Error) =>
        this.log.warn(err.message),
      );
    } else {
      void connected.then(() => {
        if (!this.stopping) this.createWorkers(connection, onError);
      });
    }
    if (this.stopping) return;
    if (j.relayEnabled) {
      const producer = this.queues.redis();
      if (producer.status !== 'ready') {
        await withTimeout(new Promise((ok) => producer.once('ready', ok)), 10_000, 'connecting the job producer').catch(() => undefined);
      }
      if (this.stopping) return;
      this.relay.start();
    }
    this.log.log(
      `workers on ${QUEUE_NAMES.join(', ')} (concurrency ${j.concurrency}, prefix ${j.queuePrefix}); relay ${j.relayEnabled ? 'on' : 'off'}`,
    );
  }

  private createWorkers(connection: Redis, onError: (err: Error) => void): void {
    const j = this.config.jobs;
    for (const queue of QUEUE_NAMES) {
      const worker = new Worker(queue, (job: Job, token?: string, signal?: AbortSignal) => this.process(queue, job, token, signal), {
        connection,
        prefix: j.queuePrefix,
        concurrency: j.concurrency,
        lockDuration: j.lockDurationMs,
        stalledInterval: j.stalledIntervalMs,
        maxStalledCount: j.maxStalledCount,
        name: `${hostname()}:${process.pid}`,
      });
      worker.on('error', onError);
      worker.on('failed', (job, err) => {
        if (job)
          this.log.warn(`job ${job.name} ${job.id} failed (attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}): ${err.message}`);
      });
      this.workers.push(worker);
    }
  }

  private async process(queue: QueueName, job: Job, token: string | undefined, signal: AbortSignal | undefined): Promise<void> {
    if (!isJobName(job.name)) throw new UnrecoverableError(`no handler for job ${job.name}`);
    const handler = this.handlers.get(job.name)!;
    const maxAttempts = job.opts.attempts ?? 1;
    const abort = signal ?? new AbortController().signal;
    const ctx: JobContext = {
      jobId: String(job.id),
      attempt: job.attemptsMade + 1,
      maxAttempts,
      signal: abort,
      release: async () => {
        await job.moveToWait(token);
        throw new WaitingError('released on shutdown');
      },
    };
    const started = performance.now();
    try {
      await handler.instance.handle(job.data as never, ctx);
      this.metrics.record(queue, job.name, 'completed', (performance.now() - started) / 1000);
    } catch (err) {
      const e = err as Error;
      if (e instanceof WaitingError || e.name === 'WaitingError') {
        this.metrics.record(queue, job.name, 'released', (performance.now() - started) / 1000);
        throw e;
      }
      this.metrics.record(queue, job.name, 'failed', (performance.now() - started) / 1000);
      const final = e instanceof UnrecoverableError || ctx.attempt >= maxAttempts;
      if (final && handler.instance.onFinalFailure) {
        await handler.instance
          .onFinalFailure(job.data as never, e)
          .catch((f: Error) => this.log.error(`onFinalFailure of ${job.name} ${job.id}: ${f.message}`));
      }
      throw e;
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Stops taking jobs; finishes the ones in hand, or releases them after the grace period. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      // A start still waiting for Redis goes no further (see startWorkers); the workers it made are closed below.
      await this.relay.stop();
      if (this.workers.length) {
        const closing = Promise.all(this.workers.map((w) => w.close()));
        const finished = await Promise.race([closing.then(() => true), sleep(this.config.jobs.shutdownGraceMs).then(() => false)]);
        if (!finished) {
          this.log.warn('jobs still running after the shutdown grace period: releasing them to their queue');
          for (const w of this.workers) w.cancelAllJobs('worker shutting down');
          await Promise.race([closing, sleep(10_000)]);
        }
      }
      if (this.connection) {
        await withTimeout(this.connection.quit(), 2000, 'closing the worker connection').catch(() => this.connection?.disconnect());
      }
    })();
    return this.stopping;
  }
}
