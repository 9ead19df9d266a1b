import {
  DEFAULT_TRIGGER_EVENT,
  planGroupId,
  type CaseFileMode,
  type FilePlanGroup,
  type RetentionMark,
} from '../filePlan';

export const TEST_PLAN_ID = 'plan-test';

/** A plan group for tests: a heading, or a leaf when it has a retention rule. */
export function testGroup(
  fileMark: string,
  title: string,
  rule: { mark: RetentionMark; period: number } | null = null,
  extra: Partial<FilePlanGroup> & { caseFileMode?: CaseFileMode | null } = {},
): FilePlanGroup {
  const dot = fileMark.lastIndexOf('.');
  const planId = extra.planId ?? TEST_PLAN_ID;
  return {
    id: planGroupId(planId, fileMark),
    planId,
    simpleMark: dot < 0 ? fileMark : fileMark.slice(dot + 1),
    fileMark,
    title,
    parentMark: dot < 0 ? null : fileMark.slice(0, dot),
    validFrom: '2020-01-01',
    validTo: null,
    retention: rule && { ...rule, triggerEvent: DEFAULT_TRIGGER_EVENT },
    caseFileMode: rule ? 'linking' : null,
    ...extra,
  };
}
