import { describe, expect, it } from 'vitest';
import {
  formatOfficeDate,
  formatOfficeDateTime,
  isCalendarDate,
  officeDateString,
  officeDateTimeLocal,
  officeDayEnd,
  officeDayStart,
  officeYear,
  parseOfficeDateTime,
} from './time';

const iso = (date: Date) => date.toISOString();

describe('office days', () => {
  it('start at local midnight in winter (UTC+1) and summer (UTC+2)', () => {
    expect(iso(officeDayStart('2026-01-15'))).toBe('2026-01-14T23:00:00.000Z');
    expect(iso(officeDayStart('2026-07-15'))).toBe('2026-07-14T22:00:00.000Z');
  });

  it('handle the spring change: 29 March 2026 has 23 hours', () => {
    expect(iso(officeDayStart('2026-03-29'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(officeDayEnd('2026-03-29'))).toBe('2026-03-29T21:59:59.999Z');
    expect(officeDayEnd('2026-03-29').getTime() + 1 - officeDayStart('2026-03-29').getTime()).toBe(
      23 * 3_600_000,
    );
  });

  it('handle the autumn change: 25 October 2026 has 25 hours', () => {
    expect(iso(officeDayStart('2026-10-25'))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(officeDayEnd('2026-10-25'))).toBe('2026-10-25T22:59:59.999Z');
  });

  it('end where the next day starts, also across months and years', () => {
    for (const [day, next] of [
      ['2026-01-31', '2026-02-01'],
      ['2026-12-31', '2027-01-01'],
      ['2028-02-28', '2028-02-29'],
    ] as const) {
      expect(officeDayEnd(day).getTime() + 1).toBe(officeDayStart(next).getTime());
    }
  });
});

describe('officeYear and officeDateString', () => {
  it('count New Year at midnight in Prague, not in UTC', () => {
    const newYearsEve = new Date('2026-12-31T23:30:00Z');
    expect(officeYear(newYearsEve)).toBe(2027);
    expect(officeDateString(newYearsEve)).toBe('2027-01-01');
    expect(officeYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
  });
});

describe('formatting', () => {
  it('prints Czech dates in office time', () => {
    expect(formatOfficeDate('2026-12-31T23:30:00Z')).toBe('1. 1. 2027');
    expect(formatOfficeDateTime('2026-02-03T08:05:07Z')).toMatch(/^3\. 2\. 2026 0?9:05:07$/);
  });
});

describe('isCalendarDate', () => {
  it('accepts days that exist and refuses others', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-3-1')).toBe(false);
    expect(isCalendarDate('1. 3. 2026')).toBe(false);
  });
});

describe('parseOfficeDateTime', () => {
  it('reads a time without a zone as office time', () => {
    expect(parseOfficeDateTime('2026-01-15T10:00')?.toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(parseOfficeDateTime('2026-07-15T10:00:30')?.toISOString()).toBe(
      '2026-07-15T08:00:30.000Z',
    );
    expect(parseOfficeDateTime('2026-03-29T03:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('keeps the instant of a time with a zone', () => {
    expect(parseOfficeDateTime('2026-01-15T10:00:00.250Z')?.toISOString()).toBe(
      '2026-01-15T10:00:00.250Z',
    );
    expect(parseOfficeDateTime('2026-01-15T10:00:00-05:00')?.toISOString()).toBe(
      '2026-01-15T15:00:00.000Z',
    );
  });

  it('refuses what is not an ISO date and time', () => {
    for (const text of [
      '',
      '5',
      '2026-01-15',
      'March 5, 2026 10:00',
      '2026-02-30T10:00',
      '2026-01-15T24:00',
    ]) {
      expect(parseOfficeDateTime(text), text).toBeNull();
    }
  });
});

describe('office time read by the hour', () => {
  // The reference: Intl asked for every instant, as before the hourly offsets.
  const reference = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Prague',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const expected = (instant: Date) => reference.format(instant).replace(' ', 'T');

  it('agrees with Intl at every 7 minutes around both changes of 2026 and New Year', () => {
    const windows = ['2026-03-28T22:00:00Z', '2026-10-24T22:00:00Z', '2025-12-31T20:00:00Z'];
    for (const start of windows) {
      for (let minute = 0; minute < 8 * 60; minute += 7) {
        const instant = new Date(Date.parse(start) + minute * 60_000 + 999);
        expect(officeDateTimeLocal(instant), instant.toISOString()).toBe(expected(instant));
      }
    }
  });

  it('agrees with Intl before 1900, where Prague kept its local mean time', () => {
    const instant = new Date('1891-09-30T23:30:00Z');
    expect(officeDateTimeLocal(instant)).toBe(expected(instant));
  });
});
