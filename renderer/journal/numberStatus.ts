import type { TFunction } from 'i18next';
import type { DocumentRecord } from '../../common/domain/document';
import { formatOfficeDateTime } from '../../common/domain/time';

/** The word a provisional number starts with (renderer/db/numbering.ts writes it). */
const PROVISIONAL_PREFIX = 'PROZATÍMNÍ ';

type Numbered = Pick<DocumentRecord, 'referenceNumber' | 'numberStatus' | 'numberHistory'>;

export function isProvisional(doc: Pick<DocumentRecord, 'numberStatus'>): boolean {
  return doc.numberStatus === 'provisional';
}

/**
 * A provisional number as the journal's narrow column shows it: the badge stands for
 * the word PROZATÍMNÍ, the rest follows (`PROZATÍMNÍ 3/2026` → badge + `3/2026`). A
 * number without the word keeps all of it beside the badge.
 */
export function provisionalRest(referenceNumber: string): string {
  return referenceNumber.startsWith(PROVISIONAL_PREFIX)
    ? referenceNumber.slice(PROVISIONAL_PREFIX.length)
    : referenceNumber;
}

/**
 * What the detail says under the number about how settled it is with the eSSL: a
 * provisional or a reserved (not yet confirmed) number says so, and every correction
 * the eSSL made is listed, oldest first.
 */
export function numberNotes(t: TFunction, doc: Numbered): string[] {
  const notes: string[] = [];
  if (doc.numberStatus === 'provisional') notes.push(t('journal.number.provisionalExplanation'));
  if (doc.numberStatus === 'reserved') notes.push(t('journal.number.reserved'));
  for (const correction of doc.numberHistory ?? []) {
    notes.push(
      t('journal.number.corrected', {
        from: correction.from,
        to: correction.to,
        at: formatOfficeDateTime(correction.at),
      }),
    );
  }
  return notes;
}
