import { isCalendarDate, officeDateString } from '../../../common/domain/time';
import type { ValidationIssue } from '../../../common/domain/validation';

/**
 * A day of the post's way (handed over, receipt signed): a real date, not after today
 * (office time) and not before `earliest` (the signature, or the day it was sent).
 */
export function postDateIssue(
  value: string,
  path: string,
  now: Date,
  earliest: { date: string; message: string } | null,
): ValidationIssue | null {
  if (!isCalendarDate(value)) return { path, message: 'postDispatch.validation.dateInvalid' };
  if (value > officeDateString(now)) return { path, message: 'postDispatch.validation.dateFuture' };
  if (earliest && value < earliest.date)
    return { path, message: earliest.message, params: { date: earliest.date } };
  return null;
}
