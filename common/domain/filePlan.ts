/**
 * File plan (spisový a skartační plán), shaped as NSESSS `nsesss-plan.xsd` describes
 * it: a hierarchy of subject groups (věcné skupiny), each valid for a period, the
 * lowest level carrying the retention rule (skartační režim) and the way case files
 * of the group are built (ZpusobVedeni).
 *
 * A plan is a time slice. Groups are never rewritten: a new version of the plan closes
 * the old groups (validTo) and opens new ones, and every document and case file keeps
 * the mark and the rule it was classified with.
 */

export const retentionMarks = ['A', 'S', 'V'] as const;
export type RetentionMark = (typeof retentionMarks)[number];

/** The usual trigger event; other events (e.g. the end of a contract) are plan text. */
export const DEFAULT_TRIGGER_EVENT = 'uzavření spisu';

export interface RetentionRule {
  mark: RetentionMark;
  /** Years after the trigger event. */
  period: number;
  /** SpousteciUdalost, as the plan words it. */
  triggerEvent: string;
}

/** ZpusobVedeni: SbernyArch = collection sheet, Priorace = linking (spojování). */
export const caseFileModes = ['collectionSheet', 'linking'] as const;
export type CaseFileMode = (typeof caseFileModes)[number];

export interface FilePlanGroup {
  /** `${planId}/${fileMark}` — a mark may recur in later versions of the plan. */
  id: string;
  planId: string;
  /** JednoduchySpisovyZnak, e.g. `2` in `101.2`. */
  simpleMark: string;
  /** PlneUrcenySpisovyZnak, e.g. `101.2`. */
  fileMark: string;
  title: string;
  /** Parent's fully qualified mark; null at the top level. */
  parentMark: string | null;
  /** DatumOtevreni (YYYY-MM-DD). */
  validFrom: string;
  /** DatumUzavreni (YYYY-MM-DD, inclusive); null while the group is open. */
  validTo: string | null;
  /** Present only on the lowest level, where documents are classified. */
  retention: RetentionRule | null;
  /** How case files of this group are built; leaves only. */
  caseFileMode: CaseFileMode | null;
}

/** Vydavatel of a plan: the organisation that issued it (for the XML export). */
export interface PlanIssuerDetails {
  /** IdentifikatorOrganizace, usually the IČO … */
  identifier: string;
  /** … and its source, e.g. `IČO`. */
  identifierSource: string;
  address: string;
}

/** One imported version of the plan. */
export interface FilePlanVersion {
  id: string;
  /** Identifikator of the plan (HodnotaID / ZdrojID). */
  identifier: string;
  identifierSource: string;
  title: string;
  comment: string | null;
  issuer: string;
  validFrom: string;
  validTo: string | null;
  importedAt: string;
  /** Holds a V mark: allowed only for plans issued before V was abolished. */
  legacy: boolean;
  /** Null for a plan stored before the details were kept (filled from the organisation on export). */
  issuerDetails: PlanIssuerDetails | null;
}

export function retentionLabel(rule: Pick<RetentionRule, 'mark' | 'period'>): string {
  return `${rule.mark}/${rule.period}`;
}

export function planGroupId(planId: string, fileMark: string): string {
  return `${planId}/${fileMark}`;
}

/** True when the group is open on the given day (YYYY-MM-DD). */
export function isValidOn(
  group: Pick<FilePlanGroup, 'validFrom' | 'validTo'>,
  day: string,
): boolean {
  return group.validFrom <= day && (group.validTo === null || day <= group.validTo);
}

/**
 * The group a new document or case file can be classified with on `day`: open then,
 * on the lowest level (with a retention rule). Without `day`, any version of the
 * mark that is classifiable (used when reading what was classified before).
 */
export function findClassifiable<
  G extends Pick<FilePlanGroup, 'fileMark' | 'retention' | 'validFrom' | 'validTo'>,
>(plan: ReadonlyArray<G>, fileMark: string, day?: string): G | undefined {
  let fallback: G | undefined;
  for (const group of plan) {
    if (group.fileMark !== fileMark || group.retention === null) continue;
    if (day === undefined || isValidOn(group, day)) {
      if (group.validTo === null) return group;
      fallback ??= group;
    }
  }
  return fallback;
}

/** Every version of a mark, newest first — what a document filed under it long ago shows. */
export function groupTitle(plan: ReadonlyArray<FilePlanGroup>, fileMark: string): string | null {
  const versions = plan
    .filter((group) => group.fileMark === fileMark)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return versions[0]?.title ?? null;
}

/** A plan as read from an nsesss-plan XML file, before it is stored as a version. */
export interface ParsedPlan {
  version: Omit<FilePlanVersion, 'id' | 'importedAt'>;
  /** In document order, parents before children; `id`/`planId` are given on import. */
  groups: Array<Omit<FilePlanGroup, 'id' | 'planId'>>;
}
