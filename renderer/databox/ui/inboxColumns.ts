import type { TFunction } from 'i18next';
import type { DataMessageRecord } from '../../../common/domain/databox';
import {
  counterpartyText,
  stateName,
  subjectText,
  suspicionSummary,
  timeText,
} from './messageText';

export const inboxColumnIds = [
  'flag',
  'box',
  'counterparty',
  'subject',
  'dmID',
  'deliveryTime',
  'acceptanceTime',
  'state',
  'reference',
] as const;
export type InboxColumnId = (typeof inboxColumnIds)[number];

/** Beside the detail pane only these fit. */
export const compactColumnIds: ReadonlyArray<InboxColumnId> = [
  'flag',
  'counterparty',
  'subject',
  'deliveryTime',
  'state',
];

/** The header of a column: the counterparty is the sender in Přijaté, the recipient in Odeslané. */
export function columnLabel(
  t: TFunction,
  id: InboxColumnId,
  direction: DataMessageRecord['direction'],
): string {
  if (id === 'counterparty')
    return direction === 'received' ? t('databox.columns.sender') : t('databox.columns.recipient');
  return t(`databox.columns.${id}` as never) as string;
}

export interface CellContext {
  boxLabel: string;
  /** The journal reference number of the document, once known. */
  reference: string | null;
}

/** What a cell shows, as plain text (React escapes it: a subject's markup stays text). */
export function cellText(
  t: TFunction,
  message: DataMessageRecord,
  id: InboxColumnId,
  context: CellContext,
): string {
  switch (id) {
    case 'flag':
      return message.suspicious.length > 0 ? t('databox.suspicion.flag') : '';
    case 'box':
      return context.boxLabel;
    case 'counterparty':
      return counterpartyText(message);
    case 'subject':
      return subjectText(t, message);
    case 'dmID':
      return message.dmID ?? t('databox.grid.notSentYet');
    case 'deliveryTime':
      return timeText(message.deliveryTime);
    case 'acceptanceTime':
      return timeText(message.acceptanceTime);
    case 'state':
      return stateName(t, message.state);
    case 'reference':
      return context.reference ?? '';
  }
}

/** A tooltip where a cell may be cut short, or says more than it shows. */
export function cellTitle(
  t: TFunction,
  message: DataMessageRecord,
  id: InboxColumnId,
  text: string,
): string | undefined {
  if (id === 'flag' && message.suspicious.length > 0)
    return suspicionSummary(t, message.suspicious);
  return text === '' ? undefined : text;
}
