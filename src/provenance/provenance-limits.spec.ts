import { AppError } from '../common/errors';
import { MAX_COST, MAX_DEPTH, planWalk } from './provenance-limits';

const failure = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};

describe('provenance walk limits', () => {
  it('plans a walk within the limits', () => {
    const p = planWalk(4, 50, ['BATCH', 'PACK'], true);
    expect(p).toMatchObject({ depth: 4, first: 50, cost: 400 });
    expect([...p.kinds]).toEqual(['BATCH', 'PACK']);
    expect(planWalk(undefined, undefined, undefined, false).kinds.size).toBe(18);
  });
  it('refuses depth over the maximum, unknown kinds and bad page sizes', () => {
    expect(failure(() => planWalk(MAX_DEPTH + 1, 10, null, false))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    expect(failure(() => planWalk(0, 10, null, false)).code).toBe('BAD_USER_INPUT');
    expect(failure(() => planWalk(2, 10, ['BATCH', 'WIDGET'], false))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds[1]' });
    expect(failure(() => planWalk(2, 0, null, false)).field).toBe('first');
  });
  it('refuses a walk whose cost is over the limit, naming the limit', () => {
    const e = failure(() => planWalk(6, 200, null, true));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain(String(MAX_COST));
    expect(e.message).toContain('2400');
    expect(planWalk(5, 200, null, false).cost).toBe(1000);
  });
});
