import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobRelay } from './job-relay.service';
import { JobsModule } from './jobs.module';
import { WorkerHost } from './worker-host.service';

/** The worker side (a worker process, or an API process with RUN_WORKERS on): BullMQ workers running the @JobHandler providers, and the outbox relay. */
@Module({
  imports: [DiscoveryModule, JobsModule],
  providers: [JobRelay, WorkerHost],
  exports: [WorkerHost],
})
export class JobWorkerModule {}
