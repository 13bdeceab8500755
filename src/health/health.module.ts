import { Module } from '@nestjs/common';
import { DisplacementModule } from '../displacement/displacement.module';
import { JobsModule } from '../jobs/jobs.module';
import { HealthController } from './health.controller';

@Module({ imports: [DisplacementModule, JobsModule], controllers: [HealthController] })
export class HealthModule {}
