import { QueueHealth, stalledQueues } from './queue-health';

const queue = (over: Partial<QueueHealth>): QueueHealth => ({
  name: 'displacement',
  workers: 0,
  waiting: 1,
  active: 0,
  outbox: 0,
  oldestWaitingSeconds: 61,
  ...over,
});

describe('stalledQueues', () => {
  it('names a queue whose job waited past the threshold with no live worker', () => {
    expect(stalledQueues([queue({})], 60)).toEqual(['displacement']);
  });

  it('leaves a queue alone while a worker is live, however long its backlog', () => {
    expect(stalledQueues([queue({ workers: 1, waiting: 5000, oldestWaitingSeconds: 3600 })], 60)).toEqual([]);
  });

  it('leaves a queue alone until its oldest job has waited longer than the threshold', () => {
    expect(stalledQueues([queue({ oldestWaitingSeconds: 60 })], 60)).toEqual([]);
    expect(stalledQueues([queue({ oldestWaitingSeconds: 60.5 })], 60)).toEqual(['displacement']);
  });

  it('leaves an empty queue without workers alone (an API-only process beside idle workers elsewhere)', () => {
    expect(stalledQueues([queue({ waiting: 0, oldestWaitingSeconds: null })], 60)).toEqual([]);
  });

  it('counts work still in the outbox: with no worker there is no relay either', () => {
    expect(stalledQueues([queue({ waiting: 0, outbox: 1, oldestWaitingSeconds: 90 })], 60)).toEqual(['displacement']);
  });

  it('names only the stalled queues among several', () => {
    expect(
      stalledQueues([queue({ name: 'a' }), queue({ name: 'b', workers: 2 }), queue({ name: 'c', oldestWaitingSeconds: 5 })], 60),
    ).toEqual(['a']);
  });
});
