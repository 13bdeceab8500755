import { isRecycled, statusChangeProblem, UNIT_STATUSES } from './unit-status';

describe('unit status (passport tier 4, docs/methods/access.md)', () => {
  it('lets an original unit take any other status', () => {
    for (const to of UNIT_STATUSES.filter((s) => s !== 'ORIGINAL')) expect(statusChangeProblem('ORIGINAL', to)).toBeNull();
  });
  it('moves between second-life statuses and to WASTE', () => {
    expect(statusChangeProblem('REPURPOSED', 'REMANUFACTURED')).toBeNull();
    expect(statusChangeProblem('REUSED', 'WASTE')).toBeNull();
  });
  it('refuses anything after WASTE, a return to ORIGINAL, and a no-op', () => {
    for (const to of UNIT_STATUSES) expect(statusChangeProblem('WASTE', to)).toMatch(/final/);
    expect(statusChangeProblem('REPURPOSED', 'ORIGINAL')).toMatch(/ORIGINAL/);
    expect(statusChangeProblem('REUSED', 'REUSED')).toMatch(/already/);
  });
  it('treats WASTE as recycled', () => {
    expect(UNIT_STATUSES.filter(isRecycled)).toEqual(['WASTE']);
  });
});
