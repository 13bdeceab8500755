import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('JobQueueCounts', { description: 'Jobs in a queue by state.' })
export class JobQueueCountsModel {
  @Field(() => Int) waiting: number;
  @Field(() => Int) active: number;
  @Field(() => Int) delayed: number;
  @Field(() => Int) prioritized: number;
  @Field(() => Int) waitingChildren: number;
  @Field(() => Int) completed: number;
  @Field(() => Int, { description: 'Failed jobs are kept (never removed) until someone retries or removes them.' }) failed: number;
}

@ObjectType('FailedJob')
export class FailedJobModel {
  @Field() id: string;
  @Field() name: string;
  @Field({ description: 'The payload, as JSON' }) data: string;
  @Field() failedReason: string;
  @Field(() => Int) attemptsMade: number;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

@ObjectType('JobQueueState', { description: 'A BullMQ queue as the administrator dashboard shows it.' })
export class JobQueueStateModel {
  @Field() name: string;
  @Field({ description: 'Redis key prefix (BULLMQ_PREFIX)' }) prefix: string;
  @Field(() => Boolean, { description: 'False when Redis did not answer in time; the counts are then zero' }) reachable: boolean;
  @Field(() => JobQueueCountsModel) counts: JobQueueCountsModel;
  @Field(() => [FailedJobModel], { description: 'The most recent failed jobs, newest first' }) recentFailures: FailedJobModel[];
  @Field(() => Float, { nullable: true, description: 'Mean processing time of completed jobs (seconds), over all workers' })
  meanDurationSeconds: number | null;
}

@ObjectType('JobQueues')
export class JobQueuesModel {
  @Field(() => [JobQueueStateModel]) queues: JobQueueStateModel[];
  @Field(() => Int, { description: 'Jobs written to the outbox and not yet relayed to BullMQ' }) outboxPending: number;
}
