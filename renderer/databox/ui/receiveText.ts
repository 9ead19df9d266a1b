import type { TFunction } from 'i18next';
import type { DataboxError } from '../port';
import type { ReceiveProgress, ReceiveReport } from '../receive/receiveMessages';
import type { ReceiveView } from './receiveView';

/** A failed ISDS call in words: the translated code, or main's Czech text when the catalog lacks it. */
export function databoxErrorText(
  t: TFunction,
  error: Pick<DataboxError, 'code' | 'message' | 'params'>,
): string {
  const text = t(error.code as never, error.params) as string;
  return text === error.code ? error.message : text;
}

export function progressText(
  t: TFunction,
  progress: ReceiveProgress | null,
  labelOf: (key: string) => string,
): string | null {
  if (!progress || progress.phase === 'done') return null;
  const box = labelOf(progress.boxKey);
  if (progress.phase === 'listing') return t('databox.receive.listing', { box });
  return t('databox.receive.downloading', { box, done: progress.done, total: progress.total });
}

/**
 * What a download brought, in one sentence: "Staženo 3 zprávy, 1 selhala: …", what a
 * box could not do, or that nothing new came.
 */
export function resultText(
  t: TFunction,
  report: ReceiveReport,
  labelOf: (key: string) => string,
): NonNullable<ReceiveView['result']> {
  const parts: string[] = [];
  const failures = report.boxes.flatMap((box) => box.failed);
  const boxErrors = report.boxes.filter((box) => box.error !== null);
  if (report.stored > 0 || failures.length > 0 || boxErrors.length === 0)
    parts.push(
      report.stored > 0
        ? t('databox.receive.stored', { count: report.stored })
        : t('databox.receive.nothingNew'),
    );
  if (failures.length > 0) {
    const first = failures[0];
    parts.push(
      t('databox.receive.failed', {
        count: failures.length,
        reason: first
          ? `${first.annotation ? `${first.annotation} (${first.dmID})` : first.dmID} — ${databoxErrorText(t, first.error)}`
          : '',
      }),
    );
  }
  for (const box of boxErrors) {
    if (box.error)
      parts.push(
        t('databox.receive.boxFailed', {
          box: labelOf(box.boxKey),
          reason: databoxErrorText(t, box.error),
        }),
      );
  }
  if (report.aborted) parts.push(t('databox.receive.aborted'));
  const tone =
    boxErrors.length > 0 && boxErrors.length === report.boxes.length && report.stored === 0
      ? 'error'
      : failures.length > 0 || boxErrors.length > 0 || report.aborted
        ? 'warning'
        : 'ok';
  return { tone, text: parts.join(t('databox.receive.separator')) };
}

/** Each box's failure of the last run, by key, in words. */
export function boxErrorTexts(t: TFunction, report: ReceiveReport | null): Map<string, string> {
  const errors = new Map<string, string>();
  for (const box of report?.boxes ?? []) {
    if (box.error) errors.set(box.boxKey, databoxErrorText(t, box.error));
  }
  return errors;
}
