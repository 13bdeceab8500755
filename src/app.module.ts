import { DynamicModule, Module } from '@nestjs/common';
import { AuditCheckpointsModule } from './audit/audit-checkpoints.module';
import type { AppConfig } from './config/env';
import { CoreModule } from './core.module';
import { DataLoaderModule, GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthModule } from './health/health.module';
import { InProcessWorkersModule } from './in-process-workers.module';

/** The API process: the core plus GraphQL and the public HTTP routes, and the job workers unless RUN_WORKERS is off. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        DataLoaderModule,
        GraphqlApiModule,
        HealthModule,
        AuditCheckpointsModule,
        ...(config.runWorkers ? [InProcessWorkersModule] : []),
      ],
    };
  }
}
