import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord, LetterStep } from '../../../common/domain/letter';
import type { ValidationIssue } from '../../../common/domain/validation';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';

/** Outbox kinds of the letter's way; the eSSL has no events for them yet (see sync/push/plan.ts). */
export const letterOutboxKinds = {
  requestSignature: 'letter.requestSignature',
  return: 'letter.return',
  sign: 'letter.sign',
  timestamp: 'letter.timestamp',
  sentByDatabox: 'dispatch.databox',
  sentByPost: 'dispatch.post',
  returnReceipt: 'dispatch.returnReceipt',
} as const;

/** States whose document may still take a new file (the same rule as editing a document). */
const OPEN_DOCUMENT_STATES: ReadonlySet<DocumentRecord['state']> = new Set([
  'registered',
  'inProgress',
  'settled',
]);

export async function requireLetter(db: UradovnaDatabase, letterId: string): Promise<LetterRecord> {
  const letter = await db.letters.get(letterId);
  if (!letter) throw new CommandError('errors.letterSigning.letterNotFound');
  return letter;
}

/** The letter and its document, read inside the caller's transaction. */
export async function letterWithDocument(
  db: UradovnaDatabase,
  letterId: string,
): Promise<{ letter: LetterRecord; doc: DocumentRecord }> {
  const letter = await requireLetter(db, letterId);
  const doc = await db.documents.get(letter.pid);
  if (!doc) throw new CommandError('errors.documentNotFound');
  return { letter, doc };
}

/** Refuses a letter whose document is cancelled or already closed / in the records office. */
export function requireOpenDocument(doc: DocumentRecord): void {
  if (doc.state === 'cancelled') throw new CommandError('errors.letterSigning.documentCancelled');
  if (!OPEN_DOCUMENT_STATES.has(doc.state))
    throw new CommandError('errors.letterSigning.documentClosed');
}

/** A letter leaves once, and only signed; `notSignedKey` names the way it was to leave by. */
export function requireReadyToSend(letter: LetterRecord, notSignedKey: string): void {
  if (letter.state === 'dispatched')
    throw new CommandError('errors.postDispatch.alreadyDispatched');
  if (letter.state !== 'signed') throw new CommandError(notSignedKey);
}

export function withStep(letter: LetterRecord, step: LetterStep): LetterStep[] {
  return [...letter.history, step];
}

/** Trimmed text, or null when empty; an issue when longer than `max`. */
export function optionalText(
  value: string | null | undefined,
  path: string,
  max: number,
  issues: ValidationIssue[],
): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max)
    issues.push({ path, message: 'signingUi.validation.tooLong', params: { max } });
  return trimmed === '' ? null : trimmed;
}

/** Like `optionalText`, with the issue `requiredMessage` when empty ('' then stands in). */
export function requiredText(
  value: string | null | undefined,
  path: string,
  max: number,
  requiredMessage: string,
  issues: ValidationIssue[],
): string {
  const text = optionalText(value, path, max, issues);
  if (text === null) issues.push({ path, message: requiredMessage });
  return text ?? '';
}

export function refuseIssues(issues: ValidationIssue[]): void {
  if (issues.length > 0) throw new CommandError('errors.validation', issues);
}

/** The first time the letter was signed (the date a dispatch may not precede). */
export function firstSignedAt(letter: LetterRecord): string | null {
  return letter.history.find((step) => step.step === 'signed')?.at ?? null;
}
