import type { TFunction } from 'i18next';
import { OFFICE_TIME_ZONE, officeDateString, formatOfficeDate } from '../../../common/domain/time';
import type { SyncStatus } from '../syncStatus';
import type { SyncCounts } from './syncCounts';

const timeFormat = new Intl.DateTimeFormat('cs-CZ', {
  timeZone: OFFICE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

/** `14:05` today; `3. 2. 2026 v 14:05` on another day (office time). */
export function lastSuccessText(t: TFunction, at: string, now: Date): string {
  const instant = new Date(at);
  const time = timeFormat.format(instant);
  if (officeDateString(instant) === officeDateString(now))
    return t('sync.status.lastSuccess', { time }) as string;
  return t('sync.status.lastSuccessDay', { date: formatOfficeDate(at), time }) as string;
}

/** What the engine does now: its phase, and while it runs the step with its progress. */
export function phaseText(t: TFunction, status: SyncStatus): string {
  const phase = t(`sync.status.phase.${status.phase}`) as string;
  if (status.phase !== 'syncing' || !status.step) return phase;
  const step = t(`sync.status.step.${status.step}`) as string;
  const progress =
    status.total > 0
      ? (t('sync.status.progress', { step, done: status.done, total: status.total }) as string)
      : step;
  return `${phase} ${progress}`;
}

/**
 * The outbox part: how many changes wait; "all sent" only when nothing waits at all
 * (refused or held changes are not sent, and the other parts name them).
 */
export function outboxText(t: TFunction, counts: SyncCounts): string | null {
  if (counts.pending > 0)
    return t('common.status.outboxWaiting', { count: counts.pending }) as string;
  if (counts.failed + counts.held + counts.conflicts > 0) return null;
  return t('common.status.outboxEmpty') as string;
}

export type StatusPartKey = 'phase' | 'outbox' | 'failed' | 'conflicts' | 'lastSuccess';

/** The status bar's sync indicator as readable parts (nothing told by colour alone). */
export function syncStatusParts(
  t: TFunction,
  status: SyncStatus,
  counts: SyncCounts,
  now: Date,
): Array<{ key: StatusPartKey; text: string }> {
  const parts: Array<{ key: StatusPartKey; text: string }> = [
    { key: 'phase', text: phaseText(t, status) },
  ];
  const outbox = outboxText(t, counts);
  if (outbox) parts.push({ key: 'outbox', text: outbox });
  if (counts.failed > 0)
    parts.push({
      key: 'failed',
      text: t('sync.status.failed', { count: counts.failed }) as string,
    });
  if (counts.conflicts > 0)
    parts.push({
      key: 'conflicts',
      text: t('sync.status.conflicts', { count: counts.conflicts }) as string,
    });
  if (status.lastSuccessAt)
    parts.push({ key: 'lastSuccess', text: lastSuccessText(t, status.lastSuccessAt, now) });
  return parts;
}

/**
 * The last failure in Czech: the eSSL's own words or main's Czech text for an eSSL
 * failure; a lost line in the catalog's words (its message may be a browser's English);
 * anything else by its code.
 */
export function lastErrorText(t: TFunction, error: { code: string; message: string }): string {
  if (error.code.startsWith('errors.essl.') && error.code !== 'errors.essl.transport')
    return error.message;
  const text = t(error.code as never, { description: error.message, statusCode: '' }) as unknown;
  return typeof text === 'string' && text !== error.code
    ? text
    : (t('errors.unexpected') as string);
}
