import type { NumberStatus } from './sync';
import {
  counterpartyOf,
  type DocumentRecord,
  type DocumentState,
  type NewDocument,
} from './document';
import type { RetentionRule } from './filePlan';
import { indexWords, sortKey } from './search';
import { officeDayStart } from './time';

export interface Numbering {
  pid: string;
  year: number;
  sequence: number;
  journalOrder: number;
  referenceNumber: string;
  numberStatus?: NumberStatus;
}

export interface RecordContext {
  registeredAt: string;
  retention: RetentionRule;
  createdBy: string;
  state?: DocumentState;
  componentCount?: number;
}

/** Date a document stands under in the journal: receipt, or creation for own documents. */
export function documentDateOf(doc: NewDocument): string {
  return doc.direction === 'incoming'
    ? new Date(doc.receivedAt).toISOString()
    : officeDayStart(doc.createdOn).toISOString();
}

/** The searchable words of a record: numbers, PID, subject, the people on it. */
export function searchWordsOf(record: Omit<DocumentRecord, 'words'>): string[] {
  return indexWords([
    record.referenceNumber,
    record.pid,
    record.subject,
    record.counterparty,
    record.sender?.ico,
    record.sender?.dataBoxId,
    // An IČO or a box finds the letters to a firm as well as the letters from it.
    ...record.addressees.flatMap((party) => [party.ico, party.dataBoxId]),
    record.senderReference?.number,
  ]);
}

/** Turns a validated new document and its numbers into the stored row. */
export function buildDocumentRecord(
  doc: NewDocument,
  numbering: Numbering,
  context: RecordContext,
): DocumentRecord {
  const sender = doc.direction === 'incoming' ? doc.sender : null;
  const addressees = doc.direction === 'own' ? doc.addressees : [];
  const counterparty = counterpartyOf({ sender, addressees });
  const base: Omit<DocumentRecord, 'words'> = {
    ...numbering,
    direction: doc.direction,
    registeredAt: context.registeredAt,
    documentDate: documentDateOf(doc),
    channel: doc.direction === 'incoming' ? doc.channel : null,
    sender,
    addressees,
    counterparty,
    counterpartySort: sortKey(counterparty),
    subject: doc.subject,
    subjectSort: sortKey(doc.subject),
    senderReference: doc.direction === 'incoming' ? doc.senderReference : null,
    sheets: doc.sheets,
    attachments: {
      count: doc.attachments.count,
      kind: doc.attachments.kind,
      description: doc.attachments.count > 0 ? doc.attachments.description : null,
    },
    fileMark: doc.fileMark,
    retention: context.retention,
    handler: doc.handler,
    author: doc.direction === 'own' ? doc.author : null,
    note: doc.note,
    state: context.state ?? 'registered',
    caseFileId: null,
    caseFileOrder: null,
    settlement: null,
    settles: [],
    triggerYear: null,
    disposalYear: null,
    custody: null,
    componentCount: context.componentCount ?? 0,
    createdBy: context.createdBy,
    revision: 1,
  };
  return { ...base, words: searchWordsOf(base) };
}
