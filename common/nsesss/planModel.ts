import {
  planGroupId,
  type CaseFileMode,
  type FilePlanGroup,
  type ParsedPlan,
  type PlanIssuerDetails,
} from '../domain/filePlan';

/**
 * What an nsesss-plan XML file holds beyond the domain's `ParsedPlan`, and the rules
 * of reading it that both the reader and the writer follow.
 */

/** i18n prefix of every import issue (renderer/i18n/locales/cs/filePlan.ts → import). */
export const PLAN_IMPORT_KEYS = 'filePlan.import';

/** A plan file bigger than this is not a plan (a large town's plan is some 2 MB). */
export const PLAN_MAX_CHARS = 10 * 1024 * 1024;

/**
 * Retention mark V ("výběr") may not be used for records closed after the 2023 decree
 * took effect (nsesss-common.xsd, tSkartacniZnak); NSESSS 2023 applies from 2024. A
 * group opened on or after this day therefore cannot carry V; a plan whose older
 * groups do is imported as `legacy`.
 */
export const V_MARK_LAST_OPENED_BEFORE = '2024-01-01';

/**
 * Fully qualified marks join the simple marks of the groups on the way down with a
 * dot — `1.1.2`, `101.2` — so a simple mark itself holds no dot. The nesting in the
 * XML says who the parent is; the mark has to agree with it.
 */
export const MARK_SEPARATOR = '.';

/** ZpusobVedeni is optional in the schema; a leaf without it links its documents. */
export const DEFAULT_CASE_FILE_MODE: CaseFileMode = 'linking';

export const ZPUSOB_VEDENI: Readonly<Record<CaseFileMode, 'SbernyArch' | 'Priorace'>> = {
  collectionSheet: 'SbernyArch',
  linking: 'Priorace',
};

export type { PlanIssuerDetails };

export type PlanXmlVersion = ParsedPlan['version'] & { issuerDetails: PlanIssuerDetails };

/** A plan as the XML file carries it: the domain's parsed plan plus the issuer's details. */
export interface PlanXml extends ParsedPlan {
  version: PlanXmlVersion;
}

export function expectedMark(parentMark: string | null, simpleMark: string): string {
  return parentMark === null ? simpleMark : `${parentMark}${MARK_SEPARATOR}${simpleMark}`;
}

/** The groups of a parsed plan as stored under `planId`. */
export function groupsOfPlan(planId: string, groups: ParsedPlan['groups']): FilePlanGroup[] {
  return groups.map((group) => ({
    ...group,
    id: planGroupId(planId, group.fileMark),
    planId,
    retention: group.retention ? { ...group.retention } : null,
  }));
}
