import { BeforeApplicationShutdown, Injectable, Logger, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DisplacementModule } from './displacement/displacement.module';
import { DisplacementReconciler } from './displacement/jobs/displacement-reconciler.service';
import { JobWorkerModule } from './jobs/job-worker.module';
import { WorkerHost } from './jobs/worker-host.service';

/**
 * The worker side inside an API process (RUN_WORKERS, on by default): the same BullMQ workers,
 * outbox relay and reconciler that `npm run start:worker` runs, so that `npm start` alone runs the
 * whole platform. A job without exactly one handler stops startup, as in a worker process. The
 * workers connect in the background: the API serves while Redis is still coming up.
 */
@Injectable()
export class InProcessWorkers implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly log = new Logger('InProcessWorkers');
  private closing = false;

  constructor(
    private readonly host: WorkerHost,
    private readonly reconciler: DisplacementReconciler,
  ) {}

  onApplicationBootstrap(): void {
    this.host.discoverHandlers();
    this.host
      .start()
      .then(() => {
        // After the workers and the relay, as in the worker process; not once shutdown has begun.
        if (!this.closing) this.reconciler.start();
      })
      .catch((err: Error) => this.log.error(`in-process workers did not start: ${err.message}`));
  }

  /** Runs before any module's shutdown hook: a start finishing later leaves the reconciler off. */
  onModuleDestroy(): void {
    this.closing = true;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.host.stop();
  }
}

@Module({ imports: [JobWorkerModule, DisplacementModule], providers: [InProcessWorkers] })
export class InProcessWorkersModule {}
