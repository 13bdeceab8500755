import { eventTimeProblem } from './event-time-bounds';

const now = new Date('2026-11-30T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('eventTimeProblem', () => {
  it('allows now, the past, and the future within the clock skew', () => {
    expect(eventTimeProblem(now, now, 300, [])).toBeNull();
    expect(eventTimeProblem(at('2026-06-01T00:00:00Z'), now, 300, [])).toBeNull();
    expect(eventTimeProblem(at('2026-11-30T12:05:00Z'), now, 300, [])).toBeNull();
  });

  it('refuses the future beyond the skew', () => {
    expect(eventTimeProblem(at('2026-11-30T12:05:00.001Z'), now, 300, [])).toBe(
      '2026-11-30T12:05:00.001Z is in the future (now 2026-11-30T12:00:00.000Z, allowed clock skew 300 s)',
    );
    expect(eventTimeProblem(at('2026-11-30T12:00:01Z'), now, 0, [])).toMatch(/in the future/);
  });

  it('refuses a time before the latest predecessor and names it', () => {
    const preds = [
      { at: at('2026-03-15T00:00:00Z'), what: 'the unit was made' },
      { at: at('2026-07-01T00:00:00Z'), what: 'its current placement' },
    ];
    expect(eventTimeProblem(at('2026-07-01T00:00:00Z'), now, 300, preds)).toBeNull();
    expect(eventTimeProblem(at('2026-06-30T00:00:00Z'), now, 300, preds)).toBe(
      '2026-06-30T00:00:00.000Z is before its current placement (2026-07-01T00:00:00.000Z)',
    );
  });

  it('refuses an invalid date', () => {
    expect(eventTimeProblem(new Date(NaN), now, 300, [])).toBe('is not a valid date-time');
  });
});
