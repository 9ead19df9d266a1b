import {
  type DisposalDecision,
  type ParsedDecisionList,
  type ProposalItem,
} from '../../common/domain/disposal';
import { retentionMarks, type RetentionMark } from '../../common/domain/filePlan';

export interface MarkGroup {
  mark: RetentionMark;
  items: ProposalItem[];
}

/** A disposal proposal split by retention mark — A, then S, then V (legacy) — leaving out empty ones. */
export function groupByMark(items: readonly ProposalItem[]): MarkGroup[] {
  return retentionMarks
    .map((mark) => ({ mark, items: items.filter((item) => item.retentionMark === mark) }))
    .filter((group) => group.items.length > 0);
}

export type DecisionCounts = Record<DisposalDecision, number>;

/** What the archive's list would do to a proposal, for the clerk to confirm first. */
export interface DecisionPreview {
  counts: DecisionCounts;
  /** Identifiers the list names that are not items of this proposal. */
  outside: string[];
  /** Items of the proposal the list does not mention (they stay in the procedure). */
  undecided: number;
  /** Items decided before (a second list does not decide them again). */
  alreadyDecided: number;
}

const FINAL: ReadonlySet<DisposalDecision> = new Set(['archive', 'destroy', 'exclude']);

export function decisionPreview(
  items: readonly ProposalItem[],
  list: Pick<ParsedDecisionList, 'entries'>,
): DecisionPreview {
  const byId = new Map(items.map((item) => [item.id, item]));
  const counts: DecisionCounts = { archive: 0, destroy: 0, inspect: 0, exclude: 0 };
  const outside: string[] = [];
  const named = new Set<string>();
  let alreadyDecided = 0;
  for (const entry of list.entries) {
    const item = byId.get(entry.identifier);
    if (!item) {
      outside.push(entry.identifier);
      continue;
    }
    named.add(item.id);
    if (item.decision !== null && FINAL.has(item.decision)) {
      alreadyDecided += 1;
      continue;
    }
    // A takeover confirmation without an operation means the archive took the record.
    counts[entry.operation ?? 'archive'] += 1;
  }
  return {
    counts,
    outside,
    undecided: items.filter((item) => !named.has(item.id)).length,
    alreadyDecided,
  };
}

/**
 * The decision a demo user sends back as if from the archive: S is destroyed, A is
 * selected as archival records — and so is legacy V, whose selection is the archive's
 * to make, so that the demo procedure comes to an end.
 */
export function demoDecisionFor(mark: RetentionMark): DisposalDecision {
  return mark === 'S' ? 'destroy' : 'archive';
}
