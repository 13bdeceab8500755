import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './config/env';
import { CoreModule } from './core.module';
import { JobWorkerModule } from './jobs/job-worker.module';

/** The worker process: the same core as the API (config, PostgreSQL, Redis, features), BullMQ workers on, HTTP off. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [CoreModule.forRoot(config), JobWorkerModule] };
  }
}
