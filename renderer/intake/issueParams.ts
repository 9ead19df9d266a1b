import type { NewDocumentInput } from '../../common/domain/document';
import type { ValidationIssue } from '../../common/domain/validation';

function valueAt(input: unknown, path: string): unknown {
  let value = input;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Messages about a too long text say how long it was ("zadáno 256"). zod does not hand
 * the typed value to its issues, so the length is filled in here from what was sent —
 * trimmed, as the rules count it — wherever an issue lacks it.
 */
export function withTypedLengths(
  issues: ValidationIssue[],
  input: NewDocumentInput,
): ValidationIssue[] {
  return issues.map((issue) => {
    if (issue.params?.length !== undefined || !issue.message.endsWith('tooLong')) return issue;
    const value = valueAt(input, issue.path);
    if (typeof value !== 'string') return issue;
    return { ...issue, params: { ...issue.params, length: value.trim().length } };
  });
}
