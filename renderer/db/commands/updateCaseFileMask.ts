import { checkCaseFileMask } from '../../../common/domain/caseFile';
import { CommandError, runCommand } from '../errors';
import type { UradovnaDatabase } from '../schema';
import { getSetting, putSetting } from '../settings';
import { appendTxLog } from '../txlog/append';
import { actorOf } from './lifecycleSupport';

/** Sets the mask of case-file references (spisová značka) for case files opened from now on. */
export async function updateCaseFileMask(
  db: UradovnaDatabase,
  mask: string,
  now = new Date(),
): Promise<void> {
  const trimmed = mask.trim();
  const problems = checkCaseFileMask(trimmed);
  if (problems.length > 0) {
    throw new CommandError(
      'errors.validation',
      problems.map((problem) => ({
        path: 'caseFileMask',
        message: `validation.${problem.code}`,
        params: 'token' in problem ? { token: problem.token } : undefined,
      })),
    );
  }
  await runCommand(() =>
    db.transaction('rw', [db.settings, db.txlog], async () => {
      const actor = await actorOf(db);
      const before = (await getSetting(db, 'caseFileMask')) ?? null;
      if (before === trimmed) return;
      await putSetting(db, 'caseFileMask', trimmed);
      await appendTxLog(
        db,
        [
          {
            event: 'Uprava',
            entityType: 'settings',
            entityId: 'caseFileMask',
            actor,
            detail: { before, after: trimmed },
          },
        ],
        now,
      );
    }),
  );
}
