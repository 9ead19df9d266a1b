import type { TFunction } from 'i18next';
import type { DocumentRecord } from '../../common/domain/document';
import type { Party } from '../../common/domain/party';
import { formatOfficeDate } from '../../common/domain/time';
import type { JournalFilter } from '../db/journal/query';

/** `2026-03-31` → `31. 3. 2026` (calendar dates of the filter are already office dates). */
export function formatCalendarDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}. ${m}. ${y}`;
}

/** The period a filter covers, as a heading: "rok 2026", "1. 1. 2026 – 31. 3. 2026", "celý deník". */
export function periodLabel(
  t: TFunction,
  filter: Pick<JournalFilter, 'year' | 'from' | 'to'>,
): string {
  const from = filter.from ? formatCalendarDate(filter.from) : null;
  const to = filter.to ? formatCalendarDate(filter.to) : null;
  const range =
    from && to
      ? t('journal.period.range', { from, to })
      : from
        ? t('journal.period.fromOnly', { from })
        : to
          ? t('journal.period.toOnly', { to })
          : null;
  if (filter.year && range) return t('journal.period.yearRange', { year: filter.year, range });
  if (filter.year) return t('journal.period.year', { year: filter.year });
  return range ?? t('journal.period.all');
}

/** The part of an export's file name that names the period: `2026`, `2026-01-01_2026-03-31`, `vse`. */
export function periodFileStem(filter: Pick<JournalFilter, 'year' | 'from' | 'to'>): string {
  const range =
    filter.from && filter.to
      ? `${filter.from}_${filter.to}`
      : filter.from
        ? `od-${filter.from}`
        : filter.to
          ? `do-${filter.to}`
          : null;
  if (filter.year && range) return `${filter.year}_${range}`;
  if (filter.year) return String(filter.year);
  return range ?? 'vse';
}

export function csvFileName(filter: Pick<JournalFilter, 'year' | 'from' | 'to'>): string {
  return `podaci-denik-${periodFileStem(filter)}.csv`;
}

/**
 * Every active filter in words, for the export's log entry and the export dialog:
 * "rok 2026; směr: Doručený; hledání „řízení“". Empty when nothing filters.
 */
export function filterSummary(t: TFunction, filter: JournalFilter): string {
  const parts: string[] = [];
  if (filter.year || filter.from || filter.to) parts.push(periodLabel(t, filter));
  if (filter.direction) {
    parts.push(
      t('journal.summary.direction', { value: t(`common.enums.direction.${filter.direction}`) }),
    );
  }
  if (filter.channel) {
    parts.push(
      t('journal.summary.channel', { value: t(`common.enums.channel.${filter.channel}`) }),
    );
  }
  if (filter.state)
    parts.push(t('journal.summary.state', { value: t(`common.enums.state.${filter.state}`) }));
  if (filter.handler) parts.push(t('journal.summary.handler', { value: filter.handler }));
  const search = filter.search?.trim();
  if (search) parts.push(t('journal.summary.search', { text: search }));
  return parts.join(t('journal.summary.separator'));
}

/** Sender's reference as one cell: number, date, or both. */
export function senderReferenceText(
  t: TFunction,
  doc: Pick<DocumentRecord, 'senderReference'>,
): string {
  const reference = doc.senderReference;
  if (!reference) return '';
  const date = reference.date
    ? t('journal.grid.senderDate', { date: formatCalendarDate(reference.date) })
    : null;
  return [reference.number, date].filter(Boolean).join(' ');
}

/** "2 / 1": sheets of the letter / number of attachments. */
export function sheetsText(doc: Pick<DocumentRecord, 'sheets' | 'attachments'>): string {
  return `${doc.sheets} / ${doc.attachments.count}`;
}

export function attachmentsText(t: TFunction, doc: Pick<DocumentRecord, 'attachments'>): string {
  const { count, kind, description } = doc.attachments;
  if (count === 0) return t('journal.detail.attachments.none');
  const summary = t('journal.detail.attachments.summary', {
    count,
    kind: t(`common.enums.attachmentKind.${kind}`),
  });
  return description ? `${summary}: ${description}` : summary;
}

/** The lines of a party's card: name, address, IČO and data box. */
export function partyLines(t: TFunction, party: Party): string[] {
  const address = party.address;
  const cityLine = [address?.postalCode, address?.city].filter(Boolean).join(' ');
  const addressLine = [address?.street, cityLine, address?.country].filter(Boolean).join(', ');
  const ids = [
    party.ico ? t('journal.detail.party.ico', { ico: party.ico }) : null,
    party.dataBoxId ? t('journal.detail.party.dataBox', { id: party.dataBoxId }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return [party.name, addressLine, ids].filter((line): line is string => Boolean(line));
}

/** The document date as the journal shows it (office time). */
export function documentDateText(doc: Pick<DocumentRecord, 'documentDate'>): string {
  return formatOfficeDate(doc.documentDate);
}
