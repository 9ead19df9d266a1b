import type { TFunction } from 'i18next';

/** More corrections than this in one run are summed up in one notice (the log lists them all). */
export const CORRECTIONS_SHOWN = 3;

/**
 * The notices after a run in which the eSSL gave other numbers than the device used:
 * the clerk must rewrite each on the paper document, so each is named (up to a few).
 */
export function correctionNotices(
  t: TFunction,
  corrections: ReadonlyArray<{ from: string; to: string }>,
): string[] {
  const shown = corrections
    .slice(0, CORRECTIONS_SHOWN)
    .map(({ from, to }) => t('sync.notice.corrected', { from, to }) as string);
  const rest = corrections.length - shown.length;
  if (rest > 0) shown.push(t('sync.notice.correctedMore', { count: rest }) as string);
  return shown;
}
