import { newDocumentSchema, type NewDocument, type NewDocumentInput } from './document';
import { findClassifiable, type FilePlanGroup } from './filePlan';
import { officeDateString, officeYear } from './time';
import { issuesFromZod, type Validated, type ValidationIssue } from './validation';

export interface DocumentRuleContext {
  now: Date;
  filePlan: ReadonlyArray<FilePlanGroup>;
  /**
   * Whether the mark must be open today (a new classification) — false when the
   * document joins a case file that was classified when the group was open.
   */
  markOpenToday?: boolean;
}

/** Clock skew between the form opening and saving never counts as "in the future". */
const FUTURE_TOLERANCE_MS = 1000;
/** Older entries are almost surely a typo in the year. */
const EARLIEST_YEAR = 1990;

/** Validates a new document against the schema and the rules that need context. */
export function validateNewDocument(
  input: NewDocumentInput,
  context: DocumentRuleContext,
): Validated<NewDocument> {
  // reportInput: messages about too long texts say how long the text was.
  const parsed = newDocumentSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const doc = parsed.data;
  const issues: ValidationIssue[] = [];

  if (doc.direction === 'incoming') {
    const received = Date.parse(doc.receivedAt);
    if (received > context.now.getTime() + FUTURE_TOLERANCE_MS) {
      issues.push({ path: 'receivedAt', message: 'validation.receivedAt.future' });
    } else if (officeYear(new Date(received)) < EARLIEST_YEAR) {
      issues.push({
        path: 'receivedAt',
        message: 'validation.dateTooOld',
        params: { year: EARLIEST_YEAR },
      });
    }
  } else {
    if (doc.createdOn > officeDateString(context.now)) {
      issues.push({ path: 'createdOn', message: 'validation.createdOn.future' });
    } else if (Number(doc.createdOn.slice(0, 4)) < EARLIEST_YEAR) {
      issues.push({
        path: 'createdOn',
        message: 'validation.dateTooOld',
        params: { year: EARLIEST_YEAR },
      });
    }
  }

  if (doc.attachments.count > 0 && doc.sheets === 0) {
    issues.push({ path: 'sheets', message: 'validation.sheets.zeroWithAttachments' });
  }

  const day = context.markOpenToday === false ? undefined : officeDateString(context.now);
  if (!findClassifiable(context.filePlan, doc.fileMark, day)) {
    issues.push({
      path: 'fileMark',
      message: 'validation.fileMark.unknown',
      params: { mark: doc.fileMark },
    });
  }

  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: doc };
}
