import type { OrganizationProfile } from '../../common/contract/types';
import type { FilePlanGroup, FilePlanVersion } from '../../common/domain/filePlan';
import { officeDateString } from '../../common/domain/time';
import type { PlanGroupForXml, PlanVersionForXml } from '../../common/nsesss/planXml';
import { compareMarks } from '../../common/domain/fileMarks';

/** `spisovy-plan-2026-03-31.xml`: the day of the export, so copies sort by date. */
export function planFileName(now: Date): string {
  return `spisovy-plan-${officeDateString(now)}.xml`;
}

/**
 * The version as the plan file describes it. The issuer's identifier and seat come
 * from the imported file where the version kept them, otherwise from the office's
 * own profile (a plan is issued by the office that uses it).
 */
export function planForXml(
  version: FilePlanVersion,
  groups: readonly FilePlanGroup[],
  organization: OrganizationProfile | null,
): { version: PlanVersionForXml; groups: PlanGroupForXml[] } {
  const issuerDetails = version.issuerDetails ?? {
    identifier: organization?.ico ?? '',
    identifierSource: 'IČO',
    address: organization?.address ?? '',
  };
  const sorted = [...groups].sort((a, b) => compareMarks(a.fileMark, b.fileMark));
  return {
    version: {
      identifier: version.identifier,
      identifierSource: version.identifierSource,
      title: version.title,
      comment: version.comment,
      issuer: version.issuer || organization?.name || '',
      validFrom: version.validFrom,
      validTo: version.validTo,
      issuerDetails,
    },
    groups: sorted.map((group) => ({
      simpleMark: group.simpleMark,
      fileMark: group.fileMark,
      title: group.title,
      parentMark: group.parentMark,
      validFrom: group.validFrom,
      validTo: group.validTo,
      retention: group.retention,
      caseFileMode: group.caseFileMode,
    })),
  };
}
