import fc from 'fast-check';
import { DATE_TIME_MAX, DATE_TIME_MIN, parseDateTimeInput } from './date-time-input';

const reason = (v: unknown) => {
  const r = parseDateTimeInput(v);
  if (r.ok) throw new Error(`expected ${JSON.stringify(v)} to be refused, got ${r.date.toISOString()}`);
  return r.reason;
};
const ms = (v: string) => {
  const r = parseDateTimeInput(v);
  if (!r.ok) throw new Error(r.reason);
  return r.date.getTime();
};

describe('parseDateTimeInput', () => {
  it('takes what the API gives out and what clients send: Z or an offset, with or without milliseconds', () => {
    expect(ms('2026-06-14T08:30:00Z')).toBe(Date.UTC(2026, 5, 14, 8, 30));
    expect(ms('2026-06-14T08:30:00.000Z')).toBe(Date.UTC(2026, 5, 14, 8, 30));
    expect(ms('2026-06-14T10:30:00.5+02:00')).toBe(Date.UTC(2026, 5, 14, 8, 30, 0, 500));
    expect(ms(new Date(Date.UTC(2031, 0, 2)).toISOString())).toBe(Date.UTC(2031, 0, 2));
    expect(ms('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29)); // a leap year
    expect(ms('2000-02-29T00:00:00Z')).toBe(Date.UTC(2000, 1, 29)); // divisible by 400
  });

  it('refuses days that are not on the calendar, which new Date() would roll over', () => {
    expect(new Date('2026-02-30').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(reason('2026-02-30')).toBe('"2026-02-30" is not a calendar date');
    expect(reason('2026-02-29T00:00:00Z')).toBe('"2026-02-29T00:00:00Z" is not a calendar date'); // 2026 is not a leap year
    expect(reason('2100-02-29T00:00:00Z')).toMatch(/not a calendar date/); // divisible by 100, not by 400
    expect(reason('2026-04-31T00:00:00Z')).toMatch(/not a calendar date/);
    expect(reason('2026-13-01T00:00:00Z')).toMatch(/not a calendar date/);
    expect(reason('2026-00-10T00:00:00Z')).toMatch(/not a calendar date/);
  });

  it('refuses years outside the range, expanded years included', () => {
    expect(new Date('-000001-01-01').getUTCFullYear()).toBe(-1); // 2 BC
    expect(reason('-000001-01-01')).toBe(`"-000001-01-01" is outside the accepted range ${DATE_TIME_MIN} to ${DATE_TIME_MAX}`);
    expect(reason('+275760-09-13T00:00:00Z')).toMatch(/outside the accepted range/);
    expect(reason('+002026-06-14T00:00:00Z')).toMatch(/outside the accepted range/); // expanded form: not RFC 3339
    expect(reason('1989-12-31T23:59:59Z')).toMatch(/outside the accepted range/);
    expect(reason('2101-01-01T00:00:00Z')).toMatch(/outside the accepted range/);
    expect(reason('2999-01-01T00:00:00Z')).toMatch(/outside the accepted range/);
    expect(reason('0000-01-01T00:00:00Z')).toMatch(/outside the accepted range/);
  });

  it('the bounds are inclusive, checked on the instant (an offset may carry a date across them)', () => {
    expect(ms(DATE_TIME_MIN)).toBe(Date.UTC(1990, 0, 1));
    expect(ms(DATE_TIME_MAX)).toBe(Date.UTC(2100, 11, 31, 23, 59, 59, 999));
    expect(reason('1990-01-01T00:30:00+01:00')).toMatch(/outside the accepted range/);
    expect(reason('2100-12-31T23:30:00-01:00')).toMatch(/outside the accepted range/);
    expect(ms('1990-01-01T00:30:00-01:00')).toBe(Date.UTC(1990, 0, 1, 1, 30));
  });

  it('refuses other shapes with the format expected', () => {
    for (const bad of [
      '2026-06-14',
      '2026-06-14T08:30:00',
      '2026-06-14T08:30Z',
      '2026-06-14 08:30:00Z',
      'June 14, 2026',
      '',
      '1781425800000',
    ]) {
      expect(reason(bad)).toMatch(/is not an RFC 3339 date-time with seconds and an offset/);
    }
    expect(reason(1781425800000)).toBe('must be an RFC 3339 date-time string such as 2026-06-14T08:30:00Z, got a number');
    expect(reason({})).toMatch(/got an object/);
    expect(reason(['2026-06-14T08:30:00Z'])).toMatch(/got a list/);
    expect(reason('x'.repeat(100)).length).toBeLessThan(150);
  });

  it('any instant in the range round-trips through toISOString; one just outside is refused (property)', () => {
    const lo = Date.parse(DATE_TIME_MIN);
    const hi = Date.parse(DATE_TIME_MAX);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (t) => {
        expect(ms(new Date(t).toISOString())).toBe(t);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (d) => {
        expect(parseDateTimeInput(new Date(lo - d).toISOString()).ok).toBe(false);
        expect(parseDateTimeInput(new Date(hi + d).toISOString()).ok).toBe(false);
      }),
    );
  });

  it('names each refusal with a stable reason code', () => {
    const refusal = (v: unknown) => {
      const r = parseDateTimeInput(v);
      return r.ok ? null : r.refusal;
    };
    expect(refusal('2026-02-30T00:00:00Z')).toBe('NOT_A_CALENDAR_DATE');
    expect(refusal('2101-01-01T00:00:00Z')).toBe('OUT_OF_RANGE');
    expect(refusal('-000001-01-01')).toBe('OUT_OF_RANGE');
    expect(refusal('yesterday')).toBe('MALFORMED_DATE_TIME');
    expect(refusal(20260301)).toBe('MALFORMED_DATE_TIME');
    expect(refusal('2026-06-14T08:30:00Z')).toBeNull();
  });
});
