import type { TFunction } from 'i18next';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord, LetterStep } from '../../../common/domain/letter';
import { dateText, timeText } from '../../databox/ui/messageText';

/** The queue screen's sections: the mayor's queue, signed letters to send, returned ones. */
export const letterSections = ['awaiting', 'signed', 'returned'] as const;
export type LetterSection = (typeof letterSections)[number];

const sectionState: Record<LetterSection, LetterRecord['state']> = {
  awaiting: 'awaitingSignature',
  signed: 'signed',
  returned: 'returned',
};

export interface LetterRow {
  letter: LetterRecord;
  /** Null when the document is not on this device (yet). */
  doc: DocumentRecord | null;
}

export type LetterColumnId =
  | 'reference'
  | 'subject'
  | 'addressee'
  | 'requested'
  | 'note'
  | 'signer'
  | 'signed'
  | 'level'
  | 'returned'
  | 'comment';

export const sectionColumns: Record<LetterSection, LetterColumnId[]> = {
  awaiting: ['reference', 'subject', 'addressee', 'requested', 'note', 'signer'],
  signed: ['reference', 'subject', 'addressee', 'signed', 'level', 'signer'],
  returned: ['reference', 'subject', 'addressee', 'returned', 'comment', 'signer'],
};

/** With the detail open, the grid keeps what tells the letters apart. */
export const compactColumns: LetterColumnId[] = ['reference', 'subject', 'signer'];

/** The newest step of a kind (a letter may be returned or signed more than once). */
export function lastStep(letter: LetterRecord, step: LetterStep['step']): LetterStep | null {
  for (let index = letter.history.length - 1; index >= 0; index--) {
    const item = letter.history[index];
    if (item?.step === step) return item;
  }
  return null;
}

/** When the letter entered its section: the order is oldest first, as work is done. */
function enteredAt(letter: LetterRecord, section: LetterSection): string {
  if (section === 'awaiting') return letter.queuedAt ?? letter.updatedAt;
  return lastStep(letter, section === 'signed' ? 'signed' : 'returned')?.at ?? letter.updatedAt;
}

/** The rows of one section, oldest first (ties by reference number, then id). */
export function sectionRows(
  letters: ReadonlyArray<LetterRecord>,
  docs: ReadonlyMap<string, DocumentRecord>,
  section: LetterSection,
): LetterRow[] {
  return letters
    .filter((letter) => letter.state === sectionState[section])
    .map((letter) => ({ letter, doc: docs.get(letter.pid) ?? null }))
    .sort(
      (a, b) =>
        enteredAt(a.letter, section).localeCompare(enteredAt(b.letter, section)) ||
        (a.doc?.journalOrder ?? 0) - (b.doc?.journalOrder ?? 0) ||
        a.letter.id.localeCompare(b.letter.id),
    );
}

export function addresseeText(doc: DocumentRecord | null): string {
  if (!doc) return '';
  return doc.addressees.map((party) => party.name).join(', ') || doc.counterparty;
}

export function signerText(t: TFunction, letter: LetterRecord): string {
  const request = letter.request;
  if (!request) return '';
  return request.signerFunction
    ? t('signingUi.grid.signerWithFunction', {
        name: request.signerName,
        function: request.signerFunction,
      })
    : request.signerName;
}

export function cellText(t: TFunction, row: LetterRow, column: LetterColumnId): string {
  const { letter, doc } = row;
  switch (column) {
    case 'reference':
      return doc?.referenceNumber ?? letter.pid;
    case 'subject':
      return doc?.subject ?? '';
    case 'addressee':
      return addresseeText(doc);
    case 'requested':
      return letter.request
        ? t('signingUi.grid.requestedBy', {
            by: letter.request.requestedBy,
            at: timeText(letter.request.requestedAt),
          })
        : '';
    case 'note':
      return letter.request?.note ?? '';
    case 'signer':
      return lastStep(letter, 'signed')?.comment ?? signerText(t, letter);
    case 'signed':
      return timeText(lastStep(letter, 'signed')?.at);
    case 'level':
      return letter.signatureLevel ? t(`signingUi.level.${letter.signatureLevel}`) : '';
    case 'returned':
      return timeText(lastStep(letter, 'returned')?.at);
    case 'comment':
      return lastStep(letter, 'returned')?.comment ?? '';
  }
}

export { dateText, timeText };
