import { compareMarks } from '../../common/domain/fileMarks';
import { retentionLabel, type FilePlanGroup } from '../../common/domain/filePlan';

export interface FileMarkOption {
  value: string;
  /** "1.1.1 Zápisy a usnesení ze zasedání zastupitelstva (A/10)" — the retention rule in view. */
  label: string;
}

export interface FileMarkGroup {
  /** "1.1 Zastupitelstvo obce"; null for marks without a parent group. */
  label: string | null;
  options: FileMarkOption[];
}

export { compareMarks };

/**
 * The marks a document can be classified with — only the lowest level, which carries a
 * retention rule — grouped under their parent's title, in plan order.
 */
export function fileMarkGroups(plan: readonly FilePlanGroup[]): FileMarkGroup[] {
  const byMark = new Map(plan.map((group) => [group.fileMark, group]));
  const leaves = plan
    .filter((group) => group.retention !== null)
    .sort((a, b) => compareMarks(a.fileMark, b.fileMark));
  const groups: FileMarkGroup[] = [];
  for (const leaf of leaves) {
    const parent = leaf.parentMark === null ? undefined : byMark.get(leaf.parentMark);
    const label = parent ? `${parent.fileMark} ${parent.title}` : null;
    const option = {
      value: leaf.fileMark,
      label: `${leaf.fileMark} ${leaf.title} (${retentionLabel(leaf.retention!)})`,
    };
    const last = groups.at(-1);
    if (last && last.label === label) last.options.push(option);
    else groups.push({ label, options: [option] });
  }
  return groups;
}
