/**
 * File plan (spisový a skartační plán) as this foundation needs it: the marks a
 * document can be classified with and the retention rule each gives. Issue 3 grows
 * this into the full NSESSS plan (time slices, import/export).
 */

export type RetentionMark = 'A' | 'S' | 'V';

export interface RetentionRule {
  mark: RetentionMark;
  /** Years after the trigger event. */
  period: number;
}

export interface FilePlanGroup {
  /** Fully qualified mark (plně určený spisový znak), e.g. `101.2`. */
  fileMark: string;
  title: string;
  /** Parent's fully qualified mark; null at the top level. */
  parentMark: string | null;
  /** Present only on the lowest level, where documents are classified. */
  retention: RetentionRule | null;
}

export function retentionLabel(rule: RetentionRule): string {
  return `${rule.mark}/${rule.period}`;
}

export function findClassifiable(
  plan: ReadonlyArray<FilePlanGroup>,
  fileMark: string,
): FilePlanGroup | undefined {
  return plan.find((group) => group.fileMark === fileMark && group.retention !== null);
}
