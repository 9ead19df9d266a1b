import {
  planGroupId,
  type FilePlanGroup,
  type FilePlanVersion,
  type ParsedPlan,
} from '../../../../common/domain/filePlan';
import { CommandError, runCommand } from '../../errors';
import type { UradovnaDatabase } from '../../schema';
import { appendTxLog } from '../../txlog/append';
import { actorOf } from '../lifecycleSupport';

export interface ImportedPlan {
  planId: string;
  groups: number;
  /** Groups of earlier versions closed by this one. */
  retired: number;
}

/** The day before `day` (YYYY-MM-DD), in calendar terms. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Stores a plan version inside the caller's transaction (planGroups, filePlanVersions).
 * The plan is a time slice: the groups of earlier versions still open on the new
 * version's first day close the day before — their rows stay, and everything
 * classified under them keeps its mark and rule.
 */
export async function storePlanVersion(
  db: UradovnaDatabase,
  parsed: ParsedPlan,
  now: Date,
): Promise<ImportedPlan & { version: FilePlanVersion }> {
  const start = parsed.version.validFrom;
  const versions = await db.filePlanVersions.toArray();
  const newest = versions.sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  if (newest && start <= newest.validFrom) {
    throw new CommandError('errors.filePlan.notNewer', [], 'plan not newer', {
      validFrom: start,
      current: newest.validFrom,
    });
  }
  const planId = `plan-${crypto.randomUUID()}`;
  const version: FilePlanVersion = { ...parsed.version, id: planId, importedAt: now.toISOString() };
  const closeOn = dayBefore(start);
  let retired = 0;
  for (const old of versions) {
    if (old.validTo === null || old.validTo >= start) {
      await db.filePlanVersions.update(old.id, { validTo: closeOn });
    }
  }
  await db.planGroups
    .filter((group) => group.validTo === null || group.validTo >= start)
    .modify((group) => {
      group.validTo = group.validFrom > closeOn ? group.validFrom : closeOn;
      retired += 1;
    });
  const groups: FilePlanGroup[] = parsed.groups.map((group) => ({
    ...group,
    id: planGroupId(planId, group.fileMark),
    planId,
  }));
  await db.filePlanVersions.add(version);
  await db.planGroups.bulkAdd(groups);
  return { planId, groups: groups.length, retired, version };
}

/** Imports a new version of the file plan (already parsed from its nsesss-plan XML). */
export async function importFilePlan(
  db: UradovnaDatabase,
  parsed: ParsedPlan,
  now = new Date(),
): Promise<ImportedPlan> {
  return runCommand(() =>
    db.transaction('rw', [db.filePlanVersions, db.planGroups, db.settings, db.txlog], async () => {
      const actor = await actorOf(db);
      const { version, ...result } = await storePlanVersion(db, parsed, now);
      await appendTxLog(
        db,
        [
          {
            event: 'Zalozeni',
            entityType: 'filePlan',
            entityId: result.planId,
            actor,
            detail: {
              identifier: version.identifier,
              title: version.title,
              validFrom: version.validFrom,
              groups: result.groups,
              retired: result.retired,
            },
          },
        ],
        now,
      );
      return result;
    }),
  );
}
