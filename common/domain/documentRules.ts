import { newDocumentSchema, type NewDocument, type NewDocumentInput } from './document';
import { findClassifiable, type FilePlanGroup } from './filePlan';
import { issuesFromZod, type Validated, type ValidationIssue } from './validation';

export interface DocumentRuleContext {
  now: Date;
  filePlan: ReadonlyArray<FilePlanGroup>;
}

/** Clock skew between the form opening and saving never counts as "in the future". */
const FUTURE_TOLERANCE_MS = 1000;
/** Older entries are almost surely a typo in the year. */
const EARLIEST_YEAR = 1990;

function localDateString(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Validates a new document against the schema and the rules that need context. */
export function validateNewDocument(
  input: NewDocumentInput,
  context: DocumentRuleContext,
): Validated<NewDocument> {
  const parsed = newDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const doc = parsed.data;
  const issues: ValidationIssue[] = [];

  if (doc.direction === 'incoming') {
    const received = Date.parse(doc.receivedAt);
    if (received > context.now.getTime() + FUTURE_TOLERANCE_MS) {
      issues.push({ path: 'receivedAt', message: 'validation.receivedAt.future' });
    } else if (new Date(received).getFullYear() < EARLIEST_YEAR) {
      issues.push({ path: 'receivedAt', message: 'validation.date.tooOld', params: { year: EARLIEST_YEAR } });
    }
  } else {
    if (doc.createdOn > localDateString(context.now)) {
      issues.push({ path: 'createdOn', message: 'validation.createdOn.future' });
    } else if (Number(doc.createdOn.slice(0, 4)) < EARLIEST_YEAR) {
      issues.push({ path: 'createdOn', message: 'validation.date.tooOld', params: { year: EARLIEST_YEAR } });
    }
  }

  if (doc.attachments.count > 0 && doc.sheets === 0) {
    issues.push({ path: 'sheets', message: 'validation.sheets.zeroWithAttachments' });
  }

  if (!findClassifiable(context.filePlan, doc.fileMark)) {
    issues.push({ path: 'fileMark', message: 'validation.fileMark.unknown', params: { mark: doc.fileMark } });
  }

  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: doc };
}
