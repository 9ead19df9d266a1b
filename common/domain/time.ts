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

// One formatter for every reading of office-time parts: building one is costly and
// the demo generator and the journal call these for every document.
const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: OFFICE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

interface OfficeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function formattedParts(instant: Date): OfficeParts {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const HOUR_MS = 3_600_000;
/**
 * Since 1900 every change of Prague's offset fell on a whole UTC hour, so the offset
 * holds for a whole UTC hour and is asked of Intl once per hour, not per instant
 * (asking Intl for each instant was a large part of building the demo's 100,000 rows).
 */
const HOURLY_OFFSETS_FROM = Date.UTC(1900, 0, 1);
const offsetByHour = new Map<number, number>();
const REMEMBERED_HOURS = 100_000;

/** Office time's offset from UTC at an instant as Intl gives it (Intl reads whole seconds). */
function intlOffsetMs(instant: number): number {
  const { year, month, day, hour, minute, second } = formattedParts(new Date(instant));
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

/** Offset of office time from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function officeOffsetMs(instant: number): number {
  if (instant < HOURLY_OFFSETS_FROM) return intlOffsetMs(instant);
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = intlOffsetMs(hour * HOUR_MS);
    if (offsetByHour.size >= REMEMBERED_HOURS) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

function officeParts(instant: Date): OfficeParts {
  const time = instant.getTime();
  // An invalid date: Intl throws its RangeError, as every caller expects.
  if (!Number.isFinite(time)) return formattedParts(instant);
  const local = new Date(time + officeOffsetMs(time));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const two = (value: number) => String(value).padStart(2, '0');

/** Calendar date in office time as YYYY-MM-DD. */
export function officeDateString(instant: Date): string {
  const { year, month, day } = officeParts(instant);
  return `${year}-${two(month)}-${two(day)}`;
}

/**
 * Office time as `YYYY-MM-DDTHH:mm:ss` without a zone — what a datetime-local field
 * holds, and what `parseOfficeDateTime` reads back.
 */
export function officeDateTimeLocal(instant: Date): string {
  const { year, month, day, hour, minute, second } = officeParts(instant);
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}`;
}

/** Year of an instant in office time (the evidence period a registration falls into). */
export function officeYear(instant: Date): number {
  return officeParts(instant).year;
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

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** True for a real calendar date written as YYYY-MM-DD (not 2026-02-30, which Date rolls over). */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * Reads an ISO 8601 date and time. One with a zone (`Z`, `+01:00`) is that instant;
 * one without (what a form's date-time field gives) is office time — never the time
 * zone of the machine, which on a CI server or a laptop abroad is another. Null for
 * anything else, including dates that do not exist and formats `Date.parse` guesses at.
 */
export function parseOfficeDateTime(text: string): Date | null {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, ys, ms, ds, hs, mins, ss, fraction, zone] = match;
  const date = `${ys}-${ms}-${ds}`;
  const [hour, minute, second] = [Number(hs), Number(mins), Number(ss ?? 0)];
  if (!isCalendarDate(date) || hour > 23 || minute > 59 || second > 59) return null;
  const millis = Number((fraction ?? '').padEnd(3, '0'));
  const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  if (zone) {
    const offsetMatch = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    const offset = offsetMatch
      ? (offsetMatch[1] === '-' ? -1 : 1) *
        (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3])) *
        60_000
      : 0;
    return new Date(Date.UTC(Number(ys), Number(ms) - 1, Number(ds)) + timeOfDay - offset);
  }
  const naive = Date.UTC(Number(ys), Number(ms) - 1, Number(ds)) + timeOfDay;
  const first = naive - officeOffsetMs(naive);
  return new Date(naive - officeOffsetMs(first));
}
