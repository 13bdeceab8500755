import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../access/access.decorator';
import { requireRange } from '../common/validate';
import { JobDashboardService } from './job-dashboard.service';
import { JobQueuesModel } from './job-queues.model';

@Resolver(() => JobQueuesModel)
export class JobQueuesResolver {
  constructor(private readonly dashboard: JobDashboardService) {}

  @Query(() => JobQueuesModel, { description: 'The state of the background job queues (administrator dashboard).' })
  @Access.admin()
  jobQueues(
    @Args('failures', { type: () => Int, nullable: true, description: 'How many recent failed jobs to list (default 20)' })
    failures?: number | null,
  ) {
    const n = failures ?? 20;
    requireRange('failures', n, 0, 200);
    return this.dashboard.snapshot(n);
  }
}
