import { describe, expect, it } from 'vitest';
import { testGroup } from '../../common/domain/testing/planGroups';
import type { PlanNode } from './planTree';
import {
  branchMarks,
  buildPlanTree,
  countNodes,
  filterPlanTree,
  groupStatus,
  visibleRows,
} from './planTree';

const DAY = '2026-06-15';

/** The tree as nested marks, easy to compare. */
const shape = (nodes: readonly PlanNode[]): unknown[] =>
  nodes.map((node) =>
    node.children.length > 0
      ? { [node.group.fileMark]: shape(node.children) }
      : node.group.fileMark,
  );

const plan = [
  testGroup('10', 'Finance'),
  testGroup('2', 'Organizace a řízení'),
  testGroup('2.10', 'Směrnice', { mark: 'A', period: 5 }),
  testGroup('2.2', 'Zastupitelstvo'),
  testGroup('2.2.1', 'Zápisy ze zasedání', { mark: 'A', period: 10 }),
  testGroup('10.1', 'Rozpočet obce', { mark: 'A', period: 10 }),
  testGroup('10.2', 'Přijaté faktury', { mark: 'S', period: 10 }),
  testGroup('3', 'Volby', null, { validTo: '2025-12-31' }),
  testGroup('3.1', 'Volební spisy', { mark: 'S', period: 5 }, { validTo: '2025-12-31' }),
];

describe('buildPlanTree', () => {
  it('nests groups under their parent mark and orders marks as numbers', () => {
    expect(shape(buildPlanTree(plan, DAY))).toEqual([
      { '2': [{ '2.2': ['2.2.1'] }, '2.10'] },
      { '3': ['3.1'] },
      { '10': ['10.1', '10.2'] },
    ]);
  });

  it('shows one row per mark: the version valid on the day wins over a retired one', () => {
    const old = testGroup(
      '10.1',
      'Rozpočet (starý)',
      { mark: 'S', period: 5 },
      {
        planId: 'old',
        validFrom: '2010-01-01',
        validTo: '2019-12-31',
      },
    );
    const tree = buildPlanTree([old, ...plan], DAY);
    const finance = tree.find((node) => node.group.fileMark === '10')!;
    expect(finance.children.map((node) => node.group.title)).toEqual([
      'Rozpočet obce',
      'Přijaté faktury',
    ]);
  });

  it('prefers a version still to come over one that ended', () => {
    const ended = testGroup('5', 'Školy (staré)', null, { planId: 'a', validTo: '2025-12-31' });
    const next = testGroup('5', 'Školy', null, { planId: 'b', validFrom: '2027-01-01' });
    const [node] = buildPlanTree([ended, next], DAY);
    expect(node?.group.title).toBe('Školy');
    expect(node?.status).toBe('upcoming');
  });

  it('puts a group with a missing parent or a parent cycle at the top level instead of hanging', () => {
    const loopA = testGroup('7', 'A', null, { parentMark: '8' });
    const loopB = testGroup('8', 'B', null, { parentMark: '7' });
    const orphan = testGroup('9.1', 'Sirotek');
    const tree = buildPlanTree([loopA, loopB, orphan], DAY);
    expect(countNodes(tree)).toBe(3);
    expect(tree.map((node) => node.group.fileMark)).toContain('9.1');
  });
});

describe('groupStatus', () => {
  it('tells current, retired and upcoming groups apart, the last day still valid', () => {
    expect(groupStatus({ validFrom: '2020-01-01', validTo: null }, DAY)).toBe('current');
    expect(groupStatus({ validFrom: '2020-01-01', validTo: DAY }, DAY)).toBe('current');
    expect(groupStatus({ validFrom: '2020-01-01', validTo: '2026-06-14' }, DAY)).toBe('retired');
    expect(groupStatus({ validFrom: '2026-06-16', validTo: null }, DAY)).toBe('upcoming');
  });
});

describe('filterPlanTree', () => {
  const tree = buildPlanTree(plan, DAY);

  it('hides retired groups unless asked for', () => {
    const hidden = filterPlanTree(tree, { query: '', showRetired: false });
    expect(hidden.nodes.map((node) => node.group.fileMark)).toEqual(['2', '10']);
    const shown = filterPlanTree(tree, { query: '', showRetired: true });
    expect(shown.nodes.map((node) => node.group.fileMark)).toEqual(['2', '3', '10']);
  });

  it('moves a current group under a retired parent up when the retired ones are hidden', () => {
    const odd = buildPlanTree(
      [testGroup('4', 'Zrušená', null, { validTo: '2020-12-31' }), testGroup('4.1', 'Platná')],
      DAY,
    );
    expect(shape(filterPlanTree(odd, { query: '', showRetired: false }).nodes)).toEqual(['4.1']);
  });

  it('finds a title without diacritics and keeps the path to it', () => {
    const found = filterPlanTree(tree, { query: 'zapisy', showRetired: false });
    expect(shape(found.nodes)).toEqual([{ '2': [{ '2.2': ['2.2.1'] }] }]);
    expect([...found.matches]).toEqual(['2.2.1']);
  });

  it('finds by the beginning of a mark and keeps what is below the match', () => {
    const found = filterPlanTree(tree, { query: '10', showRetired: false });
    expect(shape(found.nodes)).toEqual([{ '10': ['10.1', '10.2'] }]);
    expect(found.matches.has('10')).toBe(true);
  });

  it('needs every word of the query in the title', () => {
    expect(filterPlanTree(tree, { query: 'přijaté faktury', showRetired: false }).matches).toEqual(
      new Set(['10.2']),
    );
    expect(filterPlanTree(tree, { query: 'přijaté volby', showRetired: true }).nodes).toEqual([]);
  });

  it('does not find a retired group while retired groups are hidden', () => {
    expect(filterPlanTree(tree, { query: 'volební', showRetired: false }).nodes).toEqual([]);
    expect(filterPlanTree(tree, { query: 'volební', showRetired: true }).matches).toEqual(
      new Set(['3.1']),
    );
  });
});

describe('visibleRows', () => {
  const tree = filterPlanTree(buildPlanTree(plan, DAY), { query: '', showRetired: false }).nodes;

  it('walks only into expanded groups, with level and position among siblings', () => {
    const rows = visibleRows(tree, new Set(['2']));
    expect(
      rows.map((row) => [row.node.group.fileMark, row.level, row.position, row.siblings]),
    ).toEqual([
      ['2', 1, 1, 2],
      ['2.2', 2, 1, 2],
      ['2.10', 2, 2, 2],
      ['10', 1, 2, 2],
    ]);
    expect(rows[1]?.parentMark).toBe('2');
  });

  it('opens every branch with branchMarks', () => {
    const rows = visibleRows(tree, new Set(branchMarks(tree)));
    expect(rows).toHaveLength(countNodes(tree));
  });
});
