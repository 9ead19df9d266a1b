import type { CaseFileRecord, Custody } from '../../common/domain/caseFile';
import type { HoldingType } from '../../common/domain/disposal';
import type { DocumentRecord } from '../../common/domain/document';
import type { RetentionRule } from '../../common/domain/filePlan';
import type { LifecycleState } from '../../common/domain/lifecycle';

/** A case file or a stand-alone document as the records office lists it. */
export interface HoldingRow {
  type: HoldingType;
  id: string;
  /** Spisová značka or číslo jednací. */
  reference: string;
  title: string;
  fileMark: string;
  retention: RetentionRule;
  triggerYear: number | null;
  disposalYear: number | null;
  state: LifecycleState;
  custody: Custody | null;
  /** How many documents a case file holds; 1 for a document. */
  documents: number;
}

export function caseFileRow(file: CaseFileRecord): HoldingRow {
  return {
    type: 'caseFile',
    id: file.id,
    reference: file.reference,
    title: file.title,
    fileMark: file.fileMark,
    retention: file.retention,
    triggerYear: file.triggerYear,
    disposalYear: file.disposalYear,
    state: file.state,
    custody: file.custody,
    documents: file.documentCount,
  };
}

export function documentRow(doc: DocumentRecord): HoldingRow {
  return {
    type: 'document',
    id: doc.pid,
    reference: doc.referenceNumber,
    title: doc.subject,
    fileMark: doc.fileMark,
    retention: doc.retention,
    triggerYear: doc.triggerYear,
    disposalYear: doc.disposalYear,
    state: doc.state,
    custody: doc.custody,
    documents: 1,
  };
}

/**
 * Case files and stand-alone documents together, the ones due soonest first (what
 * the next disposal procedure will take), then by reference. A document inside a
 * case file travels with its file and is not listed on its own.
 */
export function holdingRows(
  files: readonly CaseFileRecord[],
  docs: readonly DocumentRecord[],
): HoldingRow[] {
  const rows = [
    ...files.map(caseFileRow),
    ...docs.filter((doc) => doc.caseFileId === null).map(documentRow),
  ];
  return rows.sort(
    (a, b) =>
      (a.disposalYear ?? Number.MAX_SAFE_INTEGER) - (b.disposalYear ?? Number.MAX_SAFE_INTEGER) ||
      a.reference.localeCompare(b.reference, 'cs', { numeric: true }),
  );
}
