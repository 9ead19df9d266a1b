import type { Refusal } from '../../../common/domain/caseFileGuards';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord, LetterState } from '../../../common/domain/letter';

/** A letter may be (re)written while drafting and after the mayor returned it. */
const EDITABLE: ReadonlySet<LetterState> = new Set(['draft', 'returned']);

/**
 * Why the letter cannot be edited now, or null. In the queue it waits for the mayor,
 * who reads exactly what was handed over; after signing, the signed PDF is the record.
 */
export function letterEditRefusal(letter: Pick<LetterRecord, 'state'> | null): Refusal | null {
  if (!letter || EDITABLE.has(letter.state)) return null;
  return letter.state === 'awaitingSignature'
    ? { key: 'errors.letterEditor.inQueue' }
    : { key: 'errors.letterEditor.signed' };
}

/** Why no letter can be written for the document, or null: only an own, live document gets one. */
export function letterDocumentRefusal(
  doc: Pick<DocumentRecord, 'direction' | 'state'>,
): Refusal | null {
  if (doc.direction !== 'own') return { key: 'errors.letterEditor.notOwn' };
  if (doc.state === 'cancelled') return { key: 'errors.document.cancelled' };
  return null;
}
