import type { FilePlanGroup, ParsedPlan } from '../../common/domain/filePlan';

/** What the clerk confirms before a plan is imported. */
export interface PlanImportPreview {
  title: string;
  validFrom: string;
  groups: number;
  /** Groups on the lowest level, where documents are classified. */
  classifiable: number;
  /** Stored groups still open on the day the new plan takes effect: the import ends them. */
  retiring: number;
  legacy: boolean;
}

export function planImportPreview(
  parsed: ParsedPlan,
  stored: readonly Pick<FilePlanGroup, 'validTo'>[],
): PlanImportPreview {
  const { validFrom } = parsed.version;
  return {
    title: parsed.version.title,
    validFrom,
    groups: parsed.groups.length,
    classifiable: parsed.groups.filter((group) => group.retention !== null).length,
    retiring: stored.filter((group) => group.validTo === null || group.validTo >= validFrom).length,
    legacy: parsed.version.legacy,
  };
}
