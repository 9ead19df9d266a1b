import type { CaseFileMode, ParsedPlan, RetentionMark } from '../domain/filePlan';
import {
  DEFAULT_CASE_FILE_MODE,
  expectedMark,
  MARK_SEPARATOR,
  V_MARK_LAST_OPENED_BEFORE,
} from './planModel';
import type { XmlElement } from './xml';
import type { XmlContentReader } from './xmlContent';

/**
 * The rules of a file plan that the schema cannot express, checked on a plan whose
 * structure already passed: marks agree with the nesting, no mark twice, no group
 * inside one it should itself contain, validity inside the parent's, a retention
 * rule on every lowest-level group, V only in legacy plans.
 */

/** A group as read from the XML, still nested as it was. */
export interface RawGroup {
  element: XmlElement;
  simpleMark: string;
  fileMark: string;
  title: string;
  validFrom: string;
  validTo: string | null;
  retention: {
    mark: RetentionMark;
    period: number;
    triggerEvent: string;
    element: XmlElement;
  } | null;
  caseFileMode: CaseFileMode | null;
  children: RawGroup[];
}

export interface RawPlanHeader {
  validFrom: string;
  validTo: string | null;
  element: XmlElement;
}

const OPEN_END = '…';

export function checkPlanRules(
  reader: XmlContentReader,
  plan: RawPlanHeader,
  roots: ReadonlyArray<RawGroup>,
): { groups: ParsedPlan['groups']; legacy: boolean } | null {
  const before = reader.issues.length;
  if (plan.validTo !== null && plan.validTo < plan.validFrom)
    reader.issue('planClosedBeforeOpened', plan.element, {
      from: plan.validFrom,
      to: plan.validTo,
    });

  const groups: ParsedPlan['groups'] = [];
  const firstOfMark = new Map<string, RawGroup>();
  let legacy = false;

  const visit = (group: RawGroup, ancestors: RawGroup[]) => {
    const parent = ancestors.at(-1) ?? null;
    const mark = group.fileMark;
    const at = group.element;

    if (
      group.simpleMark.trim() === '' ||
      /\s/.test(group.simpleMark) ||
      group.simpleMark.includes(MARK_SEPARATOR)
    )
      reader.issue('invalidSimpleMark', at, { mark: group.simpleMark });

    // Nested in XML under a group that its mark says it contains (or is): a loop.
    const contained = ancestors.findLast(
      (ancestor) =>
        ancestor.fileMark === mark || ancestor.fileMark.startsWith(`${mark}${MARK_SEPARATOR}`),
    );
    if (contained) {
      reader.issue('cycle', at, { mark, ancestor: contained.fileMark });
    } else {
      const expected = expectedMark(parent?.fileMark ?? null, group.simpleMark);
      if (mark !== expected) reader.issue('markMismatch', at, { mark, expected });
      if (firstOfMark.has(mark)) reader.issue('duplicateMark', at, { mark });
      else firstOfMark.set(mark, group);
    }

    const to = group.validTo ?? OPEN_END;
    if (group.validTo !== null && group.validTo < group.validFrom)
      reader.issue('closedBeforeOpened', at, { mark, from: group.validFrom, to });
    const outer = parent ?? plan;
    const outside =
      group.validFrom < outer.validFrom ||
      (outer.validTo !== null && (group.validTo === null || group.validTo > outer.validTo));
    if (outside && parent)
      reader.issue('outsideParent', at, {
        mark,
        parent: parent.fileMark,
        from: group.validFrom,
        to,
      });
    else if (outside) reader.issue('outsidePlan', at, { mark, from: group.validFrom, to });

    const leaf = group.children.length === 0;
    if (leaf && !group.retention) reader.issue('missingRetention', at, { mark });
    if (leaf && group.retention?.mark === 'V') {
      if (group.validFrom >= V_MARK_LAST_OPENED_BEFORE)
        reader.issue('legacyMark', group.retention.element, { mark, date: group.validFrom });
      else legacy = true;
    }

    groups.push({
      simpleMark: group.simpleMark,
      fileMark: mark,
      title: group.title,
      parentMark: parent?.fileMark ?? null,
      validFrom: group.validFrom,
      validTo: group.validTo,
      retention:
        leaf && group.retention
          ? {
              mark: group.retention.mark,
              period: group.retention.period,
              triggerEvent: group.retention.triggerEvent,
            }
          : null,
      caseFileMode: leaf ? (group.caseFileMode ?? DEFAULT_CASE_FILE_MODE) : null,
    });
    for (const child of group.children) visit(child, [...ancestors, group]);
  };
  for (const root of roots) visit(root, []);

  return reader.issues.length > before ? null : { groups, legacy };
}
