import { describe, expect, it } from 'vitest';
import { fictionDate, fictionInstant } from './fiction';

describe('fictionDate: the 10th day after the Prague calendar day of delivery', () => {
  it('counts ten days from the day after delivery', () => {
    expect(fictionDate('2026-03-02T09:15:04.123+01:00')).toBe('2026-03-12');
    // Across a month end and a leap day.
    expect(fictionDate('2024-02-25T12:00:00+01:00')).toBe('2024-03-06');
  });

  it('takes the day in Prague, not in UTC or in the zone the time is written in', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Prague (winter, +01:00).
    expect(fictionDate('2026-03-01T23:30:00Z')).toBe('2026-03-12');
    // 22:59:59 UTC is still 23:59:59 on 1 March in Prague.
    expect(fictionDate('2026-03-01T22:59:59Z')).toBe('2026-03-11');
    // In summer (+02:00) 22:30 UTC is already the next day.
    expect(fictionDate('2026-07-01T22:30:00Z')).toBe('2026-07-12');
    expect(fictionDate('2026-07-01T21:59:59.999Z')).toBe('2026-07-11');
    expect(fictionDate('2026-07-02T00:00:00+02:00')).toBe('2026-07-12');
  });

  it('is not moved by a weekend (ISDS does not move it)', () => {
    // Delivered on Wednesday 4 March 2026; the 10th day is Saturday 14 March.
    expect(fictionDate('2026-03-04T10:00:00+01:00')).toBe('2026-03-14');
  });

  it('refuses what is not a date and time', () => {
    expect(() => fictionDate('yesterday')).toThrow(RangeError);
    expect(() => fictionDate('2026-02-30T10:00:00Z')).toThrow(RangeError);
  });
});

describe('fictionInstant: 00:00 Prague of the day after the fiction day', () => {
  it('in winter and in summer', () => {
    expect(fictionInstant('2026-03-02T09:15:04+01:00')).toBe('2026-03-12T23:00:00.000Z');
    expect(fictionInstant('2026-07-01T10:00:00+02:00')).toBe('2026-07-11T22:00:00.000Z');
  });

  it('when the clocks change within the ten days', () => {
    // Delivered Friday 20 March 2026 (CET); clocks go forward on 29 March; the
    // fiction day is 30 March and ISDS marks it at 00:00 CEST on 31 March.
    expect(fictionDate('2026-03-20T15:00:00+01:00')).toBe('2026-03-30');
    expect(fictionInstant('2026-03-20T15:00:00+01:00')).toBe('2026-03-30T22:00:00.000Z');
    // Delivered 20 October 2026 (CEST); clocks go back on 25 October.
    expect(fictionDate('2026-10-20T08:00:00+02:00')).toBe('2026-10-30');
    expect(fictionInstant('2026-10-20T08:00:00+02:00')).toBe('2026-10-30T23:00:00.000Z');
  });

  it('on the day the clocks change, around midnight', () => {
    // 29 March 2026 00:30 CET = 28 March 23:30 UTC: the Prague day is 29 March.
    expect(fictionDate('2026-03-28T23:30:00Z')).toBe('2026-04-08');
    expect(fictionInstant('2026-03-28T23:30:00Z')).toBe('2026-04-08T22:00:00.000Z');
    // The fiction day itself is the day the clocks go back (25 October 2026).
    expect(fictionDate('2026-10-15T23:59:00+02:00')).toBe('2026-10-25');
    expect(fictionInstant('2026-10-15T23:59:00+02:00')).toBe('2026-10-25T23:00:00.000Z');
  });
});
