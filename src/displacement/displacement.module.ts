import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { DisplacementResolver } from './displacement.resolver';
import { DisplacementService } from './displacement.service';
import { DisplacementChunkHandler } from './jobs/displacement-chunk.handler';
import { DisplacementPlanHandler } from './jobs/displacement-plan.handler';
import { DisplacementReconciler } from './jobs/displacement-reconciler.service';

/** Lifecycle displacement (issue 7): the API side (request, read, summary) and the job handlers the worker process runs. */
@Module({
  imports: [AuditModule, JobsModule],
  providers: [DisplacementService, DisplacementResolver, DisplacementPlanHandler, DisplacementChunkHandler, DisplacementReconciler],
  exports: [DisplacementService, DisplacementReconciler],
})
export class DisplacementModule {}
