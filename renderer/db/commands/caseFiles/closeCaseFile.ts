import { closeRefusal, reopenRefusal } from '../../../../common/domain/caseFileGuards';
import { disposalYear } from '../../../../common/domain/retention';
import { officeYear } from '../../../../common/domain/time';
import { CommandError, runCommand } from '../../errors';
import { enqueue } from '../../outbox';
import type { UradovnaDatabase } from '../../schema';
import { appendTxLog } from '../../txlog/append';
import { moveHolding } from '../holdings';
import { actorOf, documentsOf, refuse, requireCaseFile, requiredReason } from '../lifecycleSupport';

export interface CloseOptions {
  /**
   * Year of the trigger event when the rule names another event than closing (the end
   * of a contract, of an employment); closing's own year otherwise.
   */
  triggerYear?: number;
}

const tables = (db: UradovnaDatabase) => [
  db.caseFiles,
  db.documents,
  db.settings,
  db.outbox,
  db.txlog,
];

/**
 * Closes (uzavře) a case file once every document in it is settled. Closing starts the
 * retention clock: the trigger year and the year the file may be offered for disposal
 * are fixed now. Refuses, naming the documents still unsettled.
 */
export async function closeCaseFile(
  db: UradovnaDatabase,
  id: string,
  options: CloseOptions = {},
  now = new Date(),
): Promise<void> {
  const closingYear = officeYear(now);
  const triggerYear = options.triggerYear ?? closingYear;
  if (!Number.isInteger(triggerYear) || triggerYear < 1900 || triggerYear > closingYear + 100) {
    throw new CommandError('errors.validation', [
      { path: 'triggerYear', message: 'validation.triggerYear.invalid' },
    ]);
  }
  await runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const caseFile = await requireCaseFile(db, id);
      const docs = await documentsOf(db, id);
      refuse(closeRefusal(caseFile, docs));
      const due = disposalYear(triggerYear, caseFile.retention);
      await db.caseFiles.update(id, {
        closedAt: now.toISOString(),
        triggerYear,
        disposalYear: due,
      });
      const { drafts } = await moveHolding(
        db,
        { type: 'caseFile', record: caseFile, documents: docs },
        'close',
        null,
        actor,
        { triggerYear, disposalYear: due },
      );
      await enqueue(
        db,
        [{ kind: 'caseFile.close', entityId: id, payload: { id, triggerYear } }],
        now,
      );
      await appendTxLog(db, drafts, now);
    }),
  );
}

/** Reopens (otevře) a closed case file; the reason is required and logged. */
export async function reopenCaseFile(
  db: UradovnaDatabase,
  id: string,
  reason: string,
  now = new Date(),
): Promise<void> {
  const why = requiredReason(reason);
  await runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const caseFile = await requireCaseFile(db, id);
      refuse(reopenRefusal(caseFile));
      await db.caseFiles.update(id, { closedAt: null, triggerYear: null, disposalYear: null });
      const { drafts } = await moveHolding(
        db,
        { type: 'caseFile', record: caseFile, documents: await documentsOf(db, id) },
        'reopen',
        null,
        actor,
        { reason: why },
      );
      await enqueue(
        db,
        [{ kind: 'caseFile.reopen', entityId: id, payload: { id, reason: why } }],
        now,
      );
      await appendTxLog(db, drafts, now);
    }),
  );
}
