import type { StampInput } from '../../common/contract/types';
import type { DocumentRecord } from '../../common/domain/document';

/**
 * The intake stamp of a stored document. An incoming letter is stamped with the moment
 * it was received; an own document with the moment it was registered. A provisional
 * number is flagged so that the paper says it will be replaced.
 */
export function stampInputOf(record: DocumentRecord, organizationName: string): StampInput {
  const input: StampInput = {
    organizationName,
    pid: record.pid,
    referenceNumber: record.referenceNumber,
    receivedAt: record.direction === 'incoming' ? record.documentDate : record.registeredAt,
    sheets: record.sheets,
    attachmentsCount: record.attachments.count,
    attachmentsKind: record.attachments.kind,
    attachmentsDescription: record.attachments.description,
    handler: record.handler,
    fileMark: record.fileMark,
  };
  // Only set when true: a stamp of a settled number looks as it always did.
  return record.numberStatus === 'provisional' ? { ...input, provisional: true } : input;
}
