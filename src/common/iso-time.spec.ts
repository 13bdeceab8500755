import fc from 'fast-check';
import { isoTimestampMs } from './iso-time';

describe('isoTimestampMs', () => {
  it('reads date-times with Z or an offset, with or without milliseconds', () => {
    expect(isoTimestampMs('2026-06-14T08:30:00Z')).toBe(Date.parse('2026-06-14T08:30:00Z'));
    expect(isoTimestampMs('2026-06-14T10:30:00.25+02:00')).toBe(Date.parse('2026-06-14T08:30:00.250Z'));
    expect(isoTimestampMs('2026-06-13T23:00:00-09:30')).toBe(Date.parse('2026-06-14T08:30:00Z'));
    expect(isoTimestampMs('2024-02-29T00:00:00Z')).toBe(Date.parse('2024-02-29T00:00:00Z'));
  });

  it('refuses impossible dates that Date.parse would roll over', () => {
    expect(Date.parse('2026-02-30T00:00:00Z')).not.toBeNaN();
    expect(isoTimestampMs('2026-02-30T00:00:00Z')).toBeNaN();
    expect(isoTimestampMs('2025-02-29T00:00:00Z')).toBeNaN();
    expect(isoTimestampMs('2026-04-31T00:00:00Z')).toBeNaN();
    expect(isoTimestampMs('2026-13-01T00:00:00Z')).toBeNaN();
    expect(isoTimestampMs('2026-06-01T24:00:00Z')).toBeNaN();
  });

  it('refuses a missing offset, missing seconds, extra precision and other shapes', () => {
    for (const bad of [
      '2026-06-14T08:30:00',
      '2026-06-14T08:30Z',
      '2026-06-14',
      '2026-06-14 08:30:00Z',
      '2026-06-14T08:30:00.1234Z',
      'June',
      '',
    ]) {
      expect(isoTimestampMs(bad)).toBeNaN();
    }
  });

  it('refuses stray characters anywhere', () => {
    for (const bad of [
      '2026-06-14T08:30:00Zx',
      '2026-06-14T08:30:00+02:00x',
      '2026-06-14T08:30:00.Z',
      '2026-06-1xT08:30:00Z',
      '2026-06-14T08:30:00+2:00',
      '2026-06-14T08:30:00+02:60',
      '+026-06-14T08:30:00Z',
    ]) {
      expect(isoTimestampMs(bad)).toBeNaN();
    }
  });

  it('agrees with Date.parse on valid date-times (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9998-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (d, offset) => {
          const sign = offset < 0 ? '-' : '+';
          const a = Math.abs(offset);
          const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const text = `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
          expect(isoTimestampMs(text)).toBe(d.getTime());
          expect(isoTimestampMs(d.toISOString())).toBe(d.getTime());
        },
      ),
    );
  });
});
