import { parseOfficeDateTime } from '../../common/domain/time';

/**
 * The value for `<input type="datetime-local" step="1">` showing an instant in office
 * time (`2026-03-05T09:07:03`). The input itself knows no zone; without this a PC set to
 * another zone would show — and record — its own clock instead of Prague's.
 */
export { officeDateTimeLocal as toOfficeDateTimeLocal } from '../../common/domain/time';

/**
 * The UTC instant (ISO 8601) of what a datetime-local input holds, read as office time;
 * null when it holds no valid date and time (empty, or a day that does not exist).
 * Seconds are optional: the browser leaves `:00` out of the value.
 */
export function fromOfficeDateTimeLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  return parseOfficeDateTime(value)?.toISOString() ?? null;
}
