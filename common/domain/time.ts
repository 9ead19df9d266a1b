/**
 * Dates and times the law cares about (receipt of a letter, a stamp, the journal)
 * are Czech local time wherever the program runs — a CI machine in UTC or a laptop
 * abroad must print the same stamp as the office PC.
 */
export const OFFICE_TIME_ZONE = 'Europe/Prague';

const dateTimeFormat = new Intl.DateTimeFormat('cs-CZ', {
  timeZone: OFFICE_TIME_ZONE,
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const dateFormat = new Intl.DateTimeFormat('cs-CZ', {
  timeZone: OFFICE_TIME_ZONE,
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});

/** `3. 2. 2026 9:05:07` */
export function formatOfficeDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** `3. 2. 2026` */
export function formatOfficeDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** Calendar date in office time as YYYY-MM-DD. */
export function officeDateString(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts;
}

/** Year of an instant in office time (the evidence period a registration falls into). */
export function officeYear(instant: Date): number {
  return Number(officeDateString(instant).slice(0, 4));
}

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: OFFICE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Offset of office time from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function officeOffsetMs(instant: number): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - (instant - (instant % 1000));
}

/** The UTC instant at which a calendar day (YYYY-MM-DD) begins in office time. */
export function officeDayStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d);
  // Two passes settle the offset even on the days the clocks change.
  const first = naive - officeOffsetMs(naive);
  return new Date(naive - officeOffsetMs(first));
}

/** The last millisecond of a calendar day in office time. */
export function officeDayEnd(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(officeDayStart(next).getTime() - 1);
}
