import { Injectable } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { loadConfig } from '../config/env';
import { JobHandler, JobHandlerOf } from './job-handler';
import { JobName } from './job-registry';
import { JobRegistryError, WorkerHost } from './worker-host.service';

@Injectable()
@JobHandler(JobName.DisplacementPlan)
class PlanA implements JobHandlerOf<JobName.DisplacementPlan> {
  async handle(): Promise<void> {}
}

@Injectable()
@JobHandler(JobName.DisplacementPlan)
class PlanB implements JobHandlerOf<JobName.DisplacementPlan> {
  async handle(): Promise<void> {}
}

@Injectable()
@JobHandler(JobName.DisplacementChunk)
class Chunk implements JobHandlerOf<JobName.DisplacementChunk> {
  async handle(): Promise<void> {}
}

/** The handlers a worker finds through Nest's discovery, checked before any worker starts. */
async function hostWith(...providers: (new () => unknown)[]): Promise<WorkerHost> {
  const module = await Test.createTestingModule({ imports: [DiscoveryModule], providers }).compile();
  // Relay and metrics are not used before start(): discovery is what is under test here.
  return new WorkerHost(module.get(DiscoveryService), loadConfig({}), null as never, null as never, null as never);
}

describe('WorkerHost handler discovery', () => {
  it('accepts exactly one handler per job', async () => {
    const host = await hostWith(PlanA, Chunk);
    expect(() => host.discoverHandlers()).not.toThrow();
  });

  it('refuses to start when a job has two handlers or none', async () => {
    const host = await hostWith(PlanA, PlanB);
    let error: unknown;
    try {
      host.discoverHandlers();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JobRegistryError);
    expect((error as Error).message).toContain('job displacement-plan has 2 handlers: PlanA, PlanB');
    expect((error as Error).message).toContain('job displacement-chunk has no handler');
  });
});
