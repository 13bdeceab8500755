import { greenSharesOf } from './green-share';

describe('greenSharesOf', () => {
  it('adds direct line, on-site and green trading; direct green is direct line and on-site only', () => {
    const lines = [
      { source: 'DIRECT_LINE', share: 0.5 },
      { source: 'ONSITE', share: 0.1 },
      { source: 'GREEN_TRADE', share: 0.2 },
      { source: 'GRID', share: 0.2 },
    ];
    const s = greenSharesOf(lines);
    expect(s?.green).toBeCloseTo(0.8, 12);
    expect(s?.directGreen).toBeCloseTo(0.6, 12);
  });

  it('all grid is no green', () => {
    expect(greenSharesOf([{ source: 'GRID', share: 1 }])).toEqual({ green: 0, directGreen: 0 });
  });

  it('no lines or unreadable lines give null', () => {
    expect(greenSharesOf(undefined)).toBeNull();
    expect(greenSharesOf(null)).toBeNull();
    expect(greenSharesOf([])).toBeNull();
    expect(greenSharesOf([{ source: 'GRID', share: 'x' }])).toBeNull();
    expect(greenSharesOf([{ share: 1 }])).toBeNull();
  });
});
