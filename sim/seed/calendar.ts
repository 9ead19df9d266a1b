import { officeDateString, officeDayStart } from '../../common/domain/time';

/** Czech public holidays with a fixed date (MM-DD); Easter is computed per year. */
const FIXED_HOLIDAYS = new Set([
  '01-01',
  '05-01',
  '05-08',
  '07-05',
  '07-06',
  '09-28',
  '10-28',
  '11-17',
  '12-24',
  '12-25',
  '12-26',
]);

const DAY_MS = 86_400_000;

function isoDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** Easter Sunday (Gregorian, the anonymous "Meeus/Jones/Butcher" algorithm) as UTC ms. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** Whether the office is open on a calendar day (YYYY-MM-DD): not a weekend, not a holiday. */
export function isWorkingDay(date: string): boolean {
  const utc = Date.parse(`${date}T00:00:00Z`);
  const weekday = new Date(utc).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (FIXED_HOLIDAYS.has(date.slice(5))) return false;
  const easter = easterSunday(Number(date.slice(0, 4)));
  // Good Friday and Easter Monday.
  return utc !== easter - 2 * DAY_MS && utc !== easter + DAY_MS;
}

export interface WorkingDay {
  date: string;
  year: number;
  /** Month 1–12. */
  month: number;
  /** Instant the day begins in office time (ms since the epoch). */
  start: number;
  /** Relative amount of mail: quieter in the summer holidays and between the feasts. */
  weight: number;
}

function dayWeight(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  let weight = 1;
  if (month === 7 || month === 8) weight *= 0.75;
  if (month === 12 && day > 20) weight *= 0.4;
  if (month === 1 && day < 7) weight *= 0.8;
  // Mondays bring the weekend's post; Fridays are short.
  if (weekday === 1) weight *= 1.25;
  if (weekday === 5) weight *= 0.8;
  return weight;
}

/** Working days from 1 January of `fromYear` up to and including the office date of `until`. */
export function workingDays(fromYear: number, until: Date): WorkingDay[] {
  const last = officeDateString(until);
  const days: WorkingDay[] = [];
  for (let utc = Date.UTC(fromYear, 0, 1); ; utc += DAY_MS) {
    const date = isoDate(utc);
    if (date > last) break;
    if (!isWorkingDay(date)) continue;
    days.push({
      date,
      year: Number(date.slice(0, 4)),
      month: Number(date.slice(5, 7)),
      start: officeDayStart(date).getTime(),
      weight: dayWeight(date),
    });
  }
  return days;
}

/** Calendar date `days` before `date` (both YYYY-MM-DD). */
export function daysBefore(date: string, days: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS);
}
