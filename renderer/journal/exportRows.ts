import type { TFunction } from 'i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { retentionLabel } from '../../common/domain/filePlan';
import { formatOfficeDateTime } from '../../common/domain/time';
import { cellText } from './columns';
import { formatCalendarDate } from './format';

/** Header of the CSV export: the journal's columns plus what a spreadsheet user filters on. */
export function csvHeader(t: TFunction): string[] {
  return [
    t('journal.columns.referenceNumber'),
    t('journal.export.csvExtra.pid'),
    t('journal.columns.documentDate'),
    t('journal.columns.direction'),
    t('journal.export.csvExtra.channel'),
    t('journal.columns.counterparty'),
    t('journal.columns.subject'),
    t('journal.columns.senderReference'),
    t('journal.export.csvExtra.senderReferenceDate'),
    t('journal.export.csvExtra.sheets'),
    t('journal.export.csvExtra.attachments'),
    t('journal.export.csvExtra.attachmentsKind'),
    t('journal.export.csvExtra.attachmentsDescription'),
    t('journal.columns.fileMark'),
    t('journal.export.csvExtra.retention'),
    t('journal.columns.handler'),
    t('journal.columns.state'),
    t('journal.export.csvExtra.registeredAt'),
  ];
}

/** One document as a CSV line, in the order of `csvHeader`. */
export function csvRow(t: TFunction, doc: DocumentRecord): Array<string | number> {
  return [
    doc.referenceNumber,
    doc.pid,
    cellText(t, doc, 'documentDate'),
    cellText(t, doc, 'direction'),
    doc.channel ? t(`common.enums.channel.${doc.channel}`) : '',
    doc.counterparty,
    doc.subject,
    doc.senderReference?.number ?? '',
    doc.senderReference?.date ? formatCalendarDate(doc.senderReference.date) : '',
    doc.sheets,
    doc.attachments.count,
    doc.attachments.count > 0 ? t(`common.enums.attachmentKind.${doc.attachments.kind}`) : '',
    doc.attachments.description ?? '',
    doc.fileMark,
    retentionLabel(doc.retention),
    doc.handler,
    cellText(t, doc, 'state'),
    formatOfficeDateTime(doc.registeredAt),
  ];
}
