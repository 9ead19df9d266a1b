import {
  isCalendarDate,
  officeDateString,
  officeDayEnd,
  officeDayStart,
} from '../../common/domain/time';
import type { TxEntityType, TxEvent, TxLogEntry } from '../db/txlog/entry';

/** What the transaction-log screen shows: a period of office days and optional narrowing. */
export interface TxLogFilter {
  /** First office day, YYYY-MM-DD. */
  from: string;
  /** Last office day, YYYY-MM-DD. */
  to: string;
  event: TxEvent | null;
  entityType: TxEntityType | null;
  /** Part of the object's identifier or of the actor's name. */
  text: string;
}

/** The instants a period covers, as the `at` index stores them (ISO UTC). */
export interface PeriodBounds {
  lower: string;
  upper: string;
}

export function todayFilter(now: Date): TxLogFilter {
  const today = officeDateString(now);
  return { from: today, to: today, event: null, entityType: null, text: '' };
}

export type PeriodProblem =
  'txlog.filters.periodMissing' | 'txlog.filters.periodInvalid' | 'txlog.filters.periodReversed';

/** Why the period cannot be read (an i18n key), or null. */
export function periodProblem(from: string, to: string): PeriodProblem | null {
  if (!from || !to) return 'txlog.filters.periodMissing';
  if (!isCalendarDate(from) || !isCalendarDate(to)) return 'txlog.filters.periodInvalid';
  if (from > to) return 'txlog.filters.periodReversed';
  return null;
}

export function periodBounds(from: string, to: string): PeriodBounds | null {
  if (periodProblem(from, to)) return null;
  return {
    lower: officeDayStart(from).toISOString(),
    upper: officeDayEnd(to).toISOString(),
  };
}

export function hasNarrowing(filter: TxLogFilter): boolean {
  return filter.event !== null || filter.entityType !== null || filter.text.trim() !== '';
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('cs');

/**
 * The test for the narrowing filters; null when there is none, so that a plain
 * period reads straight from the index.
 */
export function entryMatcher(filter: TxLogFilter): ((entry: TxLogEntry) => boolean) | null {
  if (!hasNarrowing(filter)) return null;
  const needle = fold(filter.text.trim());
  return (entry) => {
    if (filter.event !== null && entry.event !== filter.event) return false;
    if (filter.entityType !== null && entry.entityType !== filter.entityType) return false;
    if (needle === '') return true;
    const reference = entry.detail.referenceNumber;
    return (
      fold(entry.entityId).includes(needle) ||
      fold(entry.actor).includes(needle) ||
      (typeof reference === 'string' && fold(reference).includes(needle))
    );
  };
}
