import { isValidOn, type FilePlanGroup } from '../../common/domain/filePlan';
import { foldText } from '../../common/domain/search';
import { compareMarks } from '../../common/domain/fileMarks';

/** Where a group stands on the day the plan is looked at. */
export type GroupStatus = 'current' | 'retired' | 'upcoming';

export interface PlanNode {
  group: FilePlanGroup;
  status: GroupStatus;
  children: PlanNode[];
}

export function groupStatus(
  group: Pick<FilePlanGroup, 'validFrom' | 'validTo'>,
  day: string,
): GroupStatus {
  if (isValidOn(group, day)) return 'current';
  return group.validFrom > day ? 'upcoming' : 'retired';
}

const statusRank: Record<GroupStatus, number> = { current: 0, upcoming: 1, retired: 2 };

/**
 * The version of a mark the tree shows: the one valid on `day`, else the next one to
 * come into force, else the one that ended last. Older versions of the mark stay in
 * the database for what was classified under them; the tree shows one row per mark.
 */
function better(a: FilePlanGroup, b: FilePlanGroup, day: string): FilePlanGroup {
  const rankA = statusRank[groupStatus(a, day)];
  const rankB = statusRank[groupStatus(b, day)];
  if (rankA !== rankB) return rankA < rankB ? a : b;
  return a.validFrom >= b.validFrom ? a : b;
}

/**
 * Builds the hierarchy of every stored version of the plan, one node per mark. A group
 * whose parent is missing, or whose parent chain loops back to it (data from a
 * broken import must not hang the screen), is shown at the top level.
 */
export function buildPlanTree(groups: readonly FilePlanGroup[], day: string): PlanNode[] {
  const byMark = new Map<string, FilePlanGroup>();
  for (const group of groups) {
    const seen = byMark.get(group.fileMark);
    byMark.set(group.fileMark, seen ? better(seen, group, day) : group);
  }
  const nodes = new Map<string, PlanNode>();
  for (const [mark, group] of byMark) {
    nodes.set(mark, { group, status: groupStatus(group, day), children: [] });
  }
  const roots: PlanNode[] = [];
  for (const node of nodes.values()) {
    const parent = parentWithoutCycle(node.group.fileMark, byMark);
    if (parent === null) roots.push(node);
    else nodes.get(parent)!.children.push(node);
  }
  sortNodes(roots);
  return roots;
}

function parentWithoutCycle(mark: string, byMark: Map<string, FilePlanGroup>): string | null {
  const parent = byMark.get(mark)?.parentMark ?? null;
  if (parent === null || !byMark.has(parent)) return null;
  const visited = new Set([mark]);
  let current: string | null = parent;
  while (current !== null && byMark.has(current)) {
    if (visited.has(current)) return null;
    visited.add(current);
    current = byMark.get(current)!.parentMark;
  }
  return parent;
}

function sortNodes(nodes: PlanNode[]): void {
  nodes.sort((a, b) => compareMarks(a.group.fileMark, b.group.fileMark));
  for (const node of nodes) sortNodes(node.children);
}

export interface PlanFilter {
  query: string;
  showRetired: boolean;
}

export interface FilteredPlan {
  nodes: PlanNode[];
  /** Marks of the groups the query matched (empty without a query). */
  matches: Set<string>;
}

function matcher(query: string): ((group: FilePlanGroup) => boolean) | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  const terms = foldText(trimmed).split(/\s+/).filter(Boolean);
  return (group) => {
    if (group.fileMark.startsWith(trimmed)) return true;
    const title = foldText(group.title);
    return terms.every((term) => title.includes(term));
  };
}

/**
 * The tree as the clerk asked for it. Retired groups are left out unless asked for
 * (a current group below a retired one moves up in its place). With a query, a
 * group stays when it matches — with everything below it — or when something below
 * it matches.
 */
export function filterPlanTree(tree: readonly PlanNode[], filter: PlanFilter): FilteredPlan {
  const visible = (nodes: readonly PlanNode[]): PlanNode[] =>
    nodes.flatMap((node) => {
      const children = visible(node.children);
      if (node.status === 'retired' && !filter.showRetired) return children;
      return [{ ...node, children }];
    });
  const shown = visible(tree);
  const matches = new Set<string>();
  const isMatch = matcher(filter.query);
  if (!isMatch) return { nodes: shown, matches };

  const collectMatches = (nodes: readonly PlanNode[]) => {
    for (const node of nodes) {
      if (isMatch(node.group)) matches.add(node.group.fileMark);
      collectMatches(node.children);
    }
  };
  const search = (nodes: readonly PlanNode[]): PlanNode[] =>
    nodes.flatMap((node) => {
      if (isMatch(node.group)) {
        matches.add(node.group.fileMark);
        collectMatches(node.children);
        return [node];
      }
      const children = search(node.children);
      return children.length > 0 ? [{ ...node, children }] : [];
    });
  return { nodes: search(shown), matches };
}

/** A row of the tree as the keyboard walks it: only rows whose ancestors are expanded. */
export interface VisibleRow {
  node: PlanNode;
  level: number;
  parentMark: string | null;
  /** 1-based position among its siblings, and how many siblings there are. */
  position: number;
  siblings: number;
}

export function visibleRows(nodes: readonly PlanNode[], expanded: ReadonlySet<string>) {
  const rows: VisibleRow[] = [];
  const walk = (list: readonly PlanNode[], level: number, parentMark: string | null) => {
    list.forEach((node, index) => {
      rows.push({ node, level, parentMark, position: index + 1, siblings: list.length });
      if (node.children.length > 0 && expanded.has(node.group.fileMark)) {
        walk(node.children, level + 1, node.group.fileMark);
      }
    });
  };
  walk(nodes, 1, null);
  return rows;
}

/** Marks of every group that has children: what "expand all" and a search open. */
export function branchMarks(nodes: readonly PlanNode[]): string[] {
  return nodes.flatMap((node) =>
    node.children.length > 0 ? [node.group.fileMark, ...branchMarks(node.children)] : [],
  );
}

/** How many groups the (filtered) tree holds. */
export function countNodes(nodes: readonly PlanNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}
