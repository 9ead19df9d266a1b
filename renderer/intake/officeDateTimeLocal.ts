import { OFFICE_TIME_ZONE, parseOfficeDateTime } from '../../common/domain/time';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: OFFICE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The value for `<input type="datetime-local" step="1">` showing an instant in office
 * time (`2026-03-05T09:07:03`). The input itself knows no zone; without this a PC set to
 * another zone would show — and record — its own clock instead of Prague's.
 */
export function toOfficeDateTimeLocal(instant: Date): string {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/**
 * The UTC instant (ISO 8601) of what a datetime-local input holds, read as office time;
 * null when it holds no valid date and time (empty, or a day that does not exist).
 * Seconds are optional: the browser leaves `:00` out of the value.
 */
export function fromOfficeDateTimeLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  return parseOfficeDateTime(value)?.toISOString() ?? null;
}
