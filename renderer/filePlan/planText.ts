import type { TFunction } from 'i18next';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import { formatCalendarDate } from '../journal/format';
import type { GroupStatus } from './planTree';

/** "platí od 1. 1. 2024", "platí 1. 1. 2020 – 31. 12. 2025", "platnost skončila 31. 12. 2025". */
export function validityText(
  t: TFunction,
  period: Pick<FilePlanGroup, 'validFrom' | 'validTo'>,
  status: GroupStatus,
): string {
  const from = formatCalendarDate(period.validFrom);
  if (status === 'retired' && period.validTo) {
    return t('filePlan.validity.ended', { date: formatCalendarDate(period.validTo) });
  }
  if (status === 'upcoming') return t('filePlan.validity.upcoming', { date: from });
  if (period.validTo) {
    return t('filePlan.validity.range', { from, to: formatCalendarDate(period.validTo) });
  }
  return t('filePlan.validity.from', { date: from });
}

/** The way case files of a group are built, as the clerk knows it. */
export function modeText(t: TFunction, group: Pick<FilePlanGroup, 'caseFileMode'>): string | null {
  if (group.caseFileMode === 'collectionSheet') return t('filePlan.mode.collectionSheet');
  if (group.caseFileMode === 'linking') return t('filePlan.mode.linking');
  return null;
}
