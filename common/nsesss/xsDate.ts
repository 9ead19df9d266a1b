import { officeDateString, officeDateTimeLocal } from '../domain/time';

/**
 * Dates for NSESSS XML. The archive reads dates as the office saw them, so instants
 * are written in office time with its UTC offset (`2026-03-02T09:15:00+01:00`), never
 * as the UTC `Z` form, whose calendar day can differ from the one on the stamp.
 */

function instantOf(value: Date | string): Date {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an instant: ${String(value)}`);
  return instant;
}

/** xs:dateTime in office time with its offset, to whole seconds. */
export function xsDateTime(value: Date | string): string {
  const instant = instantOf(value);
  const local = officeDateTimeLocal(instant);
  const [date, time] = local.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number];
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((Date.UTC(y, m - 1, d, hh, mm, ss) - wholeSeconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${local}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** xs:date: the calendar day of an instant in office time. */
export function xsDate(value: Date | string): string {
  return officeDateString(instantOf(value));
}
