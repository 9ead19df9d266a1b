import type { Direction } from '../../common/domain/document';
import type { ValidationIssue } from '../../common/domain/validation';

/**
 * Every control of the form carries `data-field` with a key that equals the path the
 * domain rules use for its value (`sender.name`, `addressees.1.dataBoxId`, `sheets`), so
 * an issue finds its field by its path alone.
 */
const partyFields = [
  'name',
  'kind',
  'ico',
  'address.street',
  'address.city',
  'address.postalCode',
  'dataBoxId',
];

const classificationFields = [
  'subject',
  'sheets',
  'attachments.count',
  'attachments.kind',
  'attachments.description',
  'fileMark',
  'handler',
  'note',
];

/** The field keys of the form in the order they appear on screen. */
export function fieldOrder(direction: Direction, addresseeCount: number): string[] {
  if (direction === 'incoming') {
    return [
      ...partyFields.map((field) => `sender.${field}`),
      'receivedAt',
      'channel',
      'senderReference.number',
      'senderReference.date',
      ...classificationFields,
      'files',
    ];
  }
  const addressees = Array.from({ length: addresseeCount }, (_, index) =>
    partyFields.map((field) => `addressees.${index}.${field}`),
  ).flat();
  return [...addressees, 'addressees', 'author', 'createdOn', ...classificationFields, 'files'];
}

/** Paths that name a group rather than one control, and the control that stands for it. */
const groupFields: Array<[RegExp, string]> = [
  [/^sender(\.address)?$/, 'sender.name'],
  [/^addressees\.(\d+)(\.address)?$/, 'addressees.$1.name'],
  [/^senderReference$/, 'senderReference.number'],
  [/^attachments$/, 'attachments.count'],
];

/** The field an issue belongs to, or null when no control on the form shows it. */
export function fieldOfIssue(path: string, fields: readonly string[]): string | null {
  if (fields.includes(path)) return path;
  for (const [pattern, replacement] of groupFields) {
    if (pattern.test(path)) {
      const field = path.replace(pattern, replacement);
      if (fields.includes(field)) return field;
    }
  }
  return null;
}

export interface PlacedIssue {
  issue: ValidationIssue;
  /** Key of the field that shows it; null when only the summary can. */
  field: string | null;
}

/** Issues in the order of their fields on the form (unplaced ones first, they concern all). */
export function placeIssues(
  issues: readonly ValidationIssue[],
  fields: readonly string[],
): PlacedIssue[] {
  const rank = (field: string | null) => (field === null ? -1 : fields.indexOf(field));
  return issues
    .map((issue) => ({ issue, field: fieldOfIssue(issue.path, fields) }))
    .map((placed, index) => ({ placed, index }))
    .sort((a, b) => rank(a.placed.field) - rank(b.placed.field) || a.index - b.index)
    .map(({ placed }) => placed);
}

/** Issues grouped by the field that shows them. */
export function issuesByField(placed: readonly PlacedIssue[]): Map<string, ValidationIssue[]> {
  const byField = new Map<string, ValidationIssue[]>();
  for (const { issue, field } of placed) {
    if (field === null) continue;
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  return byField;
}
