import { Module } from '@nestjs/common';
import { JobDashboardService } from './job-dashboard.service';
import { JobMetrics } from './job-metrics.service';
import { JobQueues } from './job-queues.service';
import { JobQueuesResolver } from './job-queues.resolver';

/** The queues, their metrics and the administrator's queue dashboard: in both processes. */
@Module({
  providers: [JobQueues, JobMetrics, JobDashboardService, JobQueuesResolver],
  exports: [JobQueues, JobMetrics],
})
export class JobsModule {}
