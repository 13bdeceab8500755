import { uncoveredDays } from './period-coverage';

describe('energy period coverage', () => {
  const march = { periodStart: '2026-03-01', periodEnd: '2026-03-31' };
  it('a month covers a window inside it', () => {
    expect(uncoveredDays('2026-03-02', '2026-03-20', [march])).toEqual([]);
  });
  it('names the days before, between and after the periods', () => {
    expect(uncoveredDays('2026-02-27', '2026-04-03', [march, { periodStart: '2026-04-02', periodEnd: '2026-04-02' }])).toEqual([
      { from: '2026-02-27', to: '2026-02-28' },
      { from: '2026-04-01', to: '2026-04-01' },
      { from: '2026-04-03', to: '2026-04-03' },
    ]);
  });
  it('with no periods the whole window is missing', () => {
    expect(uncoveredDays('2026-03-01', '2026-03-15', [])).toEqual([{ from: '2026-03-01', to: '2026-03-15' }]);
  });
  it('a one-day window on the last day of a period is covered', () => {
    expect(uncoveredDays('2026-03-31', '2026-03-31', [march])).toEqual([]);
  });
});
