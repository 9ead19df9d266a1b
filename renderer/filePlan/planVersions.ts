import { isValidOn, type FilePlanVersion } from '../../common/domain/filePlan';

export interface PlanVersions {
  /** The version in force on the day (the newest of them), else the newest imported. */
  current: FilePlanVersion | null;
  /** Every other version, newest first. */
  older: FilePlanVersion[];
}

export function splitPlanVersions(versions: readonly FilePlanVersion[], day: string): PlanVersions {
  const sorted = [...versions].sort(
    (a, b) => b.validFrom.localeCompare(a.validFrom) || b.importedAt.localeCompare(a.importedAt),
  );
  const current = sorted.find((version) => isValidOn(version, day)) ?? sorted[0] ?? null;
  return { current, older: sorted.filter((version) => version !== current) };
}
