import { decimalsFor, formatDate, formatDateTime, formatNumber, formatPercent, formatSignificant } from './format';

describe('numbers and dates per language', () => {
  it('formats numbers as each language writes them', () => {
    expect(formatNumber('en', 12345.678, 2)).toBe('12,345.68');
    expect(formatNumber('de', 12345.678, 2)).toBe('12.345,68');
    expect(formatNumber('zh', 12345.678, 2)).toBe('12,345.68');
    expect(formatNumber('en', 3, 2)).toBe('3.00');
    expect(formatNumber('de', -0.0001, 2)).toBe('0,00');
    expect(formatNumber('en', null, 2)).toBe('—');
    expect(formatNumber('en', Number.NaN, 2)).toBe('—');
  });

  it('shows four significant digits by default, never more than six decimals', () => {
    expect(decimalsFor(12345)).toBe(0);
    expect(decimalsFor(12.345)).toBe(2);
    expect(decimalsFor(0.05234)).toBe(5);
    expect(decimalsFor(0.000000012)).toBe(6);
    expect(decimalsFor(0)).toBe(0);
    expect(formatSignificant('de', 0.05234)).toBe('0,05234');
    expect(formatSignificant('en', 76543.21)).toBe('76,543');
  });

  it('formats percentages per language', () => {
    expect(formatPercent('en', 0.8, 1)).toBe('80.0%');
    expect(formatPercent('de', 0.8, 1)).toBe('80,0\u00a0%');
    expect(formatPercent('zh', 0.8, 0)).toBe('80%');
  });

  it('formats dates in UTC as each language writes them', () => {
    const d = new Date('2026-03-31T23:30:00Z');
    expect(formatDate('en', d)).toBe('31 March 2026');
    expect(formatDate('de', d)).toBe('31. März 2026');
    expect(formatDate('zh', d)).toBe('2026年3月31日');
    expect(formatDate('en', '2026-03-31T23:30:00Z')).toBe('31 March 2026');
    expect(formatDate('en', 'not a date')).toBe('—');
    expect(formatDateTime('de', d)).toBe('31. März 2026 um 23:30 UTC');
  });
});
