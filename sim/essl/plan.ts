import { findClassifiable, type FilePlanGroup } from '../../common/domain/filePlan';
import type { SubjectGroup } from '../../common/erms/model';
import { ZPUSOB_VEDENI } from '../../common/nsesss/planModel';
import { parsePlanXml } from '../../common/nsesss/planXml';

type PlanGroup = Omit<FilePlanGroup, 'id' | 'planId'>;

/** The file plan as the eSSL classifies with it: leaves by mark, as věcné skupiny. */
export interface PlanIndex {
  identifier: string;
  title: string;
  /** Lowest-level groups, in the plan's order. */
  leaves: ReadonlyArray<PlanGroup>;
  subjectGroupOf(fileMark: string): SubjectGroup | null;
  modeOf(fileMark: string): 'SbernyArch' | 'Priorace';
}

export function indexPlan(planXml: string): PlanIndex {
  const parsed = parsePlanXml(planXml);
  if (!parsed.ok) {
    throw new Error(`Spisový plán eSSL nelze načíst (${parsed.issues.length} chyb).`);
  }
  const { version, groups } = parsed.value;
  const leaves = groups.filter((group) => group.retention !== null);
  const cache = new Map<string, SubjectGroup | null>();
  const leafOf = (mark: string) => findClassifiable(groups, mark);
  return {
    identifier: version.identifier,
    title: version.title,
    leaves,
    subjectGroupOf(fileMark) {
      let found = cache.get(fileMark);
      if (found === undefined) {
        const group = leafOf(fileMark);
        found = group
          ? {
              plan: version.identifier,
              fileMark: group.fileMark,
              simpleMark: group.simpleMark,
              title: group.title,
              validFrom: group.validFrom,
              validTo: group.validTo,
              retention: group.retention ? { ...group.retention } : null,
            }
          : null;
        cache.set(fileMark, found);
      }
      // Shared between profiles: the state replaces profiles, it never edits them.
      return found;
    },
    modeOf(fileMark) {
      return ZPUSOB_VEDENI[leafOf(fileMark)?.caseFileMode ?? 'linking'];
    },
  };
}
