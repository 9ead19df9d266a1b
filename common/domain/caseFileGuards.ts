import type { CaseFileRecord } from './caseFile';
import type { DocumentRecord } from './document';
import { caseFileTransitions, documentTransitions, type LifecycleState } from './lifecycle';

/**
 * Why an action is not possible now — the same answer for the command that refuses
 * and for the button that is disabled and says why. `key` is an i18n key under
 * `errors.`; `params` fill it.
 */
export interface Refusal {
  key: string;
  params?: Record<string, string | number>;
}

type Doc = Pick<DocumentRecord, 'pid' | 'referenceNumber' | 'state' | 'caseFileId'>;
type File = Pick<CaseFileRecord, 'state' | 'initiatorPid'>;

const allows = (from: readonly LifecycleState[], state: LifecycleState) => from.includes(state);

/** Documents of a case file that count: a cancelled registration is not part of the matter. */
export function liveDocuments<T extends Pick<DocumentRecord, 'state'>>(docs: readonly T[]): T[] {
  return docs.filter((doc) => doc.state !== 'cancelled');
}

/** The documents that keep a case file from being closed, as the refusal names them. */
export function unsettledDocuments<T extends Doc>(docs: readonly T[]): T[] {
  return liveDocuments(docs).filter(
    (doc) => doc.state === 'registered' || doc.state === 'inProgress',
  );
}

export function closeRefusal(caseFile: File, docs: readonly Doc[]): Refusal | null {
  if (!allows(caseFileTransitions.close.from, caseFile.state)) {
    return { key: 'errors.caseFile.notOpen' };
  }
  if (liveDocuments(docs).length === 0) return { key: 'errors.caseFile.empty' };
  const unsettled = unsettledDocuments(docs);
  if (unsettled.length > 0) {
    return {
      key: 'errors.caseFile.unsettled',
      params: {
        count: unsettled.length,
        documents: unsettled.map((doc) => doc.referenceNumber).join(', '),
      },
    };
  }
  return null;
}

export function insertRefusal(caseFile: File, doc: Doc): Refusal | null {
  if (caseFile.state !== 'inProgress') return { key: 'errors.caseFile.notOpen' };
  if (doc.state === 'cancelled') return { key: 'errors.document.cancelled' };
  if (doc.caseFileId !== null) return { key: 'errors.caseFile.documentInAnother' };
  if (!allows(documentTransitions.insertIntoCaseFile.from, doc.state)) {
    return { key: 'errors.lifecycle.forbidden' };
  }
  return null;
}

export function removeRefusal(caseFile: File, doc: Doc, documentCount: number): Refusal | null {
  if (caseFile.state !== 'inProgress') return { key: 'errors.caseFile.notOpen' };
  // The file's number and its place in the journal come from the initiator.
  if (caseFile.initiatorPid === doc.pid && documentCount > 1) {
    return { key: 'errors.caseFile.initiatorHasFollowers' };
  }
  return null;
}

export function reopenRefusal(caseFile: File): Refusal | null {
  return allows(caseFileTransitions.reopen.from, caseFile.state)
    ? null
    : { key: 'errors.caseFile.notClosed' };
}

export function settleRefusal(doc: Doc): Refusal | null {
  if (doc.state === 'cancelled') return { key: 'errors.document.cancelled' };
  if (doc.state === 'settled' || doc.state === 'closed')
    return { key: 'errors.settlement.already' };
  if (!allows(documentTransitions.settle.from, doc.state))
    return { key: 'errors.lifecycle.forbidden' };
  return null;
}

/** A case file goes to the records office once closed; a document only when stand-alone and settled. */
export function handOverRefusal(
  target: { type: 'caseFile'; state: LifecycleState } | { type: 'document'; doc: Doc },
): Refusal | null {
  if (target.type === 'caseFile') {
    return allows(caseFileTransitions.handOver.from, target.state)
      ? null
      : { key: 'errors.recordsOffice.caseFileNotClosed' };
  }
  if (target.doc.caseFileId !== null) return { key: 'errors.recordsOffice.documentInCaseFile' };
  return target.doc.state === 'settled' ? null : { key: 'errors.recordsOffice.documentNotSettled' };
}
