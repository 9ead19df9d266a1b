import type { DocumentRecord } from '../../common/domain/document';
import type { ValidationIssue } from '../../common/domain/validation';
import { emptyEnvelopeSub, type EnvelopeSub } from '../../common/isds/model';
import type { RecipientCandidate } from './recipientQuery';

export const ANNOTATION_MAX = 255;
export const REF_MAX = 50;
export const TO_HANDS_MAX = 50;
export const LEGAL_PART_MAX = 10;

/** One file of the document, in the order it will be sent (the first is the `main` file). */
export interface DraftFile {
  componentId: string;
  name: string;
  mime: string;
  size: number;
  include: boolean;
}

/** The dispatch form as typed. */
export interface DispatchDraft {
  boxKey: string;
  recipient: RecipientCandidate | null;
  annotation: string;
  senderRef: string;
  recipientRef: string;
  toHands: string;
  personalDelivery: boolean;
  allowFiction: boolean;
  law: string;
  year: string;
  section: string;
  paragraph: string;
  point: string;
  files: DraftFile[];
}

/** A new dispatch of a document: subject and our reference number already filled in. */
export function initialDraft(
  doc: Pick<DocumentRecord, 'subject' | 'referenceNumber'>,
  files: ReadonlyArray<Omit<DraftFile, 'include'>>,
  boxKey: string,
): DispatchDraft {
  return {
    boxKey,
    recipient: null,
    annotation: doc.subject.slice(0, ANNOTATION_MAX),
    senderRef: doc.referenceNumber.slice(0, REF_MAX),
    recipientRef: '',
    toHands: '',
    personalDelivery: false,
    allowFiction: true,
    law: '',
    year: '',
    section: '',
    paragraph: '',
    point: '',
    files: files.map((file) => ({ ...file, include: true })),
  };
}

/** Moves a file up (-1) or down (+1) in the order; the first file is the message's main one. */
export function moveFile(
  files: ReadonlyArray<DraftFile>,
  index: number,
  step: -1 | 1,
): DraftFile[] {
  const target = index + step;
  if (target < 0 || target >= files.length) return [...files];
  const next = [...files];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}

export function includedFiles(draft: Pick<DispatchDraft, 'files'>): DraftFile[] {
  return draft.files.filter((file) => file.include);
}

const text = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

function optionalNumber(
  value: string,
  path: string,
  issues: ValidationIssue[],
  max: number,
): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || number > max) {
    issues.push({ path, message: 'dispatch.validation.number' });
    return null;
  }
  return number;
}

export type DispatchCheck =
  | {
      ok: true;
      envelope: EnvelopeSub & { dbIDRecipient: string; dmAnnotation: string };
      fileComponentIds: string[];
    }
  | { ok: false; issues: ValidationIssue[] };

/**
 * The envelope ISDS gets (tMessageEnvelopeSub) and the files in their order, or what
 * is missing. The file limits (size, count, formats) are checked apart, live, by
 * `checkOutgoing`.
 */
export function checkDispatchDraft(draft: DispatchDraft): DispatchCheck {
  const issues: ValidationIssue[] = [];
  if (!draft.boxKey) issues.push({ path: 'boxKey', message: 'dispatch.validation.box' });
  if (!draft.recipient)
    issues.push({ path: 'recipient', message: 'dispatch.validation.recipient' });
  const annotation = draft.annotation.trim();
  if (annotation === '')
    issues.push({ path: 'annotation', message: 'dispatch.validation.annotation' });
  else if (annotation.length > ANNOTATION_MAX)
    issues.push({
      path: 'annotation',
      message: 'validation.tooLong',
      params: { max: ANNOTATION_MAX },
    });
  const limited = (path: string, value: string, max: number) => {
    if (value.trim().length > max)
      issues.push({ path, message: 'validation.tooLong', params: { max } });
  };
  limited('senderRef', draft.senderRef, REF_MAX);
  limited('recipientRef', draft.recipientRef, REF_MAX);
  limited('toHands', draft.toHands, TO_HANDS_MAX);
  limited('section', draft.section, LEGAL_PART_MAX);
  limited('paragraph', draft.paragraph, LEGAL_PART_MAX);
  limited('point', draft.point, LEGAL_PART_MAX);
  const law = optionalNumber(draft.law, 'law', issues, 99_999);
  const year = optionalNumber(draft.year, 'year', issues, 9_999);
  const files = includedFiles(draft);
  if (files.length === 0) issues.push({ path: 'files', message: 'dispatch.validation.files' });
  if (issues.length > 0 || !draft.recipient) return { ok: false, issues };
  return {
    ok: true,
    envelope: {
      ...emptyEnvelopeSub,
      dbIDRecipient: draft.recipient.dbID,
      dmToHands: text(draft.toHands),
      dmAnnotation: annotation,
      dmRecipientRefNumber: text(draft.recipientRef),
      dmSenderRefNumber: text(draft.senderRef),
      dmLegalTitleLaw: law,
      dmLegalTitleYear: year,
      dmLegalTitleSect: text(draft.section),
      dmLegalTitlePar: text(draft.paragraph),
      dmLegalTitlePoint: text(draft.point),
      dmPersonalDelivery: draft.personalDelivery,
      dmAllowSubstDelivery: draft.allowFiction,
    },
    fileComponentIds: files.map((file) => file.componentId),
  };
}
