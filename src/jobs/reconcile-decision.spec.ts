import { QueueJobState, reconcileAction, UnfinishedWork } from './reconcile-decision';

const lost: UnfinishedWork = { inOutbox: false, leaseLive: false, everTaken: false, jobState: 'unknown', generation: 0 };

describe('reconcileAction', () => {
  it('leaves work queued in the outbox or running within its lease, whatever the queue says', () => {
    for (const jobState of ['unknown', 'failed', 'completed', 'active'] as QueueJobState[]) {
      expect(reconcileAction({ ...lost, jobState, inOutbox: true }, 10)).toEqual({ action: 'leave' });
      expect(reconcileAction({ ...lost, jobState, leaseLive: true, everTaken: true }, 10)).toEqual({ action: 'leave' });
    }
  });

  it('leaves work the queue still holds', () => {
    for (const jobState of ['waiting', 'delayed', 'prioritized', 'waiting-children'] as QueueJobState[])
      expect(reconcileAction({ ...lost, jobState, everTaken: true }, 10)).toEqual({ action: 'leave' });
    // Taken a moment ago, not yet leased.
    expect(reconcileAction({ ...lost, jobState: 'active' }, 10)).toEqual({ action: 'leave' });
  });

  it('enqueues again work the queue lost, completed without a result, or runs past its lease', () => {
    expect(reconcileAction(lost, 10)).toEqual({ action: 'requeue' });
    expect(reconcileAction({ ...lost, jobState: 'completed' }, 10)).toEqual({ action: 'requeue' });
    expect(reconcileAction({ ...lost, jobState: 'active', everTaken: true }, 10)).toEqual({ action: 'requeue' });
    expect(reconcileAction({ ...lost, generation: 9 }, 10)).toEqual({ action: 'requeue' });
  });

  it('fails work whose job failed for good, with the queue reason', () => {
    expect(
      reconcileAction({ ...lost, everTaken: true, jobState: 'failed', failedReason: 'job stalled more than allowable limit' }, 10),
    ).toEqual({
      action: 'fail',
      reason: 'its job failed for good: job stalled more than allowable limit',
    });
    expect(reconcileAction({ ...lost, jobState: 'failed' }, 10)).toEqual({
      action: 'fail',
      reason: 'its job failed for good: no reason given',
    });
  });

  it('fails work lost more often than the reconciler may enqueue it again', () => {
    expect(reconcileAction({ ...lost, generation: 10 }, 10)).toEqual({
      action: 'fail',
      reason: 'lost 11 times (the reconciler enqueues a job again at most 10 times)',
    });
    expect(reconcileAction(lost, 0)).toMatchObject({ action: 'fail' });
  });
});
