import { collectionSheetReference, formatCaseFileReference } from '../../common/domain/caseFile';
import { formatReferenceNumber } from '../../common/domain/referenceNumber';
import type { JournalNumbers } from '../../common/erms/model';
import { CASE_FILE_JOURNAL, DOCUMENT_JOURNAL } from './constants';
import { periodOf, type CallContext, type EsslCore } from './rules';
import { entityKey } from './store';
import type { StoredCaseFile, StoredDocument } from './types';

export function documentReference(core: EsslCore, year: number, sequence: number): string {
  const { referenceMask, abbreviation } = core.numbering;
  return formatReferenceNumber(referenceMask, { abbreviation, sequence, year });
}

export function caseFileReference(
  core: EsslCore,
  year: number,
  sequence: number,
  fileMark: string,
): string {
  const { caseFileMask, abbreviation } = core.numbering;
  return formatCaseFileReference(caseFileMask, { abbreviation, sequence, year, fileMark });
}

/** The initiator (order 1, still inserted) of a sběrný arch, when it has a number. */
export function collectionSheetInitiator(
  core: EsslCore,
  file: StoredCaseFile,
): StoredDocument | null {
  if (file.profile.mode !== 'SbernyArch') return null;
  const first = file.profile.documents.find(
    (entry) => entry.order === 1 && entry.state === 'Vlozen',
  );
  if (!first) return null;
  const doc = core.store.documents.get(entityKey(first.id));
  return doc?.profile.numbers ? doc : null;
}

/**
 * The č. j. of a new document: in a sběrný arch its initiator's with the order; else a
 * proposed number if it was reserved for this user and is still unused; else the next
 * number of the current year.
 */
export function numberDocument(
  core: EsslCore,
  ctx: CallContext,
  proposed: JournalNumbers | null,
  now: number,
  placement: { file: StoredCaseFile; order: number } | null,
): JournalNumbers {
  if (placement && placement.order > 1) {
    const initiator = collectionSheetInitiator(core, placement.file);
    const numbers = initiator?.profile.numbers;
    if (numbers) {
      return {
        referenceNumber: collectionSheetReference(numbers.referenceNumber, placement.order),
        sequence: numbers.sequence,
        year: numbers.year,
        journal: DOCUMENT_JOURNAL,
      };
    }
  }
  const register = core.store.documentNumbers;
  let year: number;
  let sequence: number;
  if (proposed && register.claim(ctx.user, proposed.year, proposed.sequence)) {
    ({ year, sequence } = proposed);
  } else {
    year = periodOf(now);
    sequence = register.next(year);
  }
  return {
    referenceNumber: documentReference(core, year, sequence),
    sequence,
    year,
    journal: DOCUMENT_JOURNAL,
  };
}

/**
 * The spisová značka of a new case file: a number of the case-file register (a
 * reserved one if proposed), formatted by the mask — or, in a sběrný arch, the
 * initiator's č. j., as the file takes its number from it.
 */
export function numberCaseFile(
  core: EsslCore,
  ctx: CallContext,
  proposed: JournalNumbers | null,
  now: number,
  fileMark: string,
  initiator: StoredDocument | null,
): JournalNumbers {
  const register = core.store.caseFileNumbers;
  let year: number;
  let sequence: number;
  if (proposed && register.claim(ctx.user, proposed.year, proposed.sequence)) {
    ({ year, sequence } = proposed);
  } else {
    year = periodOf(now);
    sequence = register.next(year);
  }
  const referenceNumber =
    initiator?.profile.numbers?.referenceNumber ??
    caseFileReference(core, year, sequence, fileMark);
  return { referenceNumber, sequence, year, journal: CASE_FILE_JOURNAL };
}

/** The next order in a case file; orders are never reused, a removed document leaves a gap. */
export function nextOrder(file: StoredCaseFile): number {
  let max = 0;
  for (const entry of file.profile.documents) max = Math.max(max, entry.order);
  return max + 1;
}
