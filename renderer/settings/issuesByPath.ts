import type { ValidationIssue } from '../../common/domain/validation';

/** The first issue of each field: one message per field is what a form can show. */
export function issuesByPath(issues: readonly ValidationIssue[]): Map<string, ValidationIssue> {
  const byPath = new Map<string, ValidationIssue>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  return byPath;
}
