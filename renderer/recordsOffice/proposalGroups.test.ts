import { describe, expect, it } from 'vitest';
import type { ProposalItem } from '../../common/domain/disposal';
import { decisionPreview, demoDecisionFor, groupByMark } from './proposalGroups';

function item(id: string, mark: ProposalItem['retentionMark'], extra: Partial<ProposalItem> = {}) {
  return {
    type: 'document',
    id,
    reference: `OUHL ${id}/2015`,
    title: `Věc ${id}`,
    fileMark: '1.1',
    retentionMark: mark,
    retentionPeriod: 5,
    disposalYear: 2021,
    decision: null,
    ...extra,
  } satisfies ProposalItem;
}

const entry = (
  identifier: string,
  operation: 'archive' | 'destroy' | 'inspect' | 'exclude' | null,
) => ({
  identifier,
  source: 'OUHL',
  operation,
  archiveIdentifier: operation ? null : `DA-${identifier}`,
});

describe('groupByMark', () => {
  it('splits a proposal into A, S and V in that order and leaves out empty marks', () => {
    const groups = groupByMark([item('1', 'S'), item('2', 'A'), item('3', 'S'), item('4', 'A')]);
    expect(groups.map((group) => [group.mark, group.items.map((it) => it.id)])).toEqual([
      ['A', ['2', '4']],
      ['S', ['1', '3']],
    ]);
  });

  it('keeps legacy V records in a group of their own', () => {
    expect(groupByMark([item('1', 'V'), item('2', 'S')]).map((group) => group.mark)).toEqual([
      'S',
      'V',
    ]);
  });
});

describe('decisionPreview', () => {
  const items = [item('a', 'A'), item('s1', 'S'), item('s2', 'S'), item('x', 'S')];

  it('counts what each operation would do and what the list leaves undecided', () => {
    const preview = decisionPreview(items, {
      entries: [entry('a', 'archive'), entry('s1', 'destroy'), entry('s2', 'destroy')],
    });
    expect(preview.counts).toEqual({ archive: 1, destroy: 2, inspect: 0, exclude: 0 });
    expect(preview.undecided).toBe(1);
    expect(preview.outside).toEqual([]);
  });

  it('names identifiers that are not in the proposal', () => {
    const preview = decisionPreview(items, {
      entries: [entry('a', 'archive'), entry('ghost', 'destroy')],
    });
    expect(preview.outside).toEqual(['ghost']);
    expect(preview.counts.destroy).toBe(0);
  });

  it('reads a takeover confirmation as archived and does not decide a decided item again', () => {
    const decided = [item('a', 'A', { decision: 'archive' }), item('s', 'S')];
    const preview = decisionPreview(decided, {
      entries: [entry('a', null), entry('s', null)],
    });
    expect(preview.alreadyDecided).toBe(1);
    expect(preview.counts.archive).toBe(1);
  });
});

describe('demoDecisionFor', () => {
  it('destroys S and selects A (and legacy V) as archival records', () => {
    expect(demoDecisionFor('S')).toBe('destroy');
    expect(demoDecisionFor('A')).toBe('archive');
    expect(demoDecisionFor('V')).toBe('archive');
  });
});
