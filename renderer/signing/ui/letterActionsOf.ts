import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { receiptMailKinds } from '../../dispatch/post/recordReturnReceipt';

export type LetterDialog = 'sign' | 'return' | 'databox' | 'post' | 'receipt';

/**
 * Which steps a letter offers now, by its state (the commands still check everything).
 * Submitting a draft for signature belongs to the letter editor's actions.
 */
export function letterActionsOf(
  letter: Pick<LetterRecord, 'state' | 'signatureLevel' | 'post'>,
  doc: Pick<DocumentRecord, 'state'>,
): Array<LetterDialog | 'timestamp' | 'signAgain'> {
  const cancelled = doc.state === 'cancelled';
  switch (letter.state) {
    case 'draft':
    case 'returned':
      return [];
    case 'awaitingSignature':
      return cancelled ? ['return'] : ['sign', 'return'];
    case 'signed':
      if (cancelled) return [];
      return [
        'databox',
        'post',
        ...(letter.signatureLevel === 'B-B' ? (['timestamp'] as const) : []),
        'signAgain',
      ];
    case 'dispatched':
      return letter.post &&
        letter.post.returnReceiptOn === null &&
        receiptMailKinds.has(letter.post.mailKind)
        ? ['receipt']
        : [];
  }
}
