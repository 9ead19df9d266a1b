import type { TFunction } from 'i18next';
import type { DocumentRecord } from '../../common/domain/document';
import type { JournalPdfRow } from '../../common/contract/types';
import { formatOfficeDateTime } from '../../common/domain/time';
import type { SortColumn } from '../db/journal/query';
import { settlementText } from '../caseFiles/format';
import { documentDateText, senderReferenceText, sheetsText } from './format';

export const columnIds = [
  'referenceNumber',
  'documentDate',
  'direction',
  'counterparty',
  'subject',
  'senderReference',
  'sheets',
  'caseFile',
  'fileMark',
  'handler',
  'settlement',
  'state',
] as const;
export type ColumnId = (typeof columnIds)[number];

export interface JournalColumn {
  id: ColumnId;
  /** The order this column's header sorts by; null for columns without an index. */
  sort: SortColumn | null;
  /** Shown also when the detail pane leaves the list little room. */
  essential: boolean;
  /** One of the ten columns of the printed journal (the PDF contract's row). */
  printed: boolean;
}

/**
 * The columns of the podací deník on screen: the ten of the printed journal, in its
 * order, with the case file and the settlement of each document among them.
 */
export const journalColumns: ReadonlyArray<JournalColumn> = [
  { id: 'referenceNumber', sort: 'referenceNumber', essential: true, printed: true },
  { id: 'documentDate', sort: 'documentDate', essential: true, printed: true },
  { id: 'direction', sort: 'direction', essential: true, printed: true },
  { id: 'counterparty', sort: 'counterparty', essential: true, printed: true },
  { id: 'subject', sort: 'subject', essential: true, printed: true },
  { id: 'senderReference', sort: null, essential: false, printed: true },
  { id: 'sheets', sort: null, essential: false, printed: true },
  { id: 'caseFile', sort: null, essential: false, printed: false },
  { id: 'fileMark', sort: 'fileMark', essential: false, printed: true },
  { id: 'handler', sort: 'handler', essential: false, printed: true },
  { id: 'settlement', sort: null, essential: false, printed: false },
  { id: 'state', sort: 'state', essential: true, printed: true },
];

/** The ten columns of the printed journal (PDF), in its order. */
export const printedColumns: ReadonlyArray<JournalColumn> = journalColumns.filter(
  (column) => column.printed,
);

/** The columns beside an open detail pane: the ones a clerk scans by. */
export const compactColumns: ReadonlyArray<JournalColumn> = journalColumns.filter(
  (column) => column.essential,
);

/** What a cell needs besides the document: the reference of its case file, once read. */
export interface CellContext {
  caseFileReference?: string | null;
}

/** The text of one cell, as shown in the list and printed in the PDF. */
export function cellText(
  t: TFunction,
  doc: DocumentRecord,
  column: ColumnId,
  context: CellContext = {},
): string {
  switch (column) {
    case 'referenceNumber':
      return doc.referenceNumber;
    case 'documentDate':
      return documentDateText(doc);
    case 'direction':
      return t(`common.enums.direction.${doc.direction}`);
    case 'counterparty':
      return doc.counterparty;
    case 'subject':
      return doc.subject;
    case 'senderReference':
      return senderReferenceText(t, doc);
    case 'sheets':
      return sheetsText(doc);
    case 'caseFile':
      return doc.caseFileId === null ? '' : (context.caseFileReference ?? '');
    case 'settlement':
      return settlementText(t, doc.settlement);
    case 'fileMark':
      return doc.fileMark;
    case 'handler':
      return doc.handler;
    case 'state':
      return t(`common.enums.state.${doc.state}`);
  }
}

/** The tooltip of a cell where the list shows less than there is. */
export function cellTitle(
  t: TFunction,
  doc: DocumentRecord,
  column: ColumnId,
  text: string,
): string {
  if (column === 'documentDate' && doc.direction === 'incoming')
    return formatOfficeDateTime(doc.documentDate);
  if (column === 'settlement' && doc.settlement) {
    const { content, reason } = doc.settlement;
    return [text, content, reason].filter(Boolean).join(' — ');
  }
  if (column === 'sheets') {
    return `${t('journal.detail.fields.sheets')}: ${doc.sheets}, ${t('journal.detail.fields.attachments')}: ${doc.attachments.count}`;
  }
  return text;
}

/** Limits of the PDF contract (journalPdfRowSchema); longer texts end with "…". */
const PDF_LIMITS: Record<keyof JournalPdfRow, number> = {
  referenceNumber: 60,
  documentDate: 40,
  direction: 30,
  counterparty: 600,
  subject: 300,
  senderReference: 150,
  sheetsAndAttachments: 40,
  fileMark: 30,
  handler: 120,
  state: 40,
};

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function pdfRow(t: TFunction, doc: DocumentRecord): JournalPdfRow {
  const row: JournalPdfRow = {
    referenceNumber: cellText(t, doc, 'referenceNumber'),
    documentDate: cellText(t, doc, 'documentDate'),
    direction: cellText(t, doc, 'direction'),
    counterparty: cellText(t, doc, 'counterparty'),
    subject: cellText(t, doc, 'subject'),
    senderReference: cellText(t, doc, 'senderReference'),
    sheetsAndAttachments: cellText(t, doc, 'sheets'),
    fileMark: cellText(t, doc, 'fileMark'),
    handler: cellText(t, doc, 'handler'),
    state: cellText(t, doc, 'state'),
  };
  for (const key of Object.keys(row) as Array<keyof JournalPdfRow>)
    row[key] = clip(row[key], PDF_LIMITS[key]);
  return row;
}
