import { describe, expect, it } from 'vitest';
import { xsDate, xsDateTime } from './xsDate';

describe('xsDateTime', () => {
  it('writes office time with the offset of the day, winter and summer', () => {
    expect(xsDateTime('2026-01-15T09:00:00.000Z')).toBe('2026-01-15T10:00:00+01:00');
    expect(xsDateTime('2026-07-15T09:00:00.999Z')).toBe('2026-07-15T11:00:00+02:00');
    // Around the change to summer time (29 March 2026, 02:00 CET → 03:00 CEST).
    expect(xsDateTime('2026-03-29T00:59:59.000Z')).toBe('2026-03-29T01:59:59+01:00');
    expect(xsDateTime('2026-03-29T01:00:00.000Z')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('gives the calendar day of the office, not of UTC', () => {
    expect(xsDate('2026-06-30T22:30:00.000Z')).toBe('2026-07-01');
    expect(xsDate(new Date('2026-12-31T23:30:00.000Z'))).toBe('2027-01-01');
  });

  it('refuses something that is not an instant', () => {
    expect(() => xsDateTime('zítra')).toThrow(RangeError);
  });
});
